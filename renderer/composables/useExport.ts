/**
 * Exporting from the window: main builds the file (`exports.begin`), the window reads it 1 MiB at a time
 * (`exports.read`) with real progress and a Cancel button in the status bar, then saves it. No response,
 * and no task of the page that decodes one, carries a whole 40 MB export; a cancel releases it in main.
 * The desktop app reads nothing: main shows the native Save dialog and writes the file (exports.saveAs).
 */
import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import type { ExportFormat } from '../../shared/contract';
import { invokeChannel, shell } from '../api';
import { downloadBytes } from '../lib/download';
import { useUiStore } from '../stores/ui';
import { callOrShowError } from './callOrShowError';

export function useExport() {
  const { t } = useI18n();
  const ui = useUiStore();

  /**
   * Exports and saves the profiles; the file's name, or undefined when it failed or was cancelled.
   * `onBuilt` runs once main has built the file, before it is read (the dialog closes then: a refused
   * export leaves it open with its choices).
   */
  async function exportAndSave(
    ids: string[],
    format: ExportFormat,
    redactSecrets: boolean,
    onBuilt?: () => void,
  ): Promise<string | undefined> {
    if (ui.progress) return undefined;
    // Building is one step in main: not cancellable, so no Cancel button yet.
    ui.progress = { phase: 'exporting', percent: null };
    const begun = await callOrShowError('exports.begin', { ids, format, redactSecrets });
    if (!begun) return void (ui.progress = null);
    onBuilt?.();
    return downloadStaged(begun);
  }

  /**
   * Reads a file main has staged (an export, a saved source in the browser mode) 1 MiB at a time, with
   * progress and Cancel, and saves it as a download under its own name; the name, or undefined.
   */
  async function downloadStaged(staged: { exportId: string; fileName: string; mime: string; size: number }): Promise<string | undefined> {
    if (shell === 'electron') return saveInMain(staged.exportId);
    const { exportId, fileName, mime, size } = staged;

    let cancelled = false;
    // Once clicked, the button goes: the chunk on its way is the last one read.
    const cancel = () => {
      cancelled = true;
      if (ui.progress) ui.progress = { ...ui.progress, cancel: undefined };
    };
    const stop = () => {
      ui.progress = null;
      // Best effort: main also drops an export left idle, so a failure here needs no dialog.
      void invokeChannel('exports.discard', { exportId }).catch(() => undefined);
    };
    const stopCancelled = () => {
      stop();
      ElMessage({ type: 'info', message: t('export.cancelled') });
      return undefined;
    };

    const parts: Uint8Array[] = [];
    let offset = 0;
    ui.progress = { phase: 'exporting', percent: 0, file: fileName, cancel };
    // At least one read, even of an empty file: reading its last chunk is what releases it in main.
    do {
      const chunk = await callOrShowError('exports.read', { exportId, offset });
      if (cancelled) return stopCancelled();
      if (!chunk) return void stop();
      const bytes = chunk.data;
      if (bytes.length === 0 && offset < size) return void stop();
      parts.push(bytes);
      offset += bytes.length;
      ui.progress = { phase: 'exporting', percent: Math.round((offset / (size || 1)) * 100), file: fileName, cancel };
    } while (offset < size);

    ui.progress = null;
    downloadBytes(fileName, mime, parts);
    return fileName;
  }

  /**
   * The desktop app: main shows the native Save dialog and writes the file itself (exports.saveAs), so no
   * byte comes to the window; the name written, or undefined when cancelled or refused (said by then).
   */
  async function saveInMain(exportId: string): Promise<string | undefined> {
    ui.progress = null;
    const saved = await callOrShowError('exports.saveAs', { exportId });
    if (saved === null) ElMessage({ type: 'info', message: t('export.cancelled') });
    return saved?.fileName;
  }

  return { exportAndSave, downloadStaged };
}
