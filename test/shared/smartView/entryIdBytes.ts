/**
 * Entry IDs built byte by byte from the layouts in docs/mapi-profiles.md §14 (written here, apart from
 * the parsers, so the tests do not read our own decoder's idea of the layout back).
 */
export const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const hexBytes = (hex: string): number[] => hex.match(/../g)!.map((h) => parseInt(h, 16));
export const ansiz = (s: string): number[] => [...s].map((c) => c.charCodeAt(0)).concat(0);
export const utf16z = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).concat(0, 0);

export const UID = {
  storeWrap: '38a1bb1005e5101aa1bb08002b2a56c2',
  emsab: 'dca740c8c042101ab4b908002b2fe182',
  oneOff: '812b1fa4bea310199d6e00dd010f5402',
  contab: 'fe42aa0a18c71a10e8850b651c240000',
  wab: 'c091add3519dcf11a4a900aa0047faa4',
  mspst: '4e495441f9bfb80100aa0037d96e0000',
  exchangeMailbox: '1b55fa20aa6611cd9bc800aa002fc45a',
  exchangePublic: '1c830210aa6611cd9bc800aa002fc45a',
};

/** Flags 0, muidStoreWrap, version 0, flag 0, the DLL name padded to a multiple of 4 from byte 0. */
export function wrapped(dll: string, unwrapped: number[]): Uint8Array {
  const head = [...le32(0), ...hexBytes(UID.storeWrap), 0, 0, ...ansiz(dll)];
  while (head.length % 4) head.push(0);
  return new Uint8Array([...head, ...unwrapped]);
}

/** EMSMDB: WrappedFlags, provider UID, WrappedType, server\0, DN\0, then an optional V3 tail (SMTP). */
export function exchangeStore(server: string, dn: string, smtp?: string, type = 0x0c): Uint8Array {
  const body = [...le32(0), ...hexBytes(UID.exchangeMailbox), ...le32(type), ...ansiz(server), ...ansiz(dn)];
  if (smtp !== undefined) {
    const addr = utf16z(smtp);
    body.push(...le32(0xf43246e9), ...le32(16 + addr.length + 2), ...le32(2), ...le32(16), ...addr, 0, 0);
  }
  return wrapped('emsmdb.dll', body);
}

/** MSPST: rgbFlags, uid, bReserved, then the ANSI path, or "" and the UTF-16 path (EIDMSW). */
export function pstStore(path: string, unicode: boolean): Uint8Array {
  const body = [...le32(0), ...hexBytes(UID.mspst), 0, ...(unicode ? [0, ...utf16z(path)] : ansiz(path))];
  return wrapped('mspst.dll', body);
}

export const abEntryId = (dn: string): Uint8Array =>
  new Uint8Array([...le32(0), ...hexBytes(UID.emsab), ...le32(1), ...le32(0), ...ansiz(dn)]);

export function oneOff(name: string, type: string, address: string, unicode: boolean): Uint8Array {
  const s = unicode ? utf16z : ansiz;
  return new Uint8Array([...le32(0), ...hexBytes(UID.oneOff), ...le32(unicode ? 0x80000000 : 0), ...s(name), ...s(type), ...s(address)]);
}

/** CONTAB_USER: version 3, type 4, index, the wrapped entry ID's size, the wrapped entry ID. */
export function contabUser(index: number, inner: Uint8Array): Uint8Array {
  return new Uint8Array([...le32(0), ...hexBytes(UID.contab), ...le32(3), ...le32(4), ...le32(index), ...le32(inner.length), ...inner]);
}
