/** Hex helpers for the inspector: rows of a hex dump and UID splitting. */

export interface HexRow {
  offset: string;
  hex: string;
  ascii: string;
}

/** `offset | hex | ASCII` rows of 16 bytes from lowercase hex; non-printable bytes shown as '.'. */
export function hexDumpRows(hex: string, width = 16): HexRow[] {
  const rows: HexRow[] = [];
  const n = Math.floor(hex.length / 2);
  for (let i = 0; i < n; i += width) {
    const bytes: number[] = [];
    for (let j = i; j < Math.min(n, i + width); j++) bytes.push(parseInt(hex.slice(j * 2, j * 2 + 2), 16));
    rows.push({
      offset: i.toString(16).padStart(8, '0'),
      hex: bytes.map((b) => b.toString(16).padStart(2, '0')).join(' '),
      ascii: bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join(''),
    });
  }
  return rows;
}

/** Splits concatenated 16-byte MAPIUIDs (32 hex each); a trailing partial UID is dropped. */
export function splitUids(hex: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 32 <= hex.length; i += 32) out.push(hex.slice(i, i + 32).toLowerCase());
  return out;
}

export const formatHex32 = (n: number): string => '0x' + (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
