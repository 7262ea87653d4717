/** The history panel and the undo/redo toasts say each change in the UI's language. */
import { answer, resetFake } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryEntry } from '../../shared/contract';
import HistoryPanel from '../../renderer/components/history/HistoryPanel.vue';
import { useUiStore } from '../../renderer/stores/ui';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

const RENAME = HistoryEntry.parse({
  id: 2,
  description: "Rename profile 'Work' to 'Office'",
  message: { key: 'renameProfile', params: { from: 'Work', to: 'Office' } },
  at: '2026-01-05T09:01:00.000Z',
  undone: false,
});
/** Recorded before history messages existed: English only. */
const OLD = HistoryEntry.parse({ id: 1, description: "Create profile 'Work'", at: '2026-01-05T09:00:00.000Z', undone: false });

async function mountPanel(locale: 'en' | 'fr') {
  answer('history.list', () => ({ ok: true, value: [OLD, RENAME] }));
  const w = mountApp(HistoryPanel);
  useUiStore().changeLocale(locale);
  await useWorkspaceStore().refreshAll();
  await settle();
  return w;
}

const rows = () => [...document.querySelectorAll('[data-testid="history-what"]')].map((el) => el.textContent!.trim());

describe('history panel', () => {
  it('shows changes in French when the UI is in French, old entries in their English description', async () => {
    const w = await mountPanel('fr');
    expect(rows()).toEqual(['Renommer le profil « Work » en « Office »', "Create profile 'Work'"]);
    w.unmount();
  });

  it('follows a change of language', async () => {
    const w = await mountPanel('fr');
    useUiStore().changeLocale('en');
    await settle();
    expect(rows()).toEqual(["Rename profile 'Work' to 'Office'", "Create profile 'Work'"]);
    w.unmount();
  });

  it('undo and redo toasts say the change in the UI’s language', async () => {
    const w = await mountPanel('fr');
    const undone = { ...RENAME, undone: true };
    answer('history.undo', () => {
      answer('history.list', () => ({ ok: true, value: [OLD, undone] }));
      return { ok: true, value: undone };
    });
    answer('history.redo', () => ({ ok: true, value: RENAME }));
    await w.find('[data-testid="history-undo"]').trigger('click');
    await settle();
    expect(document.body.textContent).toContain('Annulé : Renommer le profil « Work » en « Office »');
    await w.find('[data-testid="history-redo"]').trigger('click');
    await settle();
    expect(document.body.textContent).toContain('Rétabli : Renommer le profil « Work » en « Office »');
    w.unmount();
  });
});
