/**
 * Service administration from the window (IMsgServiceAdmin offline): create from the catalog, rename,
 * delete (saying what goes with the service), set the default store. Each is one undo step.
 */
import { ElMessage, ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { MAPI_STORE_PROVIDER } from '../../shared/mapi/flags';
import type { ServiceView } from '../../shared/profileView';
import { useWorkspaceStore } from '../stores/workspace';
import { callOrShowError } from './callOrShowError';

export function useServiceAdmin() {
  const { t } = useI18n();
  const workspace = useWorkspaceStore();
  const profileId = () => workspace.current?.summary.id ?? '';
  const name = (s: ServiceView) => s.displayName ?? s.serviceName ?? s.uid;

  async function confirm(message: string, title: string, ok: string): Promise<boolean> {
    try {
      await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: ok, cancelButtonText: t('common.cancel') });
      return true;
    } catch {
      return false;
    }
  }

  async function remove(s: ServiceView): Promise<void> {
    const message = t('serviceAdmin.confirmDelete', {
      name: name(s),
      providers: s.providers.length,
      extra: s.extraSections.length,
      accounts: s.accounts.length,
    });
    if (!(await confirm(message, t('serviceAdmin.delete'), t('common.delete')))) return;
    const result = await callOrShowError('services.delete', { profileId: profileId(), serviceUid: s.uid });
    if (!result) return;
    await workspace.applyChange(result.change);
    ElMessage.success({
      message: result.deleteFiles.length
        ? t('serviceAdmin.deletedFiles', { name: name(s), files: result.deleteFiles.join(', ') })
        : t('serviceAdmin.deleted', { name: name(s) }),
      duration: result.deleteFiles.length ? 10000 : 3000,
    });
  }

  async function rename(s: ServiceView): Promise<void> {
    let value: string;
    try {
      ({ value } = await ElMessageBox.prompt(t('serviceAdmin.renamePrompt'), t('serviceAdmin.rename'), {
        inputValue: s.displayName ?? '',
        inputValidator: (v: string) => (v.trim().length > 0 && v.length <= 256) || t('serviceAdmin.nameRequired'),
        confirmButtonText: t('serviceAdmin.rename'),
        cancelButtonText: t('common.cancel'),
      }));
    } catch {
      return;
    }
    const done = await callOrShowError('services.rename', { profileId: profileId(), serviceUid: s.uid, displayName: value.trim() });
    if (done) await workspace.applyChange(done.change);
  }

  const storeOf = (s: ServiceView) => s.providers.find((p) => p.exists && p.resourceType === MAPI_STORE_PROVIDER);

  async function makeDefaultStore(s: ServiceView): Promise<void> {
    const store = storeOf(s);
    const done = store && (await callOrShowError('services.setDefaultStore', { profileId: profileId(), providerUid: store.uid }));
    if (done) await workspace.applyChange(done.change);
  }

  return { remove, rename, makeDefaultStore, storeOf };
}
