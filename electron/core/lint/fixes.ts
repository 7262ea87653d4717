/**
 * Safe repairs for Check findings (docs/check-rules.md, "Fix:" of each rule): each a short list of value
 * changes or key removals, computed from the profile as it is, shown as a preview (window, `mpe lint --fix
 * --dry-run`) and applied as one undo step. A finding has a fix only where the repair cannot lose anything
 * the profile needs:
 *
 * - remove a UID that names no section from a provider list (E1);
 * - clear STATUS_DEFAULT_STORE on every default store but the first in the master store order (E3);
 * - clear PR_EMSMDB_LEGACY on a second legacy Exchange service (W2);
 * - drop the repeated UIDs of PR_SERVICES (W5);
 * - list a service missing from the master section's PR_SERVICES, and its providers in the master provider
 *   lists the master keeps (W6: rebuild the master lists from the services);
 * - set NextAccountID above every account (W9); remove a missing account from an order array (I3);
 * - remove an orphan section that holds nothing (I2: no value, no subkey — a section with values may be
 *   read by something Check does not model, so it is left alone).
 */
import type { LintFinding, LintFix, LintFixChange } from '../../../shared/copyPlan.js';
import type { KeyDoc, ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { ACCOUNT_ORDER_VALUES, SECTION } from '../../../shared/mapi/sections.js';
import { tagName } from '../../../shared/mapi/tagTable.js';
import {
  PR_AB_PROVIDERS,
  PR_EMSMDB_LEGACY,
  PR_RESOURCE_FLAGS,
  PR_SERVICES,
  PR_STORE_PROVIDERS,
  PR_TRANSPORT_PROVIDERS,
} from '../../../shared/mapi/tags.js';
import { fromHex, indexDoc, profileView, toHex, uidListOf } from '../model/index.js';
import { STATUS } from '../../../shared/mapi/flags.js';

const REG_BINARY = 3;
const REG_DWORD = 4;
const { STATUS_DEFAULT_STORE } = STATUS;
const FLAGS = valueNameOfTag(PR_RESOURCE_FLAGS);

const keyAt = (doc: ProfileDoc, path: string): KeyDoc | undefined => doc.keys.find((k) => k.path.toLowerCase() === path.toLowerCase());
const valueAt = (key: KeyDoc | undefined, name: string) => key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
const u32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, true);
  return toHex(b);
};
const readU32 = (hex: string) => (hex.length >= 8 ? new DataView(fromHex(hex.slice(0, 8)).buffer).getUint32(0, true) : 0);

/** One value set to `after` (null: removed), named by its PR_ name where it has one. */
function setChange(doc: ProfileDoc, section: string, value: string, after: string | null, type = REG_BINARY, tag?: number): LintFixChange {
  const key = keyAt(doc, section);
  const before = valueAt(key, value);
  return {
    section: key?.path ?? section,
    value: before?.name ?? value,
    property: tag === undefined ? value : tagName(tag),
    type: before?.type ?? type,
    before: before?.data ?? null,
    after,
    removeKey: false,
  };
}

/** The repair of one finding, or null when none is safe. */
export function fixOf(doc: ProfileDoc, f: LintFinding): LintFix | null {
  const changes = changesOf(doc, f);
  return changes && changes.length > 0 ? { changes } : null;
}

function changesOf(doc: ProfileDoc, f: LintFinding): LintFixChange[] | null {
  const p = f.params;
  switch (f.code) {
    case 'lintProviderListDangling': {
      const key = keyAt(doc, f.section ?? '');
      const v = valueAt(key, f.value ?? '');
      if (!v || v.data.length % 32 !== 0) return null;
      const kept = (v.data.match(/.{32}/g) ?? []).filter((u) => u.toLowerCase() !== String(p.target));
      return [{ ...setChange(doc, key!.path, v.name, kept.join('')), property: String(p.property) }];
    }
    case 'lintServiceListedTwice': {
      const list = uidListOf(keyAt(doc, SECTION.master), PR_SERVICES);
      return [setChange(doc, SECTION.master, valueNameOfTag(PR_SERVICES), [...new Set(list)].join(''), REG_BINARY, PR_SERVICES)];
    }
    case 'lintSeveralDefaultStores': {
      const view = profileView(doc);
      const order = uidListOf(keyAt(doc, SECTION.master), PR_STORE_PROVIDERS);
      const defaults = view.services
        .flatMap((s) => s.providers)
        .filter((pr) => pr.exists && pr.resourceType === 0x21 && ((pr.flags?.value ?? 0) & STATUS_DEFAULT_STORE) !== 0);
      const rank = (uid: string) => (order.includes(uid) ? order.indexOf(uid) : order.length);
      const [, ...others] = [...new Map(defaults.map((d) => [d.uid, d])).values()].sort((a, b) => rank(a.uid) - rank(b.uid));
      return others.map((o) =>
        setChange(doc, o.uid, FLAGS, u32((o.flags!.value & ~STATUS_DEFAULT_STORE) >>> 0), REG_BINARY, PR_RESOURCE_FLAGS),
      );
    }
    case 'lintSeveralLegacyExchange': {
      const v = valueAt(keyAt(doc, f.section ?? ''), valueNameOfTag(PR_EMSMDB_LEGACY));
      return v ? [setChange(doc, f.section!, v.name, '0'.repeat(v.data.length), REG_BINARY, PR_EMSMDB_LEGACY)] : null;
    }
    case 'lintServiceNotInMaster': {
      const master = keyAt(doc, SECTION.master);
      if (!master) return null;
      const service = String(p.section).toLowerCase();
      const changes = [
        setChange(
          doc,
          SECTION.master,
          valueNameOfTag(PR_SERVICES),
          [...uidListOf(master, PR_SERVICES), service].join(''),
          REG_BINARY,
          PR_SERVICES,
        ),
      ];
      const index = indexDoc(doc);
      for (const tag of [PR_STORE_PROVIDERS, PR_AB_PROVIDERS, PR_TRANSPORT_PROVIDERS]) {
        if (!valueAt(master, valueNameOfTag(tag))) continue;
        const listed = uidListOf(master, tag);
        const add = uidListOf(keyAt(doc, service), tag).filter((u) => index.sections.has(u) && !listed.includes(u));
        if (add.length > 0)
          changes.push(setChange(doc, SECTION.master, valueNameOfTag(tag), [...listed, ...add].join(''), REG_BINARY, tag));
      }
      return changes;
    }
    case 'lintNextAccountIdStale':
      return [
        {
          ...setChange(doc, f.section ?? SECTION.accountManager, 'NextAccountID', u32(Number(p.id) + 1), REG_DWORD),
          property: 'NextAccountID',
        },
      ];
    case 'lintAccountOrderDangling': {
      const v = valueAt(keyAt(doc, f.section ?? ''), String(p.value));
      if (!v || v.data.length % 8 !== 0) return null;
      const ids = (v.data.match(/.{8}/g) ?? []).filter((h) => readU32(h) !== Number(p.id));
      if (!(Object.values(ACCOUNT_ORDER_VALUES) as string[]).some((n) => n.toLowerCase() === v.name.toLowerCase())) return null;
      return [{ ...setChange(doc, f.section!, v.name, ids.join('')), property: v.name }];
    }
    case 'lintOrphanSection': {
      const key = keyAt(doc, f.section ?? '');
      const hasSubkeys = doc.keys.some((k) => k.path.toLowerCase().startsWith((f.section ?? '').toLowerCase() + '\\'));
      if (!key || key.values.length > 0 || hasSubkeys) return null;
      return [{ section: key.path, value: '', property: '', type: 0, before: null, after: null, removeKey: true }];
    }
    default:
      return null;
  }
}

/**
 * The profile with a fix applied. The fix must have been computed from this very profile: a change whose
 * `before` no longer matches is refused (MAPI_E_OBJECT_CHANGED), so a preview never applies to something else.
 */
export function applyFix(doc: ProfileDoc, fix: LintFix): ProfileDoc {
  let keys = doc.keys;
  for (const c of fix.changes) {
    const key = keys.find((k) => k.path.toLowerCase() === c.section.toLowerCase());
    if (c.removeKey) {
      if (!key || key.values.length > 0) throw new AppError('MAPI_E_OBJECT_CHANGED', 'lintFixStale', { profile: doc.name });
      keys = keys.filter((k) => k !== key);
      continue;
    }
    const current = valueAt(key, c.value);
    if (!key || (current?.data ?? null) !== c.before) throw new AppError('MAPI_E_OBJECT_CHANGED', 'lintFixStale', { profile: doc.name });
    const values =
      c.after === null
        ? key.values.filter((v) => v !== current)
        : current
          ? key.values.map((v) => (v === current ? { ...v, data: c.after! } : v))
          : [...key.values, { name: c.value, type: c.type, data: c.after }];
    keys = keys.map((k) => (k === key ? { ...k, values } : k));
  }
  return { ...doc, keys };
}
