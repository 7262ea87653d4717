/**
 * What the writer needs of a key or value name: how it is stored, how Windows orders it, and the hint
 * or hash a subkey list keeps for it.
 *
 * Windows compares names unit by unit after upcasing each UTF-16 code unit (RtlUpcaseUnicodeChar); the
 * subkey lists must stay sorted that way (msuhanov/regf "Index leaf": "sorted ascending by an uppercase
 * version of a key name string (comparison should be based on character codes)"; hivex lib/write.c: an
 * unsorted list makes Windows lose the key and corrupt the hive). A unit's uppercase here is JavaScript's
 * when that is one unit (the simple Unicode mapping Windows' table also follows), else the unit itself
 * (`ß` stays `ß`: Windows has no one-unit uppercase for it either).
 */

let upcaseTable: Uint16Array | undefined;

/** The uppercase of each UTF-16 code unit, built on first use. */
function upcase(): Uint16Array {
  if (upcaseTable) return upcaseTable;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const up = String.fromCharCode(c).toUpperCase();
    t[c] = up.length === 1 ? up.charCodeAt(0) : c;
  }
  upcaseTable = t;
  return t;
}

/** Orders two names as Windows orders subkeys: by upcased code units, a prefix first. */
export function compareNames(a: string, b: string): number {
  const up = upcase();
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = up[a.charCodeAt(i)]! - up[b.charCodeAt(i)]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** The name with each code unit upcased: equal for two spellings of one name. */
export function upperName(name: string): string {
  // ASCII (nearly every key path): the engine's uppercase is the table's for these units, and it does not
  // build the string one unit at a time (the save's verify upcases every path of a 30 MB hive).
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 0x80;
  if (ascii) return name.toUpperCase();
  const up = upcase();
  let s = '';
  for (let i = 0; i < name.length; i++) s += String.fromCharCode(up[name.charCodeAt(i)]!);
  return s;
}

/** Whether two names are the same key or value name for Windows (equal once upcased). */
export const sameName = (a: string, b: string): boolean => a.length === b.length && compareNames(a, b) === 0;

/** `lh` hash: H = 37·H + upcase(unit) over the name's UTF-16 units, mod 2³² (msuhanov/regf "Hash leaf"). */
export function lhHash(name: string): number {
  const up = upcase();
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 37) + up[name.charCodeAt(i)]!) >>> 0;
  return h;
}

/**
 * `lf` hint: the first 4 characters as single bytes, NUL-padded; when one of them is above 0xFF, the
 * first byte is NUL (msuhanov/regf "Fast leaf").
 */
export function lfHint(name: string): Uint8Array {
  const hint = new Uint8Array(4);
  const n = Math.min(4, name.length);
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c > 0xff) return new Uint8Array(4);
    hint[i] = c;
  }
  return hint;
}

/**
 * A name as stored: one byte per character ("compressed", KEY_COMP_NAME / VALUE_COMP_NAME) when every
 * character is ASCII, else UTF-16LE. Windows also compresses names of Latin-1 characters 0x80–0xFF, but
 * readers disagree on those bytes (libregf decodes them with a code page, where 0x80–0x9F are not the
 * Latin-1 characters): UTF-16 is valid for any name and read the same by all (docs/hive-writer.md).
 */
export function encodeName(name: string): { bytes: Uint8Array; compressed: boolean } {
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 0x80;
  if (ascii) return { bytes: Uint8Array.from(name, (c) => c.charCodeAt(0)), compressed: true };
  const bytes = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    bytes[2 * i] = c & 0xff;
    bytes[2 * i + 1] = c >>> 8;
  }
  return { bytes, compressed: false };
}
