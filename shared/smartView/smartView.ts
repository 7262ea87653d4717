/**
 * Which Smart View parser reads a value, the way MFCMAPI picks one per property (core/smartview/
 * SmartView.cpp FindSmartViewParserForProp), plus a look at the bytes for values no tag names:
 *
 * - binary properties the tag table names as entry IDs (`…ENTRYID`, `…ENTRYIDS`, PR_AB_SEARCH_PATH,
 *   PR_AB_DEFAULT_DIR/PAB), and any binary of 20+ bytes whose provider UID at offset 4 is one Smart View
 *   declares (store wrap, EMSAB, one-off, CONTAB, WAB) → entryId.ts;
 * - 16-byte binaries (search and record keys, PR_MDB_PROVIDER, section UIDs) → a MAPIUID;
 * - 8-byte binaries that read as a plausible FILETIME → a date;
 * - PT_LONG → signed, unsigned and hex; PT_I8 → 64-bit, and the date it would be as a FILETIME;
 * - PT_MV_BINARY → each element the same way.
 * Anything else has no Smart View (the hex view shows it). Never throws: a parser that meets bytes it
 * cannot read returns what it read and the rest as hex.
 */
import type { PropertyValue } from '../profileView.js';
import { tagName } from '../mapi/tagTable.js';
import { PT } from '../mapi/tags.js';
import { ByteReader, fromHexText } from './byteReader.js';
import { isKnownEntryId, readEntryId } from './entryId.js';
import { guidForm, uidName } from './mapiUid.js';
import { filetimeView, int64View, longView } from './numbers.js';
import { isStruct, type SmartField, type SmartFieldKey, type SmartStruct, type SmartView } from './types.js';

/** What Smart View needs of a property: its tag (null for friendly names), PT type, decoded value. */
export interface SmartInput {
  tag: number | null;
  ptype: number | null;
  /** Registry type, for friendly (non-tag) values: REG_BINARY (3) is read like PT_BINARY. */
  regType?: number;
  value?: PropertyValue;
  secure?: true;
}

const ENTRY_ID_NAME = /(ENTRYIDS?|_AB_SEARCH_PATH|_AB_DEFAULT_DIR|_AB_DEFAULT_PAB)(_[AW])?$/;

/** Whether the tag table names this tag as holding entry IDs. */
export function isEntryIdTag(tag: number | null, serviceName?: string): boolean {
  return tag !== null && ENTRY_ID_NAME.test(tagName(tag, serviceName));
}

/** The Smart View of one binary value (bytes), or null when no parser applies. */
export function smartViewOfBytes(bytes: Uint8Array, tag: number | null = null, serviceName?: string): SmartView | null {
  try {
    if (bytes.length >= 20 && (isEntryIdTag(tag, serviceName) || isKnownEntryId(bytes))) {
      const parsed = readEntryId(new ByteReader(bytes));
      if (parsed) return { root: parsed.struct, complete: parsed.complete, summary: summarize(parsed.struct) };
    }
    if (bytes.length === 16) {
      const root = uidStruct(new ByteReader(bytes).uid()!);
      return { root, complete: true, summary: summarize(root) };
    }
    const ft = bytes.length === 8 ? filetimeView(bytes) : null;
    if (ft) return { root: ft, complete: true, summary: summarize(ft) };
  } catch {
    // The parsers check every bound and do not throw; this keeps a bug from reaching the UI all the same.
  }
  return null;
}

/**
 * The Smart View of a decoded property: one entry per element for MV binaries (null where an element
 * has none), one for a single value; null when the property has none.
 */
export function smartViewOf(p: SmartInput, serviceName?: string): (SmartView | null)[] | null {
  if (p.secure || p.value === undefined) return null;
  const binary = p.ptype === PT.BINARY || (p.ptype === null && p.regType === 3);
  if (binary && typeof p.value === 'string') {
    const bytes = fromHexText(p.value);
    const v = bytes && smartViewOfBytes(bytes, p.tag, serviceName);
    return v ? [v] : null;
  }
  if (p.ptype === PT.MV_BINARY && Array.isArray(p.value)) {
    const views = (p.value as unknown[]).map((x) => {
      const bytes = typeof x === 'string' ? fromHexText(x) : null;
      return bytes ? smartViewOfBytes(bytes, p.tag, serviceName) : null;
    });
    return views.some((v) => v) ? views : null;
  }
  if (p.ptype === PT.LONG && typeof p.value === 'number') {
    const root = longView(p.value);
    return [{ root, complete: true, summary: summarize(root) }];
  }
  if (p.ptype === PT.I8 && typeof p.value === 'string') {
    const root = int64View(p.value);
    return root ? [{ root, complete: true, summary: summarize(root) }] : null;
  }
  return null;
}

/** Text of every Smart View of a property (for Search and Compare): summaries joined, '' when none. */
export function smartText(p: SmartInput, serviceName?: string): string {
  const views = smartViewOf(p, serviceName);
  return views
    ? views
        .map((v) => v?.summary ?? '')
        .filter(Boolean)
        .join('; ')
    : '';
}

function uidStruct(uid: string): SmartStruct {
  const name = uidName(uid);
  return {
    struct: 'mapiUid',
    offset: 0,
    size: 16,
    items: [
      { field: 'guid', offset: 0, size: 16, text: guidForm(uid)!, uid },
      ...(name ? [{ field: 'name' as const, offset: 0, size: 16, text: name }] : []),
    ],
  };
}

/** The fields people look for, in the order they read best in one line. */
const SUMMARY_FIELDS: readonly SmartFieldKey[] = [
  'dllName',
  'dataFilePath',
  'serverShortname',
  'mailboxDn',
  'smtpAddress',
  'x500Dn',
  'displayName',
  'emailAddress',
  'containerUid',
  'guid',
  'name',
  'date',
  'signed',
];

function summarize(root: SmartStruct): string {
  const found: SmartField[] = [];
  const walk = (s: SmartStruct) => {
    for (const i of s.items) {
      if (isStruct(i)) walk(i);
      else if (SUMMARY_FIELDS.includes(i.field) && i.text !== '') found.push(i);
    }
  };
  walk(root);
  if (found.length === 0) {
    const provider = root.items.find((i): i is SmartField => !isStruct(i) && i.field === 'providerUid');
    return provider?.text ?? '';
  }
  // The DLL name says which provider; the fields after it say which store (the DLL alone says little).
  return found.map((f) => f.text).join(' · ');
}
