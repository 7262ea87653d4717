/**
 * A profile property's decoded value → the text of a PRF `[ServiceN]` entry (docs/file-formats.md §5.4), the
 * inverse of resolvePrf's `convertPrfValue`: PT_LONG as `0x` and 8 hex digits (a number, big-endian, as
 * OCT writes `EncryptionType=0x80000000`), PT_I2 in decimal, PT_BOOLEAN as TRUE/FALSE, strings as they are,
 * PT_BINARY/PT_CLSID as hex digits. Undefined, with the reason, when a PRF line cannot hold the value.
 */
import { PT } from '../../../shared/mapi/tags.js';
import type { PropertyValue } from '../../../shared/profileView.js';
import { toHex } from '../model/index.js';
import { guidToString, parseGuid } from '../model/scalarCodec.js';

export type PrfText = { text: string } | { error: string };

export function prfText(ptype: number, value: PropertyValue): PrfText {
  switch (ptype) {
    case PT.LONG:
      return typeof value === 'number'
        ? { text: '0x' + (value >>> 0).toString(16).toUpperCase().padStart(8, '0') }
        : { error: 'not a number' };
    case PT.I2:
      return typeof value === 'number' ? { text: String(value) } : { error: 'not a number' };
    case PT.BOOLEAN:
      return typeof value === 'boolean' ? { text: value ? 'TRUE' : 'FALSE' } : { error: 'not a boolean' };
    case PT.STRING8:
    case PT.UNICODE:
      if (typeof value !== 'string') return { error: 'not a string' };
      if (/[\r\n]/.test(value)) return { error: 'it contains a line break, which a PRF line cannot hold' };
      if (value !== value.trim()) return { error: 'it starts or ends with a space, which a PRF reader trims' };
      return { text: value };
    case PT.BINARY:
      return typeof value === 'string' ? { text: value.toUpperCase() } : { error: 'not bytes' };
    case PT.CLSID:
      // The codec shows a GUID as text; the PRF holds its 16 bytes in memory order.
      return typeof value === 'string' ? { text: toHex(parseGuid(ptype, value)).toUpperCase() } : { error: 'not a GUID' };
    default:
      return { error: `no PRF value syntax is known for type 0x${ptype.toString(16).padStart(4, '0')}` };
  }
}

/** A PRF value (resolvePrf's) → the value the property codec takes for `ptype`. */
export function codecValue(ptype: number, value: number | boolean | string | Uint8Array): PropertyValue {
  if (!(value instanceof Uint8Array)) return value;
  return ptype === PT.CLSID ? guidToString(value) : toHex(value);
}
