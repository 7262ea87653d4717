/**
 * One check for a save: the hive written to disk is read by libhivex (python3-hivex), libregf
 * (regfexport), reglookup and chntpw (reged -x); each one's view of the whole hive must equal the model
 * (the hive before the save as libhivex read it, with the edits applied: hiveModel.ts), keys nobody
 * changed must keep their modification time, and no reader may complain about anything it did not already
 * complain about in the original.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { HiveEdit } from '../../../../electron/core/formats/hive/hiveEdits.js';
import { writeHive, type HiveWriteResult } from '../../../../electron/core/formats/hive/hiveWriter.js';
import { dumpHiveWithLibhivex } from '../../../helpers/libhivex.js';
import { hasTool } from '../../../helpers/peerTools.js';
import { applyEdits, sortByPath, unsortedParent } from './hiveModel.js';
import {
  reglookupModel,
  reglookupView,
  regedModel,
  regedView,
  regfexportModel,
  regfexportView,
  type PeerKey,
  type PeerView,
} from './peerViews.js';

export const PEERS = {
  hivex: hasTool('pythonHivex'),
  regfexport: hasTool('regfexport'),
  reglookup: hasTool('reglookup'),
  reged: hasTool('reged'),
};
/** Why a peer check is skipped: the Debian package to install (CI fails instead: test/setup/requirements.ts). */
export const MISSING = Object.entries({ hivex: 'python3-hivex', regfexport: 'libregf-utils', reglookup: 'reglookup', reged: 'chntpw' })
  .filter(([k]) => !PEERS[k as keyof typeof PEERS])
  .map(([, pkg]) => pkg);

export interface PeerCheckOptions {
  /** reged -x exports only this key (chntpw 140201 aborts on some real hives exported whole). */
  regedKey?: string;
  now: Date;
}

const within = (path: string, top: string) =>
  path.toUpperCase() === top.toUpperCase() || path.toUpperCase().startsWith(top.toUpperCase() + '\\');

/** Writes `original` and the saved hive to a temp dir, checks the saved one with every peer, returns the save. */
export function checkSaveWithPeers(original: Uint8Array, edits: HiveEdit[], opts: PeerCheckOptions): HiveWriteResult {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-hive-peers-'));
  const before = join(dir, 'before.dat');
  const after = join(dir, 'after.dat');
  writeFileSync(before, original);
  const result = writeHive(original, edits, { now: opts.now });
  writeFileSync(after, result.bytes);
  if (!PEERS.hivex) return result;

  const model = applyEdits(dumpHiveWithLibhivex(before), edits);
  const dump = dumpHiveWithLibhivex(after);
  expect(sortByPath(dump)).toEqual(model);
  expect(unsortedParent(dump)).toBeUndefined();

  // Touched: each edit's key and all below it, and the keys the save created on the way to one (the
  // ancestors a values edit or a new subtree needed).
  const edited = [...edits.map((e) => e.path), ...result.added];
  const untouched = (path: string) => !edited.some((p) => within(path, p));
  if (PEERS.regfexport) {
    const b = regfexportView(before);
    const a = regfexportView(after);
    // Outside the edited subtrees: exactly what regfexport showed before; inside: the model.
    expect(a.keys.filter((k) => untouched(k.path))).toEqual(b.keys.filter((k) => untouched(k.path)));
    expect(a.keys.filter((k) => !untouched(k.path))).toEqual(regfexportModel(model, a).filter((k) => !untouched(k.path)));
    expect(a.keys.map((k) => k.path)).toEqual(regfexportModel(model, a).map((k) => k.path));
    expectNoNewComplaints(a, b);
  }
  if (PEERS.reglookup) {
    const b = reglookupView(before);
    const a = reglookupView(after);
    const rendered = (p: string) => reglookupModel([{ key: p, values: [] }])[0]!.path;
    const untouchedRl = (path: string) => !edited.map(rendered).some((p) => within(path, p));
    expect(a.keys.filter((k) => untouchedRl(k.path))).toEqual(b.keys.filter((k) => untouchedRl(k.path)));
    expect(a.keys.filter((k) => !untouchedRl(k.path))).toEqual(reglookupModel(model).filter((k) => !untouchedRl(k.path)));
    expectNoNewComplaints(a, b);
    // Modification times: the save's for keys created or changed, the old one for every other key.
    const touched = new Set([...result.added, ...result.changed].map(rendered));
    const stamp = opts.now.toISOString().slice(0, 19).replace('T', ' ');
    for (const [path, mtime] of a.mtimes) expect([path, mtime]).toEqual([path, touched.has(path) ? stamp : b.mtimes.get(path)]);
  }
  if (PEERS.reged) {
    const key = opts.regedKey ?? '\\';
    const under = key === '\\' ? '' : key;
    const a = regedView(after, dir, key);
    expect(a.keys).toEqual(regedModel(model, under));
    expect(a.stderr).toEqual(regedView(before, dir, key).stderr);
  }
  return result;
}

/**
 * reglookup's notes about its own output, not about the hive: it prints names and strings as US-ASCII and
 * says so for every non-ASCII one (the samples' own non-ASCII names draw the same notes).
 */
const OUTPUT_ENCODING_NOTE = /converting (key|value) name to encoding US-ASCII|quoting raw buffer/;

/** Every line `after` printed on stderr, `before` printed too (as many times or more). */
function expectNoNewComplaints(after: PeerView, before: PeerView): void {
  const left = new Map<string, number>();
  for (const l of before.stderr) left.set(l, (left.get(l) ?? 0) + 1);
  const added: string[] = [];
  for (const l of after.stderr.filter((x) => !OUTPUT_ENCODING_NOTE.test(x))) {
    const n = left.get(l) ?? 0;
    if (n === 0) added.push(l);
    else left.set(l, n - 1);
  }
  expect(added).toEqual([]);
}

export type { PeerKey };
