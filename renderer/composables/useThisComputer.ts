/**
 * "This computer" (Windows, when app.info says the live registry is there): import the current user's
 * Outlook profiles, and write a changed one back — the main process backs the registry up first and
 * refuses while Outlook runs.
 */
import { ElMessage, ElMessageBox, ElNotification } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCount } from '../i18n/useCount';
import type { ProfileSummary } from '../../shared/contract';
import { reportedWarningText } from '../../shared/i18n/importWarnings';
import { useUiStore } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';
import { callOrShowError } from './callOrShowError';

export const THIS_COMPUTER = 'This computer';

export function useThisComputer() {
  const { t } = useI18n();
  const tc = useCount();
  const ui = useUiStore();
  const workspace = useWorkspaceStore();
  const available = computed(() => workspace.info?.liveRegistry === true);

  async function importThisComputer(): Promise<void> {
    const report = await callOrShowError('live.import', {});
    if (!report) return;
    await workspace.refreshAll();
    ElMessage.success(tc('live.imported', report.imported.length));
    // What the registry held that could not be imported as is (a key met twice, a default profile that
    // is not there…), in the UI's language, as an import of files shows it.
    if (report.warnings.length) {
      ElNotification({
        type: 'warning',
        title: t('import.warnings'),
        message: report.warnings.map((w) => reportedWarningText(ui.locale, w)).join('\n'),
        duration: 20_000,
        position: 'bottom-right',
        customClass: 'import-warnings',
      });
    }
  }

  async function writeBack(profile: ProfileSummary): Promise<void> {
    try {
      await ElMessageBox.confirm(t('live.confirmWrite', { name: profile.name }), t('live.writeBack'), {
        type: 'warning',
        confirmButtonText: t('live.writeBack'),
        cancelButtonText: t('common.cancel'),
      });
    } catch {
      return;
    }
    const result = await callOrShowError('live.writeBack', { ids: [profile.id] });
    if (result) ElMessage.success({ message: t('live.written', { file: result.backupFile }), duration: 8000 });
  }

  const isFromThisComputer = (profile: ProfileSummary): boolean => available.value && profile.origin.file === THIS_COMPUTER;
  return { available, importThisComputer, writeBack, isFromThisComputer };
}
