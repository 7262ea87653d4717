/**
 * Importing files through the handlers: the report's warnings carry a reason, parameters and the English
 * sentence; a file that does not parse is an E_FORMAT error the window says in its own language.
 */
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { ImportReport } from '../../../shared/contract.js';
import type { ErrorShape } from '../../../shared/errors.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { reportedWarningText } from '../../../shared/i18n/importWarnings.js';
import { readSample, sampleHive, SAMPLE, utf16Text, utf16WithBom } from '../../helpers/samples.js';
import { octPrfBytes } from '../../core/formats/prf/prfFixtures.js';
import { realHandlers } from '../testContext.js';

const bytesOf = (bytes: Uint8Array | string) => (typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);

describe('profiles.import: the warnings of the report', () => {
  it('a dirty hive and a file with no profile: each warning its file, reason, parameters and English sentence', async () => {
    const { handlers } = realHandlers();
    const r = await dispatchEnvelope(handlers, 'profiles.import', {
      files: [
        { name: 'NTUSER.DAT', data: bytesOf(sampleHive()) },
        {
          name: 'empty.reg',
          data: bytesOf('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Other]\r\n"a"=dword:1\r\n'),
        },
      ],
      format: 'auto',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(ImportReport.parse(r.value)).toEqual(r.value);
    expect(r.value.warnings).toEqual([
      {
        file: 'NTUSER.DAT',
        reason: 'hiveDirty',
        params: { primary: '29989', secondary: '29988' },
        message: 'dirty hive: sequence numbers differ (29989 ≠ 29988); changes in its .LOG1/.LOG2 files were not applied',
      },
      { file: 'empty.reg', reason: 'noProfile', params: {}, message: 'no Outlook profile found in this file' },
    ]);
    expect(r.value.warnings.map((w) => reportedWarningText('fr', w))).toEqual([
      'ruche non validée : les numéros de séquence diffèrent (29989 ≠ 29988) ; les modifications de ses fichiers .LOG1/.LOG2 n’ont pas été appliquées',
      'aucun profil Outlook dans ce fichier',
    ]);
  });
});

/** Imports one file; returns the error, which must be E_FORMAT with nothing imported. */
async function refused(name: string, bytes: Uint8Array): Promise<ErrorShape> {
  const { handlers } = realHandlers();
  const r = await dispatchEnvelope(handlers, 'profiles.import', { files: [{ name, data: bytesOf(bytes) }], format: 'auto' });
  if (r.ok) throw new Error(`${name} was imported`);
  expect(r.error).toMatchObject({ code: 'E_FORMAT', reason: 'badFormat' });
  const list = await dispatchEnvelope(handlers, 'profiles.list', {});
  expect(list.ok && list.value).toEqual([]);
  return r.error;
}

/** The window's sentence, as ErrorDialog makes it. */
const inWindow = (locale: 'en' | 'fr', e: ErrorShape) => errorText(locale, e.reason, e.details ?? {});

/** Words of the parsers' English sentences: none is left in a French one. */
const ENGLISH = /\b(the|expected|found|bytes|file|line|value|of|runs|past|end|after|than)\b/i;

describe('profiles.import: a file that does not parse', () => {
  it('a real regedit-format export (Wine’s) cut inside a hex value: the English located sentence as the CLI prints it, and the whole sentence in French', async () => {
    const lines = utf16Text(readSample(SAMPLE.wineGameConfig)).split('\r\n');
    // Cut after the second line of a value's byte list: the error is on that line, about the value's first.
    const cut = lines.findIndex((l, i) => l.endsWith('\\') && lines[i - 1]!.endsWith('\\'));
    const start = lines.slice(0, cut + 1).findLastIndex((l) => l.startsWith('"')) + 1;
    expect(start).toBeLessThan(cut + 1);
    const error = await refused('GameConfigStore.reg', utf16WithBom(lines.slice(0, cut + 1).join('\r\n') + '\r\n'));
    // FormatError.located as it always read: FILE:LINE: sentence.
    expect(error.message).toBe(
      `GameConfigStore.reg:${cut + 1}: expected more hex bytes after the \\ of the value on line ${start}, found the end of the file`,
    );
    expect(inWindow('en', error)).toBe(error.message);
    const fr = inWindow('fr', error);
    expect(fr).toBe(
      `GameConfigStore.reg, ligne ${cut + 1} : on attendait d’autres octets hexadécimaux après le \\ de la valeur de la ligne ${start}, mais le fichier se termine`,
    );
    expect(fr).not.toMatch(ENGLISH);
  });

  it('a truncated hive: located by offset, in English and in French', async () => {
    const hive = sampleHive();
    const hbins = new DataView(hive.buffer, hive.byteOffset).getUint32(0x28, true);
    const error = await refused('NTUSER.DAT', hive.slice(0, 100_000));
    expect(error.message).toBe(`NTUSER.DAT@0x28: hive bins data of ${hbins} bytes runs past the end of the 100000-byte file (truncated?)`);
    expect(inWindow('en', error)).toBe(error.message);
    const fr = inWindow('fr', error);
    expect(fr).toBe(
      `NTUSER.DAT, décalage 0x28 : les ${hbins} octets de données des blocs hbin dépassent la fin du fichier de 100000 octets (tronqué ?)`,
    );
    expect(fr).not.toMatch(ENGLISH);
  });

  it('a hive whose root cell is not a cell: the record the reader expected is said in French too', async () => {
    const hive = sampleHive().slice();
    new DataView(hive.buffer).setUint32(0x24, 0x7, true);
    const error = await refused('NTUSER.DAT', hive);
    expect(error.message).toBe('NTUSER.DAT@0x24: expected key node: cell offset 0x7 read at 0x24 is not the start of a cell');
    expect(inWindow('fr', error)).toBe(
      'NTUSER.DAT, décalage 0x24 : on attendait un nœud de clé : le décalage de cellule 0x7 lu en 0x24 n’est pas le début d’une cellule',
    );
  });

  it('a PRF with an OverwriteProfile= Outlook does not know', async () => {
    const lines = new TextDecoder().decode(octPrfBytes()).split('\n');
    const at = lines.findIndex((l) => l.startsWith('OverwriteProfile='));
    lines[at] = 'OverwriteProfile=Sometimes';
    const error = await refused('custom16.prf', new TextEncoder().encode(lines.join('\n')));
    expect(error.message).toBe(`custom16.prf:${at + 1}: OverwriteProfile must be Yes, No or Append, not "Sometimes"`);
    const fr = inWindow('fr', error);
    expect(fr).toBe(`custom16.prf, ligne ${at + 1} : OverwriteProfile doit valoir Yes, No ou Append, pas « Sometimes »`);
    expect(fr).not.toMatch(ENGLISH);
  });

  it('a file of no format the editor reads', async () => {
    const error = await refused('notes.txt', new TextEncoder().encode('hello\r\n'));
    expect(error.message).toBe('notes.txt@0x0: not a registry export (.reg), a registry hive (regf) or a PRF file');
    expect(inWindow('fr', error)).toBe(
      'notes.txt, décalage 0x0 : ni un export du registre (.reg), ni une ruche du registre (regf), ni un fichier PRF',
    );
  });
});
