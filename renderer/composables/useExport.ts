/**
 * Exporting from the window: main builds the file (`exports.begin`), the window reads it 1 MiB at a time
 * (`exports.read`) with real progress and a Cancel button in the status bar, then saves it. No response,
 * and no task of the page that decodes one, carries a whole 40 MB export; a cancel releases it in main.
 */
import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import type { ExportFormat } from '../../shared/contract';
import { invoke } from '../api';
import { base64ToBytes } from '../lib/base64';
import { downloadBytes } from '../lib/download';
import { useUiStore } from '../stores/ui';
import { call } from './call';

export function useExport() {
  const { t } = useI18n();
  const ui = useUiStore();

  /** Exports and saves the profiles; the file's name, or undefined when it failed or was cancelled. */
  async function exportAndSave(ids: string[], format: ExportFormat, redactSecrets: boolean): Promise<string | undefined> {
    if (ui.progress) return undefined;
    let cancelled = false;
    const cancel = () => (cancelled = true);
    ui.progress = { phase: 'exporting', percent: null, cancel };
    const begun = await call('exports.begin', { ids, format, redactSecrets });
    if (!begun) return void (ui.progress = null);
    const { exportId, fileName, mime, size } = begun;
    const stop = () => {
      ui.progress = null;
      // Best effort: main also drops an export left idle, so a failure here needs no dialog.
      void invoke('exports.discard', { exportId }).catch(() => undefined);
    };

    const parts: Uint8Array[] = [];
    let offset = 0;
    // At least one read, even of an empty file: reading its last chunk is what releases it in main.
    do {
      if (cancelled) {
        stop();
        ElMessage({ type: 'info', message: t('export.cancelled') });
        return undefined;
      }
      const chunk = await call('exports.read', { exportId, offset });
      if (!chunk) return void stop();
      const bytes = base64ToBytes(chunk.data);
      if (bytes.length === 0 && offset < size) return void stop();
      parts.push(bytes);
      offset += bytes.length;
      ui.progress = { phase: 'exporting', percent: Math.round((offset / (size || 1)) * 100), file: fileName, cancel };
    } while (offset < size);

    ui.progress = null;
    downloadBytes(fileName, mime, parts);
    return fileName;
  }

  return { exportAndSave };
}
