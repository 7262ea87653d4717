import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStruct, smartViewOfBytes, type SmartField, type SmartItem, type SmartStruct } from '../../../shared/smartView/index.js';
import { abEntryId, contabUser, exchangeStore, hexBytes, le32, oneOff, pstStore, UID, utf16z } from './entryIdBytes.js';

const leaves = (s: SmartStruct): SmartField[] => s.items.flatMap((i: SmartItem) => (isStruct(i) ? leaves(i) : [i]));
const field = (s: SmartStruct, name: SmartField['field']) =>
  leaves(s)
    .filter((f) => f.field === name)
    .map((f) => f.text);
const structs = (s: SmartStruct): string[] => [s.struct, ...s.items.filter(isStruct).flatMap(structs)];

/** Every byte of the value belongs to exactly one field, in order: nothing hidden, nothing read twice. */
function expectTiled(s: SmartStruct, length: number): void {
  let at = 0;
  for (const f of leaves(s)) {
    expect(f.offset, `${f.field} starts where the previous field ended`).toBe(at);
    at += f.size;
  }
  expect(at).toBe(length);
}

describe('Smart View of entry IDs built from the declared layouts (docs/mapi-profiles.md §14)', () => {
  it('reads an Exchange store entry ID: DLL, server, mailbox DN and the V3 SMTP tail', () => {
    const bytes = exchangeStore('EXSRV01', '/o=Contoso/ou=Exchange Administrative Group/cn=Recipients/cn=jdoe', 'jdoe@contoso.com');
    const v = smartViewOfBytes(bytes)!;
    expect(v.complete).toBe(true);
    expect(structs(v.root)).toEqual(['storeEntryId', 'exchangeStore', 'exchangeStoreV3']);
    expect(field(v.root, 'dllName')).toEqual(['emsmdb.dll']);
    expect(field(v.root, 'serverShortname')).toEqual(['EXSRV01']);
    expect(field(v.root, 'mailboxDn')).toEqual(['/o=Contoso/ou=Exchange Administrative Group/cn=Recipients/cn=jdoe']);
    expect(field(v.root, 'smtpAddress')).toEqual(['jdoe@contoso.com']);
    expect(field(v.root, 'wrappedType')).toEqual(['0x0000000C = OPENSTORE_HOME_LOGON | OPENSTORE_TAKE_OWNERSHIP']);
    // "emsmdb.dll" is a 14-byte field: 10 characters + 4 NULs (§14.2) — 1 NUL of the string, 3 of padding.
    const dll = leaves(v.root).find((f) => f.field === 'dllName')!;
    expect([dll.offset, dll.size]).toEqual([22, 11]);
    expect(leaves(v.root).find((f) => f.field === 'padding')?.size).toBe(3);
    expect(v.summary).toContain('EXSRV01');
    expectTiled(v.root, bytes.length);
  });

  it('reads the data-file path of a PST store entry ID, ANSI (EIDMS) and UTF-16 (EIDMSW)', () => {
    for (const unicode of [false, true]) {
      const bytes = pstStore('D:\\Archives\\Été 2024.pst', unicode);
      const v = smartViewOfBytes(bytes)!;
      expect(v.complete).toBe(true);
      expect(field(v.root, 'dataFilePath')).toEqual(['D:\\Archives\\Été 2024.pst']);
      expect(field(v.root, 'pstUid')[0]).toContain('MSPST_UID_PROVIDER');
      expectTiled(v.root, bytes.length);
    }
  });

  it('reads Exchange address-book and one-off entry IDs', () => {
    const ab = smartViewOfBytes(abEntryId('/o=Contoso/cn=Recipients/cn=jdoe'))!;
    expect(ab.root.struct).toBe('abEntryId');
    expect(field(ab.root, 'x500Dn')).toEqual(['/o=Contoso/cn=Recipients/cn=jdoe']);
    expect(field(ab.root, 'type')).toEqual(['0x00000000 = DT_MAILUSER']);
    for (const unicode of [false, true]) {
      const bytes = oneOff('Jane Doe', 'SMTP', 'jane@example.com', unicode);
      const v = smartViewOfBytes(bytes)!;
      expect(v.root.struct).toBe('oneOffEntryId');
      expect([field(v.root, 'displayName'), field(v.root, 'addressType'), field(v.root, 'emailAddress')].flat()).toEqual([
        'Jane Doe',
        'SMTP',
        'jane@example.com',
      ]);
      expect(field(v.root, 'bitmask')[0]).toBe(unicode ? '0x80000000 = MAPI_UNICODE' : '0x00000000');
      expectTiled(v.root, bytes.length);
    }
  });

  it('reads a CONTAB user entry ID and the store entry ID it wraps, within the size it declares', () => {
    const inner = pstStore('C:\\a.pst', false);
    const bytes = new Uint8Array([...contabUser(0, inner), 0xde, 0xad]);
    const v = smartViewOfBytes(bytes)!;
    expect(structs(v.root)).toEqual(['contabEntryId', 'storeEntryId', 'pstStore']);
    expect(field(v.root, 'entryIdCount')).toEqual([String(inner.length)]);
    expect(field(v.root, 'dataFilePath')).toEqual(['C:\\a.pst']);
    // Bytes after the declared size are not part of the wrapped entry ID: shown as hex, not lost.
    expect(field(v.root, 'unparsed')).toEqual(['dead']);
    expectTiled(v.root, bytes.length);
  });

  it('names the flags of short-term and ephemeral entry IDs', () => {
    const shortTerm = smartViewOfBytes(new Uint8Array([0x80, 0, 0, 0, ...hexBytes('00112233445566778899aabbccddeeff'), 1, 2, 3, 4]))!;
    // Not a known provider and not an entry-ID tag: a short-term entry ID is only recognised through a tag.
    expect(shortTerm).toBeNull();
    const tagged = smartViewOfBytes(
      new Uint8Array([0x80, 0, 0, 0, ...hexBytes('00112233445566778899aabbccddeeff'), 1, 2, 3, 4]),
      0x0fff0102,
    )!;
    expect(tagged.root.struct).toBe('shortTermEntryId');
    expect(field(tagged.root, 'abFlags')).toEqual(['0x00000080 = MAPI_SHORTTERM']);
    expect(field(tagged.root, 'providerData')).toEqual(['01020304']);
    const eph = smartViewOfBytes(new Uint8Array([0x87, 0, 0, 0, ...hexBytes(UID.emsab), ...le32(1), ...le32(6)]))!;
    expect(eph.root.struct).toBe('ephemeralEntryId');
    expect(field(eph.root, 'type')).toEqual(['0x00000006 = DT_REMOTE_MAILUSER']);
  });

  it('keeps what it cannot read as hex when a value ends inside a field, at every cut', () => {
    const full = exchangeStore('EXSRV01', '/o=Contoso/cn=jdoe', 'jdoe@contoso.com');
    for (let n = 20; n < full.length; n++) {
      const v = smartViewOfBytes(full.subarray(0, n))!;
      expect(v, `cut at ${n}`).not.toBeNull();
      expectTiled(v.root, n);
    }
    // A cut inside the mailbox DN (no NUL): the DN is not guessed, its bytes stay hex.
    const cut = smartViewOfBytes(full.subarray(0, 70))!;
    expect(cut.complete).toBe(false);
    expect(field(cut.root, 'mailboxDn')).toEqual([]);
  });

  it('never throws and always accounts for every byte, whatever follows a known provider UID', () => {
    const providers = Object.values(UID).map(hexBytes);
    fc.assert(
      fc.property(
        fc.constantFrom(...providers),
        fc.uint8Array({ maxLength: 120 }),
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        (uid, tail, flags) => {
          const bytes = new Uint8Array([...flags, ...uid, ...tail]);
          const v = smartViewOfBytes(bytes, 0x0fff0102);
          expect(v).not.toBeNull();
          expectTiled(v!.root, bytes.length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads the V2 tail of a public-folder store entry ID that has no mailbox DN', () => {
    const dn = [...'/o=Contoso/cn=pf'].map((c) => c.charCodeAt(0)).concat(0);
    const fqdn = utf16z('pf.contoso.com');
    const tail = [
      ...le32(0xf32135d8),
      ...le32(20 + dn.length + fqdn.length + 2),
      ...le32(1),
      ...le32(20),
      ...le32(20 + dn.length),
      ...dn,
      ...fqdn,
      0,
      0,
    ];
    const body = [...le32(0), ...hexBytes(UID.exchangePublic), ...le32(0x6), ...[...'PF01'].map((c) => c.charCodeAt(0)), 0, ...tail];
    const head = [...le32(0), ...hexBytes(UID.storeWrap), 0, 0, ...[...'emsmdb.dll'].map((c) => c.charCodeAt(0)), 0, 0, 0, 0];
    const v = smartViewOfBytes(new Uint8Array([...head, ...body]))!;
    expect(v.complete).toBe(true);
    expect(field(v.root, 'mailboxDn')).toEqual([]);
    expect(field(v.root, 'dn')).toEqual(['/o=Contoso/cn=pf']);
    expect(field(v.root, 'fqdn')).toEqual(['pf.contoso.com']);
  });
});
