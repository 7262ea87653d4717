/**
 * The window applies what a change answered (stores/workspace.ts applyChange, issue 21 point 4): the
 * edited value shows with no request after the change; an answer that does not follow on from what the
 * window holds (another process changed the store) fetches everything again instead.
 */
import { answer, calls, resetFake, SUMMARY, VIEW } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import { Change, HistoryEntry, type ChannelName } from '../../shared/contract';
import ProfileDetails from '../../renderer/views/ProfileDetails.vue';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
const FETCHES: ChannelName[] = ['app.info', 'profiles.list', 'profiles.get', 'sources.list', 'history.list'];
const SOURCE = {
  id: 'src1',
  kind: 'file',
  name: 'sample.reg',
  format: 'reg',
  profileCount: 1,
  unsaved: false,
  savesInPlace: false,
} as const;

const entry = (id: number, undone = false) =>
  HistoryEntry.parse({ id, description: `change ${id}`, at: '2026-01-05T09:00:00.000Z', undone });

/** The sample view with CONTAB's PR_DISPLAY_NAME_W set to `text`, as the main process would answer it. */
function editedChange(text: string, step: HistoryEntry | null, historyFrom: number | null): Change {
  const view = structuredClone(VIEW);
  const prop = view.sections.find((s) => s.path === CONTAB)!.properties.find((p) => p.valueName === '001f3001')!;
  prop.value = text;
  const summary = { ...SUMMARY, unsaved: true };
  return Change.parse({ profiles: [summary], sources: [{ ...SOURCE, unsaved: true }], view: { summary, view }, step, historyFrom });
}

async function openContab() {
  answer('sources.list', () => ({ ok: true, value: [SOURCE] }));
  answer('history.list', () => ({ ok: true, value: [entry(1), entry(2), entry(3, true)] }));
  const w = mountApp(ProfileDetails);
  const ws = useWorkspaceStore();
  await ws.refreshAll();
  await ws.openProfile('p1');
  ws.goToSection(CONTAB, '001f3001');
  await settle();
  return { w, ws };
}

describe('a change applied from its answer', () => {
  it('the edited value, the unsaved marks and the new step show with no request after the change', async () => {
    const { w, ws } = await openContab();
    expect(w.find('[data-testid="prop-001f3001"]').text()).toContain('Outlook Address Book');
    calls.length = 0;
    await ws.applyChange(editedChange('Contacts', entry(4), 1));
    await settle();
    // (The window-state write-back of the tab switched before may go; nothing is fetched.)
    expect(calls.filter((c) => FETCHES.includes(c.channel))).toEqual([]);
    expect(w.find('[data-testid="prop-001f3001"]').text()).toContain('Contacts');
    expect(ws.selected?.unsaved).toBe(true);
    expect(ws.sources[0]!.unsaved).toBe(true);
    // The new step dropped the undone one (it can no longer be redone).
    expect(ws.history.map((h) => [h.id, h.undone])).toEqual([
      [1, false],
      [2, false],
      [4, false],
    ]);
    expect(ws.canRedo).toBe(false);
    w.unmount();
  });

  it('past the store’s history limit, the steps older than the answer’s first one are dropped', async () => {
    const { w, ws } = await openContab();
    await ws.applyChange(editedChange('Contacts', entry(4), 2));
    expect(ws.history.map((h) => h.id)).toEqual([2, 4]);
    w.unmount();
  });

  it('a step that is not the next one (another process changed the store) fetches everything again', async () => {
    const { w, ws } = await openContab();
    calls.length = 0;
    await ws.applyChange(editedChange('Contacts', entry(9), 1));
    await settle();
    expect(FETCHES.filter((c) => calls.some((x) => x.channel === c))).toEqual(FETCHES);
    // The fetched state wins: the fake still holds the unedited view.
    expect(w.find('[data-testid="prop-001f3001"]').text()).toContain('Outlook Address Book');
    w.unmount();
  });

  it('the editor dialog’s Save applies the answer of properties.set', async () => {
    const { w } = await openContab();
    answer('properties.set', () => ({ ok: true, value: { change: editedChange('Contacts', entry(4), 1) } }));
    await w.find('[data-testid="edit-property"]').trigger('click');
    await settle();
    const area = document.querySelector<HTMLTextAreaElement>('[data-testid="editor-dialog"] textarea')!;
    area.value = 'Contacts';
    area.dispatchEvent(new Event('input'));
    await settle();
    calls.length = 0;
    document.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')!.click();
    await settle();
    expect(calls.filter((c) => c.channel !== 'uiState.set').map((c) => c.channel)).toEqual(['properties.set']);
    expect(w.find('[data-testid="prop-001f3001"]').text()).toContain('Contacts');
    w.unmount();
  });
});
