/**
 * The copy's Outlook account (file-formats.md §2.3): Outlook lists accounts from the account manager
 * 9375CFF0…, not from MAPI, so a service copied without one may not appear in Account Settings
 * (mapi-profiles.md §6.8). The source service's entry is cloned under the target's next account id
 * (`NextAccountID`, subkey `%08X`), its `Service UID`, `Preferences UID` and `XP Provider UID` rewritten,
 * a fresh `Mini UID`, and the new id appended to the order arrays the original appeared in.
 */
import { randomBytes } from 'node:crypto';
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { KeyDoc, ValueDoc } from '../../../shared/profileDoc.js';
import type { ProfileView } from '../../../shared/profileView.js';
import { ACCOUNT_ORDER_VALUES, SECTION } from '../../../shared/mapi/sections.js';
import type { DocIndex } from '../model/index.js';
import { rewriteValue, type RewriteState } from './rewriteValue.js';
import type { UidMap } from './uidRewrite.js';

const REG_BINARY = 3;
const REG_DWORD = 4;
const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');
const u32 = (n: number): string => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b.toString('hex');
};
const u32s = (hex: string): number[] => (hex.length % 8 === 0 ? Array.from({ length: hex.length / 8 }, (_, i) => Buffer.from(hex.slice(8 * i, 8 * i + 8), 'hex').readUInt32LE(0)) : []);
const find = (key: KeyDoc | undefined, name: string): ValueDoc | undefined => key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());

export function accountChanges(
  view: ProfileView,
  source: DocIndex,
  target: DocIndex,
  serviceUid: string,
  uidMap: UidMap,
  displayName: string | undefined,
  state: RewriteState,
): { entry: CopyPlan['account']; newKeys: KeyDoc[]; valueChanges: CopyPlan['valueChanges'] } {
  const account = view.accountManager?.accounts.find((a) => a.serviceUid === serviceUid);
  const sourceManager = source.sections.get(SECTION.accountManager);
  const sourceKey = account && source.byPath.get(account.path.toLowerCase());
  if (!account || !sourceManager || !sourceKey) return { entry: null, newKeys: [], valueChanges: [] };

  const targetManager = target.sections.get(SECTION.accountManager);
  const managerPath = targetManager?.path ?? sourceManager.path;
  const taken = new Set(target.childrenOf(managerPath).map((k) => parseInt(k.path.slice(k.path.lastIndexOf('\\') + 1), 16)));
  const next = find(targetManager, 'NextAccountID');
  let newId = next && next.data.length === 8 ? Buffer.from(next.data, 'hex').readUInt32LE(0) : Math.max(0, ...taken) + 1;
  while (taken.has(newId)) newId++;
  const newPath = `${managerPath}\\${hex8(newId)}`;

  const values = sourceKey.values.map((v) => {
    if (v.name === 'Mini UID' && v.type === REG_DWORD) return { ...v, data: randomBytes(4).toString('hex') };
    if (v.name === 'Account Name' && displayName !== undefined) return { ...v, data: Buffer.from(displayName + '\0', 'utf16le').toString('hex') };
    return rewriteValue(v, newPath, uidMap, state);
  });

  const oldId = parseInt(account.id, 16);
  const managerValues: ValueDoc[] = [{ name: next?.name ?? 'NextAccountID', type: REG_DWORD, data: u32(newId + 1) }];
  for (const name of Object.values(ACCOUNT_ORDER_VALUES)) {
    const sourceOrder = find(sourceManager, name);
    if (!sourceOrder || !u32s(sourceOrder.data).includes(oldId)) continue;
    const targetOrder = find(targetManager, name);
    managerValues.push({ name: targetOrder?.name ?? sourceOrder.name, type: targetOrder?.type ?? REG_BINARY, data: (targetOrder?.data ?? '') + u32(newId) });
  }

  const entry = { oldPath: account.path, newPath, newId };
  if (!targetManager) return { entry, newKeys: [{ path: managerPath, values: managerValues }, { path: newPath, values }], valueChanges: [] };
  const valueChanges = managerValues.map((v) => ({ path: managerPath, name: v.name, type: v.type, before: find(targetManager, v.name)?.data ?? null, after: v.data, why: 'account' }));
  return { entry, newKeys: [{ path: newPath, values }], valueChanges };
}
