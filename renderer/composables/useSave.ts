/**
 * Save (Ctrl/Cmd+S) the open profile's source, Save all, and the prompt before leaving with unsaved
 * changes. The desktop app writes each file in place (a backup beside it); the browser mode cannot
 * write the user's file, so the saved file is downloaded under its own name, and the toast says so.
 */
import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
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
    const result = await callOrShowError('sources.save', { sourceId });
    ui.progress = null;
    if (!result) return false;
    if (result.download) {
      const name = await downloadStaged(result.download);
      if (name) ElMessage({ type: 'success', message: t('save.downloaded', { file: name }) });
    } else {
      ElMessage({ type: 'success', message: result.backup ? t('save.savedWithBackup', { file: result.fileName, backup: result.backup }) : t('save.saved', { file: result.fileName }) });
    }
    for (const w of result.warnings) ElMessage({ type: 'warning', message: w });
    if (refresh) await workspace.refreshAll();
    return true;
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
