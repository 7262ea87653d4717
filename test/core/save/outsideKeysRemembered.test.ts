/**
 * A `.reg` source remembers its keys outside profiles with the file's stamp (electron/core/save/fileStamp.ts):
 * while the stamp is the same, a save writes the remembered keys without reading the file again; a new
 * stamp (another program changed the file) makes the save read it, so that program's keys are kept.
 * The sample is the real hivexregedit export with one key outside the profiles added.
 */
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReg, toSnapshot } from '../../../electron/core/formats/reg/index.js';
import { stampOf } from '../../../electron/core/save/fileStamp.js';
import { saveSource } from '../../../electron/core/save/saveSource.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { importFiles, readLocalFile } from '../../../electron/ipc/handlers/importFiles.js';
import { SAMPLE, samplePath } from '../../helpers/samples.js';

const OPTIONS = 'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Options';
/** A whole second: a stamp a test can put back exactly (utimes takes seconds as a double). */
const SECOND = 1_700_000_000;

const withOptions = (note: string) => readFileSync(samplePath(SAMPLE.hivexReg), 'utf8') + `[${OPTIONS}]\n"Note"="${note}"\n\n`;

function opened(note: string) {
  const d = mkdtempSync(join(tmpdir(), 'mpe-outside-'));
  const file = join(d, 'profiles.reg');
  writeFileSync(file, withOptions(note));
  utimesSync(file, SECOND, SECOND);
  const store = ProfileStore.open(join(d, 'store'));
  const sourceId = importFiles(store, [readLocalFile(file)]).imported[0]!.sourceId!;
  // An edit, so that the save writes.
  store.transact({ key: 'setValue', params: { value: 'Note', section: '', profile: 'Outlook' } }, (tx) => {
    const doc = tx.list()[0]!;
    const values = [...doc.keys[0]!.values, { name: 'Edited', type: 4, data: '01000000' }];
    tx.put({ ...doc, keys: [{ ...doc.keys[0]!, values }, ...doc.keys.slice(1)] });
  });
  return { store, file, sourceId };
}

/** The Note of the Options key in the saved file (written `hex(1):` in hivexregedit's dialect). */
function noteIn(file: string): string | undefined {
  const key = toSnapshot(parseReg(new Uint8Array(readFileSync(file)))).keys.find((k) => k.path === OPTIONS);
  const data = key?.values.find((v) => v.name === 'Note')?.data;
  return data === undefined ? undefined : Buffer.from(data, 'hex').toString('utf16le').replace(/\0$/, '');
}

describe("a .reg's keys outside its profiles", () => {
  it('while the stamp is the same, the save writes the keys remembered at open, without reading the file', () => {
    const { store, file, sourceId } = opened('before');
    // Same size, same time: only content no stamp sees (what fileStamp.ts documents as its limit).
    writeFileSync(file, withOptions('zzzzzz'));
    utimesSync(file, SECOND, SECOND);
    saveSource(store, sourceId);
    expect(noteIn(file)).toBe('before');
    // The saved file's own stamp is remembered, with what it holds outside the profiles.
    expect(store.saved(sourceId)!.file).toEqual({
      stamp: stampOf(file),
      keys: [
        expect.objectContaining({ path: 'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles' }),
        { path: OPTIONS, values: [{ name: 'Note', type: 1, data: Buffer.from('before\0', 'utf16le').toString('hex') }] },
      ],
    });
  });

  it('another program changed the file (same size, a new time): the save reads it again and keeps its keys', () => {
    const { store, file, sourceId } = opened('before');
    writeFileSync(file, withOptions('after1'));
    utimesSync(file, SECOND + 5, SECOND + 5);
    saveSource(store, sourceId);
    expect(noteIn(file)).toBe('after1');
  });

  it('another program changed the file (a new size): the save reads it again and keeps its keys', () => {
    const { store, file, sourceId } = opened('before');
    writeFileSync(file, withOptions('after, and longer'));
    utimesSync(file, SECOND, SECOND);
    saveSource(store, sourceId);
    expect(noteIn(file)).toBe('after, and longer');
  });

  it('keys outside profiles too large to remember: nothing is kept in the store, every save reads the file', () => {
    const big = 'x'.repeat(600_000);
    const { store, file, sourceId } = opened(big);
    expect(store.saved(sourceId)!.file).toBeUndefined();
    writeFileSync(file, withOptions('y'.repeat(600_000)));
    utimesSync(file, SECOND, SECOND);
    saveSource(store, sourceId);
    expect(noteIn(file)).toBe('y'.repeat(600_000));
  });
});
