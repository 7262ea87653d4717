import { describe, expect, it } from 'vitest';
import {
  FORMAT_ERRORS,
  formatErrorDetailsText,
  formatErrorText,
  HIVE_RECORDS,
  locatedText,
  type FormatErrorArgs,
  type FormatErrorSentence,
} from '../../../shared/i18n/formatErrors.js';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Words of the English sentences that no French sentence should still hold (an untranslated line); not "a" or "No", which French and PRF values use. */
const ENGLISH =
  /\b(the|an|is|are|of|not|or|and|expected|found|cannot|must|has|have|with|file|bytes|line|key|value|empty|twice|after|before|its|than)\b/i;

describe('parser error sentences', () => {
  it('says every parser error in French with the same parameters as in English', () => {
    const reasons = Object.keys(FORMAT_ERRORS.en);
    expect(Object.keys(FORMAT_ERRORS.fr).sort()).toEqual([...reasons].sort());
    for (const reason of reasons) {
      const en = FORMAT_ERRORS.en[reason as keyof typeof FORMAT_ERRORS.en];
      const fr = FORMAT_ERRORS.fr[reason as keyof typeof FORMAT_ERRORS.fr];
      expect(placeholders(fr), reason).toEqual(placeholders(en));
      expect(fr, reason).not.toBe(en);
      // The French has no English words left; tokens of the file's syntax ([KEY], [Service List]) stay as written.
      expect(fr.replace(/\{\w+\}|\[[^\]]*\]/g, ''), reason).not.toMatch(ENGLISH);
    }
  });

  it('writes French the way the other tables do: typographic apostrophe, « guillemets », a space before : and ;', () => {
    for (const [reason, fr] of Object.entries(FORMAT_ERRORS.fr)) {
      expect(fr, reason).not.toMatch(/'/);
      expect(fr, reason).not.toMatch(/[^\s]« |«[^ ]| »[^\s,.)]|[^ ]»/);
      // A colon or semicolon of the sentence (not of a token such as dword:, hex(N): or Providers=) has a space before it.
      expect(fr.replace(/(dword|hex|hex\(N\)|PT_\w+):/g, '').replace(/(^|\s)(:|;)(?=\s|$)/g, ''), reason).not.toMatch(/[^\s](:|;)\s/);
    }
  });

  it('names each hive record in both languages, the French with its article', () => {
    expect(Object.keys(HIVE_RECORDS.fr)).toEqual(Object.keys(HIVE_RECORDS.en));
    const params = { record: 'keyNode', cell: '0x20', from: '0x1024' } as const;
    expect(formatErrorText('en', 'hiveCellNotStart', params)).toBe(
      'expected key node: cell offset 0x20 read at 0x1024 is not the start of a cell',
    );
    expect(formatErrorText('fr', 'hiveCellNotStart', params)).toBe(
      'on attendait un nœud de clé : le décalage de cellule 0x20 lu en 0x1024 n’est pas le début d’une cellule',
    );
    expect(formatErrorText('fr', 'hiveCellFree', { record: 'valueData', cell: '0x80' })).toBe(
      'on attendait des données de valeur : la cellule 0x80 est libre, non allouée',
    );
  });

  it('shows every other parameter as is, in both languages (sizes are not regrouped: the English stays the parsers’ text)', () => {
    const p = { size: 1234567, limit: 1000 };
    expect(formatErrorText('en', 'fileTooLarge', p)).toBe('file is 1234567 bytes, over the limit of 1000 bytes');
    expect(formatErrorText('fr', 'fileTooLarge', p)).toBe('le fichier fait 1234567 octets, au-delà de la limite de 1000 octets');
    expect(formatErrorText('en', 'prfTrueOrFalse', { key: 'ModifyDefaultProfileIfPresent', value: 'maybe' })).toBe(
      'ModifyDefaultProfileIfPresent must be TRUE or FALSE, not "maybe"',
    );
    expect(formatErrorText('fr', 'prfTrueOrFalse', { key: 'ModifyDefaultProfileIfPresent', value: 'maybe' })).toBe(
      'ModifyDefaultProfileIfPresent doit valoir TRUE ou FALSE, pas « maybe »',
    );
  });

  it('locates a sentence: FILE:LINE: / FILE@0xOFFSET: / FILE: in English, FILE, ligne N : / FILE, décalage 0x… : / FILE : in French', () => {
    expect(locatedText('en', 'x.reg', { line: 3 }, 'S')).toBe('x.reg:3: S');
    expect(locatedText('en', 'NTUSER.DAT', { offset: 0x1020 }, 'S')).toBe('NTUSER.DAT@0x1020: S');
    expect(locatedText('en', 'a.prf', {}, 'S')).toBe('a.prf: S');
    expect(locatedText('fr', 'x.reg', { line: 3 }, 'S')).toBe('x.reg, ligne 3 : S');
    expect(locatedText('fr', 'NTUSER.DAT', { offset: 0x1020 }, 'S')).toBe('NTUSER.DAT, décalage 0x1020 : S');
    expect(locatedText('fr', 'a.prf', {}, 'S')).toBe('a.prf : S');
    // A line wins over an offset, as FormatError.located always did.
    expect(locatedText('en', 'x', { line: 1, offset: 0 }, 'S')).toBe('x:1: S');
  });

  it('says an E_FORMAT error’s details in the asked language, and nothing for details it does not know', () => {
    const details = {
      file: 'x.reg',
      message: 'x.reg:3: expected = after the value name',
      formatError: { format: 'reg', reason: 'regExpectedEquals', params: {}, line: 3 },
    };
    expect(formatErrorDetailsText('en', details)).toBe('x.reg:3: expected = after the value name');
    expect(formatErrorDetailsText('fr', details)).toBe('x.reg, ligne 3 : on attendait = après le nom de la valeur');
    expect(
      formatErrorDetailsText('fr', { ...details, formatError: { ...details.formatError, reason: 'regSomethingNew' } }),
    ).toBeUndefined();
    expect(formatErrorDetailsText('fr', { ...details, formatError: { ...details.formatError, reason: 'toString' } })).toBeUndefined();
    expect(formatErrorDetailsText('fr', { file: 'x.reg', message: 'x.reg:3: …' })).toBeUndefined();
    expect(formatErrorDetailsText('fr', { ...details, file: 3 })).toBeUndefined();
  });

  it('types a sentence’s parameters by its English placeholders (checked by tsc)', () => {
    // @ts-expect-error regHexContinuation names {start}
    const wrong: FormatErrorSentence = { reason: 'regHexContinuation', params: { line: 3 } };
    // @ts-expect-error {record} is one of the hive records, not free text
    const record: FormatErrorSentence = { reason: 'hiveCellFree', params: { record: 'a key', cell: '0x20' } };
    // @ts-expect-error a sentence without placeholders takes no parameters
    const none: FormatErrorArgs<'regKeyClose'> = [{}];
    const some: FormatErrorArgs<'fileTooLarge'> = [{ size: 1, limit: 2 }];
    expect([wrong.reason, record.reason, none.length, some.length]).toEqual(['regHexContinuation', 'hiveCellFree', 1, 1]);
  });
});
