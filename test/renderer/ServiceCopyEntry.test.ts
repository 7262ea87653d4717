import { answer, calls } from './fakeApi';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import ProfileList from '../../renderer/components/profiles/ProfileList.vue';
import { SERVICE_DRAG_TYPE } from '../../renderer/composables/useServiceCopy';
import { useUiStore } from '../../renderer/stores/ui';
import { useWindowStateStore } from '../../renderer/stores/windowState';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { PST, withTwoProfiles } from './copyFlows';
import { mountApp, settle } from './mountApp';

withTwoProfiles();

/** A drag event carrying `data` by type, as the browser hands it to a drop target. */
function dragEvent(type: string, data: Record<string, string>): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', {
    value: { types: Object.keys(data), getData: (t: string) => data[t] ?? '', dropEffect: 'none' },
  });
  return e;
}

describe('ways into the copy dialog', () => {
  it('a service dropped on a profile of the list opens the dialog for that target', async () => {
    const w = mountApp(ProfileList);
    await useWorkspaceStore().refreshAll();
    await settle();
    const work = document.querySelector<HTMLElement>('[data-testid="profile-Work"]')!;
    const ref = { profileId: 'p1', serviceUid: PST, label: 'Outlook Data File' };
    const over = dragEvent('dragover', { [SERVICE_DRAG_TYPE]: JSON.stringify(ref) });
    work.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    await settle();
    expect(work.className).toContain('drop-target');
    work.dispatchEvent(dragEvent('drop', { [SERVICE_DRAG_TYPE]: JSON.stringify(ref) }));
    await settle();
    expect(useUiStore().copyRequest).toEqual({ ...ref, targetId: 'p2' });
    // Files are not services: the list ignores them (the window's drop overlay imports them).
    const files = dragEvent('dragover', { Files: '' });
    work.dispatchEvent(files);
    expect(files.defaultPrevented).toBe(false);
    w.unmount();
  });

  it('the open profile and tab are kept between runs: read from main before mounting, sent back once changed', async () => {
    answer('uiState.get', () => ({ ok: true, value: { 'mpe.view': JSON.stringify({ selectedId: 'p1', tab: 'check' }) } }));
    const pinia = createPinia();
    setActivePinia(pinia);
    await useWindowStateStore().hydrate();
    mountApp(ProfileList, {}, pinia);
    const ws = useWorkspaceStore();
    await ws.refreshAll();
    expect(ws.selectedId).toBe('p1');
    expect(ws.tab).toBe('check');
    ws.tab = 'sections';
    await settle();
    useWindowStateStore().flush();
    const sent = calls.filter((c) => c.channel === 'uiState.set').map((c) => c.request as { values: Record<string, string> });
    expect(
      sent
        .map((r) => r.values['mpe.view'])
        .filter(Boolean)
        .map((v) => JSON.parse(v!)),
    ).toEqual([{ selectedId: 'p1', tab: 'sections' }]);
    // Nothing of it goes through the page's own storage: main's file is the one copy.
    expect(localStorage.getItem('mpe.view')).toBeNull();
  });
});
