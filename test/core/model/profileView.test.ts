import { describe, expect, it } from 'vitest';
import { profilesFromRegistry } from '../../../electron/core/model/profilesFromRegistry.js';
import { profileView } from '../../../electron/core/model/profileView.js';
import { referencesOf } from '../../../electron/core/model/references.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { ProfileView } from '../../../shared/profileView.js';
import { groundTruthKeys } from './groundTruth.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
const CONTAB_AB = '0ae1fb8ed673e5499ac19850e84bbf46';
const PST_STORE = '6876da12b533bc47a32ce78191722d01';

const sampleDoc = (): ProfileDoc => profilesFromRegistry(groundTruthKeys(), { source: 'hive' }).profiles[0]!;

describe('profileView on the 16.0 sample', () => {
  const doc = sampleDoc();
  const view = profileView(doc);

  it('is JSON-safe and matches its schema', () => {
    expect(ProfileView.parse(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('lists the services CONTAB and MSUPST MS, in master order', () => {
    expect(view.master?.services).toEqual([CONTAB, PST]);
    expect(view.services.map((s) => [s.uid, s.serviceName, s.displayName, s.dll, s.inMaster])).toEqual([
      [CONTAB, 'CONTAB', 'Outlook Address Book', 'contab.dll', true],
      [PST, 'MSUPST MS', 'Outlook Data File', 'mspst.dll', true],
    ]);
  });

  it('decodes service flags as SERVICE_* and provider flags as STATUS_*', () => {
    const [contab, pst] = view.services;
    expect(contab!.flags).toEqual({ value: 0x22, names: ['SERVICE_SINGLE_COPY', 'SERVICE_NO_PRIMARY_IDENTITY'] });
    expect(pst!.flags).toEqual({ value: 0x20, names: ['SERVICE_NO_PRIMARY_IDENTITY'] });
    expect(pst!.providers).toHaveLength(1);
    expect(pst!.providers[0]).toMatchObject({
      uid: PST_STORE,
      exists: true,
      listedIn: ['store'],
      backLink: true,
      resourceType: 0x21,
      resourceTypeName: 'MAPI_STORE_PROVIDER',
      flags: { value: 2, names: ['STATUS_DEFAULT_STORE'] },
      displayName: 'Outlook Data File',
      dll: 'mspst.dll',
    });
    expect(contab!.providers.map((p) => [p.uid, p.listedIn, p.resourceTypeName, p.flags?.names])).toEqual([
      [CONTAB_AB, ['ab'], 'MAPI_AB_PROVIDER', []],
    ]);
  });

  it('finds the PST path and nothing for the address book', () => {
    expect(view.services[1]!.dataFiles).toEqual([
      { kind: 'pst', path: 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst', sectionUid: PST_STORE },
    ]);
    expect(view.services[0]!.dataFiles).toEqual([]);
  });

  it('classifies every section', () => {
    const kinds = Object.fromEntries(view.sections.map((s) => [s.path, s.kind]));
    expect(kinds).toMatchObject({
      '9207f3e0a3b11019908b08002b2a56c2': 'master',
      '8503020000000000c000000000000046': 'profileInstance',
      [CONTAB]: 'service',
      [PST]: 'service',
      [CONTAB_AB]: 'provider',
      [PST_STORE]: 'provider',
      '9375CFF0413111d3B88A00104B2A6676': 'accountManager',
      '9375CFF0413111d3B88A00104B2A6676\\00000001': 'accountManager',
      '0a0d020000000000c000000000000046': 'wellKnown',
      '13dbb0c8aa05101a9bb000aa002fc45a': 'wellKnown',
      '5a835b5131048343a7e9c42aba1a2940': 'other',
    });
    const am = view.sections.find((s) => s.kind === 'accountManager' && s.uid)!;
    expect(am).toMatchObject({
      uid: '9375cff0413111d3b88a00104b2a6676',
      label: 'Outlook account manager',
      subkeys: ['00000001', '00000002'],
    });
    expect(am.properties).toEqual([]);
    expect(am.values.map((v) => v.valueName)).toContain('NextAccountID');
    const inst = view.sections.find((s) => s.kind === 'profileInstance')!;
    expect(inst.label).toBe('MUID_PROFILE_INSTANCE');
    expect(view.searchKey).toBe('46c1df9d1776904a878376e30d89c62a');
    expect(view.sections.find((s) => s.uid === CONTAB_AB)!.serviceUid).toBe(CONTAB);
  });

  it('names properties, provider-defined ones by the owning service', () => {
    const ab = view.sections.find((s) => s.uid === CONTAB_AB)!;
    const names = Object.fromEntries(ab.properties.map((p) => [p.valueName, p.name]));
    expect(names).toMatchObject({
      '01026601': 'PR_CONTAB_UID',
      '01023d0c': 'PR_SERVICE_UID',
      '001f3001': 'PR_DISPLAY_NAME_W',
      '00033e03': 'PR_RESOURCE_TYPE',
    });
    expect(ab.properties.every((p) => p.error === undefined)).toBe(true);
  });

  it('reads the account manager: entries point at existing services', () => {
    const am = view.accountManager!;
    expect(am.nextAccountId).toBe(3);
    expect(am.order).toEqual({ mail: [], addressBook: [1], store: [2] });
    expect(am.accounts).toEqual([
      {
        id: '00000001',
        path: '9375CFF0413111d3B88A00104B2A6676\\00000001',
        accountName: 'Outlook Address Book',
        serviceName: 'CONTAB',
        clsid: '{ED475414-B0D6-11D2-8C3B-00104B2A6676}',
        clsidLabel: 'CLSID_OlkMAPIAccount',
        serviceUid: CONTAB,
        serviceExists: true,
        preferencesUid: 'cc45533c007cff4f8ca02cb7e0555253',
      },
      {
        id: '00000002',
        path: '9375CFF0413111d3B88A00104B2A6676\\00000002',
        accountName: 'Outlook Data File',
        serviceName: 'MSUPST MS',
        clsid: '{ED475414-B0D6-11D2-8C3B-00104B2A6676}',
        clsidLabel: 'CLSID_OlkMAPIAccount',
        serviceUid: PST,
        serviceExists: true,
        preferencesUid: '9889849007ad9e47b8fd140e42a9eaee',
      },
    ]);
    expect(view.services.map((s) => s.accounts)).toEqual([['00000001'], ['00000002']]);
  });

  it('lists every UID reference, none dangling', () => {
    const refs = referencesOf(doc);
    expect(refs.filter((r) => !r.exists)).toEqual([]);
    const summary = refs.map((r) => `${r.section.slice(0, 8)} ${r.valueName} ${r.kind} ${r.target.slice(0, 8)}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        '0ae1fb8e 01023d0c uid 4dcea1bd',
        '4dcea1bd 01023d01 uidList 0ae1fb8e',
        '6876da12 01023d0c uid d4eeded2',
        '9207f3e0 01023d0e uidList 4dcea1bd',
        '9207f3e0 01023d0e uidList d4eeded2',
        '9207f3e0 01023d00 uidList 6876da12',
        '9207f3e0 01023d01 uidList 0ae1fb8e',
        '9207f3e0 01023d11 uidList 0ae1fb8e',
        '9375CFF0 Service UID uid 4dcea1bd',
        '9375CFF0 Preferences UID uid cc45533c',
        'd4eeded2 01023d00 uidList 6876da12',
      ]),
    );
    expect(refs).toHaveLength(13);
    expect(view.references).toEqual(refs);
  });
});

describe('profileView on damaged profiles', () => {
  it('marks dangling references, missing providers and dangling account services', () => {
    const doc = sampleDoc();
    // Remove the PST store provider section and the CONTAB service section.
    doc.keys = doc.keys.filter((k) => k.path !== PST_STORE && k.path !== CONTAB);
    const view = profileView(doc);
    const dangling = view.references.filter((r) => !r.exists).map((r) => `${r.section.slice(0, 8)} ${r.valueName} ${r.target.slice(0, 8)}`);
    expect(dangling).toEqual(
      expect.arrayContaining([
        '9207f3e0 01023d0e 4dcea1bd',
        '9207f3e0 01023d00 6876da12',
        'd4eeded2 01023d00 6876da12',
        '0ae1fb8e 01023d0c 4dcea1bd',
      ]),
    );
    expect(view.services.find((s) => s.uid === CONTAB)!.exists).toBe(false);
    expect(view.services.find((s) => s.uid === PST)!.providers[0]!.exists).toBe(false);
    expect(view.services.find((s) => s.uid === PST)!.dataFiles).toEqual([]);
    // The CONTAB AB provider still points back to its (missing) service.
    expect(view.sections.find((s) => s.uid === CONTAB_AB)).toMatchObject({ kind: 'provider', serviceUid: CONTAB });
    expect(view.accountManager!.accounts[0]!.serviceExists).toBe(true); // CONTAB is still listed in PR_SERVICES
  });

  it('survives corrupt values and odd keys without throwing', () => {
    const doc = sampleDoc();
    const master = doc.keys.find((k) => k.path === '9207f3e0a3b11019908b08002b2a56c2')!;
    master.values.push({ name: '01023d0e', type: 3, data: 'abcd' }, { name: '11023d05', type: 3, data: 'ffffffff' });
    doc.keys.push({ path: 'not-a-section\\deeper', values: [{ name: 'S001e67f1', type: 3, data: '00' }] });
    const svc = doc.keys.find((k) => k.path === PST)!;
    svc.values = svc.values.map((v) => (v.name === '00033009' ? { ...v, data: '2000' } : v));
    const view = profileView(doc);
    expect(ProfileView.parse(JSON.parse(JSON.stringify(view)))).toBeTruthy();
    expect(view.services.find((s) => s.uid === PST)!.flags).toBeNull();
    expect(view.sections.find((s) => s.path === 'not-a-section\\deeper')).toMatchObject({ kind: 'other', uid: null });
  });

  it('finds a service by PR_SERVICE_NAME when the master section does not list it', () => {
    const doc = sampleDoc();
    doc.keys = doc.keys.filter((k) => k.path !== '9207f3e0a3b11019908b08002b2a56c2');
    const view = profileView(doc);
    expect(view.master).toBeNull();
    expect(view.services.map((s) => [s.serviceName, s.inMaster]).sort()).toEqual([
      ['CONTAB', false],
      ['MSUPST MS', false],
    ]);
  });
});
