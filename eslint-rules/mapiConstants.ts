/**
 * The MAPI constants shared/mapi/ declares, read from its tables (not spelled again here), in the three
 * shapes a re-declaration takes elsewhere: a number, a name bound to a number, a hex string.
 *
 * Flag bits (0x1, 0x20…) are too common to recognise by value (a regf offset, a character code), so they
 * are recognised by name only; tags, HRESULTs and entry-ID magics are 32-bit and recognised by value.
 */
import { MAPI_ERRORS } from '../shared/mapi/errors.js';
import * as flags from '../shared/mapi/flags.js';
import { valueNameOfTag } from '../shared/mapi/propTag.js';
import { PT } from '../shared/mapi/propTypes.js';
import {
  ACCOUNT_CLSIDS,
  ACCOUNT_ORDER_VALUES,
  CONSTANT_UIDS,
  ENTRY_ID_PROVIDER,
  SECTION,
  WELL_KNOWN_SECTIONS,
} from '../shared/mapi/sections.js';
import { TAG_TABLE, TAGS_BY_NAME } from '../shared/mapi/tagTable.js';

export interface MapiConstants {
  /** 32-bit values recognisable anywhere: property tags, MAPI_E_* HRESULTs, store entry-ID magics → name. */
  numbers: ReadonlyMap<number, string>;
  /** Names of MAPI constants (flags, resource and display types, PT_*, tags, errors) → value. */
  names: ReadonlyMap<string, number>;
  /** Lowercase strings → what they are: tags' registry value names, section and provider UIDs, account class ids. */
  strings: ReadonlyMap<string, string>;
}

/** Reads shared/mapi's exports once. */
export function mapiConstants(): MapiConstants {
  const numbers = new Map<number, string>();
  const names = new Map<string, number>();
  const strings = new Map<string, string>();

  for (const e of TAG_TABLE) {
    if (!numbers.has(e.tag)) numbers.set(e.tag, e.name);
    const valueName = valueNameOfTag(e.tag);
    if (!strings.has(valueName)) strings.set(valueName, `the registry value name of ${e.name}: write valueNameOfTag(${e.name})`);
  }
  for (const [name, e] of TAGS_BY_NAME) names.set(name, e.tag);
  for (const [name, value] of Object.entries(MAPI_ERRORS)) {
    numbers.set(value, name);
    names.set(name, value);
  }
  for (const [name, value] of Object.entries(flags.STORE_EID_MAGIC_VALUE)) {
    numbers.set(value, name);
    names.set(name, value);
  }
  for (const [key, value] of Object.entries(PT)) names.set(`PT_${key}`, value);

  // Every flag table (an array of { name, value }) and every { NAME: number } table flags.ts exports.
  for (const exported of Object.values(flags) as unknown[]) {
    if (Array.isArray(exported)) {
      for (const f of exported as { name?: unknown; value?: unknown }[])
        if (typeof f.name === 'string' && typeof f.value === 'number') names.set(f.name, f.value);
    } else if (exported !== null && typeof exported === 'object') {
      for (const [key, value] of Object.entries(exported)) {
        if (typeof value === 'number' && /^[A-Z][A-Z0-9_]+$/.test(key)) names.set(key, value);
        else if (typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value) && /^\d+$/.test(key)) names.set(value, Number(key));
      }
    }
  }
  names.set('EPHEMERAL_FLAGS0', flags.EPHEMERAL_FLAGS0);

  const uid = (value: string, what: string) => strings.set(value.toLowerCase(), what);
  for (const [key, value] of Object.entries(SECTION)) uid(value, `SECTION.${key}`);
  for (const [key, value] of Object.entries(ENTRY_ID_PROVIDER)) uid(value, `ENTRY_ID_PROVIDER.${key}`);
  for (const [value, name] of Object.entries(CONSTANT_UIDS)) if (!strings.has(value)) uid(value, `${name} (CONSTANT_UIDS)`);
  for (const [value, info] of Object.entries(WELL_KNOWN_SECTIONS))
    if (!strings.has(value)) uid(value, `${info.name} (WELL_KNOWN_SECTIONS)`);
  for (const [value, name] of Object.entries(ACCOUNT_CLSIDS)) uid(value, `${name} (ACCOUNT_CLSIDS)`);
  for (const [key, value] of Object.entries(ACCOUNT_ORDER_VALUES)) uid(value, `ACCOUNT_ORDER_VALUES.${key}`);

  return { numbers, names, strings };
}
