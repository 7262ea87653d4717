import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { profileView } from '../../../electron/core/model/profileView.js';
import { isStruct, smartViewOf, smartViewOfBytes, type SmartField, type SmartStruct } from '../../../shared/smartView/index.js';
import { groundTruth, sampleHive, samplePath } from '../../helpers/samples.js';

const leaves = (s: SmartStruct): SmartField[] => s.items.flatMap((i) => (isStruct(i) ? leaves(i) : [i]));
const fieldText = (s: SmartStruct, name: SmartField['field']) => leaves(s).find((f) => f.field === name)?.text;
const bytesOf = (hex: string) => new Uint8Array(hex.match(/../g)!.map((h) => parseInt(h, 16)));
const utf16 = (hex: string) => new TextDecoder('utf-16le').decode(bytesOf(hex)).replace(/\0+$/, '');

/**
 * The oracle is hivex's reading of the same hives (the JSON beside the samples): each PST store
 * section's PR_PST_PATH_W (`001f6700`) is the path its PR_ENTRYID (`01020fff`) must decode to.
 */
function pstSectionsOf(keys: { key: string; values: { name: string; hex: string }[] }[]) {
  return keys.flatMap((k) => {
    const eid = k.values.find((v) => v.name === '01020fff');
    const path = k.values.find((v) => v.name === '001f6700');
    return eid && path ? [{ key: k.key, eid: eid.hex, path: utf16(path.hex) }] : [];
  });
}

describe('Smart View of the entry IDs in the real hives', () => {
  it("decodes the PST path inside the regipy profile's PR_ENTRYID as hivex's PR_PST_PATH_W", () => {
    const pst = pstSectionsOf(groundTruth());
    expect(pst.length).toBeGreaterThan(0);
    for (const s of pst) {
      const v = smartViewOfBytes(bytesOf(s.eid), 0x0fff0102)!;
      expect(v.complete, s.key).toBe(true);
      expect(fieldText(v.root, 'dllName')).toBe('mspst.dll');
      expect(fieldText(v.root, 'dataFilePath')).toBe(s.path);
    }
  });

  it('decodes the PST path in the Windows 7 hive (WMS profiles) the same way', () => {
    const keys = JSON.parse(readFileSync(samplePath('notatin_win7_ntuser_WMS_Profiles.json'), 'utf8')).keys;
    const pst = pstSectionsOf(keys);
    expect(pst.length).toBeGreaterThan(0);
    for (const s of pst) expect(fieldText(smartViewOfBytes(bytesOf(s.eid))!.root, 'dataFilePath')).toBe(s.path);
  });

  it('reads the entry IDs of the profile as our reader decodes it from NTUSER.DAT: store, CONTAB and MV lists', () => {
    const [profile] = readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles;
    const view = profileView(profile!);
    const truthPath = pstSectionsOf(groundTruth())[0]!.path;
    const summaries = view.sections.flatMap((s) =>
      s.properties.flatMap((p) => (smartViewOf(p) ?? []).map((v) => [p.valueName, v?.summary])),
    );
    // PR_ENTRYID of the store, PR_CONTAB_STORE_ENTRYIDS of the address book, the Outlook global section's MV list.
    for (const name of ['01020fff', '11026626', '1102039b']) expect(summaries).toContainEqual([name, `mspst.dll · ${truthPath}`]);
    // PR_AB_SEARCH_PATH: a CONTAB container entry ID whose MAPIUID is the CONTAB section's PR_CONTAB_UID.
    const contabUid = view.sections.flatMap((s) => s.properties).find((p) => p.valueName === '01026601')!.value as string;
    const search = view.sections.flatMap((s) => s.properties).find((p) => p.valueName === '11023d05')!;
    const root = smartViewOf(search)![0]!.root;
    expect(root.struct).toBe('contabEntryId');
    expect(leaves(root).find((f) => f.field === 'containerUid')?.uid).toBe(contabUid);
  });
});
