/** For tests whose changes only need telling apart in the history: a real message, "Import <label>" in English. */
import type { HistoryMessage } from '../../shared/i18n/historyMessages.js';

export const step = (label: string): HistoryMessage => ({ key: 'importFiles', params: { files: label } });
