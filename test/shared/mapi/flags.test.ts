import { describe, expect, it } from 'vitest';
import { decodeFlags, encodeFlags, resourceTypeName, SERVICE_FLAGS, STATUS_FLAGS } from '../../../shared/mapi/flags.js';
import { ACCOUNT_CLSIDS, SECTION, wellKnownSection } from '../../../shared/mapi/sections.js';

describe('flags', () => {
  it('decodes the same bits by section kind (docs/mapi-profiles.md §10.3)', () => {
    expect(decodeFlags(0x22, 'service')).toEqual(['SERVICE_SINGLE_COPY', 'SERVICE_NO_PRIMARY_IDENTITY']);
    expect(decodeFlags(0x22, 'provider')).toEqual(['STATUS_DEFAULT_STORE', 'STATUS_NO_PRIMARY_IDENTITY']);
    expect(decodeFlags(2, 'provider')).toEqual(['STATUS_DEFAULT_STORE']);
    expect(decodeFlags(2, 'service')).toEqual(['SERVICE_SINGLE_COPY']);
    expect(decodeFlags(0, 'service')).toEqual([]);
  });

  it('keeps unnamed bits as hex and encodes back', () => {
    expect(decodeFlags(0x10003, 'service')).toEqual(['SERVICE_DEFAULT_STORE', 'SERVICE_SINGLE_COPY', '0x00010000']);
    expect(encodeFlags(decodeFlags(0x10003, 'service'), 'service')).toBe(0x10003);
    for (let v = 0; v < 0x4000; v += 7) expect(encodeFlags(decodeFlags(v, 'provider'), 'provider')).toBe(v);
    expect(decodeFlags(0x80000000, 'pstConfig')).toEqual(['PST_CONFIG_UNICODE']);
    expect(decodeFlags(0x100, 'profileConfig')).toEqual(['0x00000100']);
    expect(decodeFlags(0x180, 'profileConfig')).toEqual(['CONFIG_OST_CACHE_PRIVATE']);
  });

  it('lists the documented tables with classes', () => {
    expect(SERVICE_FLAGS.map((f) => [f.name, f.value, f.class])).toContainEqual(['SERVICE_SINGLE_COPY', 2, 'static']);
    expect(STATUS_FLAGS).toHaveLength(14);
  });

  it('names resource types', () => {
    expect(resourceTypeName(0x21)).toBe('MAPI_STORE_PROVIDER');
    expect(resourceTypeName(0x23)).toBe('MAPI_AB_PROVIDER');
    expect(resourceTypeName(0x24)).toBe('MAPI_TRANSPORT_PROVIDER');
    expect(resourceTypeName(0x99)).toBeUndefined();
  });
});

describe('sections', () => {
  it('labels the well-known sections case-insensitively', () => {
    expect(wellKnownSection(SECTION.profileInstance)?.name).toBe('MUID_PROFILE_INSTANCE');
    expect(wellKnownSection('9375CFF0413111d3B88A00104B2A6676')?.key).toBe('accountManager');
    expect(wellKnownSection('13DBB0C8AA05101A9BB000AA002FC45A')?.name).toBe('pbGlobalProfileSectionGuid');
    expect(wellKnownSection('00000000000000000000000000000000')).toBeUndefined();
    expect(ACCOUNT_CLSIDS['{ed475414-b0d6-11d2-8c3b-00104b2a6676}']).toBe('CLSID_OlkMAPIAccount');
  });
});
