import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_TEXT, loadDefaultCatalog } from '../../../../electron/core/formats/mapisvc/defaultCatalog.js';
import { parseMapiSvc } from '../../../../electron/core/formats/mapisvc/parseMapiSvc.js';
import { MSEMS_KB294470 } from './infFixtures.js';

const INF_PATH = resolve(import.meta.dirname, '../../../../electron/core/formats/mapisvc/defaultCatalog.inf');

describe('default catalog', () => {
  const catalog = loadDefaultCatalog();
  const service = (name: string) => catalog.services.find((s) => s.name === name)!;
  const prop = (props: readonly { tag: number; value: unknown }[], tag: number) => props.find((p) => p.tag === tag)?.value;

  it('the catalog the build inlines is defaultCatalog.inf, byte for byte', () => {
    expect(DEFAULT_CATALOG_TEXT).toBe(readFileSync(INF_PATH, 'utf8'));
    expect(parseMapiSvc(readFileSync(INF_PATH))).toEqual({ ...catalog, encoding: 'utf-8' });
  });

  it('loads strictly with no warning and no stray section', () => {
    expect(catalog.warnings).toEqual([]);
    expect(catalog.otherSections).toEqual([]);
    expect(catalog.services.map((s) => s.name)).toEqual(['MSEMS', 'MSPST MS', 'MSPST AB', 'MSUPST MS', 'CONTAB', 'EMABLT']);
  });

  it.each([
    ['MSEMS', true, 0x2],
    ['MSPST AB', true, 0x22],
    ['CONTAB', true, 0x22],
    ['MSPST MS', false, 0x20],
    ['MSUPST MS', false, 0x20],
    ['EMABLT', false, 0x20],
  ])('%s: single copy %s (flags 0x%s)', (name, single, flags) => {
    expect([service(name).singleCopy, service(name).resourceFlags]).toEqual([single, flags]);
  });

  it('MSEMS holds the KB294470 lines verbatim, in order', () => {
    const kbBody = MSEMS_KB294470.split('\n')
      .slice(4)
      .filter((l) => l !== '');
    const inf = DEFAULT_CATALOG_TEXT.split('\n');
    const start = inf.indexOf('[MSEMS]');
    expect(
      inf
        .slice(start)
        .filter((l) => l !== '' && !l.startsWith(';'))
        .slice(0, kbBody.length),
    ).toEqual(kbBody);
    const msems = service('MSEMS');
    expect(msems.providers.map((p) => [p.name, p.resourceType])).toEqual([
      ['EMS_DSA', 0x23],
      ['EMS_MDB_public', 0x21],
      ['EMS_MDB_private', 0x21],
      ['EMS_RXP', 0x24],
      ['EMS_MSX', 0x24],
      ['EMS_Hook', 0x28],
    ]);
    expect(msems.sections.map((s) => s.uid)).toEqual(['13dbb0c8aa05101a9bb000aa002fc45a']);
    expect(msems.isDefault).toBe(true);
  });

  it('CONTAB matches the real 16.0 profile', () => {
    const c = service('CONTAB');
    expect(prop(c.properties, 0x3d0a001f)).toBe('contab.dll');
    expect(prop(c.properties, 0x3d0b001f)).toBe('ServiceEntry');
    expect(prop(c.properties, 0x3d13001f)).toBe('{6485D266-C2AC-11D1-AD3E-10A0C911C9C0}');
    expect(prop(c.properties, 0x3d0f101e)).toEqual(['contab.dll']);
    expect(c.providers).toHaveLength(1);
    const p = c.providers[0]!;
    expect([p.resourceType, p.resourceFlags, prop(p.properties, 0x300a001f), prop(p.properties, 0x3006001f)]).toEqual([
      0x23,
      0,
      'contab.dll',
      'Outlook Address Book',
    ]);
  });

  it('MSUPST MS is a Unicode PST store; MSPST AB a PAB; EMABLT an LDAP AB', () => {
    const u = service('MSUPST MS').providers[0]!;
    expect([u.resourceType, u.resourceFlags, prop(u.properties, 0x67700003), prop(u.properties, 0x3006001f)]).toEqual([
      0x21,
      0x2,
      0x80000000,
      'Personal Folders',
    ]);
    expect(prop(service('MSPST AB').providers[0]!.properties, 0x300a001f)).toBe('MSPST.DLL');
    const ldap = service('EMABLT');
    expect(prop(ldap.properties, 0x3d0f101e)).toEqual(['EMABLT.DLL', 'BJABLR.DLL']);
    expect(prop(ldap.properties, 0x3d13001f)).toBe('{6485D268-C2AC-11D1-AD3E-10A0C911C9C0}');
    expect([ldap.providers[0]!.resourceType, prop(ldap.providers[0]!.properties, 0x300a001f)]).toEqual([0x23, 'EMABLT.DLL']);
  });

  it('every provider has a display name, a DLL and a resource type', () => {
    for (const s of catalog.services) {
      for (const p of s.providers) {
        expect(prop(p.properties, 0x3001001f), p.name).toBeTypeOf('string');
        expect(prop(p.properties, 0x300a001f), p.name).toBeTypeOf('string');
        expect(p.resourceType, p.name).toBeTypeOf('number');
      }
    }
  });

  it('returns a fresh catalog on each call', () => {
    expect(loadDefaultCatalog()).not.toBe(catalog);
  });
});
