/**
 * A PRF's `[AccountN]` internet accounts (POP3, IMAP, HTTP) into the profile. These accounts are
 * Outlook's, not MAPI's: Outlook keeps them in its account manager `9375CFF0…` (docs/file-formats.md §2.3), one
 * subkey `%08X` per account with friendly-named values, and no MAPI service. So an import creates the
 * account manager (NextAccountID, the mail order array `{ED475418…}`) when the profile has none, then one
 * subkey per account with `clsid` and the values whose names the reference gives (accountValues.ts);
 * every other value is reported, not written.
 *
 * `DefaultAccount=TRUE` puts the account first in the mail order ("the first entry is the default", §2.3).
 */
import type { ImportWarning } from '../../../shared/i18n/importWarnings.js';
import type { KeyDoc, ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';
import { ACCOUNT_ORDER_VALUES } from '../../../shared/mapi/sections.js';
import type { ResolvedPrfAccount, PrfMappingSection } from '../formats/prf/index.js';
import { encodeUtf16z } from '../model/utf16z.js';
import { toHex } from '../model/index.js';
import { accountKindOf, accountValueName, ACCOUNT_CLSID, ACCOUNT_MANAGER_PATH } from './accountValues.js';

const REG_SZ = 1;
const REG_BINARY = 3;
const REG_DWORD = 4;

const dword = (n: number): string => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return toHex(b);
};
const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');
const u32s = (hex: string): number[] => {
  const out: number[] = [];
  for (let at = 0; at + 8 <= hex.length; at += 8)
    out.push(parseInt(hex.slice(at + 6, at + 8) + hex.slice(at + 4, at + 6) + hex.slice(at + 2, at + 4) + hex.slice(at, at + 2), 16));
  return out;
};

export function importAccounts(
  doc: ProfileDoc,
  accounts: readonly ResolvedPrfAccount[],
  mappingOf: (name: string) => PrfMappingSection | undefined,
  warn: (warning: ImportWarning) => void,
): ProfileDoc {
  const made: { key: KeyDoc; id: number; isDefault: boolean }[] = [];
  const keys = doc.keys.map((k) => ({ ...k, values: [...k.values] }));
  let manager = keys.find((k) => k.path.toLowerCase() === ACCOUNT_MANAGER_PATH.toLowerCase());
  const managerPath = manager?.path ?? ACCOUNT_MANAGER_PATH;
  const taken = new Set(
    keys
      .filter((k) => k.path.toLowerCase().startsWith(managerPath.toLowerCase() + '\\'))
      .map((k) => parseInt(k.path.slice(managerPath.length + 1), 16)),
  );
  const nextValue = manager?.values.find((v) => v.name.toLowerCase() === 'nextaccountid');
  let nextId = Math.max(1, nextValue && nextValue.data.length === 8 ? u32s(nextValue.data)[0]! : 1);

  for (const account of accounts) {
    const mapping = mappingOf(account.mappingName);
    if (!mapping) continue; // resolvePrf reported the missing table
    const kind = accountKindOf(account.accountType);
    if (!kind) {
      warn(
        account.accountType === undefined
          ? { reason: 'prfAccountTypeMissing', params: { account: account.key, mapping: account.mappingName } }
          : { reason: 'prfAccountTypeUnknown', params: { account: account.key, type: account.accountType, mapping: account.mappingName } },
      );
      continue;
    }
    while (taken.has(nextId)) nextId++;
    const id = nextId++;
    taken.add(id);
    const values: ValueDoc[] = [{ name: 'clsid', type: REG_SZ, data: encodeUtf16z(ACCOUNT_CLSID[kind]) }];
    for (const p of account.properties) {
      const where = { account: account.key, key: p.key, line: p.line };
      const target = accountValueName(kind, p.id);
      if (!target) {
        warn({
          reason: 'prfAccountValueUnknown',
          params: { ...where, kind, property: `0x${p.id.toString(16).toUpperCase().padStart(4, '0')}` },
        });
        continue;
      }
      if (target.type === 'text' && typeof p.value === 'string')
        values.push({ name: target.name, type: REG_BINARY, data: encodeUtf16z(p.value) });
      else if (target.type === 'dword' && typeof p.value === 'number')
        values.push({ name: target.name, type: REG_DWORD, data: dword(p.value) });
      else if (target.type === 'dword' && typeof p.value === 'boolean')
        values.push({ name: target.name, type: REG_DWORD, data: dword(p.value ? 1 : 0) });
      else
        warn({
          reason: target.type === 'text' ? 'prfAccountValueNotText' : 'prfAccountValueNotDword',
          params: { ...where, value: p.raw, ptype: p.ptypeName, name: target.name },
        });
    }
    for (const e of account.unmapped) warn({ reason: 'prfAccountUnmapped', params: { account: account.key, key: e.key, line: e.line } });
    if (account.uniqueService !== undefined)
      warn({ reason: 'prfAccountUniqueService', params: { account: account.key, value: account.uniqueService ? 'Yes' : 'No' } });
    made.push({ key: { path: `${managerPath}\\${hex8(id)}`, values }, id, isDefault: account.defaultAccount === true });
  }
  if (made.length === 0) return doc;

  if (!manager) {
    manager = { path: managerPath, values: [] };
    keys.push(manager);
  }
  const put = (v: ValueDoc) => {
    const at = manager!.values.findIndex((x) => x.name.toLowerCase() === v.name.toLowerCase());
    if (at >= 0) manager!.values[at] = { ...v, name: manager!.values[at]!.name };
    else manager!.values.push(v);
  };
  put({ name: 'NextAccountID', type: REG_DWORD, data: dword(nextId) });
  const orderName = ACCOUNT_ORDER_VALUES.mail;
  const before = manager.values.find((v) => v.name.toLowerCase() === orderName.toLowerCase());
  const order = u32s(before?.data ?? '');
  for (const m of made) if (m.isDefault) order.unshift(m.id);
  for (const m of made) if (!m.isDefault) order.push(m.id);
  put({ name: orderName, type: REG_BINARY, data: order.map(dword).join('') });
  // The subkeys go right after their parent, in id order (registry order).
  const at = keys.indexOf(manager) + 1 + keys.filter((k) => k.path.toLowerCase().startsWith(managerPath.toLowerCase() + '\\')).length;
  keys.splice(at, 0, ...made.map((m) => m.key));
  return { ...doc, keys };
}
