/**
 * The template every generated profile is cloned from: the real `Outlook` profile of the sample hive, as
 * libhivex read it (test/helpers/samples.ts ground truth), with paths relative to the profile key.
 */
import { SECTION, isSectionKeyName, wellKnownSection } from '../../../shared/mapi/sections.js';
import { groundTruth } from '../../helpers/samples.js';

export interface TemplateValue {
  name: string;
  type: number;
  /** Lowercase hex of the bytes. */
  hex: string;
}

export interface TemplateKey {
  /** Relative to the profile key; '' is the profile key. */
  path: string;
  values: TemplateValue[];
}

export interface Template {
  keys: TemplateKey[];
  /** Section UIDs (lowercase) that are this profile's own, not well-known constants: remapped per profile. */
  ownUids: string[];
  /** The PST service cloned into extra, shared-mailbox-like services, with its provider and preferences section. */
  clone: { service: string; provider: string; preferences: string; account: string };
}

const PROFILE_KEY = /\\Profiles\\Outlook(?:\\|$)/i;

let cached: Template | undefined;

export function loadTemplate(): Template {
  if (cached) return cached;
  const keys: TemplateKey[] = [];
  for (const k of groundTruth()) {
    const m = PROFILE_KEY.exec(k.key);
    if (!m) continue;
    const path = k.key.slice(m.index + m[0].length);
    keys.push({ path, values: k.values.map((v) => ({ name: v.name, type: v.type, hex: v.hex.toLowerCase() })) });
  }
  const ownUids = keys
    .map((k) => k.path.toLowerCase())
    .filter((p) => isSectionKeyName(p) && !wellKnownSection(p) && p !== SECTION.accountManager);
  cached = {
    keys,
    ownUids,
    clone: {
      service: 'd4eeded2d3c3fc4ca46d35e579df8bcd',
      provider: '6876da12b533bc47a32ce78191722d01',
      preferences: '9889849007ad9e47b8fd140e42a9eaee',
      account: '00000002',
    },
  };
  return cached;
}
