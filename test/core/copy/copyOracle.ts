/**
 * The generic copy oracle (issue 16 §4): what every copy must have done, computed from the source, the
 * target before the copy and the UIDs the plan drew — never from the plan's own sections or rewrites.
 *
 * 1. **What is copied.** Read from the source's bytes here, not from the engine: the service section; every
 *    section its PR_STORE/AB/TRANSPORT_PROVIDERS (01023d00/01/02) or PR_SERVICE_EXTRA_UIDS (01023d0d) list,
 *    or whose PR_SERVICE_UID (01023d0c) names it; every existing section that one of those names through
 *    PR_EMSMDB_SECTION_UID (01023d15) — the Exchange account section of Outlook 2010+ (docs/mapi-profiles.md
 *    §11.1, §12.1) or PR_EMSABP_USER_UID (01023d1a); the account's `Preferences UID` section when no other account shares it; the account
 *    entry (`9375CFF0…\NNNNNNNN`) whose `Service UID` is the service, with its subkeys.
 * 2. **How each copied key looks.** The clone equals the original with every old→new UID (the plan's
 *    `uidMap`) replaced wherever it starts at a byte boundary, value for value, same names, types and order,
 *    subkeys included. The only deviations allowed are those the plan documents: a unique flag dropped
 *    (`droppedFlags`: the flags value is the original's minus exactly those bits), the new display name
 *    (`service.newDisplayName`, on the service and on each provider whose name equalled the service's), the
 *    account's fresh `Mini UID` (unique in the profile) and new `Account Name`, PR_EMSMDB_LEGACY cleared
 *    when `droppedFlags` says so, the preferences section's `AcctSettingsNNNN` following the new account
 *    number, a value the plan warned it kept verbatim (`unknownUidReference`), the new data file of
 *    `--data-file` (the PST path and the entry IDs ending with it), and what a test explicitly allows
 *    (`OracleOptions.allow`).
 * 3. **Nothing else moves.** Every key of the target before the copy is in the result with the same values,
 *    except the master and account-manager values the plan lists and an empty fixed-UID section the copy
 *    fills; the result has no key beyond those and the copied ones; the new service is appended to
 *    PR_SERVICES; the account manager's LastChangeVer is one more, and a manager created under the Windows
 *    Messaging Subsystem root has no Version.
 */
import { expect } from 'vitest';
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { KeyDoc, ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';

const MASTER = '9207f3e0a3b11019908b08002b2a56c2';
const ACCOUNT_MANAGER = '9375cff0413111d3b88a00104b2a6676';
const PROVIDER_LISTS = ['01023d00', '01023d01', '01023d02'];
const EXTRA_UIDS = '01023d0d';
const SERVICE_UID = '01023d0c';
const EMSMDB_SECTION_UID = '01023d15';
const EMSABP_USER_UID = '01023d1a';
const RESOURCE_FLAGS = '00033009';
const EMSMDB_LEGACY = '000b3d18';
const DISPLAY_NAMES = ['001f3001', '001e3001'];
/** The unique flags a copy may drop (docs/mapi-profiles.md §10.1, §10.2), by the name the plan uses. */
const FLAG_BITS: Record<string, number> = {
  SERVICE_DEFAULT_STORE: 0x1,
  SERVICE_PRIMARY_IDENTITY: 0x8,
  STATUS_DEFAULT_OUTBOUND: 0x1,
  STATUS_DEFAULT_STORE: 0x2,
  STATUS_PRIMARY_IDENTITY: 0x4,
};

const lower = (s: string) => s.toLowerCase();
const keyOf = (doc: ProfileDoc, path: string): KeyDoc | undefined => doc.keys.find((k) => lower(k.path) === lower(path));
const valueOf = (key: KeyDoc | undefined, name: string): ValueDoc | undefined => key?.values.find((v) => lower(v.name) === lower(name));
const uidList = (key: KeyDoc | undefined, name: string): string[] => {
  const hex = lower(valueOf(key, name)?.data ?? '');
  return hex.length % 32 === 0 ? (hex.match(/.{32}/g) ?? []) : [];
};
const u32le = (hex: string): number => Buffer.from(hex, 'hex').readUInt32LE(0);
const utf16 = (hex: string): string => Buffer.from(hex, 'hex').toString('utf16le').replace(/\0+$/, '');

/** Every occurrence of an old UID that starts at a byte boundary, replaced by its new UID. */
export function replaceUids(hex: string, map: Readonly<Record<string, string>>): string {
  let out = lower(hex);
  for (const [from, to] of Object.entries(map)) {
    for (let at = out.indexOf(from); at >= 0; at = out.indexOf(from, at + 1)) {
      if (at % 2 !== 0) continue;
      out = out.slice(0, at) + to + out.slice(at + 32);
    }
  }
  return out;
}

/** The source's account entries: path → its `Service UID` and `Preferences UID`. */
function accountsOf(doc: ProfileDoc): { path: string; service?: string; prefs?: string }[] {
  return doc.keys
    .filter((k) => new RegExp(`^${ACCOUNT_MANAGER}\\\\[0-9a-f]{8}$`, 'i').test(k.path))
    .map((k) => ({
      path: k.path,
      service: valueOf(k, 'Service UID')?.data.toLowerCase(),
      prefs: valueOf(k, 'Preferences UID')?.data.toLowerCase(),
    }));
}

/** Point 1: the sections a copy of `service` must carry, read from the source's bytes. */
export function sectionsACopyCarries(source: ProfileDoc, service: string): string[] {
  const exists = (uid: string) => keyOf(source, uid) !== undefined;
  const out = [service];
  const add = (uid: string) => !out.includes(uid) && exists(uid) && out.push(uid);
  const serviceKey = keyOf(source, service);
  for (const list of PROVIDER_LISTS) uidList(serviceKey, list).forEach(add);
  for (const k of source.keys)
    if (lower(valueOf(k, SERVICE_UID)?.data ?? '') === service && /^[0-9a-f]{32}$/i.test(k.path)) add(lower(k.path));
  uidList(serviceKey, EXTRA_UIDS).forEach(add);
  for (let i = 0; i < out.length; i++)
    for (const ref of [EMSMDB_SECTION_UID, EMSABP_USER_UID]) uidList(keyOf(source, out[i]!), ref).forEach(add);
  const accounts = accountsOf(source);
  const prefs = accounts.find((a) => a.service === service)?.prefs;
  if (prefs && accounts.filter((a) => a.prefs === prefs).length === 1) add(prefs);
  return out;
}

/**
 * `--data-file`: the copy's PR_PST_PATH(_W) names the new file, and a PST entry ID (PR_ENTRYID,
 * PR_STORE_ENTRYID) that ended with the old path (ANSI or UTF-16LE, NUL-terminated) ends with the new one.
 */
function withDataFile(name: string, expected: string, actual: string, file: { path: string; previous: string }): boolean {
  const n = lower(name);
  if (n === '001f6700' || n === '001e6700')
    return utf16(actual) === file.path || Buffer.from(actual, 'hex').toString('latin1').replace(/\0+$/, '') === file.path;
  if (n !== '01020fff' && n !== '01020ffb') return false;
  const enc = (s: string, e: 'utf16le' | 'latin1') => Buffer.from(s + '\0', e).toString('hex');
  return (['utf16le', 'latin1'] as const).some(
    (e) =>
      expected.endsWith(enc(file.previous, e)) &&
      actual === expected.slice(0, expected.length - enc(file.previous, e).length) + enc(file.path, e),
  );
}

export interface OracleOptions {
  /** Values the caller knows the plan changed on purpose beyond the generic rules (documented by the test). */
  allow?: (path: string, value: string, expected: string | undefined, actual: string | undefined) => boolean;
}

/**
 * Points 1–3 for one applied copy. `targetBefore` is the target as the plan read it (the source itself for
 * a copy within one profile).
 */
export function expectFaithfulCopy(
  plan: CopyPlan,
  source: ProfileDoc,
  targetBefore: ProfileDoc,
  result: ProfileDoc,
  options: OracleOptions = {},
): void {
  const map = plan.uidMap;
  const newOf = (uid: string) => map[uid] ?? uid;
  const service = plan.service.uid;

  // 1. What is copied: every section the source's bytes tie to the service has a new key.
  const carried = sectionsACopyCarries(source, service);
  const shared = new Set(plan.sharedSections);
  for (const uid of carried) {
    if (shared.has(uid)) continue;
    expect(uid in map || plan.sections.some((s) => s.fixedUid && s.from === uid), `section ${uid} of the service is not copied`).toBe(true);
  }

  const warnedVerbatim = (path: string, name: string) =>
    plan.warnings.some(
      (w) =>
        w.code === 'unknownUidReference' &&
        lower(String(w.params.section)) === lower(path) &&
        lower(String(w.params.value)) === lower(name),
    );
  const sourceServiceName = DISPLAY_NAMES.map((n) => valueOf(keyOf(source, service), n)?.data).find((d) => d !== undefined);
  const renamed = plan.service.newDisplayName !== plan.service.displayName && plan.service.newDisplayName !== null;

  /** Point 2 for one key: original → clone. `special` returns true for a value it has checked itself. */
  const compareKey = (from: KeyDoc, to: KeyDoc | undefined, special: (v: ValueDoc, clone: ValueDoc | undefined) => boolean) => {
    expect(to, `copy of ${from.path} missing`).toBeDefined();
    expect(
      to!.values.map((v) => lower(v.name)),
      `value names of ${to!.path}`,
    ).toEqual(from.values.map((v) => lower(v.name)));
    for (const v of from.values) {
      const clone = valueOf(to, v.name);
      if (special(v, clone)) continue;
      const expected = replaceUids(v.data, map);
      if (clone?.data === expected && clone.type === v.type) continue;
      if (clone?.data === lower(v.data) && warnedVerbatim(to!.path, v.name)) continue;
      if (plan.dataFile && clone && withDataFile(v.name, expected, clone.data, plan.dataFile)) continue;
      if (options.allow?.(to!.path, v.name, expected, clone?.data)) continue;
      expect({ type: clone?.type, data: clone?.data }, `${to!.path} value ${v.name}: the original with old→new UIDs replaced`).toEqual({
        type: v.type,
        data: expected,
      });
    }
  };
  const subkeysOf = (doc: ProfileDoc, path: string) => doc.keys.filter((k) => lower(k.path).startsWith(lower(path) + '\\'));
  const compareSubkeys = (from: string, to: string) => {
    const originals = subkeysOf(source, from);
    expect(subkeysOf(result, to).map((k) => lower(k.path.slice(to.length)))).toEqual(
      originals.map((k) => lower(k.path.slice(from.length))),
    );
    for (const k of originals) compareKey(k, keyOf(result, to + k.path.slice(from.length)), () => false);
  };

  const account = accountsOf(source).find((a) => a.service === service);
  for (const uid of carried) {
    if (shared.has(uid)) continue;
    const to = newOf(uid);
    const dropped = plan.droppedFlags.filter((d) => d.section === to);
    const droppedBits = dropped.filter((d) => d.flag in FLAG_BITS);
    compareKey(keyOf(source, uid)!, keyOf(result, to), (v, clone) => {
      if (lower(v.name) === RESOURCE_FLAGS && droppedBits.length > 0) {
        const bits = droppedBits.reduce((b, d) => b | FLAG_BITS[d.flag]!, 0);
        expect(u32le(clone!.data), `${to} flags minus ${droppedBits.map((d) => d.flag).join('|')}`).toBe((u32le(v.data) & ~bits) >>> 0);
        return true;
      }
      if (lower(v.name) === EMSMDB_LEGACY && dropped.some((d) => d.flag === 'PR_EMSMDB_LEGACY')) {
        expect(clone!.data, `${to} PR_EMSMDB_LEGACY cleared`).toBe('0000');
        return true;
      }
      const acctSettings = /^AcctSettings([0-9A-Fa-f]{4})$/.exec(utf16(v.data));
      if (
        DISPLAY_NAMES.includes(lower(v.name)) &&
        account &&
        acctSettings &&
        acctSettings[1]!.toUpperCase() === account.path.slice(-4).toUpperCase()
      ) {
        expect(utf16(clone!.data), `${to}: the preferences section follows the new account number`).toBe(
          `AcctSettings${plan.accountEntry!.path.slice(-4)}`,
        );
        return true;
      }
      if (renamed && DISPLAY_NAMES.includes(lower(v.name)) && (uid === service || v.data === sourceServiceName)) {
        expect(utf16(clone!.data), `display name of ${to}`).toBe(plan.service.newDisplayName);
        return true;
      }
      return false;
    });
    compareSubkeys(uid, to);
  }

  if (account) {
    expect(plan.accountEntry, 'the service has an account entry: the copy must have one').not.toBeNull();
    const to = plan.accountEntry!.path;
    compareKey(keyOf(source, account.path)!, keyOf(result, to), (v, clone) => {
      if (lower(v.name) === 'mini uid') {
        const others = result.keys.filter((k) => lower(k.path) !== lower(to)).map((k) => lower(valueOf(k, 'Mini UID')?.data ?? ''));
        expect(others, 'Mini UID is unique across the profile').not.toContain(lower(clone!.data));
        return true;
      }
      if (lower(v.name) === 'account name' && renamed) return (expect(utf16(clone!.data)).toBe(plan.service.newDisplayName), true);
      return false;
    });
    compareSubkeys(account.path, to);
  }

  // 3. Nothing else moves.
  const changed = new Set(
    [...plan.masterChanges.changes, ...(plan.accountEntry?.managerChanges ?? [])].map((c) => `${lower(c.section)}|${lower(c.value)}`),
  );
  const copiedPaths = new Set(
    [...carried.filter((u) => !shared.has(u)).map(newOf), ...(account ? [plan.accountEntry!.path] : [])].flatMap((p) => [
      lower(p),
      ...subkeysOf(result, p).map((k) => lower(k.path)),
    ]),
  );
  for (const before of targetBefore.keys) {
    const after = keyOf(result, before.path);
    expect(after, `key ${before.path} of the target disappeared`).toBeDefined();
    if (copiedPaths.has(lower(before.path))) {
      // A fixed-UID section the target held empty, filled by the copy (checked above as a copied key).
      expect(before.values, `${before.path} was not empty: the copy must not merge into it`).toEqual([]);
      continue;
    }
    const untouched = (ks: KeyDoc) => ks.values.filter((v) => !changed.has(`${lower(before.path)}|${lower(v.name)}`));
    expect(untouched(after!), `key ${before.path} of the target changed`).toEqual(untouched(before));
  }
  const created = new Set(
    [plan.masterChanges.createMaster ? MASTER : '', plan.accountEntry?.createManager ? lower(plan.accountEntry.managerPath) : ''].filter(
      Boolean,
    ),
  );
  for (const k of result.keys) {
    const p = lower(k.path);
    if (keyOf(targetBefore, k.path) || copiedPaths.has(p) || created.has(p)) continue;
    expect.fail(`the copy created key ${k.path}, which is neither copied nor planned`);
  }
  // The account manager: LastChangeVer counts one more change; a created manager under the Windows Messaging
  // Subsystem root gets no Version (docs/file-formats.md §2.3).
  const managerBefore = targetBefore.keys.find((k) => lower(k.path) === ACCOUNT_MANAGER);
  const managerAfter = result.keys.find((k) => lower(k.path) === ACCOUNT_MANAGER);
  const lastChange = valueOf(managerBefore, 'LastChangeVer');
  if (account && lastChange?.data.length === 16) {
    expect(Buffer.from(valueOf(managerAfter, 'LastChangeVer')!.data, 'hex').readBigUInt64LE(0), 'LastChangeVer + 1').toBe(
      Buffer.from(lastChange.data, 'hex').readBigUInt64LE(0) + 1n,
    );
  }
  if (account && !managerBefore && /windows messaging subsystem/i.test(targetBefore.origin.root))
    expect(valueOf(managerAfter, 'Version'), 'no Version under WMS').toBeUndefined();

  const services = uidList(keyOf(result, MASTER), '01023d0e');
  expect(services, 'PR_SERVICES: the target’s services, then the copy').toEqual([
    ...uidList(keyOf(targetBefore, MASTER), '01023d0e'),
    plan.service.newUid,
  ]);
}
