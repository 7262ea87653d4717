import { describe, expect, it } from 'vitest';
import { baseType, isMv } from '../../../shared/mapi/propTypes.js';
import { editorKind } from '../../../renderer/lib/propertyInput.js';

// MAPIDefS.h defines PT_MV_* for these element types only (docs/mapi-profiles.md §11): I2, LONG, R4, DOUBLE,
// CURRENCY, APPTIME, I8, STRING8, UNICODE, SYSTIME, CLSID, BINARY. Spelled here from the header, not read
// from our table.
const MV_TYPES = [0x1002, 0x1003, 0x1004, 0x1005, 0x1006, 0x1007, 0x1014, 0x101e, 0x101f, 0x1040, 0x1048, 0x1102];

describe('property types: one rule for core and renderer', () => {
  it('calls multi-valued exactly the PT_MV_* types MAPIDefS.h defines', () => {
    const mv = Array.from({ length: 0x10000 }, (_, t) => t).filter(isMv);
    expect(mv).toEqual(MV_TYPES);
  });
  it('clears MV_FLAG for the element type', () => {
    expect(baseType(0x101f)).toBe(0x001f);
    expect(baseType(0x1102)).toBe(0x0102);
    expect(baseType(0x0003)).toBe(0x0003);
  });
  it('the editor offers nothing for MV_FLAG over a type with no PT_MV_* (the core shows its bytes)', () => {
    // Before the merge the renderer called 0x100B a list of booleans while the core decoded it as bytes.
    expect(editorKind(0x100b)).toBe('none');
    expect(editorKind(0x1003)).toBe('integer');
    expect(editorKind(0x101f)).toBe('text');
    expect(editorKind(0x000b)).toBe('boolean');
  });
});
