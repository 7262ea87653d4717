/**
 * The wrapped store entry ID after its 20-byte header (docs/mapi-profiles.md §14.2, docs/file-formats.md
 * §3.5; MFCMAPI core/smartview/EntryIdStruct.cpp MessageDatabaseObject):
 *
 *   Version (1) | Flag (1) | DLLFileName (ANSI, NUL-terminated, padded to a multiple of 4 from the entry
 *   ID's first byte) | the provider's own ("unwrapped") entry ID
 *
 * Two unwrapped layouts are declared:
 * - `emsmdb.dll`: WrappedFlags (4) | WrappedProviderUID (16) | WrappedType (4, OPENSTORE_* bits) |
 *   ServerShortname\0 | MailboxDN\0 (absent on a public store whose V2/V3 tail follows directly) | an
 *   optional V2 tail (magic 0xF32135D8: DN, FQDN) or V3 tail (magic 0xF43246E9: SMTP address);
 * - `mspst.dll`: EIDMS / EIDMSW — rgbFlags (4) | uid (16, MSPST_UID_PROVIDER) | bReserved (1) | szPath
 *   (ANSI, NUL-terminated); an empty szPath is followed by wzPath (UTF-16LE, NUL-terminated): the
 *   data-file path.
 * Another DLL's entry ID is read as a plain entry ID (flags, provider UID, its bytes as hex).
 */
import { decodeFlags, MDB_STORE_EID_V2_MAGIC, MDB_STORE_EID_V3_MAGIC, OPENSTORE_PUBLIC, STORE_EID_MAGIC } from '../mapi/flags.js';
import type { ByteReader } from './byteReader.js';
import type { Parsed } from './entryId.js';
import { uidText } from './mapiUid.js';
import { hex32, hex8, named, StructBuilder } from './structBuilder.js';

/** Fixed part of the V2 tail (magic, size, version, offsetDN, offsetFQDN) and of the V3 tail. */
const V2_FIXED = 20;
const V3_FIXED = 16;

export function readStoreEntryId(b: StructBuilder, entryStart: number, readInner: (r: ByteReader) => Parsed | null): void {
  b.field('version', (x) => x.u8(), hex8);
  b.field('flag', (x) => x.u8(), hex8);
  const dll = b.field(
    'dllName',
    (x) => x.stringA(),
    (s) => s,
  );
  if (dll === null) return;
  // MFCMAPI: "Advance to the next multiple of 4" after the DLL name.
  const pad = b.r.align4(entryStart);
  if (pad === null) {
    b.fail();
    return;
  }
  if (pad.length) b.items.push({ field: 'padding', offset: b.r.offset - pad.length, size: pad.length, text: [...pad].map(hex8).join(' ') });
  const name = dll.toLowerCase();
  if (name === 'emsmdb.dll') b.child(...exchange(b.r));
  else if (name === 'mspst.dll') b.child(...pst(b.r));
  else {
    const inner = readInner(b.r);
    if (inner) b.child(inner.struct, inner.complete);
  }
}

type Result = [ReturnType<StructBuilder['done']>['struct'], boolean];

function exchange(r: ByteReader): Result {
  const b = new StructBuilder(r, 'exchangeStore');
  b.field('wrappedFlags', (x) => x.u32(), hex32);
  b.field(
    'wrappedProviderUid',
    (x) => x.uid(),
    uidText,
    (u) => u,
  );
  const type = b.field(
    'wrappedType',
    (x) => x.u32(),
    (t) => named(t, decodeFlags(t, 'profileOpen')),
  );
  b.field(
    'serverShortname',
    (x) => x.stringA(),
    (s) => s,
  );
  if (b.ok && type !== null) {
    // A public store's entry ID may go straight to its V2/V3 tail, with no mailbox DN (MFCMAPI).
    const magic = r.peekU32();
    const tailNext = (type & OPENSTORE_PUBLIC) !== 0 && (magic === MDB_STORE_EID_V2_MAGIC || magic === MDB_STORE_EID_V3_MAGIC);
    if (!tailNext)
      b.field(
        'mailboxDn',
        (x) => x.stringA(),
        (s) => s,
      );
  }
  if (b.ok) {
    const magic = r.peekU32();
    if (magic === MDB_STORE_EID_V2_MAGIC && r.remaining >= V2_FIXED + 2) b.child(...v2(r));
    else if (magic === MDB_STORE_EID_V3_MAGIC && r.remaining >= V3_FIXED + 2) b.child(...v3(r));
  }
  if (b.ok) b.rest();
  const d = b.done();
  return [d.struct, d.complete];
}

function v2(r: ByteReader): Result {
  const b = new StructBuilder(r, 'exchangeStoreV2');
  b.field(
    'magic',
    (x) => x.u32(),
    (m) => named(m, STORE_EID_MAGIC[m]),
  );
  b.field(
    'size',
    (x) => x.u32(),
    (n) => String(n),
  );
  b.field('version', (x) => x.u32(), hex32);
  const dn = b.field('offsetDn', (x) => x.u32(), hex32);
  const fqdn = b.field('offsetFqdn', (x) => x.u32(), hex32);
  if (dn)
    b.field(
      'dn',
      (x) => x.stringA(),
      (s) => s,
    );
  if (fqdn)
    b.field(
      'fqdn',
      (x) => x.stringW(),
      (s) => s,
    );
  b.field(
    'reserved',
    (x) => x.take(2),
    (p) => [...p].map(hex8).join(' '),
  );
  const d = b.done();
  return [d.struct, d.complete];
}

function v3(r: ByteReader): Result {
  const b = new StructBuilder(r, 'exchangeStoreV3');
  b.field(
    'magic',
    (x) => x.u32(),
    (m) => named(m, STORE_EID_MAGIC[m]),
  );
  b.field(
    'size',
    (x) => x.u32(),
    (n) => String(n),
  );
  b.field('version', (x) => x.u32(), hex32);
  const smtp = b.field('offsetSmtp', (x) => x.u32(), hex32);
  if (smtp)
    b.field(
      'smtpAddress',
      (x) => x.stringW(),
      (s) => s,
    );
  b.field(
    'reserved',
    (x) => x.take(2),
    (p) => [...p].map(hex8).join(' '),
  );
  const d = b.done();
  return [d.struct, d.complete];
}

function pst(r: ByteReader): Result {
  const b = new StructBuilder(r, 'pstStore');
  b.field('pstFlags', (x) => x.u32(), hex32);
  b.field(
    'pstUid',
    (x) => x.uid(),
    uidText,
    (u) => u,
  );
  b.field('reserved', (x) => x.u8(), hex8);
  // EIDMSW: "Unicode is detected by szPath[0]==0" — an empty ANSI path, then the UTF-16LE one.
  if (r.remaining > 1 && r.bytes[r.offset] === 0)
    b.field(
      'dataFilePath',
      (x) => (x.u8() === null ? null : x.stringW()),
      (s) => s,
    );
  else
    b.field(
      'dataFilePath',
      (x) => x.stringA(),
      (s) => s,
    );
  if (b.ok) b.rest();
  const d = b.done();
  return [d.struct, d.complete];
}
