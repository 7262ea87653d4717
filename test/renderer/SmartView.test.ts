import { calls, resetFake, VIEW } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import PropertyDetail from '../../renderer/components/inspector/PropertyDetail.vue';
import PropertyEditorDialog from '../../renderer/components/dialogs/PropertyEditorDialog.vue';
import { makeFormatters, valueText } from '../../renderer/lib/propertyDisplay';
import { setLocale } from '../../renderer/i18n';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

const PST = '6876da12b533bc47a32ce78191722d01';
const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
const propOf = (section: string, valueName: string) =>
  VIEW.sections.find((s) => s.uid === section)!.properties.find((p) => p.valueName === valueName)!;
/** PR_PST_PATH_W of the same section: the path the store's PR_ENTRYID must name. */
const pstPath = () => propOf(PST, '001f6700').value as string;

describe('Smart View in the inspector (real sample view)', () => {
  it("shows the PST store entry ID's DLL and data-file path beside the hex, in English and French", async () => {
    const w = mountApp(PropertyDetail, { props: { prop: propOf(PST, '01020fff'), kind: 'provider', references: [] } });
    await useWorkspaceStore().openProfile('p1');
    await settle();
    const panel = w.find('[data-testid="smart-view"]');
    expect(panel.find('[data-testid="smart-storeEntryId"]').exists()).toBe(true);
    expect(panel.find('[data-testid="smart-field-dllName"]').text()).toContain('mspst.dll');
    expect(panel.find('[data-testid="smart-field-dataFilePath"]').text()).toContain(pstPath());
    expect(panel.text()).toContain('Data file path');
    setLocale('fr');
    await settle();
    expect(w.find('[data-testid="smart-view"]').text()).toContain('Chemin du fichier de données');
    expect(w.find('[data-testid="smart-view"]').text()).toContain('Banque Dossiers personnels (MSPST)');
    setLocale('en');
    w.unmount();
  });

  it("a PST's PR_RECORD_KEY (16 bytes naming no section) is not marked as a dangling section reference", async () => {
    await useWorkspaceStore().openProfile('p1');
    const recordKey = propOf(PST, '01020ff9');
    expect(recordKey.value).toMatch(/^[0-9a-f]{32}$/);
    expect(VIEW.sections.some((s) => s.uid === recordKey.value)).toBe(false);
    const w = mountApp(PropertyDetail, { props: { prop: recordKey, kind: 'provider', references: [] } });
    await settle();
    expect(w.find('[data-testid="uid-dangling"]').exists()).toBe(false);
    // A reference the main process reports as dangling still is marked.
    await w.setProps({
      references: [{ section: PST, valueName: '01020ff9', kind: 'uid', target: recordKey.value as string, exists: false }],
    });
    await settle();
    expect(w.find('[data-testid="uid-dangling"]').exists()).toBe(true);
    w.unmount();
  });

  it('the grid reads entry IDs by their summary, signed PT_LONGs, and cuts each item of a binary list', () => {
    const fmt = makeFormatters('en');
    expect(valueText(propOf(PST, '01020fff'), 'provider', fmt)).toBe(`mspst.dll · ${pstPath()}`);
    const long = { ...propOf(CONTAB, '00033009'), tag: 0x66000003, valueName: '00036600', value: 0xffffffff };
    expect(valueText(long, 'service', fmt)).toBe('-1 (0xFFFFFFFF)');
    const list = { ...propOf(PST, '01020fff'), tag: 0x66001102, ptype: 0x1102, valueName: '11026600', value: ['ab'.repeat(300), 'cd'] };
    expect(valueText(list, 'provider', fmt)).toBe(`${'ab'.repeat(24)}…; cd`);
  });

  it('edits PR_RESOURCE_FLAGS of a service as named bits, and sends the number they make', async () => {
    const ws = useWorkspaceStore();
    await ws.openProfile('p1');
    const prop = propOf(CONTAB, '00033009'); // 0x22: SERVICE_SINGLE_COPY | SERVICE_NO_PRIMARY_IDENTITY
    const w = mountApp(PropertyEditorDialog, {
      props: { prop, profileId: 'p1', section: CONTAB, label: 'PR_RESOURCE_FLAGS', flags: 'service' },
    });
    await settle();
    const box = (name: string) => document.querySelector<HTMLInputElement>(`[data-testid="flag-${name}"] input`)!;
    expect(box('SERVICE_SINGLE_COPY').checked).toBe(true);
    expect(box('SERVICE_NO_PRIMARY_IDENTITY').checked).toBe(true);
    expect(box('SERVICE_DEFAULT_STORE').checked).toBe(false);
    box('SERVICE_DEFAULT_STORE').click();
    await settle();
    expect(document.querySelector<HTMLInputElement>('input[data-testid="text-input"]')!.value).toBe('0x00000023');
    document.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')!.click();
    await settle();
    expect(calls.filter((c) => c.channel === 'properties.set').map((c) => c.request)).toEqual([
      { profileId: 'p1', section: CONTAB, valueName: '00033009', value: 0x23 },
    ]);
    w.unmount();
  });

  it('PT_LONG opens signed: −1 reads and saves as −1', async () => {
    const ws = useWorkspaceStore();
    await ws.openProfile('p1');
    const prop = { ...propOf(CONTAB, '00033009'), valueName: '00036600', tag: 0x66000003, value: 0xffffffff };
    const w = mountApp(PropertyEditorDialog, { props: { prop, profileId: 'p1', section: CONTAB, label: 'x' } });
    await settle();
    expect(document.querySelector<HTMLInputElement>('input[data-testid="text-input"]')!.value).toBe('-1');
    document.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')!.click();
    await settle();
    expect(calls.find((c) => c.channel === 'properties.set')!.request).toMatchObject({ value: -1 });
    w.unmount();
  });
});
