/** The profiles the main process holds, as the renderer last fetched them, plus the selection. */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { AppInfo, ProfileSummary } from '../../shared/contract';
import { invoke } from '../api';
import { useUiStore } from './ui';

export const useWorkspaceStore = defineStore('workspace', () => {
  const info = ref<AppInfo | null>(null);
  const profiles = ref<ProfileSummary[]>([]);
  const filter = ref('');
  const selectedId = ref<string | null>(null);
  const loaded = ref(false);

  const visible = computed(() => {
    const f = filter.value.trim().toLowerCase();
    return f ? profiles.value.filter((p) => p.name.toLowerCase().includes(f)) : profiles.value;
  });
  const selected = computed(() => profiles.value.find((p) => p.id === selectedId.value) ?? null);

  async function refresh(): Promise<void> {
    const ui = useUiStore();
    const [infoRes, listRes] = await Promise.all([invoke('app.info', {}), invoke('profiles.list', {})]);
    if (infoRes.ok) info.value = infoRes.value;
    else ui.showError(infoRes.error);
    if (listRes.ok) profiles.value = listRes.value;
    else ui.showError(listRes.error);
    loaded.value = true;
  }

  return { info, profiles, filter, selectedId, loaded, visible, selected, refresh };
});
