/**
 * Internet accounts of the account manager (docs/file-formats.md §2.3) → PRF `[Internet Account List]` and
 * `[AccountN]` sections (§5.3–5.4), the inverse of importAccounts.ts: POP3 accounts through the table with
 * `AccountType=POP3` (`[I_Mail]`), IMAP through `AccountType=IMAP` (`[IMAP_I_Mail]`). The first account of
 * the mail order array gets `DefaultAccount=TRUE`.
 *
 * Reported, not carried: accounts of other classes (MAPI accounts are Outlook's entries for a service;
 * HTTP has no table of its own in the OCT 16 file), and every value of an internet account that no Section 7
 * mapping expresses (passwords, entry IDs, `Mini UID`…).
 */
import type { KeyDoc } from '../../../shared/profileDoc.js';
import type { PrfAccountRef, PrfEntry, PrfMappingSection, PrfValueSection } from '../formats/prf/index.js';
import { accountManagerView, accountText, type DocIndex } from '../model/index.js';
import { fromHex } from '../model/bytes.js';
import { accountIdOfName, accountKindOf, accountKindOfClsid } from './accountValues.js';
import { prfText } from './prfValueText.js';
import { PT } from '../../../shared/mapi/propTypes.js';

const REG_DWORD = 4;

export function exportAccounts(
  index: DocIndex,
  mappings: readonly PrfMappingSection[],
  warn: (m: string) => void,
): { refs: PrfAccountRef[]; sections: PrfValueSection[] } {
  const refs: PrfAccountRef[] = [];
  const sections: PrfValueSection[] = [];
  const manager = accountManagerView(index, new Set());
  if (!manager) return { refs, sections };
  const defaultId = manager.order.mail[0];
  for (const a of manager.accounts) {
    const key = index.byPath.get(a.path.toLowerCase());
    const label = `account "${a.accountName ?? a.id}" (${a.path})`;
    const kind = accountKindOfClsid(a.clsid);
    if (!kind) {
      warn(
        `${label}: ${a.clsidLabel ?? a.clsid ?? 'no clsid'} is Outlook's account-manager entry${a.serviceName ? ` for the ${a.serviceName} service` : ''}; a PRF has no section for it (Outlook makes it again when it opens the profile)`,
      );
      continue;
    }
    const mapping = mappings.find((m) => m.kind === 'account' && accountKindOf(m.accountType) === kind);
    if (!mapping || !key) {
      warn(`${label}: no Section 7 table has AccountType=${kind}; not carried`);
      continue;
    }
    const name = `Account${refs.length + 1}`;
    const entries: PrfEntry[] = [];
    const left: string[] = [];
    for (const v of key.values) {
      if (v.name.toLowerCase() === 'clsid') continue; // the table's AccountType says it
      const target = accountIdOfName(kind, v.name);
      const m = target && mapping.mappings.find((x) => x.id === target.id);
      const value = m && (target.type === 'dword' ? dwordOf(key, v.name) : accountText(key, v.name));
      const text = m && value !== undefined ? prfText(target.type === 'dword' ? PT.LONG : m.ptype, value) : undefined;
      if (!m || !text || 'error' in text) left.push(v.name);
      else entries.push({ key: m.key, value: text.text });
    }
    if (left.length > 0) warn(`${label}: ${left.length} value(s) no Section 7 mapping expresses: ${left.join(', ')}`);
    if (defaultId !== undefined && parseInt(a.id, 16) === defaultId) entries.push({ key: 'DefaultAccount', value: 'TRUE' });
    refs.push({ key: name, mappingName: mapping.name });
    sections.push({ name, entries });
  }
  return { refs, sections };
}

function dwordOf(key: KeyDoc, name: string): number | undefined {
  const v = key.values.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!v || v.type !== REG_DWORD || v.data.length !== 8) return undefined;
  return new DataView(fromHex(v.data).buffer).getUint32(0, true);
}
