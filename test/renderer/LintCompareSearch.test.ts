import { answer, calls, SUMMARY } from './fakeApi';
import { describe, expect, it } from 'vitest';
import LintPanel from '../../renderer/components/lint/LintPanel.vue';
import CompareDialog from '../../renderer/components/compare/CompareDialog.vue';
import SearchDialog from '../../renderer/components/search/SearchDialog.vue';
import { setLocale } from '../../renderer/i18n';
import { useUiStore } from '../../renderer/stores/ui';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { FLOWS, withTwoProfiles } from './copyFlows';
import { mountApp, settle } from './mountApp';

const ORPHAN = '5a835b5131048343a7e9c42aba1a2940';
const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
const text = (sel: string) => $(sel)?.textContent ?? '';

withTwoProfiles();

/** Picks a profile in the right-hand select (its Element Plus component emits the choice, as on a click). */
async function pickRight(w: ReturnType<typeof mountApp>, id: string): Promise<void> {
  const select = w.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-testid') === 'compare-right-profile')!;
  select.vm.$emit('update:modelValue', id);
  await settle();
}

async function openOutlook() {
  const ws = useWorkspaceStore();
  await ws.refreshAll();
  await ws.openProfile('p1');
  await settle();
  return ws;
}

describe('lint panel (real lint report of the sample)', () => {
  it('shows the finding with its sentence and severity; its link opens the section in the inspector', async () => {
    answer('lint.run', () => ({ ok: true, value: FLOWS.lintOutlook }));
    const w = mountApp(LintPanel);
    const ws = await openOutlook();
    await settle();
    expect(text('[data-testid="lint-summary"]')).toContain('no errors');
    expect(text('[data-testid="lint-summary"]')).toContain('1 note');
    const finding = text('[data-testid="lint-info"]');
    expect(finding).toContain(`Section ${ORPHAN} is not referenced by any service, provider or account: MAPI never reads it.`);
    // The sentence says what breaks; no internal rule id is shown.
    expect(finding).not.toContain('lintOrphanSection');
    expect($('[data-testid="lint-info"] [role="img"]')!.getAttribute('aria-label')).toBe('Note');
    expect($('[data-testid="lint-error"]')).toBeNull();
    $('[data-testid="lint-section-link"]')!.click();
    await settle();
    expect(ws.tab).toBe('sections');
    expect(ws.sectionPath).toBe(ORPHAN);
    w.unmount();
  });

  it('speaks French through errorText, and says "No problems found" when clean', async () => {
    answer('lint.run', () => ({ ok: true, value: FLOWS.lintOutlook }));
    const w = mountApp(LintPanel);
    setLocale('fr');
    useUiStore().changeLocale('fr');
    await openOutlook();
    await settle();
    expect(text('[data-testid="lint-info"]')).toContain(`La section ${ORPHAN} n’est référencée par aucun service`);
    answer('lint.run', () => ({ ok: true, value: { profiles: [{ id: 'p1', name: 'Outlook', findings: [] }], workspace: [] } }));
    useUiStore().changeLocale('en');
    $('[data-testid="lint-run"]')!.click();
    await settle();
    expect(text('[data-testid="lint-clean"]')).toContain('No problems found');
    w.unmount();
  });
});

describe('compare dialog (real comparison of Outlook and Work after the copy)', () => {
  it('lists keys only on one side and changed values side by side, with the counts', async () => {
    answer('compare.run', () => ({ ok: true, value: FLOWS.compare }));
    const w = mountApp(CompareDialog);
    await useWorkspaceStore().refreshAll();
    useUiStore().compareLeftId = 'p1';
    await settle();
    expect(text('[data-testid="compare-dialog"]')).toContain('Pick the profile to compare with.');
    await pickRight(w, 'p2');
    expect(calls.filter((c) => c.channel === 'compare.run').map((c) => c.request)).toEqual([{ leftId: 'p1', right: { profileId: 'p2' } }]);
    const n = { changed: 0, onlyLeft: 0, onlyRight: 0 };
    for (const k of FLOWS.compare.keys) n[k.state]++;
    const same = FLOWS.compare.sameKeys;
    expect(text('[data-testid="compare-summary"]')).toBe(
      `${n.changed} changed · ${n.onlyLeft} only on the left · ${n.onlyRight} only on the right · ${same} identical key${same === 1 ? '' : 's'}`,
    );
    expect(document.querySelectorAll('[data-testid="compare-key"]')).toHaveLength(FLOWS.compare.keys.length);
    const searchKey = FLOWS.compare.keys.find((k) => k.values.some((v) => v.tagName === 'PR_SEARCH_KEY'))!;
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="compare-value"]')].find((r) =>
      r.textContent!.includes('PR_SEARCH_KEY'),
    )!;
    const v = searchKey.values.find((x) => x.tagName === 'PR_SEARCH_KEY')!;
    expect(row.className).toContain('changed');
    expect(row.textContent).toContain(v.left!.text);
    expect(row.textContent).toContain(v.right!.text);
    expect(row.querySelectorAll('.side.hl')).toHaveLength(2);
    w.unmount();
  });

  it('says the two profiles are identical when nothing differs', async () => {
    answer('compare.run', () => ({ ok: true, value: { keys: [], sameKeys: 14 } }));
    const w = mountApp(CompareDialog);
    await useWorkspaceStore().refreshAll();
    useUiStore().compareLeftId = 'p1';
    await settle();
    await pickRight(w, 'p2');
    expect(text('[data-testid="compare-identical"]')).toContain('The two profiles are identical');
    expect(text('[data-testid="compare-same"]')).toBe('14 identical keys');
    w.unmount();
  });
});

describe('compare dialog: the saved version as the right-hand choice', () => {
  /** The sources list as main gives it, the left profile's source being `kind`. */
  const sourceIs = (kind: 'file' | 'new' | 'computer', name: string, savesInPlace = kind === 'file') =>
    answer('sources.list', () => ({
      ok: true,
      value: [{ id: SUMMARY.origin.sourceId ?? 'new', kind, name, profileCount: 2, unsaved: true, savesInPlace }],
    }));
  const savedOption = () => $('[data-testid="compare-right-saved"]');

  it('offers "Saved version (in FILE)" for a profile from a file; choosing it compares with { saved: true }', async () => {
    sourceIs('file', 'NTUSER.DAT');
    answer('compare.run', () => ({ ok: true, value: FLOWS.compare }));
    const w = mountApp(CompareDialog);
    await useWorkspaceStore().refreshAll();
    useUiStore().compareLeftId = 'p1';
    await settle();
    expect(savedOption()?.textContent?.trim()).toBe('Saved version (in NTUSER.DAT)');
    await pickRight(w, ':saved');
    expect(calls.filter((c) => c.channel === 'compare.run').map((c) => c.request)).toEqual([{ leftId: 'p1', right: { saved: true } }]);
    // The right-hand column is named after the saved version, not after a profile.
    const heads = [...document.querySelectorAll('[data-testid="compare-key"] th')].map((th) => th.textContent);
    expect(heads).toContain('Saved version (in NTUSER.DAT)');
    setLocale('fr');
    useUiStore().changeLocale('fr');
    await settle();
    expect(savedOption()?.textContent?.trim()).toBe('Version enregistrée (dans NTUSER.DAT)');
    useUiStore().changeLocale('en');
    w.unmount();
  });

  it('says when the file no longer holds the profile', async () => {
    sourceIs('file', 'profiles.reg');
    const onlyLeft = { keys: [{ path: '', state: 'onlyLeft' as const, values: [] }], sameKeys: 0, notInSavedFile: true as const };
    answer('compare.run', () => ({ ok: true, value: onlyLeft }));
    const w = mountApp(CompareDialog);
    await useWorkspaceStore().refreshAll();
    useUiStore().compareLeftId = 'p1';
    await settle();
    await pickRight(w, ':saved');
    expect(text('[data-testid="compare-not-in-file"]')).toBe(
      `The file profiles.reg does not hold "${SUMMARY.name}": every key is only on the left.`,
    );
    w.unmount();
  });

  it('offers no saved version for "New profiles", This computer, or a file opened in the browser (no path)', async () => {
    for (const [kind, savesInPlace] of [
      ['new', false],
      ['computer', true],
      ['file', false],
    ] as const) {
      sourceIs(kind, 'New profiles', savesInPlace);
      const w = mountApp(CompareDialog);
      await useWorkspaceStore().refreshAll();
      useUiStore().compareLeftId = 'p1';
      await settle();
      expect(document.querySelector('[data-testid="compare-right-profile"]')).not.toBeNull();
      expect(savedOption()).toBeNull();
      useUiStore().compareLeftId = null;
      w.unmount();
    }
  });
});

describe('search dialog (real hits for "Outlook.pst")', () => {
  it('lists the hits and a hit opens its profile on the Sections tab with the section and value', async () => {
    answer('search.run', () => ({ ok: true, value: FLOWS.search }));
    const w = mountApp(SearchDialog);
    const ws = useWorkspaceStore();
    await ws.refreshAll();
    useUiStore().searchOpen = true;
    await settle();
    const input = $('[data-testid="search-query"]') as HTMLInputElement;
    input.value = 'Outlook.pst';
    input.dispatchEvent(new Event('input'));
    await settle();
    $('[data-testid="search-run"]')!.click();
    await settle();
    const hits = [...document.querySelectorAll<HTMLElement>('[data-testid="search-hit"]')];
    expect(hits).toHaveLength(FLOWS.search.hits.length);
    // The path is found as PR_PST_PATH_W and, through Smart View, inside the store's entry IDs.
    const at = FLOWS.search.hits.findIndex((h) => h.profileId === 'p1' && h.valueName === '001f6700');
    expect(at).toBeGreaterThanOrEqual(0);
    const hit = hits[at]!;
    expect(hit.textContent).toContain('Outlook');
    expect(hit.textContent).toContain('PR_PST_PATH_W');
    expect(hit.textContent).toContain('001f6700');
    hit.click();
    await settle();
    expect(useUiStore().searchOpen).toBe(false);
    expect(ws.selectedId).toBe('p1');
    expect(ws.tab).toBe('sections');
    expect(ws.sectionPath).toBe(FLOWS.search.hits[at]!.section);
    expect(ws.valueTarget).toEqual({ section: FLOWS.search.hits[at]!.section, value: '001f6700' });
    w.unmount();
  });
});
