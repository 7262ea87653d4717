/**
 * PRF Section 7 ids (account-manager PROP_* ids, docs/file-formats.md §5.5) ↔ the friendly value names Outlook
 * writes in an account subkey `9375CFF0…\0000000N` (docs/file-formats.md §2.3). Only the names the reference
 * gives are here; that PROP_ ids become these names is **inferred** from real profile data (§5.5).
 *
 * Types follow the one real POP3 account of the reference (a real Outlook 2010 profile hive, §2.3): text as
 * REG_BINARY UTF-16LE + NUL, numbers as REG_DWORD (decision: the 16.0 sample's REG_SZ `Account Name` is a
 * MAPI account's; readers accept both, model/accounts.ts `accountText`).
 */
import { ACCOUNT_MANAGER_KEY, accountClsid } from '../../../shared/mapi/sections.js';

export type AccountKind = 'POP3' | 'IMAP' | 'HTTP';
export type AccountValueType = 'text' | 'dword';

export interface AccountValueName {
  name: string;
  type: AccountValueType;
}

const COMMON: Record<number, AccountValueName> = {
  0x0002: { name: 'Account Name', type: 'text' },
  0x000b: { name: 'Display Name', type: 'text' },
  0x000c: { name: 'Email', type: 'text' },
  0x0200: { name: 'SMTP Server', type: 'text' },
  0x0203: { name: 'SMTP Use Auth', type: 'dword' },
  0x020a: { name: 'SMTP Secure Connection', type: 'dword' },
};

const BY_KIND: Record<AccountKind, Record<number, AccountValueName>> = {
  POP3: {
    ...COMMON,
    0x0100: { name: 'POP3 Server', type: 'text' },
    0x0101: { name: 'POP3 User', type: 'text' },
    0x0104: { name: 'POP3 Port', type: 'dword' },
    0x1000: { name: 'Leave on Server', type: 'dword' },
  },
  IMAP: {
    ...COMMON,
    0x0100: { name: 'IMAP Server', type: 'text' },
    0x0101: { name: 'IMAP User', type: 'text' },
    0x0104: { name: 'IMAP Port', type: 'dword' },
  },
  HTTP: COMMON,
};

/** Account classes (docs/file-formats.md §2.3, MS constants doc), as Outlook spells them in `clsid`. */
export const ACCOUNT_CLSID: Record<AccountKind, string> = {
  POP3: accountClsid('CLSID_OlkPOP3Account'),
  IMAP: accountClsid('CLSID_OlkIMAP4Account'),
  HTTP: accountClsid('CLSID_OlkHotmailAccount'),
};

/** The account manager key, in the mixed case real profiles use (docs/file-formats.md §2.2). */
export const ACCOUNT_MANAGER_PATH = ACCOUNT_MANAGER_KEY;

/** `AccountType=POP3` (Section 7) → the kind; undefined for a type the editor does not know. */
export function accountKindOf(accountType: string | undefined): AccountKind | undefined {
  const t = accountType?.trim().toUpperCase();
  return t === 'POP3' || t === 'IMAP' || t === 'HTTP' ? t : undefined;
}

export function accountKindOfClsid(clsid: string | null | undefined): AccountKind | undefined {
  const c = clsid?.toUpperCase();
  return (Object.keys(ACCOUNT_CLSID) as AccountKind[]).find((k) => ACCOUNT_CLSID[k] === c);
}

/** The friendly value name of a Section 7 id for this kind of account. */
export const accountValueName = (kind: AccountKind, id: number): AccountValueName | undefined => BY_KIND[kind][id];

/** Friendly value name (case-insensitive) → Section 7 id, for this kind of account. */
export function accountIdOfName(kind: AccountKind, name: string): { id: number; type: AccountValueType } | undefined {
  const lower = name.toLowerCase();
  for (const [id, v] of Object.entries(BY_KIND[kind])) if (v.name.toLowerCase() === lower) return { id: Number(id), type: v.type };
  return undefined;
}
