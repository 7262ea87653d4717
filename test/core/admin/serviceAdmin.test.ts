import { describe, expect, it } from 'vitest';
import {
  createService,
  deleteService,
  renameService,
  setDefaultStore,
  setPrimaryIdentity,
  setTransportOrder,
} from '../../../electron/core/admin/serviceAdmin.js';
import { loadDefaultCatalog } from '../../../electron/core/formats/mapisvc/index.js';
import { lint } from '../../../electron/core/lint/index.js';
import { danglingReferences, profileView } from '../../../electron/core/model/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import {
  ACCOUNT_MANAGER,
  CONTAB,
  CONTAB_AB,
  CONTAB_PREFS,
  emptyDoc,
  PST,
  PST_PREFS,
  PST_STORE,
  sampleDoc,
  uidSequence,
} from '../copy/copyFixtures.js';

const catalog = loadDefaultCatalog();
const entry = (name: string) => catalog.services.find((s) => s.name === name)!;
const errors = (doc: ProfileDoc) => lint(doc).filter((f) => f.severity === 'error');
const GLOBAL = '13dbb0c8aa05101a9bb000aa002fc45a';

describe('createService from the default catalog', () => {
  it.each(catalog.services.map((s) => s.name))(
    '%s into an empty profile: sections, back-links, master registration, lint clean',
    (name) => {
      const before = emptyDoc();
      const copy = structuredClone(before);
      const { doc, serviceUid } = createService(before, entry(name), { newUid: uidSequence() });
      expect(before).toEqual(copy);
      const view = profileView(doc);
      const svc = view.services.find((s) => s.uid === serviceUid)!;
      expect(svc).toMatchObject({ exists: true, inMaster: true, serviceName: name, displayName: entry(name).displayName });
      expect(svc.providers.map((p) => [p.exists, p.backLink])).toEqual(entry(name).providers.map(() => [true, true]));
      expect(svc.flags?.value).toBe(entry(name).resourceFlags);
      expect(svc.extraSections.map((x) => x.exists)).toEqual(entry(name).sections.map(() => true));
      expect(errors(doc)).toEqual([]);
      expect(danglingReferences(doc)).toEqual([]);
    },
  );

  it('MSEMS: seven sections, the fixed global section, master lists by provider type', () => {
    const { doc, serviceUid } = createService(emptyDoc(), entry('MSEMS'), { displayName: 'Work mail', newUid: uidSequence() });
    const view = profileView(doc);
    const svc = view.services[0]!;
    expect(svc.displayName).toBe('Work mail');
    expect(svc.extraSections).toEqual([{ uid: GLOBAL, exists: true }]);
    expect(svc.providers.map((p) => p.resourceTypeName)).toEqual([
      'MAPI_STORE_PROVIDER',
      'MAPI_STORE_PROVIDER',
      'MAPI_AB_PROVIDER',
      'MAPI_TRANSPORT_PROVIDER',
      'MAPI_TRANSPORT_PROVIDER',
      'MAPI_HOOK_PROVIDER',
    ]);
    expect(view.master?.services).toEqual([serviceUid]);
    expect(view.master?.storeProviders).toHaveLength(2);
    expect(view.master?.abProviders).toHaveLength(1);
    expect(view.master?.transportProviders).toHaveLength(2);
    // The global section holds the INF values (PT_LONG image, little-endian).
    expect(doc.keys.find((k) => k.path === GLOBAL)!.values).toContainEqual({ name: '00036600', type: 3, data: '01050000' });
  });

  it('fills the real profile’s empty 13dbb0c8… key instead of adding a second one', () => {
    const { doc } = createService(sampleDoc(), entry('MSEMS'));
    expect(doc.keys.filter((k) => k.path.toLowerCase() === GLOBAL)).toHaveLength(1);
    expect(doc.keys.find((k) => k.path === GLOBAL)!.values).toHaveLength(4);
    expect(errors(doc)).toEqual([]);
  });

  it('refuses a second single-copy service (MAPI_E_NO_ACCESS 0x80070005)', () => {
    expect(() => createService(sampleDoc(), entry('CONTAB'))).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005, reason: 'singleCopyService' }),
    );
    const once = createService(emptyDoc(), entry('MSPST AB')).doc;
    expect(() => createService(once, entry('MSPST AB'))).toThrowError(expect.objectContaining({ code: 'MAPI_E_NO_ACCESS' }));
  });

  it('a second PST does not take the default store from the first', () => {
    const { doc, serviceUid } = createService(sampleDoc(), entry('MSUPST MS'));
    const view = profileView(doc);
    expect(view.services.find((s) => s.uid === serviceUid)!.providers[0]!.flags?.names).toEqual([]);
    expect(errors(doc)).toEqual([]);
  });

  it('refuses an empty display name', () => {
    expect(() => createService(emptyDoc(), entry('MSUPST MS'), { displayName: ' ' })).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_INVALID_PARAMETER' }),
    );
  });
});

describe('deleteService', () => {
  it('removes the PST service, its provider, its account and its preferences; unregisters it everywhere', () => {
    const before = sampleDoc();
    const { doc, deletedSections, removedAccounts, deleteFiles } = deleteService(before, PST);
    expect(before).toEqual(sampleDoc());
    expect(new Set(deletedSections)).toEqual(new Set([PST, PST_STORE, PST_PREFS]));
    expect(removedAccounts).toEqual(['00000002']);
    expect(deleteFiles).toEqual([]);
    const view = profileView(doc);
    expect(view.services.map((s) => s.uid)).toEqual([CONTAB]);
    expect(view.master).toMatchObject({ services: [CONTAB], storeProviders: [], abProviders: [CONTAB_AB] });
    expect(view.accountManager?.order).toEqual({ mail: [], addressBook: [1], store: [] });
    expect(doc.keys.some((k) => k.path.toLowerCase() === `${ACCOUNT_MANAGER}\\00000002`.toLowerCase())).toBe(false);
    expect(lint(doc).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('removes CONTAB with its AB entry in the master search path update list and in an AB search path', () => {
    const { doc } = deleteService(sampleDoc(), CONTAB);
    const master = doc.keys.find((k) => k.path === '9207f3e0a3b11019908b08002b2a56c2')!;
    expect(master.values.find((v) => v.name === '01023d01')!.data).toBe('');
    expect(master.values.find((v) => v.name === '01023d11')!.data).toBe('');
    expect(doc.keys.some((k) => k.path === CONTAB_PREFS)).toBe(false);
    expect(errors(doc)).toEqual([]);
  });

  it('returns PR_SERVICE_DELETE_FILES and refuses an unknown service (MAPI_E_NOT_FOUND)', () => {
    const withFiles = createService(emptyDoc(), {
      ...entry('MSUPST MS'),
      properties: [
        ...entry('MSUPST MS').properties,
        { key: 'PR_SERVICE_DELETE_FILES', tag: 0x3d10101e, value: ['a.pst', 'b.ost'], raw: 'a.pst,b.ost', line: 1 },
      ],
    });
    expect(deleteService(withFiles.doc, withFiles.serviceUid).deleteFiles).toEqual(['a.pst', 'b.ost']);
    expect(() => deleteService(sampleDoc(), PST_STORE)).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NOT_FOUND', hresult: 0x8004010f }),
    );
  });

  it('keeps a fixed-UID extra section another service still lists', () => {
    const a = createService(emptyDoc(), entry('MSEMS')).doc;
    const doc = structuredClone(a);
    // A second (hand-made) service listing the same global section.
    const other = 'ab'.repeat(16);
    doc.keys.push({
      path: other,
      values: [
        { name: '001f3d09', type: 3, data: '58000000' },
        { name: '01023d0d', type: 3, data: GLOBAL },
      ],
    });
    doc.keys.find((k) => k.path === '9207f3e0a3b11019908b08002b2a56c2')!.values[0]!.data += other;
    const svc = profileView(a).services[0]!.uid;
    const { doc: after, deletedSections } = deleteService(doc, svc);
    expect(deletedSections).not.toContain(GLOBAL);
    expect(after.keys.some((k) => k.path === GLOBAL)).toBe(true);
  });
});

describe('renameService', () => {
  it('sets PR_DISPLAY_NAME_W in place and refuses unknown services and empty names', () => {
    const doc = renameService(sampleDoc(), PST, 'Archive 2024');
    expect(profileView(doc).services[1]!.displayName).toBe('Archive 2024');
    const key = doc.keys.find((k) => k.path === PST)!;
    expect(key.values.map((v) => v.name)).toEqual(
      sampleDoc()
        .keys.find((k) => k.path === PST)!
        .values.map((v) => v.name),
    );
    expect(() => renameService(sampleDoc(), 'ab'.repeat(16), 'x')).toThrowError(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND' }));
    expect(() => renameService(sampleDoc(), PST, '')).toThrowError(expect.objectContaining({ code: 'MAPI_E_INVALID_PARAMETER' }));
  });
});

describe('setDefaultStore', () => {
  it('moves STATUS_DEFAULT_STORE; SERVICE_DEFAULT_STORE follows', () => {
    const { doc, serviceUid } = createService(sampleDoc(), entry('MSUPST MS'));
    const store = profileView(doc).services.find((s) => s.uid === serviceUid)!.providers[0]!.uid;
    const moved = setDefaultStore(doc, store);
    const view = profileView(moved);
    expect(view.services.find((s) => s.uid === serviceUid)!.providers[0]!.flags?.names).toEqual(['STATUS_DEFAULT_STORE']);
    expect(view.services.find((s) => s.uid === PST)!.providers[0]!.flags?.names).toEqual([]);
    expect(view.services.find((s) => s.uid === serviceUid)!.flags?.names).toContain('SERVICE_DEFAULT_STORE');
    expect(view.services.find((s) => s.uid === PST)!.flags?.names).not.toContain('SERVICE_DEFAULT_STORE');
    expect(errors(moved)).toEqual([]);
  });

  it('refuses an unknown provider, a non-store and a store that cannot be the default', () => {
    expect(() => setDefaultStore(sampleDoc(), 'ab'.repeat(16))).toThrowError(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND' }));
    expect(() => setDefaultStore(sampleDoc(), CONTAB_AB)).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_INVALID_PARAMETER', reason: 'notAStoreProvider' }),
    );
    const { doc } = createService(emptyDoc(), entry('MSEMS'));
    const pub = profileView(doc).services[0]!.providers.find((p) => p.displayName === 'Public Folders')!.uid;
    expect(() => setDefaultStore(doc, pub)).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', reason: 'storeCannotBeDefault' }),
    );
  });
});

describe('setPrimaryIdentity', () => {
  it('sets the service and its identity provider, clears the others; null clears all', () => {
    const { doc, serviceUid } = createService(sampleDoc(), entry('MSEMS'));
    const set = setPrimaryIdentity(doc, serviceUid);
    const svc = profileView(set).services.find((s) => s.uid === serviceUid)!;
    expect(svc.flags?.names).toContain('SERVICE_PRIMARY_IDENTITY');
    expect(svc.providers.filter((p) => p.flags?.names.includes('STATUS_PRIMARY_IDENTITY')).map((p) => p.displayName)).toEqual([
      'Private Folders',
    ]);
    expect(errors(set)).toEqual([]);
    const cleared = profileView(setPrimaryIdentity(set, null));
    expect(cleared.services.flatMap((s) => [...(s.flags?.names ?? []), ...s.providers.flatMap((p) => p.flags?.names ?? [])])).not.toContain(
      'SERVICE_PRIMARY_IDENTITY',
    );
    expect(cleared.services.flatMap((s) => s.providers.flatMap((p) => p.flags?.names ?? []))).not.toContain('STATUS_PRIMARY_IDENTITY');
  });

  it('refuses a service with SERVICE_NO_PRIMARY_IDENTITY (MAPI_E_NO_ACCESS) and an unknown one', () => {
    expect(() => setPrimaryIdentity(sampleDoc(), CONTAB)).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NO_ACCESS', reason: 'noPrimaryIdentityService' }),
    );
    expect(() => setPrimaryIdentity(sampleDoc(), 'ab'.repeat(16))).toThrowError(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND' }));
  });
});

describe('setTransportOrder', () => {
  const { doc } = createService(emptyDoc(), entry('MSEMS'));
  const transports = profileView(doc).master!.transportProviders;

  it('takes the full set in a new order: master list and the service’s list follow', () => {
    const reversed = [...transports].reverse();
    const out = setTransportOrder(
      doc,
      reversed.map((u) => u.toUpperCase()),
    );
    expect(profileView(out).master!.transportProviders).toEqual(reversed);
    const svc = out.keys.find((k) => k.path === profileView(out).services[0]!.uid)!;
    expect(svc.values.find((v) => v.name === '01023d02')!.data).toBe(reversed.join(''));
  });

  it('MAPI_E_BUSY (0x8004010B) when the count differs, MAPI_E_NOT_FOUND for an unknown UID', () => {
    expect(() => setTransportOrder(doc, transports.slice(1))).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_BUSY', hresult: 0x8004010b }),
    );
    expect(() => setTransportOrder(doc, [transports[0]!, transports[0]!])).toThrowError(expect.objectContaining({ code: 'MAPI_E_BUSY' }));
    expect(() => setTransportOrder(doc, [transports[0]!, 'ab'.repeat(16)])).toThrowError(
      expect.objectContaining({ code: 'MAPI_E_NOT_FOUND' }),
    );
  });
});
