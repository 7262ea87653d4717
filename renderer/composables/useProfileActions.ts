/**
 * Profile administration from the list (toolbar, context menu, keys): new and copy (each its own dialog),
 * rename, delete (with a confirmation that says what goes), set/clear default, export. Each change
 * refreshes the list, the open profile and the history; each success is a toast; each failure the error
 * dialog.
 */
import { ElMessage, ElMessageBox } from 'element-plus';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCount } from '../i18n/useCount';
import type { ProfileSummary } from '../../shared/contract';
import { useUiStore } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';
import { callOrShowError } from './callOrShowError';

/** MAPI's profile name rules, checked again (and authoritatively) by the main process. */
export function profileNameProblem(name: string): 'empty' | 'tooLong' | 'badChar' | null {
  const n = name.trim();
  if (!n) return 'empty';
  if (n.length > 64) return 'tooLong';
  if (/[\\[\]\x00-\x1f]/.test(n)) return 'badChar';
  return null;
}

/** The New profile dialog (NewProfileDialog.vue: name, source, registry root), open while true. */
const newProfileOpen = ref(false);
export const useNewProfile = () => ({ open: newProfileOpen });

/** The Copy profile dialog (CopyProfileDialog.vue: name, target source and root, preview), open for this profile. */
const copyProfileOf = ref<ProfileSummary | null>(null);
export const useCopyProfile = () => ({ profile: copyProfileOf });

export function useProfileActions() {
  const { t } = useI18n();
  const tc = useCount();
  const ui = useUiStore();
  const workspace = useWorkspaceStore();

  async function askName(title: string, label: string, initial: string): Promise<string | null> {
    try {
      const { value } = await ElMessageBox.prompt(label, title, {
        inputValue: initial,
        confirmButtonText: t('common.ok'),
        cancelButtonText: t('common.cancel'),
        inputValidator: (v: string) => {
          const p = profileNameProblem(v ?? '');
          return p ? t(`profile.nameProblem.${p}`) : true;
        },
        customClass: 'name-prompt',
      });
      return value.trim();
    } catch {
      return null;
    }
  }

  async function done(message: string, openId?: string): Promise<void> {
    await workspace.refreshAll();
    if (openId) await workspace.openProfile(openId);
    ElMessage({ type: 'success', message });
  }

  /** Opens the New profile dialog, which creates the profile itself. */
  function create(): void {
    newProfileOpen.value = true;
  }

  async function rename(p: ProfileSummary): Promise<void> {
    const name = await askName(t('profile.renameTitle', { name: p.name }), t('profile.nameLabel'), p.name);
    if (!name || name === p.name) return;
    if (await callOrShowError('profiles.rename', { id: p.id, name })) await done(t('profile.renamed', { from: p.name, name }));
  }

  /** Opens the Copy profile dialog, which previews and copies the profile itself. */
  function copy(p: ProfileSummary): void {
    copyProfileOf.value = p;
  }

  async function remove(p: ProfileSummary): Promise<void> {
    try {
      await ElMessageBox.confirm(
        t('profile.deleteConfirm', {
          name: p.name,
          services: tc('count.services', p.serviceCount),
          sections: tc('count.sections', p.sectionCount),
        }),
        t('profile.deleteTitle'),
        {
          type: 'warning',
          confirmButtonText: t('common.delete'),
          cancelButtonText: t('common.cancel'),
          confirmButtonClass: 'el-button--danger',
          customClass: 'delete-confirm',
        },
      );
    } catch {
      return;
    }
    if (await callOrShowError('profiles.delete', { id: p.id })) await done(t('profile.deleted', { name: p.name }));
  }

  async function setDefault(p: ProfileSummary, isDefault: boolean): Promise<void> {
    if (await callOrShowError('profiles.setDefault', { id: p.id, isDefault })) {
      await done(t(isDefault ? 'profile.defaultSet' : 'profile.defaultCleared', { name: p.name }));
    }
  }

  function exportProfiles(ids: string[]): void {
    if (ids.length) ui.exportIds = ids;
  }

  return { create, rename, copy, remove, setDefault, exportProfiles };
}
