/**
 * compare.run with the saved version over real handlers: a real `.reg` (Wine's regedit-format export of a
 * real hive) imported from disk, edited through the handlers, then compared with what the file holds. The
 * expected differences come from the edit made here and from the file's own text, never from our output.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { importFiles, readLocalFile } from '../../../electron/ipc/handlers/importFiles.js';
import { samplePath, SAMPLE } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

const SECTION = '0a0d020000000000c000000000000046';
const VALUE = '0003036f'; // a PT_LONG (0x0003) of that section: value names are the type, then the id (docs/file-formats.md §2.4)
const NEW_VALUE = 12345;

/** The file's text (UTF-16LE with a BOM, as regedit writes it), its continuation lines joined. */
const fileText = () => new TextDecoder('utf-16le').decode(readFileSync(samplePath(SAMPLE.wineProfiles))).replace(/\\\r?\n\s*/g, '');
/** How many keys the profile "Outlook" has in the file: its own key and every subkey. */
const keyCount = () =>
  fileText().match(/^\[HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16\.0\\Outlook\\Profiles\\Outlook(\\[^\]]*)?\]/gm)!.length;
/** The PT_LONG as the file holds it: `"0003036f"=hex:b0,b1,b2,b3`, little-endian. */
function savedLong(): number {
  const block = fileText().split(`\\Profiles\\Outlook\\${SECTION}]`)[1]!.split('\n[')[0]!;
  const bytes = block
    .match(new RegExp(`^"${VALUE}"=hex:([0-9a-f,]+)`, 'm'))![1]!
    .split(',')
    .map((h) => parseInt(h, 16));
  return bytes.reduce((n, b, i) => n + b * 2 ** (8 * i), 0);
}

async function opened() {
  const { handlers, context } = realHandlers('electron');
  const file = join(mkdtempSync(join(tmpdir(), 'mpe-saved-')), 'profiles.reg');
  copyFileSync(samplePath(SAMPLE.wineProfiles), file);
  const { imported } = importFiles(context.store, [readLocalFile(file)]);
  const outlook = imported.find((p) => p.name === 'Outlook')!;
  return { handlers, file, id: outlook.id };
}

describe('compare.run with the saved version', () => {
  it('an unchanged profile is identical to its file: every key of the file counted the same', async () => {
    const { handlers, id } = await opened();
    const got = await dispatchEnvelope(handlers, 'compare.run', { leftId: id, right: { saved: true } });
    expect(got).toEqual({ ok: true, value: { keys: [], sameKeys: keyCount() } });
  });

  it('after one edit through the handlers, exactly that value differs: the new value left, the file’s right', async () => {
    const { handlers, id } = await opened();
    const old = savedLong();
    expect(old).not.toBe(NEW_VALUE);
    const set = await dispatchEnvelope(handlers, 'properties.set', { profileId: id, section: SECTION, valueName: VALUE, value: NEW_VALUE });
    expect(set.ok).toBe(true);
    const got = await dispatchEnvelope(handlers, 'compare.run', { leftId: id, right: { saved: true } });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.sameKeys).toBe(keyCount() - 1);
    expect(got.value.notInSavedFile).toBeUndefined();
    expect(got.value.keys).toHaveLength(1);
    const [key] = got.value.keys;
    expect(key).toMatchObject({ path: SECTION, state: 'changed' });
    expect(key!.values).toHaveLength(1);
    const [v] = key!.values;
    expect(v).toMatchObject({ valueName: VALUE, state: 'changed' });
    expect(v!.left!.text).toContain(String(NEW_VALUE));
    expect(v!.right!.text).toContain(String(old));
    // Comparing one section of each gives the same single difference.
    const one = await dispatchEnvelope(handlers, 'compare.run', {
      leftId: id,
      right: { saved: true },
      sections: { left: SECTION, right: SECTION },
    });
    expect(one.ok && one.value.keys.map((k) => k.values.map((x) => x.valueName))).toEqual([[VALUE]]);
  });

  it('reads the file as it is now: a profile renamed away is not in it, so every key is only on the left', async () => {
    const { handlers, id } = await opened();
    await dispatchEnvelope(handlers, 'profiles.rename', { id, name: 'Renamed' });
    const got = await dispatchEnvelope(handlers, 'compare.run', { leftId: id, right: { saved: true } });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.notInSavedFile).toBe(true);
    expect(got.value.sameKeys).toBe(0);
    expect(got.value.keys).toHaveLength(keyCount());
    expect(new Set(got.value.keys.map((k) => k.state))).toEqual(new Set(['onlyLeft']));
  });

  it('a file removed from disk since it was opened: the error names it, nothing is compared', async () => {
    const { handlers, file, id } = await opened();
    rmSync(file);
    const got = await dispatchEnvelope(handlers, 'compare.run', { leftId: id, right: { saved: true } });
    expect(got).toMatchObject({ ok: false, error: { reason: 'fileGone', details: { file } } });
  });

  it('refuses a profile whose source has no file: a new profile, and a file opened in the browser (no path)', async () => {
    const { handlers } = realHandlers('electron');
    const created = await dispatchEnvelope(handlers, 'profiles.create', { name: 'Fresh' });
    if (!created.ok) throw new Error(created.error.message);
    const refusedNew = await dispatchEnvelope(handlers, 'compare.run', { leftId: created.value.id, right: { saved: true } });
    expect(refusedNew).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_REQUEST', reason: 'compareNoSavedFile', details: { name: 'Fresh' } },
    });
    if (refusedNew.ok) return;
    expect(refusedNew.error.message).toContain('"Fresh" has no saved version to compare with');

    const web = realHandlers('web');
    await dispatchEnvelope(web.handlers, 'profiles.import', {
      files: [{ name: 'profiles.reg', data: readFileSync(samplePath(SAMPLE.wineProfiles)) }],
    });
    const list = await dispatchEnvelope(web.handlers, 'profiles.list', {});
    const outlook = list.ok ? list.value.find((p) => p.name === 'Outlook')! : undefined;
    const refusedWeb = await dispatchEnvelope(web.handlers, 'compare.run', { leftId: outlook!.id, right: { saved: true } });
    expect(refusedWeb).toMatchObject({
      ok: false,
      error: { reason: 'compareNoSavedFile', details: { name: 'Outlook', source: 'profiles.reg' } },
    });
  });
});
