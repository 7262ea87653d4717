/** Undo and redo (toolbar, Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y): call the main process, then refresh everything. */
import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { historyEntryText } from '../../shared/i18n/historyMessages';
import { useUiStore } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';
import { callOrShowError } from './callOrShowError';

export function useHistoryActions() {
  const { t } = useI18n();
  const workspace = useWorkspaceStore();
  const ui = useUiStore();

  async function run(which: 'undo' | 'redo'): Promise<void> {
    const entry = await callOrShowError(which === 'undo' ? 'history.undo' : 'history.redo', {});
    if (entry === undefined) return;
    await workspace.refreshAll();
    if (entry === null) ElMessage({ type: 'info', message: t(which === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo') });
    else
      ElMessage({
        type: 'success',
        message: t(which === 'undo' ? 'history.undone' : 'history.redone', { what: historyEntryText(ui.locale, entry) }),
      });
  }

  return { undo: () => run('undo'), redo: () => run('redo') };
}
