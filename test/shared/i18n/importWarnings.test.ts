import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import {
  causeOf,
  IMPORT_WARNINGS,
  importWarningText,
  reportedWarning,
  reportedWarningText,
  ReportedWarning,
  type ImportWarning,
} from '../../../shared/i18n/importWarnings.js';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('import warnings', () => {
  it('says every warning in French with the same parameters as in English', () => {
    for (const [reason, en] of Object.entries(IMPORT_WARNINGS.en)) {
      const fr = IMPORT_WARNINGS.fr[reason as keyof typeof IMPORT_WARNINGS.fr];
      expect(placeholders(fr), reason).toEqual(placeholders(en));
      expect(fr, reason).not.toBe(en);
    }
  });

  it('fills a warning’s parameters in the asked language', () => {
    const dirty: ImportWarning = { reason: 'hiveDirty', params: { primary: '29989', secondary: '29988' } };
    expect(importWarningText('en', dirty)).toBe(
      'dirty hive: sequence numbers differ (29989 ≠ 29988); changes in its .LOG1/.LOG2 files were not applied',
    );
    expect(importWarningText('fr', dirty)).toBe(
      'ruche non validée : les numéros de séquence diffèrent (29989 ≠ 29988) ; les modifications de ses fichiers .LOG1/.LOG2 n’ont pas été appliquées',
    );
  });

  it('writes a count the locale’s way, and leaves other numbers (sequence numbers, lines) as they are', () => {
    const deletions: ImportWarning = { reason: 'regDeletions', params: { count: 12345 } };
    expect(importWarningText('en', deletions)).toBe(
      '12,345 deletion(s) in the file were not applied: they delete from a registry, not from this import',
    );
    expect(importWarningText('fr', deletions)).toBe(
      `${new Intl.NumberFormat('fr').format(12345)} suppression(s) du fichier n’ont pas été appliquées : elles suppriment dans un registre, pas dans cette importation`,
    );
    expect(importWarningText('fr', deletions)).toMatch(/^12\s345 /u);
    const general: ImportWarning = { reason: 'prfGeneralUnknown', params: { key: 'Frobnicate', line: 12345 } };
    expect(importWarningText('en', general)).toBe('[General] Frobnicate (line 12345): not a [General] option the editor knows; ignored');
  });

  it('says where in the file when it knows the line, and nothing when it does not', () => {
    const at = (line?: number): ImportWarning => ({
      reason: 'prfUnmappedKey',
      params: { key: 'AccountName', mapping: 'Microsoft Exchange Server', line },
    });
    expect(importWarningText('en', at(62))).toBe(
      'line 62: AccountName has no mapping in [Microsoft Exchange Server]: Outlook writes it nowhere',
    );
    expect(importWarningText('fr', at(62))).toBe(
      'ligne 62 : AccountName n’a pas de correspondance dans [Microsoft Exchange Server] : Outlook ne l’écrit nulle part',
    );
    expect(importWarningText('en', at())).toBe('AccountName has no mapping in [Microsoft Exchange Server]: Outlook writes it nowhere');
    const custom: ImportWarning = { reason: 'prfCustomMissing', params: { line: 3 } };
    expect(importWarningText('fr', custom)).toMatch(/^\[General\] Custom=1 est absent \(ligne 3\) : /);
    expect(importWarningText('en', { reason: 'prfCustomMissing', params: {} })).toMatch(/^\[General\] Custom=1 is missing: /);
  });

  it('says the error that stopped a step in the same language (its errorMessages sentence)', () => {
    const error = new AppError('MAPI_E_NO_ACCESS', 'singleCopyService', {
      service: 'Exchange',
      serviceName: 'MSEMS',
      profile: 'A',
      existing: 'Exchange',
      existingUid: 'abc',
    });
    const w: ImportWarning = {
      reason: 'prfServiceNotCreated',
      params: { service: 'Service2', serviceName: 'MSEMS' },
      cause: causeOf(error),
    };
    expect(importWarningText('en', w)).toBe(`Service2: MSEMS was not created: ${error.message}`);
    expect(importWarningText('fr', w)).toMatch(
      /^Service2 : MSEMS n’a pas été créé : Le service « Exchange » \(MSEMS\) porte SERVICE_SINGLE_COPY/,
    );
  });

  it('says what a parser found (a transaction log that stopped replay) in the same language, and carries it in the report', () => {
    const w: ImportWarning = {
      reason: 'hiveLogStopped',
      params: { log: 'ntuser.dat.LOG2', offset: '0x1200' },
      problem: { reason: 'hiveLogEntrySequence', params: { found: 11, expected: 10 } },
    };
    expect(importWarningText('en', w)).toBe(
      'ntuser.dat.LOG2: replay stopped at byte 0x1200 (log entry has sequence number 11, 10 expected); what came before it was applied',
    );
    expect(importWarningText('fr', w)).toBe(
      'ntuser.dat.LOG2 : la relecture s’est arrêtée à l’octet 0x1200 (l’entrée de journal a le numéro de séquence 11, 10 attendu) ; ce qui précède a été appliqué',
    );
    const reported = ReportedWarning.parse(reportedWarning('NTUSER.DAT', w));
    expect(reported.problem).toEqual(w.problem);
    expect(reportedWarningText('fr', reported)).toBe(importWarningText('fr', w));
  });

  it('reports a warning with its file, reason, parameters and English sentence, valid for the contract', () => {
    const r = reportedWarning('t.prf', { reason: 'prfNoProfileName', params: { name: 'Outlook' } });
    expect(r).toEqual({
      file: 't.prf',
      reason: 'prfNoProfileName',
      params: { name: 'Outlook' },
      message: '[General] has no ProfileName: the profile is named "Outlook", as Outlook names it',
    });
    // A line that is not known is left out (JSON has no undefined), not sent as undefined.
    const noLine = reportedWarning('t.prf', { reason: 'prfCustomMissing', params: { line: undefined } });
    expect(noLine.params).toEqual({});
    expect(ReportedWarning.parse(noLine)).toEqual(noLine);
    expect(reportedWarningText('fr', r)).toBe('[General] n’a pas de ProfileName : le profil s’appelle « Outlook », comme Outlook le nomme');
  });

  it('shows a reported warning whose reason this version does not know in its English sentence', () => {
    expect(reportedWarningText('fr', { reason: 'hiveTooOld', params: {}, message: 'the hive is too old' })).toBe('the hive is too old');
    expect(reportedWarningText('fr', { reason: 'toString', params: {}, message: 'x' })).toBe('x');
  });

  it('types a warning’s parameters by its sentence (checked by tsc)', () => {
    // @ts-expect-error hiveDirty names {primary} and {secondary}, not {seq}
    const wrong: ImportWarning = { reason: 'hiveDirty', params: { seq: '1' } };
    // @ts-expect-error {count} is a number, written the locale's way
    const text: ImportWarning = { reason: 'regDeletions', params: { count: '3' } };
    // @ts-expect-error prfServiceNotCreated says why: it needs its cause
    const noCause: ImportWarning = { reason: 'prfServiceNotCreated', params: { service: 'Service1', serviceName: 'MSEMS' } };
    expect([wrong.reason, text.reason, noCause.reason]).toEqual(['hiveDirty', 'regDeletions', 'prfServiceNotCreated']);
  });
});
