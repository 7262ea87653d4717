/**
 * The Outlook account manager `9375CFF0413111d3B88A00104B2A6676` (docs/file-formats.md §2.3): not a MAPI
 * section; friendly value names; one subkey per account, named `%08X` of its id, whose `Service UID`
 * names the MAPI service section it belongs to.
 */
import type { KeyDoc } from '../../../shared/profileDoc.js';
import type { AccountManagerView, AccountView } from '../../../shared/profileView.js';
import { ACCOUNT_CLSIDS, ACCOUNT_ORDER_VALUES, SECTION } from '../../../shared/mapi/sections.js';
import { RegType } from '../formats/registry.js';
import { decodeUtf16, fromHex, view } from './bytes.js';
import { keyNameOf, valueOf, type DocIndex } from './docIndex.js';
import { isRegString } from './ptypes.js';

/** Friendly values of an account subkey that hold a section UID (docs/file-formats.md §2.3). */
export const ACCOUNT_UID_VALUES = ['Service UID', 'Preferences UID', 'XP Provider UID'] as const;

/** The account-manager key (direct child of the profile, case-insensitive), if any. */
export const accountManagerKey = (index: DocIndex): KeyDoc | undefined => index.sections.get(SECTION.accountManager);

/**
 * A text value written either as REG_SZ or as REG_BINARY UTF-16LE + NUL (Outlook 2010); up to the first
 * NUL. Undefined when absent or not text.
 */
export function accountText(key: KeyDoc | undefined, name: string): string | undefined {
  const v = valueOf(key, name);
  if (!v || (!isRegString(v.type) && v.type !== RegType.BINARY)) return undefined;
  const bytes = fromHex(v.data);
  if (bytes.length % 2 !== 0) return undefined;
  const s = decodeUtf16(bytes);
  const nul = s.indexOf('\0');
  return nul >= 0 ? s.slice(0, nul) : s;
}

/** A 16-byte REG_BINARY value as a lowercase UID. */
export function accountUid(key: KeyDoc | undefined, name: string): string | undefined {
  const v = valueOf(key, name);
  return v && v.data.length === 32 ? v.data.toLowerCase() : undefined;
}

function dword(key: KeyDoc | undefined, name: string): number | null {
  const v = valueOf(key, name);
  if (!v || v.data.length !== 8) return null;
  return view(fromHex(v.data)).getUint32(0, v.type !== RegType.DWORD_BIG_ENDIAN);
}

/** An order value: u32 account ids; [] when absent or not a multiple of 4 bytes. */
function idList(key: KeyDoc | undefined, name: string): number[] {
  const v = valueOf(key, name);
  if (!v || (v.data.length / 2) % 4 !== 0) return [];
  const b = fromHex(v.data);
  const out: number[] = [];
  for (let at = 0; at < b.length; at += 4) out.push(view(b).getUint32(at, true));
  return out;
}

/** The account manager's view; `services` are the profile's service UIDs (to tell dangling Service UIDs). */
export function accountManagerView(index: DocIndex, services: ReadonlySet<string>): AccountManagerView | null {
  const am = accountManagerKey(index);
  if (!am) return null;
  const accounts: AccountView[] = index.childrenOf(am.path).map((k) => {
    const clsid = accountText(k, 'clsid') ?? null;
    const serviceUid = accountUid(k, 'Service UID') ?? null;
    return {
      id: keyNameOf(k.path),
      path: k.path,
      accountName: accountText(k, 'Account Name') ?? null,
      serviceName: accountText(k, 'Service Name') ?? null,
      clsid,
      clsidLabel: (clsid && ACCOUNT_CLSIDS[clsid.toLowerCase()]) || null,
      serviceUid,
      serviceExists: serviceUid !== null && services.has(serviceUid),
      preferencesUid: accountUid(k, 'Preferences UID') ?? null,
    };
  });
  return {
    path: am.path,
    nextAccountId: dword(am, 'NextAccountID'),
    order: {
      mail: idList(am, ACCOUNT_ORDER_VALUES.mail),
      addressBook: idList(am, ACCOUNT_ORDER_VALUES.addressBook),
      store: idList(am, ACCOUNT_ORDER_VALUES.store),
    },
    accounts,
  };
}
