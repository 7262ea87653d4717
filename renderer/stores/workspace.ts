/**
 * The profiles the main process holds, as the renderer last fetched them, plus the view state around
 * them: the open profile, its tab, the section shown in the inspector, the change history.
 */
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { AppInfo, Change, HistoryEntry, ProfileSummary, ResponseOf, SourceSummary } from '../../shared/contract';
import { invokeChannel } from '../api';
import { callOrShowError } from '../composables/callOrShowError';
import { useUiStore } from './ui';
import { useWindowStateStore } from './windowState';

export type DetailsTab = 'services' | 'accounts' | 'sections' | 'check';
const TABS: DetailsTab[] = ['services', 'accounts', 'sections', 'check'];
/** The open profile and tab, kept between runs (issue 7 "state kept between runs"). */
const VIEW_KEY = 'mpe.view';

function savedView(saved: string | null): { selectedId: string | null; tab: DetailsTab } {
  try {
    const v = JSON.parse(saved ?? '{}') as { selectedId?: unknown; tab?: unknown };
    return {
      selectedId: typeof v.selectedId === 'string' ? v.selectedId : null,
      tab: TABS.includes(v.tab as DetailsTab) ? (v.tab as DetailsTab) : 'services',
    };
  } catch {
    return { selectedId: null, tab: 'services' };
  }
}
export type OpenProfile = ResponseOf<'profiles.get'>;

export const useWorkspaceStore = defineStore('workspace', () => {
  const info = ref<AppInfo | null>(null);
  const profiles = ref<ProfileSummary[]>([]);
  /** The open files (and This computer, the new profiles), each with its unsaved-changes state. */
  const sources = ref<SourceSummary[]>([]);
  const filter = ref('');
  const selectedId = ref<string | null>(null);
  const loaded = ref(false);
  const current = ref<OpenProfile | null>(null);
  const loadingProfile = ref(false);
  const tab = ref<DetailsTab>('services');
  const sectionPath = ref<string | null>(null);
  /** The value to select in the inspector (a search hit, a lint finding); consumed by that section's inspector. */
  const valueTarget = ref<{ section: string; value: string } | null>(null);
  /** The service row selected in the services table (Ctrl/Cmd+C copies it). */
  const serviceUid = ref<string | null>(null);
  /** Restored once, on the first refresh that lists the saved profile. */
  const windowState = useWindowStateStore();
  let restore: ReturnType<typeof savedView> | null = savedView(windowState.get(VIEW_KEY));
  const history = ref<HistoryEntry[]>([]);

  const visible = computed(() => {
    const f = filter.value.trim().toLowerCase();
    if (!f) return profiles.value;
    return profiles.value.filter((p) => p.name.toLowerCase().includes(f) || (p.origin.file ?? '').toLowerCase().includes(f));
  });
  const selected = computed(() => profiles.value.find((p) => p.id === selectedId.value) ?? null);
  const canUndo = computed(() => history.value.some((h) => !h.undone));
  const canRedo = computed(() => history.value.some((h) => h.undone));
  const sourceOf = (p: ProfileSummary | null) => sources.value.find((s) => s.id === (p?.origin.sourceId ?? 'new')) ?? null;
  const hasUnsaved = computed(() => sources.value.some((s) => s.unsaved));

  async function refresh(): Promise<void> {
    const ui = useUiStore();
    const [infoRes, listRes, sourcesRes] = await Promise.all([
      invokeChannel('app.info', {}),
      invokeChannel('profiles.list', {}),
      invokeChannel('sources.list', {}),
    ]);
    if (infoRes.ok) info.value = infoRes.value;
    else ui.showError(infoRes.error);
    if (listRes.ok) profiles.value = listRes.value;
    else ui.showError(listRes.error);
    // The list stays usable without the sources (an older main process): only the marks are missing.
    sources.value = sourcesRes.ok ? sourcesRes.value : [];
    loaded.value = true;
  }

  async function loadCurrent(): Promise<void> {
    const id = selectedId.value;
    if (!id) {
      current.value = null;
      return;
    }
    loadingProfile.value = true;
    const got = await callOrShowError('profiles.get', { id });
    loadingProfile.value = false;
    if (selectedId.value !== id) return;
    current.value = got ?? null;
    if (sectionPath.value && !got?.view.sections.some((s) => s.path === sectionPath.value)) sectionPath.value = null;
  }

  async function openProfile(id: string): Promise<void> {
    if (selectedId.value !== id) {
      sectionPath.value = null;
      serviceUid.value = null;
    }
    selectedId.value = id;
    await loadCurrent();
  }

  async function loadHistory(): Promise<void> {
    const res = await invokeChannel('history.list', {});
    // History is a side panel: a store without history yet must not raise a dialog on every refresh.
    history.value = res.ok ? res.value : [];
  }

  /** After every change: the list, the open profile and the history, as the main process now has them. */
  async function refreshAll(): Promise<void> {
    await refresh();
    if (restore) {
      const r = restore;
      restore = null;
      if (!selectedId.value && r.selectedId && profiles.value.some((p) => p.id === r.selectedId)) {
        selectedId.value = r.selectedId;
        tab.value = r.tab;
      }
    }
    if (selectedId.value && !profiles.value.some((p) => p.id === selectedId.value)) {
      selectedId.value = null;
      current.value = null;
    }
    await Promise.all([loadCurrent(), loadHistory()]);
  }

  /**
   * After a change that answered what it changed (contract.ts `Change`): the touched rows, the open
   * profile's view and the new undo step replace what the window holds, with no request. When the answer
   * does not follow on from what the window holds (a profile it does not list, a step that is not the
   * next one: another process changed the store meanwhile), everything is fetched again instead.
   * `open` shows the changed profile (a copy's target) rather than keeping the one open.
   */
  async function applyChange(change: Change, options: { open?: boolean } = {}): Promise<void> {
    const lastId = history.value.at(-1)?.id;
    const follows = change.step === null || lastId === undefined || change.step.id === lastId + 1;
    if (!follows || !change.profiles.every((p) => profiles.value.some((q) => q.id === p.id))) {
      await refreshAll();
      if (options.open && change.view) await openProfile(change.view.summary.id);
      return;
    }
    if (options.open && change.view && selectedId.value !== change.view.summary.id) {
      selectedId.value = change.view.summary.id;
      sectionPath.value = null;
      serviceUid.value = null;
      current.value = change.view;
    }
    const byId = new Map(change.profiles.map((p) => [p.id, p]));
    profiles.value = profiles.value.map((p) => byId.get(p.id) ?? p);
    const sourceById = new Map(change.sources.map((s) => [s.id, s]));
    sources.value = sources.value.map((s) => sourceById.get(s.id) ?? s);
    const open = current.value;
    if (open && change.view?.summary.id === open.summary.id) {
      current.value = change.view;
      if (sectionPath.value && !change.view.view.sections.some((s) => s.path === sectionPath.value)) sectionPath.value = null;
    } else if (open && byId.has(open.summary.id)) {
      await loadCurrent();
    }
    if (change.step) {
      // A new step drops the undone ones (they can no longer be redone) and, past the store's limit, the oldest.
      const from = change.historyFrom ?? change.step.id;
      history.value = [...history.value.filter((h) => !h.undone && h.id >= from), change.step];
    }
  }

  /**
   * Shows a section (by path or UID, any case) in the inspector, and one of its values when named.
   * False when the profile has no such section.
   */
  function goToSection(pathOrUid: string, value?: string | null): boolean {
    const key = pathOrUid.toLowerCase();
    const s = current.value?.view.sections.find((x) => x.path.toLowerCase() === key || x.uid === key);
    if (!s) return false;
    sectionPath.value = s.path;
    valueTarget.value = value ? { section: s.path, value } : null;
    tab.value = 'sections';
    return true;
  }

  /** Opens a profile and shows one of its sections (and value): search hits, lint findings. */
  async function reveal(profileId: string, section: string | null | undefined, value?: string | null): Promise<boolean> {
    await openProfile(profileId);
    if (!section) return false;
    return goToSection(section, value);
  }

  watch([selectedId, tab], ([id, t]) => windowState.set(VIEW_KEY, JSON.stringify({ selectedId: id, tab: t })));

  return {
    info,
    profiles,
    sources,
    filter,
    selectedId,
    loaded,
    current,
    loadingProfile,
    tab,
    sectionPath,
    valueTarget,
    serviceUid,
    history,
    visible,
    selected,
    canUndo,
    canRedo,
    hasUnsaved,
    sourceOf,
    refresh,
    loadCurrent,
    openProfile,
    loadHistory,
    refreshAll,
    applyChange,
    goToSection,
    reveal,
  };
});
