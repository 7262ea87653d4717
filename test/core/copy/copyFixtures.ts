/**
 * Profiles for the copy, lint and service-admin tests: the real 16.0 profile built from the ground-truth
 * JSON (samples/regipy_NTUSER_BAGMRU_Outlook16_Profiles.json, as hivex read it), an empty profile as
 * `create-profile` makes it, deterministic UID generators, and the checks every successful copy must pass.
 */
import { expect } from 'vitest';
import { emptyProfile } from '../../../electron/core/admin/profileAdmin.js';
import { lint } from '../../../electron/core/lint/index.js';
import { danglingReferences, profilesFromRegistry, profileView } from '../../../electron/core/model/index.js';
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { groundTruthKeys, PROFILE_ROOT } from '../model/groundTruth.js';
import { expectFaithfulCopy, type OracleOptions } from './copyOracle.js';

export const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
export const CONTAB_AB = '0ae1fb8ed673e5499ac19850e84bbf46';
export const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
export const PST_STORE = '6876da12b533bc47a32ce78191722d01';
export const PST_PREFS = '9889849007ad9e47b8fd140e42a9eaee';
export const CONTAB_PREFS = 'cc45533c007cff4f8ca02cb7e0555253';
export const PST_PATH = 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst';
export const ACCOUNT_MANAGER = '9375CFF0413111d3B88A00104B2A6676';

/** The real profile "Outlook" of the sample hive, with a stable id. */
export function sampleDoc(id = 'sample', name = 'Outlook'): ProfileDoc {
  const doc = profilesFromRegistry(groundTruthKeys(), { source: 'hive' }).profiles[0]!;
  return { ...doc, id, name };
}

/** A new profile: master section with an empty PR_SERVICES and the profile-instance section. */
export function emptyDoc(id = 'empty', name = 'Work'): ProfileDoc {
  return { ...emptyProfile(name, PROFILE_ROOT), id };
}

/** UIDs `<tag>000…01`, `<tag>000…02`… (tag: 1–8 hex digits), so plans are reproducible. */
export function uidSequence(tag = 'c0'): () => string {
  let n = 0;
  return () => tag + (++n).toString(16).padStart(32 - tag.length, '0');
}

/** Keys whose name or bytes hold the UID at a byte boundary. */
export function keysHolding(doc: ProfileDoc, uid: string): string[] {
  const aligned = (hex: string) => {
    for (let at = hex.indexOf(uid); at >= 0; at = hex.indexOf(uid, at + 1)) if (at % 2 === 0) return true;
    return false;
  };
  return doc.keys
    .filter((k) => k.path.toLowerCase().split('\\').includes(uid) || k.values.some((v) => aligned(v.data.toLowerCase())))
    .map((k) => k.path.toLowerCase());
}

/**
 * What every successful copy guarantees (DESIGN.md "The copy engine" 7): the generic oracle
 * (copyOracle.ts: every copied key is the original with old→new UIDs replaced, nothing else moved), the
 * result lints without error and without dangling reference, the source is unchanged, the old UIDs of the
 * copied sections stay in the original sections only (scanning every byte; except unclassified values the
 * plan warned about), and the account entry (when the source had one) points to the new service.
 */
export function expectGoodCopy(
  plan: CopyPlan,
  source: ProfileDoc,
  sourceBefore: ProfileDoc,
  target: ProfileDoc,
  result: ProfileDoc,
  oracle: OracleOptions = {},
): void {
  expect(source).toEqual(sourceBefore);
  expectFaithfulCopy(plan, sourceBefore, target, result, oracle);
  expect(lint(result).filter((f) => f.severity === 'error')).toEqual([]);
  // No dangling reference but those the source and target had (sections Outlook creates on demand), the
  // copy's under its own UID.
  const danglingBefore = new Set([...danglingReferences(sourceBefore), ...danglingReferences(target)].map((r) => r.target));
  const mapped = new Set([...danglingBefore].map((t) => plan.uidMap[t] ?? t));
  expect(danglingReferences(result).filter((r) => !danglingBefore.has(r.target) && !mapped.has(r.target))).toEqual([]);
  const newPaths = new Set([...plan.sections.map((s) => s.uid), ...(plan.accountEntry ? [plan.accountEntry.path.toLowerCase()] : [])]);
  for (const old of Object.keys(plan.uidMap)) {
    const holders = keysHolding(result, old);
    // Only where the plan said so: an unclassified value kept verbatim (unknownUidReference).
    const warned = (h: string) =>
      plan.warnings.some((w) => w.code === 'unknownUidReference' && String(w.params.section).toLowerCase() === h && w.params.uid === old);
    for (const h of holders) expect(newPaths.has(h) && !warned(h), `${old} still in new key ${h}`).toBe(false);
    if (!plan.sameProfile) expect(holders.filter((h) => !warned(h) && !target.keys.some((k) => k.path.toLowerCase() === h))).toEqual([]);
  }
  const view = profileView(result);
  expect(view.services.find((s) => s.uid === plan.service.newUid)?.inMaster).toBe(true);
  if (plan.accountEntry) {
    const account = view.accountManager?.accounts.find((a) => a.path.toLowerCase() === plan.accountEntry!.path.toLowerCase());
    expect(account).toMatchObject({ serviceUid: plan.service.newUid, serviceExists: true });
    expect(view.accountManager!.nextAccountId).toBeGreaterThan(plan.accountEntry.accountId);
  }
}
