/**
 * Entry IDs, decoded as MFCMAPI's Smart View does (core/smartview/EntryIdStruct.cpp): 4 flag bytes and
 * the provider's MAPIUID (docs/mapi-profiles.md §14.1), then a layout chosen by that UID:
 *
 * - muidStoreWrap → a wrapped store entry ID (storeEntryId.ts: EMSMDB's server and mailbox DN, MSPST's
 *   data-file path; §14.2, docs/file-formats.md §3.5);
 * - muidEMSAB → an Exchange address-book entry ID: version, display type, X500 DN (§14.3);
 * - MAPI_ONE_OFF_UID → a one-off recipient: flags, then display name, address type and address, UTF-16
 *   when MAPI_UNICODE is set (§14.3);
 * - muidContabDLL → an Outlook Address Book entry ID: version, type, a container's MAPIUID or a user's
 *   index and size, then the wrapped store/folder entry ID (§14.3 CONTAB_ENTRYID);
 * - WAB_GUID → a type byte and a wrapped entry ID;
 * - abFlags[0] = 0x87 → an ephemeral entry ID (version, display type);
 * - any other provider → its own bytes, shown as hex.
 *
 * Every read is bounded (ByteReader); a value too short for its layout keeps the rest as hex. Never throws.
 */
import { CONTAB_CONTAINER, CONTAB_TYPES, decodeFlags, DISPLAY_TYPES, EPHEMERAL_FLAGS0 } from '../mapi/flags.js';
import { ENTRY_ID_PROVIDER } from '../mapi/sections.js';
import { ByteReader } from './byteReader.js';
import { uidText } from './mapiUid.js';
import { readStoreEntryId } from './storeEntryId.js';
import { hex32, hex8, named, StructBuilder } from './structBuilder.js';
import type { SmartStruct } from './types.js';

/** Flags (4) + provider UID (16): the smallest entry ID. */
export const ENTRY_ID_HEADER = 20;
/** Nested entry IDs (CONTAB wrapping a store's, WAB wrapping a contact's) stop here. */
const MAX_DEPTH = 4;

export interface Parsed {
  struct: SmartStruct;
  complete: boolean;
}

/** The provider UID at offset 4 of bytes that could be an entry ID; null when they are too short. */
export function providerUidOf(bytes: Uint8Array): string | null {
  return bytes.length >= ENTRY_ID_HEADER ? new ByteReader(bytes, 4).uid() : null;
}

/** Whether the provider UID at offset 4 is one whose layout Smart View declares. */
export function isKnownEntryId(bytes: Uint8Array): boolean {
  const uid = providerUidOf(bytes);
  return uid !== null && (Object.values(ENTRY_ID_PROVIDER) as string[]).includes(uid) && uid !== ENTRY_ID_PROVIDER.mspst;
}

/** Reads one entry ID from `r` up to its window's end; null when fewer than 20 bytes remain. */
export function readEntryId(r: ByteReader, depth = 0): Parsed | null {
  if (r.remaining < ENTRY_ID_HEADER) return null;
  const start = r.offset;
  const flags0 = r.bytes[start]!;
  const providerUid = new ByteReader(r.bytes, start + 4, r.end).uid()!;
  const ephemeral = flags0 === EPHEMERAL_FLAGS0;
  const known = ephemeral || (Object.values(ENTRY_ID_PROVIDER) as string[]).includes(providerUid);
  const kind = ephemeral
    ? 'ephemeralEntryId'
    : providerUid === ENTRY_ID_PROVIDER.storeWrap
      ? 'storeEntryId'
      : providerUid === ENTRY_ID_PROVIDER.emsab
        ? 'abEntryId'
        : providerUid === ENTRY_ID_PROVIDER.oneOff
          ? 'oneOffEntryId'
          : providerUid === ENTRY_ID_PROVIDER.contab
            ? 'contabEntryId'
            : providerUid === ENTRY_ID_PROVIDER.wab
              ? 'wabEntryId'
              : !known && flags0 & 0x80
                ? 'shortTermEntryId'
                : 'entryId';
  const b = new StructBuilder(r, kind);
  b.field('abFlags', (x) => x.take(4), abFlagsText);
  b.field(
    'providerUid',
    (x) => x.uid(),
    uidText,
    (u) => u,
  );
  switch (kind) {
    case 'ephemeralEntryId':
      b.field('version', (x) => x.u32(), hex32);
      b.field(
        'type',
        (x) => x.u32(),
        (t) => named(t, DISPLAY_TYPES[t]),
      );
      break;
    case 'abEntryId':
      b.field('version', (x) => x.u32(), hex32);
      b.field(
        'type',
        (x) => x.u32(),
        (t) => named(t, DISPLAY_TYPES[t]),
      );
      b.field(
        'x500Dn',
        (x) => x.stringA(),
        (s) => s,
      );
      break;
    case 'oneOffEntryId': {
      const bits = b.field(
        'bitmask',
        (x) => x.u32(),
        (v) => named(v, decodeFlags(v, 'oneOff')),
      );
      // MAPI_UNICODE (0x80000000) says the three strings are UTF-16LE.
      const str = bits !== null && bits & 0x80000000 ? (x: ByteReader) => x.stringW() : (x: ByteReader) => x.stringA();
      b.field('displayName', str, (s) => s);
      b.field('addressType', str, (s) => s);
      b.field('emailAddress', str, (s) => s);
      break;
    }
    case 'contabEntryId':
      readContab(b, depth);
      break;
    case 'wabEntryId':
      b.field('type', (x) => x.u8(), hex8);
      if (b.ok) nested(b, r, depth);
      break;
    case 'storeEntryId':
      if (b.ok) readStoreEntryId(b, start, (inner) => (depth < MAX_DEPTH ? readEntryId(inner, depth + 1) : null));
      break;
    default:
      b.rest('providerData');
  }
  if (b.ok) b.rest();
  return b.done();
}

/** abFlags: `0x00000000`, or each flag byte named (abFlags[0] MAPI_SHORTTERM…, abFlags[1] MAPI_COMPOUND). */
function abFlagsText(f: Uint8Array): string {
  const n = (f[0]! | (f[1]! << 8) | (f[2]! << 16) | (f[3]! << 24)) >>> 0;
  if (n === 0) return hex32(0);
  const names = f[0] === EPHEMERAL_FLAGS0 ? ['EPHEMERAL'] : decodeFlags(f[0]!, 'entryIdFlags0').filter((s) => !s.startsWith('0x'));
  if (f[1]! & 0x80) names.push('MAPI_COMPOUND');
  return named(n, names);
}

/** CONTAB_ENTRYID (MFCMAPI ContactAddressBookObject): a container's MAPIUID, or a user's index and size. */
function readContab(b: StructBuilder, depth: number): void {
  const r = b.r;
  b.field('version', (x) => x.u32(), hex32);
  const type = b.field(
    'type',
    (x) => x.u32(),
    (t) => named(t, CONTAB_TYPES[t]),
  );
  if (type === null) return;
  let window = r.end;
  if (type === CONTAB_CONTAINER)
    b.field(
      'containerUid',
      (x) => x.uid(),
      uidText,
      (u) => u,
    );
  else {
    b.field('index', (x) => x.u32(), hex32);
    const count = b.field(
      'entryIdCount',
      (x) => x.u32(),
      (n) => String(n),
    );
    if (count !== null && count > 0 && count < r.remaining) window = r.offset + count;
  }
  if (!b.ok) return;
  const inner = new ByteReader(r.bytes, r.offset, window);
  const parsed = depth < MAX_DEPTH ? readEntryId(inner, depth + 1) : null;
  if (parsed) {
    b.child(parsed.struct, parsed.complete);
    r.seek(inner.offset);
  }
}

function nested(b: StructBuilder, r: ByteReader, depth: number): void {
  const parsed = depth < MAX_DEPTH ? readEntryId(r, depth + 1) : null;
  if (parsed) b.child(parsed.struct, parsed.complete);
}
