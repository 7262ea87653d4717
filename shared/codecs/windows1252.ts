/**
 * windows-1252, the ANSI code page of REGEDIT4 files, PRF/INF files and PT_STRING8 values stored as
 * bytes. Written out as a table because Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1
 * (0x80 → U+0080 instead of €). The WHATWG mapping is used: the five unassigned bytes (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) map to the C1 control of the same number, which makes the code page a bijection over all
 * 256 bytes, so any byte string round-trips.
 */
const HIGH_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Byte → UTF-16 code unit. */
export const WINDOWS_1252_TO_UNIT: Uint16Array = Uint16Array.from({ length: 256 }, (_, b) =>
  b >= 0x80 && b <= 0x9f ? HIGH_80_9F[b - 0x80]! : b,
);

/** UTF-16 code unit → byte, or -1 when windows-1252 cannot carry the character. */
export const UNIT_TO_WINDOWS_1252: Int16Array = (() => {
  const table = new Int16Array(65536).fill(-1);
  WINDOWS_1252_TO_UNIT.forEach((unit, byte) => (table[unit] = byte));
  return table;
})();

const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let b = 0; b < bytes.length; b += CHUNK) {
    parts.push(String.fromCharCode(...Uint16Array.from(bytes.subarray(b, b + CHUNK), (x) => WINDOWS_1252_TO_UNIT[x]!)));
  }
  return parts.join('');
}

/**
 * Whether every character of `text` has a windows-1252 byte, i.e. {@link encodeWindows1252} would not
 * refuse it: what a PT_STRING8 value can hold once written (the editor warns before, the writer refuses).
 * The five C1 controls the WHATWG mapping gives to 0x81, 0x8D, 0x8F, 0x90, 0x9D fit as well.
 */
export function fitsWindows1252(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (UNIT_TO_WINDOWS_1252[text.charCodeAt(i)]! < 0) return false;
  return true;
}

/** A string to windows-1252 bytes; null when a character has no windows-1252 byte. */
export function encodeWindows1252(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = UNIT_TO_WINDOWS_1252[text.charCodeAt(i)]!;
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}
