/**
 * How a decoded property reads in the inspector: numbers in the user's locale with hex, flags spelled
 * out per section kind (PR_RESOURCE_FLAGS is SERVICE_* on a service, STATUS_* on a provider), dates in
 * the user's locale, UIDs split out so the inspector can make links of them.
 */
import type { DecodedProperty, SectionKind } from '../../shared/profileView';
import { decodeFlags, resourceTypeName, type FlagKind } from '../../shared/mapi/flags';
import { CONSTANT_UIDS } from '../../shared/mapi/sections';
import { tagInfo } from '../../shared/mapi/tagTable';
import { hex64, signed32, smartViewOf } from '../../shared/smartView';
import {
  PR_PROFILE_CONFIG_FLAGS,
  PR_PST_CONFIG_FLAGS,
  PR_PST_ENCRYPTION,
  PR_RESOURCE_FLAGS,
  PR_RESOURCE_METHODS,
  PR_RESOURCE_TYPE,
  PT,
} from '../../shared/mapi/tags';
import { formatHex32, splitUids } from './hex';

/** Which flag table decodes a PT_LONG property in a section of `kind`; undefined when it is no flag set. */
export function flagKindOf(tag: number | null, sectionKind: SectionKind, serviceName?: string): FlagKind | undefined {
  switch (tag) {
    case PR_RESOURCE_FLAGS:
      return sectionKind === 'service' ? 'service' : sectionKind === 'provider' ? 'provider' : undefined;
    case PR_RESOURCE_METHODS:
      return 'resourceMethods';
    case PR_PST_CONFIG_FLAGS:
      return 'pstConfig';
    case PR_PST_ENCRYPTION:
      return serviceName && /pst/i.test(serviceName) ? 'pstEncryption' : undefined;
    case PR_PROFILE_CONFIG_FLAGS:
      return tagInfo(PR_PROFILE_CONFIG_FLAGS, serviceName)?.name === 'PR_PROFILE_CONFIG_FLAGS' && serviceName ? 'profileConfig' : undefined;
    default:
      return undefined;
  }
}

export interface Formatters {
  number: (n: number) => string;
  date: (d: Date) => string;
}

export function makeFormatters(locale: string): Formatters {
  const nf = new Intl.NumberFormat(locale);
  const df = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return { number: (n) => nf.format(n), date: (d) => (Number.isNaN(d.getTime()) ? String(d) : df.format(d)) };
}

/** Is this property (or friendly value) a list of section UIDs or a single UID? */
export function uidsOf(p: DecodedProperty, serviceName?: string): string[] | null {
  if (p.secure || p.error || typeof p.value !== 'string') return null;
  const isBinary = p.ptype === PT.BINARY || (p.ptype === null && p.regType === 3);
  if (!isBinary) return null;
  const info = p.tag !== null ? tagInfo(p.tag, serviceName) : undefined;
  if (info?.uidList && p.value.length % 32 === 0 && p.value.length > 0) return splitUids(p.value);
  if (p.value.length === 32) return [p.value];
  return null;
}

/**
 * Entry IDs (and MV lists of them) read as their Smart View summary — the DLL and data-file path of a
 * store, the DN of an address book — instead of a line of hex; null when the value has no such reading.
 */
export function entryIdText(p: DecodedProperty, serviceName?: string): string | null {
  if (p.ptype !== PT.BINARY && p.ptype !== PT.MV_BINARY && !(p.ptype === null && p.regType === 3)) return null;
  const views = smartViewOf(p, serviceName);
  if (!views || !views.some((v) => v && v.root.struct !== 'mapiUid' && v.root.struct !== 'filetime')) return null;
  const items = Array.isArray(p.value) ? p.value : [p.value];
  return views.map((v, i) => v?.summary || shortHex(String(items[i] ?? ''))).join('; ');
}

const shortHex = (hex: string): string => (hex.length > 48 ? hex.slice(0, 48) + '…' : hex);

/** A short text of the value for the list (long binaries are cut; the hex view shows them all). */
export function valueText(p: DecodedProperty, kind: SectionKind, fmt: Formatters, serviceName?: string): string {
  const v = p.value;
  if (v === undefined) return '';
  const eid = entryIdText(p, serviceName);
  if (eid !== null) return eid;
  if (Array.isArray(v)) {
    const base = p.ptype === null ? null : p.ptype & ~PT.MV_FLAG;
    // Long binaries are cut item by item, so one item cannot push the others out of sight.
    return v.map((x) => (base === PT.BINARY && typeof x === 'string' ? shortHex(x) : scalarText(base, x, fmt))).join('; ');
  }
  if (p.ptype === PT.LONG && typeof v === 'number') {
    // MAPI's LONG is signed: 0xFFFFFFFF reads −1 (the hex keeps the bits).
    const base = `${fmt.number(signed32(v))} (${formatHex32(v)})`;
    if (p.tag === PR_RESOURCE_TYPE) return `${base} ${resourceTypeName(v) ?? ''}`.trim();
    const fk = flagKindOf(p.tag, kind, serviceName);
    if (fk) {
      const names = decodeFlags(v, fk);
      return names.length ? `${base} = ${names.join(' | ')}` : base;
    }
    return base;
  }
  if (typeof v === 'string' && v.length === 32 && p.ptype === PT.BINARY && CONSTANT_UIDS[v]) return `${v} (${CONSTANT_UIDS[v]})`;
  return scalarText(p.ptype, v, fmt);
}

function scalarText(ptype: number | null, v: string | number | boolean, fmt: Formatters): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (ptype === PT.LONG) return `${fmt.number(signed32(v))} (${formatHex32(v)})`;
    return ptype === PT.ERROR || ptype === null ? `${fmt.number(v)} (${formatHex32(v)})` : fmt.number(v);
  }
  if (ptype === PT.I8 && /^-?\d+$/.test(v)) return `${v} (${hex64(BigInt(v))})`;
  if (ptype === PT.SYSTIME) return `${fmt.date(new Date(v.replace(/(\.\d{3})\d*Z$/, '$1Z')))} (${v})`;
  if (ptype === PT.BINARY && v.length > 96) return v.slice(0, 96) + '…';
  return v;
}
