/** The "Import warnings" notification says each warning in the UI's language (real composables, fake transport). */
import { answer, resetFake, SUMMARY } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { ImportReport } from '../../shared/contract';
import { reportedWarning } from '../../shared/i18n/importWarnings';
import { useImport } from '../../renderer/composables/useImport';
import { useThisComputer } from '../../renderer/composables/useThisComputer';
import { useUiStore } from '../../renderer/stores/ui';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

/** What the main process answers: the warnings as importFiles builds them (reason, parameters, English). */
const REPORT = ImportReport.parse({
  imported: [{ id: SUMMARY.id, name: SUMMARY.name, file: 'NTUSER.DAT' }],
  warnings: [
    reportedWarning('NTUSER.DAT', { reason: 'hiveDirty', params: { primary: '29989', secondary: '29988' } }),
    reportedWarning('big.reg', { reason: 'regDeletions', params: { count: 1500 } }),
    // From a newer main process: a reason this window does not know keeps its English sentence.
    { file: 'new.reg', reason: 'somethingNew', params: {}, message: 'something new happened' },
  ],
});

const Host = defineComponent({
  setup: () => ({ ...useImport(), ...useThisComputer() }),
  render: () => h('div'),
});

const notification = () => document.querySelector('.import-warnings')?.textContent ?? '';

async function mountIn(locale: 'en' | 'fr') {
  const w = mountApp(Host);
  useUiStore().changeLocale(locale);
  await settle();
  return w;
}

describe('import warnings in the window', () => {
  it('in French: each warning’s sentence in French, its count written the French way', async () => {
    answer('recent.open', () => ({ ok: true, value: REPORT }));
    const w = await mountIn('fr');
    await (w.vm as unknown as ReturnType<typeof useImport>).openRecent('a'.repeat(32));
    await settle();
    const text = notification();
    expect(text).toContain('Avertissements');
    expect(text).toContain(
      'NTUSER.DAT: ruche non validée : les numéros de séquence diffèrent (29989 ≠ 29988) ; les modifications de ses fichiers .LOG1/.LOG2 n’ont pas été appliquées',
    );
    expect(text).toContain(`big.reg: ${new Intl.NumberFormat('fr').format(1500)} suppression(s) du fichier n’ont pas été appliquées`);
    expect(text).toContain('new.reg: something new happened');
    expect(text).not.toContain('dirty hive');
    w.unmount();
  });

  it('in English: the sentences as the CLI prints them', async () => {
    answer('recent.open', () => ({ ok: true, value: REPORT }));
    const w = await mountIn('en');
    await (w.vm as unknown as ReturnType<typeof useImport>).openRecent('a'.repeat(32));
    await settle();
    expect(notification()).toContain(`NTUSER.DAT: ${REPORT.warnings[0]!.message}`);
    expect(notification()).toContain('big.reg: 1,500 deletion(s) in the file were not applied');
    w.unmount();
  });

  it('importing this computer shows its warnings too, in French', async () => {
    answer('live.import', () => ({
      ok: true,
      value: {
        imported: [],
        warnings: [reportedWarning('This computer', { reason: 'defaultProfileMissing', params: { name: 'Gone', root: 'HKCU\\Profiles' } })],
      },
    }));
    const w = await mountIn('fr');
    await (w.vm as unknown as ReturnType<typeof useThisComputer>).importThisComputer();
    await settle();
    expect(notification()).toContain('Le profil par défaut « Gone » de HKCU\\Profiles ne fait pas partie des profils trouvés.');
    w.unmount();
  });
});
