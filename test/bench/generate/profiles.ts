/**
 * Deterministic profiles shaped like the real sample: every key and value of the template, with the
 * profile's own section UIDs, search key, user name and PST path varied, plus extra PST services
 * ("shared mailboxes") cloned from the sample's one — service, provider and preferences sections and an
 * account-manager entry, registered in the master section's lists and the account order — so that a
 * profile has about `sections` sections (13 + 3 per extra service).
 */
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import { valueNameOfTag } from '../../../shared/mapi/propTag.js';
import { ACCOUNT_ORDER_VALUES, SECTION, isSectionKeyName } from '../../../shared/mapi/sections.js';
import { PR_DISPLAY_NAME_W, PR_PST_PATH_W, PR_SEARCH_KEY, PR_SERVICES, PR_STORE_PROVIDERS } from '../../../shared/mapi/tags.js';
import type { RegKey } from '../../../electron/core/formats/registry.js';
import type { Random } from './random.js';
import { loadTemplate, type TemplateKey, type TemplateValue } from './template.js';

export const ROOT = PROFILE_ROOTS.office16;
const OUTLOOK_KEY = ROOT.slice(0, ROOT.lastIndexOf('\\'));
const SAMPLE_USER = 'tony';
/** Sections of the sample profile, and sections each cloned service adds (service, provider, preferences). */
export const TEMPLATE_SECTIONS = 13;
export const SECTIONS_PER_CLONE = 3;

const utf16Hex = (s: string): string => Buffer.from(s, 'utf16le').toString('hex');
const dwordHex = (n: number): string => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b.toString('hex');
};

/** Replaces whole-byte occurrences of any key of `map` (lowercase hex) in `hex`. */
function remapHex(hex: string, map: Map<string, string>, pattern: RegExp): string {
  return hex.replace(pattern, (m: string, offset: number) => (offset % 2 === 0 ? (map.get(m) ?? m) : m));
}

const uidPattern = (uids: Iterable<string>): RegExp => new RegExp([...uids].join('|'), 'g');

function setValue(key: TemplateKey, name: string, hex: string): void {
  const v = key.values.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (v) v.hex = hex;
}

function valueOf(key: TemplateKey, name: string): TemplateValue | undefined {
  return key.values.find((x) => x.name.toLowerCase() === name.toLowerCase());
}

/** One profile's keys (paths relative to the profile key) with `extraServices` cloned PST services. */
export function generateProfile(random: Random, user: string, extraServices: number): TemplateKey[] {
  const template = loadTemplate();
  const map = new Map(template.ownUids.map((u) => [u, random.hex(16)]));
  const pattern = uidPattern(map.keys());
  const userFrom = utf16Hex(SAMPLE_USER);
  const userTo = utf16Hex(user);
  const rename = (path: string): string => {
    const first = path.split('\\')[0]!;
    const mapped = map.get(first.toLowerCase());
    return mapped ? mapped + path.slice(first.length) : path;
  };
  const keys: TemplateKey[] = template.keys.map((k) => ({
    path: rename(k.path),
    values: k.values.map((v) => ({ ...v, hex: remapHex(v.hex, map, pattern).replaceAll(userFrom, userTo) })),
  }));
  const byPath = (path: string): TemplateKey => keys.find((k) => k.path.toLowerCase() === path.toLowerCase())!;
  setValue(byPath(SECTION.profileInstance), valueNameOfTag(PR_SEARCH_KEY), random.hex(16));

  const master = byPath(SECTION.master);
  const accounts = byPath(SECTION.accountManager);
  const { clone } = template;
  const service = map.get(clone.service)!;
  const provider = map.get(clone.provider)!;
  const preferences = map.get(clone.preferences)!;
  let nextAccount = Buffer.from(valueOf(accounts, 'NextAccountID')!.hex, 'hex').readUInt32LE();
  for (let i = 1; i <= extraServices; i++) {
    const fresh = new Map([
      [service, random.hex(16)],
      [provider, random.hex(16)],
      [preferences, random.hex(16)],
    ]);
    const freshPattern = uidPattern(fresh.keys());
    const copy = (from: TemplateKey, path: string): TemplateKey => ({
      path,
      values: from.values.map((v) => ({ ...v, hex: remapHex(v.hex, fresh, freshPattern) })),
    });
    const label = utf16Hex(`Shared Mailbox ${i}\0`);
    const pst = utf16Hex(`C:\\Users\\${user}\\Documents\\Outlook Files\\shared-${i}-${random.hex(3)}.pst\0`);
    const svc = copy(byPath(service), fresh.get(service)!);
    const prov = copy(byPath(provider), fresh.get(provider)!);
    const prefs = copy(byPath(preferences), fresh.get(preferences)!);
    for (const k of [svc, prov]) setValue(k, valueNameOfTag(PR_DISPLAY_NAME_W), label);
    setValue(prov, valueNameOfTag(PR_PST_PATH_W), pst);
    const id = (nextAccount++).toString(16).toUpperCase().padStart(8, '0');
    const account = copy(byPath(`${SECTION.accountManager}\\${clone.account}`), `${accounts.path}\\${id}`);
    setValue(account, 'Account Name', label);
    keys.push(svc, prov, prefs, account);
    const services = valueOf(master, valueNameOfTag(PR_SERVICES))!;
    services.hex += fresh.get(service)!;
    const stores = valueOf(master, valueNameOfTag(PR_STORE_PROVIDERS))!;
    stores.hex += fresh.get(provider)!;
    const order = valueOf(accounts, ACCOUNT_ORDER_VALUES.store)!;
    order.hex += dwordHex(nextAccount - 1);
  }
  setValue(accounts, 'NextAccountID', dwordHex(nextAccount));
  return keys;
}

/** How many cloned services give a profile about `sections` sections. */
export const clonesFor = (sections: number): number => Math.max(0, Math.round((sections - TEMPLATE_SECTIONS) / SECTIONS_PER_CLONE));

/** Counts the MAPI sections (UID-named direct children) among a profile's relative keys. */
export const sectionCount = (keys: { path: string }[]): number =>
  keys.filter((k) => !k.path.includes('\\') && isSectionKeyName(k.path) && k.path.toLowerCase() !== SECTION.accountManager).length;

export interface GeneratedRegistry {
  keys: RegKey[];
  names: string[];
}

/**
 * `count` profiles of about `sections` sections each under the Office 16.0 root, as regedit would export
 * them: the `…\Outlook` key with DefaultProfile (the first profile), the `Profiles` key, then each profile.
 */
export function generateRegistry(random: Random, count: number, sections = 20): GeneratedRegistry {
  const names: string[] = [];
  const keys: RegKey[] = [];
  for (let i = 0; i < count; i++) {
    const user = `user${String(i).padStart(4, '0')}${random.hex(2)}`;
    const name = `Outlook ${String(i + 1).padStart(4, '0')} ${user}`;
    names.push(name);
    for (const k of generateProfile(random, user, clonesFor(sections))) {
      keys.push({
        path: k.path === '' ? `${ROOT}\\${name}` : `${ROOT}\\${name}\\${k.path}`,
        values: k.values.map((v) => ({ name: v.name, type: v.type, data: v.hex })),
      });
    }
  }
  const head: RegKey[] = [
    { path: OUTLOOK_KEY, values: names.length ? [{ name: 'DefaultProfile', type: 1, data: utf16Hex(names[0] + '\0') }] : [] },
    { path: ROOT, values: [] },
  ];
  return { keys: [...head, ...keys], names };
}
