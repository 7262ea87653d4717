/**
 * Save (Ctrl/Cmd+S) the open profile's source, Save all, and the prompt before leaving with unsaved
 * changes. The desktop app writes each file in place (a backup beside it); the browser mode cannot
 * write the user's file, so the saved file is downloaded under its own name, and the toast says so (a file
 * the desktop app got without its path, a drop, goes through main's Save dialog instead: useExport.ts).
 * A dirty hive without transaction logs (changes Windows had not yet written may be missing) is
 * written only after the user confirms, in both shells: the main process refuses it without `force`.
 */
import { ElMessage, ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import type { ResponseOf } from '../../shared/contract';
import { invokeChannel, shell } from '../api';
import { callOrShowError } from './callOrShowError';
import { useExport } from './useExport';
import { useUiStore } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';

export function useSave() {
  const { t } = useI18n();
  const ui = useUiStore();
  const workspace = useWorkspaceStore();
  const { downloadStaged } = useExport();

  /** Saves one source; true when it was saved (written or downloaded). */
  async function saveSource(sourceId: string, refresh = true): Promise<boolean> {
    if (ui.progress) return false;
    ui.progress = { phase: 'savingSource', percent: null };
    let result = await attempt(sourceId, false);
    ui.progress = null;
    if (result === 'dirty') {
      if (!(await confirmDirty())) return false;
      ui.progress = { phase: 'savingSource', percent: null };
      result = await attempt(sourceId, true);
      ui.progress = null;
    }
    if (!result || result === 'dirty') return false;
    if (result.download) {
      const name = await downloadStaged(result.download);
      // The desktop app's Save dialog wrote the file where the user chose (exports.saveAs): no download to move.
      if (name) ElMessage({ type: 'success', message: t(shell === 'electron' ? 'save.saved' : 'save.downloaded', { file: name }) });
    } else {
      ElMessage({
        type: 'success',
        message: result.backup
          ? t('save.savedWithBackup', { file: result.fileName, backup: result.backup })
          : t('save.saved', { file: result.fileName }),
      });
    }
    for (const w of result.warnings) ElMessage({ type: 'warning', message: w });
    if (refresh) await workspace.refreshAll();
    return true;
  }

  /** The hive being confirmed, for the question's sentence. */
  let dirty: Record<string, unknown> = {};

  /** One save; 'dirty' when the hive needs the user's go-ahead, undefined after any other error (shown). */
  async function attempt(sourceId: string, force: boolean): Promise<ResponseOf<'sources.save'> | 'dirty' | undefined> {
    if (force) return callOrShowError('sources.save', { sourceId, force });
    let res;
    try {
      res = await invokeChannel('sources.save', { sourceId });
    } catch (e) {
      // As callOrShowError() does: a transport failure is still the one error dialog.
      ui.showError({ code: 'E_INTERNAL', reason: 'internal', message: String(e), details: { message: String(e) } });
      return undefined;
    }
    if (res.ok) return res.value;
    if (res.error.reason === 'hiveSaveDirty') {
      dirty = res.error.details ?? {};
      return 'dirty';
    }
    ui.showError(res.error);
    return undefined;
  }

  async function confirmDirty(): Promise<boolean> {
    const d = dirty;
    try {
      await ElMessageBox.confirm(
        t('save.dirtyConfirm', { file: String(d.file ?? ''), primary: String(d.primary ?? ''), secondary: String(d.secondary ?? '') }),
        t('save.dirtyTitle'),
        { type: 'warning', confirmButtonText: t('save.saveAnyway'), cancelButtonText: t('common.cancel'), customClass: 'dirty-confirm' },
      );
      return true;
    } catch {
      return false;
    }
  }

  /** The open profile's source. */
  async function saveCurrent(): Promise<void> {
    const sourceId = workspace.selected?.origin.sourceId;
    if (sourceId) await saveSource(sourceId);
  }

  async function saveAll(): Promise<void> {
    for (const s of workspace.sources.filter((x) => x.unsaved)) {
      if (!(await saveSource(s.id, false))) break;
    }
    await workspace.refreshAll();
  }

  return { saveSource, saveCurrent, saveAll };
}

/** The browser's own prompt before the page goes away (reload, close, navigation) with unsaved changes. */
export function guardUnload(hasUnsaved: () => boolean): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!hasUnsaved()) return;
    e.preventDefault();
    // Older engines show the prompt only when returnValue is set.
    e.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
