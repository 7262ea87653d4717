/** Temp stores and byte-level snapshots of a store folder, for the store's tests. */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { sampleHive } from '../../helpers/samples.js';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'mpe-store-'));

/** Every profile's document as a fresh open of the store reads it (wherever it is kept), by id: what undo
 *  must give back exactly. */
export function storedDocs(dir: string): Record<string, string> {
  return Object.fromEntries(
    ProfileStore.open(dir)
      .list()
      .map((d) => [d.id, JSON.stringify(d)]),
  );
}

/** Every file under the store folder with its bytes, the lock aside: what a transaction that throws leaves. */
export function storeBytes(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(dir, sub)).sort()) {
    const rel = sub ? `${sub}/${f}` : f;
    if (rel === 'lock') continue;
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, storeBytes(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'latin1');
  }
  return out;
}

/** The real Outlook profile of the sample hive, with a given id and name. */
export function realProfile(id: string, name = 'Outlook'): ProfileDoc {
  const doc = readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!;
  return { ...doc, id, name };
}

/** A small profile whose master section holds `version` (one byte), for tests that count commits. */
export function versioned(id: string, version: number): ProfileDoc {
  return {
    id,
    name: id,
    origin: { source: 'created', root: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles' },
    keys: [
      { path: '', values: [] },
      { path: '9207f3e0a3b11019908b08002b2a56c2', values: [{ name: '00030001', type: 3, data: version.toString(16).padStart(2, '0') }] },
    ],
  };
}

/** The `version` a `versioned` profile holds, or undefined. */
export const versionOf = (doc: ProfileDoc | undefined): number | undefined => {
  const data = doc?.keys[1]?.values[0]?.data;
  return data === undefined ? undefined : parseInt(data, 16);
};

/** A stored document as it was put: without what the store adds to it (its source and its revision). */
export function asPut(doc: ProfileDoc | undefined): ProfileDoc | undefined {
  if (!doc) return doc;
  const { rev: _rev, ...rest } = doc;
  const { sourceId: _source, ...origin } = rest.origin;
  return { ...rest, origin };
}
