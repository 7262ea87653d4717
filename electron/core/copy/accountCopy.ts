/**
 * The copy's Outlook account (docs/file-formats.md §2.3). Outlook lists accounts from the account manager
 * 9375CFF0…, not from MAPI, so a service copied without one may not appear in Account Settings
 * (docs/mapi-profiles.md §6.8). The source service's entry is cloned under the target's next account id
 * (`NextAccountID`, subkey `%08X`); `Service UID`, `Preferences UID` and `XP Provider UID` are remapped when
 * they point into copied sections (the account's preferences section is copied with the service, see
 * planCopy); `Mini UID` is fresh (PROP_ACCT_MINI_UID is "unique across profiles"); `Account Name` takes the
 * new display name; the new id is appended to the order arrays the original appeared in; NextAccountID is
 * incremented. A target without an account manager gets one (NextAccountID, the order arrays needed, and
 * the source's `Version` only under an Office root); the target's `LastChangeVer` is incremented.
 * Every other value is copied as it is (entry IDs, server settings…).
 */
import type { AccountEntry, ValueChange } from '../../../shared/copyPlan.js';
import type { KeyDoc, ValueDoc } from '../../../shared/profileDoc.js';
import type { AccountView } from '../../../shared/profileView.js';
import { ACCOUNT_ORDER_VALUES, SECTION } from '../../../shared/mapi/sections.js';
import { AppError } from '../../../shared/errors.js';
import { fromHex, toHex, type DocIndex } from '../model/index.js';
import { encodeUtf16z } from '../model/utf16z.js';
import { rewriteValue, type RewriteState } from './rewriteValue.js';
import type { UidMap } from './uidRewrite.js';

const REG_SZ = 1;
const REG_BINARY = 3;
const REG_DWORD = 4;

const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');
const u32 = (n: number): string => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return toHex(b);
};
/** An order array: u32 LE account ids. */
export const u32List = (hex: string): number[] => {
  if (hex.length % 8 !== 0) return [];
  const b = fromHex(hex);
  return Array.from({ length: b.length / 4 }, (_, i) => new DataView(b.buffer).getUint32(4 * i, true));
};
const find = (key: KeyDoc | undefined, name: string): ValueDoc | undefined =>
  key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());

export interface AccountCopyInput {
  /** The source's account-manager entries. */
  accounts: readonly AccountView[];
  source: DocIndex;
  target: DocIndex;
  /** The target profile's registry root (Office 1x.0 or Windows Messaging Subsystem). */
  targetRoot: string;
  serviceUid: string;
  uidMap: UidMap;
  displayName: string | undefined;
  newUid: () => string;
  state: RewriteState;
}

/**
 * A `Mini UID` no account of the source or target holds (PROP_ACCT_MINI_UID is "unique across profiles",
 * docs/file-formats.md §2.3): the low 4 bytes of a fresh MAPIUID, drawn again on a clash.
 */
function freshMiniUid(newUid: () => string, docs: DocIndex[], ...managers: string[]): string {
  const taken = new Set<string>();
  for (const d of docs)
    for (const m of managers)
      for (const k of d.childrenOf(m)) {
        const v = find(k, 'Mini UID');
        if (v) taken.add(v.data.toLowerCase());
      }
  for (let attempt = 0; attempt < 64; attempt++) {
    const mini = newUid().slice(-8);
    if (!taken.has(mini)) return mini;
  }
  throw new AppError('E_INTERNAL', 'internal', { message: 'no fresh Mini UID after 64 attempts' });
}

export function accountEntry(input: AccountCopyInput): AccountEntry | null {
  const { accounts, source, target, serviceUid, uidMap, displayName, state } = input;
  const account = accounts.find((a) => a.serviceUid === serviceUid);
  const sourceManager = source.sections.get(SECTION.accountManager);
  const sourceKey = account && source.byPath.get(account.path.toLowerCase());
  if (!account || !sourceManager || !sourceKey) return null;

  const targetManager = target.sections.get(SECTION.accountManager);
  const managerPath = targetManager?.path ?? sourceManager.path;
  const taken = new Set(target.childrenOf(managerPath).map((k) => parseInt(k.path.slice(k.path.lastIndexOf('\\') + 1), 16)));
  const next = find(targetManager, 'NextAccountID');
  const nextId = next && next.data.length === 8 ? u32List(next.data)[0]! : 1;
  let accountId = Math.max(nextId, 1);
  while (taken.has(accountId)) accountId++;
  const path = `${managerPath}\\${hex8(accountId)}`;

  const values = sourceKey.values.map((v): ValueDoc => {
    if (v.name.toLowerCase() === 'mini uid' && v.data.length === 8)
      return { ...v, data: freshMiniUid(input.newUid, [source, target], managerPath, sourceManager.path) };
    if (v.name.toLowerCase() === 'account name' && displayName !== undefined && (v.type === REG_SZ || v.type === REG_BINARY)) {
      return { ...v, data: encodeUtf16z(displayName) };
    }
    return rewriteValue(v, path, uidMap, state);
  });

  const oldId = parseInt(account.id, 16);
  const managerChanges: ValueChange[] = [];
  const change = (name: string, type: number, after: string) => {
    const before = find(targetManager, name);
    managerChanges.push({
      section: managerPath,
      value: before?.name ?? name,
      tagName: null,
      type: before?.type ?? type,
      before: before?.data ?? null,
      after,
    });
  };
  // `Version` is present in the 16.0 sample and absent from a real Outlook 2010 profile under the Windows
  // Messaging Subsystem root (docs/file-formats.md §2.3): a created manager gets one only under an Office root.
  if (!targetManager && !/windows messaging subsystem/i.test(input.targetRoot)) {
    const version = find(sourceManager, 'Version');
    if (version) change(version.name, version.type, version.data);
  }
  // LastChangeVer (8 bytes) counts the account manager's changes: a new account is one more.
  const lastChange = find(targetManager, 'LastChangeVer');
  if (lastChange && lastChange.data.length === 16) {
    const bytes = fromHex(lastChange.data);
    const view = new DataView(bytes.buffer);
    view.setBigUint64(0, (view.getBigUint64(0, true) + 1n) & 0xffffffffffffffffn, true);
    change(lastChange.name, lastChange.type, toHex(bytes));
  }
  change(next?.name ?? 'NextAccountID', REG_DWORD, u32(Math.max(accountId + 1, nextId)));
  for (const name of Object.values(ACCOUNT_ORDER_VALUES)) {
    const sourceOrder = find(sourceManager, name);
    if (!sourceOrder || !u32List(sourceOrder.data).includes(oldId)) continue;
    const targetOrder = find(targetManager, name);
    change(targetOrder?.name ?? sourceOrder.name, REG_BINARY, (targetOrder?.data ?? '') + u32(accountId));
  }
  return { from: account.path, path, accountId, createManager: !targetManager, managerPath, values, managerChanges };
}
