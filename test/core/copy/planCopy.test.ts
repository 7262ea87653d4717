import { describe, expect, it } from 'vitest';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { lint } from '../../../electron/core/lint/index.js';
import { profileView } from '../../../electron/core/model/index.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { AppError } from '../../../shared/errors.js';
import { CopyPlan } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import {
  ACCOUNT_MANAGER,
  CONTAB,
  CONTAB_AB,
  emptyDoc,
  expectGoodCopy,
  PST,
  PST_PATH,
  PST_PREFS,
  PST_STORE,
  sampleDoc,
  uidSequence,
} from './copyFixtures.js';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** Plans and applies a copy, checks the guarantees of every copy, returns the plan and result. */
function copy(source: ProfileDoc, uid: string, target: ProfileDoc, options: Parameters<typeof planCopy>[3] = {}) {
  const before = structuredClone(source);
  const plan = planCopy(source, uid, target, { newUid: uidSequence(), ...options });
  expect(CopyPlan.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  const result = applyCopy(plan, target);
  expectGoodCopy(plan, source, before, target, result);
  return { plan, result };
}

describe('planCopy refusals, as MAPI reports them', () => {
  it('MAPI_E_NOT_FOUND (0x8004010F) for a UID that is not a service of the source', () => {
    const doc = sampleDoc();
    for (const uid of ['ff'.repeat(16), CONTAB_AB, PST_PREFS]) {
      const e = refusal(() => planCopy(doc, uid, doc));
      expect(e).toMatchObject({ code: 'MAPI_E_NOT_FOUND', hresult: 0x8004010f, reason: 'serviceNotFound' });
      expect(e.message).toContain(uid);
    }
  });

  it('MAPI_E_NO_ACCESS (0x80070005) for the single-copy CONTAB within its own profile', () => {
    const doc = sampleDoc();
    const e = refusal(() => planCopy(doc, CONTAB, doc));
    expect(e).toMatchObject({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005, reason: 'singleCopyService' });
    // The sentence names the flag, the service, the existing service (name and UID) and the target.
    expect(e.message).toContain('SERVICE_SINGLE_COPY');
    expect(e.message).toContain('"Outlook Address Book" (CONTAB)');
    expect(e.message).toContain(`(${CONTAB})`);
    expect(e.message).toContain('profile "Outlook"');
  });

  it('MAPI_E_NO_ACCESS for CONTAB into another profile that already has a CONTAB', () => {
    const other = sampleDoc('other', 'Home');
    const e = refusal(() => planCopy(sampleDoc(), CONTAB, other));
    expect(e).toMatchObject({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005 });
    expect(e.message).toContain('profile "Home"');
  });
});

describe('copies of the real profile’s services', () => {
  it('CONTAB into an empty profile: service, provider, preferences, account, master lists', () => {
    const { plan, result } = copy(sampleDoc(), CONTAB, emptyDoc());
    expect(plan.sameProfile).toBe(false);
    expect(plan.sections.map((s) => [s.role, s.from])).toEqual([
      ['service', CONTAB],
      ['provider', CONTAB_AB],
      ['preferences', 'cc45533c007cff4f8ca02cb7e0555253'],
    ]);
    expect(plan.droppedFlags).toEqual([]);
    // Its contact folders live in the PST, which the empty profile lacks: said, not copied silently.
    const provider = plan.uidMap[CONTAB_AB]!;
    expect(plan.warnings).toEqual([
      { code: 'foreignEntryId', params: { section: provider, value: '11026620', property: 'PR_CONTAB_FOLDER_ENTRYIDS', profile: 'Work' } },
      { code: 'foreignEntryId', params: { section: provider, value: '11026626', property: 'PR_CONTAB_STORE_ENTRYIDS', profile: 'Work' } },
    ]);
    const view = profileView(result);
    expect(view.services.map((s) => [s.serviceName, s.displayName, s.flags?.value])).toEqual([['CONTAB', 'Outlook Address Book', 0x22]]);
    expect(view.master).toMatchObject({ services: [plan.service.newUid], abProviders: [plan.uidMap[CONTAB_AB]] });
    // The provider's type constants and CONTAB's own data, value for value: the oracle in copy().
    // A created account manager with the account as id 1.
    expect(plan.accountEntry).toMatchObject({ accountId: 1, createManager: true, path: `${ACCOUNT_MANAGER}\\00000001` });
    expect(view.accountManager).toMatchObject({ nextAccountId: 2, order: { mail: [], addressBook: [1], store: [] } });
  });

  it('CONTAB into a profile holding the store its contact folders live in: no foreign entry ID', () => {
    const source = sampleDoc();
    const withPst = copy(source, PST, emptyDoc()).result;
    const { plan } = copy(source, CONTAB, withPst, { newUid: uidSequence('d0') });
    expect(plan.warnings.filter((w) => w.code === 'foreignEntryId')).toEqual([]);
  });

  it('CONTAB, then MSUPST MS, into the same empty profile', () => {
    const source = sampleDoc();
    const first = copy(source, CONTAB, emptyDoc()).result;
    const { plan, result } = copy(source, PST, first, { newUid: uidSequence('d0') });
    expect(plan.accountEntry?.accountId).toBe(2);
    expect(plan.droppedFlags).toEqual([]);
    const view = profileView(result);
    expect(view.services.map((s) => s.serviceName)).toEqual(['CONTAB', 'MSUPST MS']);
    expect(view.master?.storeProviders).toEqual([plan.uidMap[PST_STORE]]);
    expect(view.accountManager?.order).toEqual({ mail: [], addressBook: [1], store: [2] });
  });

  it('MSUPST MS within its own profile: new UIDs, STATUS_DEFAULT_STORE dropped, shared data file', () => {
    const doc = sampleDoc();
    const { plan, result } = copy(doc, PST, doc);
    expect(plan.sameProfile).toBe(true);
    expect(plan.sections.map((s) => s.role)).toEqual(['service', 'provider', 'preferences']);
    expect(plan.droppedFlags).toEqual([
      { section: plan.uidMap[PST_STORE], role: 'provider', flag: 'STATUS_DEFAULT_STORE', before: 2, after: 0, heldBy: 'Outlook Data File' },
    ]);
    expect(plan.warnings).toEqual([
      { code: 'sharedDataFile', params: { path: PST_PATH, existingService: 'Outlook Data File', existingServiceUid: PST } },
    ]);
    expect(plan.rewrites.map((r) => [r.section, r.value, r.kind])).toEqual([
      [plan.service.newUid, '01023d00', 'uidList'],
      [plan.uidMap[PST_STORE], '01023d0c', 'uid'],
      [`${ACCOUNT_MANAGER}\\00000003`, 'Service UID', 'account'],
      [`${ACCOUNT_MANAGER}\\00000003`, 'Preferences UID', 'account'],
    ]);
    const view = profileView(result);
    expect(view.master?.services).toEqual([CONTAB, PST, plan.service.newUid]);
    expect(view.master?.storeProviders).toEqual([PST_STORE, plan.uidMap[PST_STORE]]);
    const defaults = view.services.flatMap((s) => s.providers).filter((p) => p.flags?.names.includes('STATUS_DEFAULT_STORE'));
    expect(defaults.map((p) => p.uid)).toEqual([PST_STORE]);
    expect(view.accountManager).toMatchObject({ nextAccountId: 4, order: { mail: [], addressBook: [1], store: [2, 3] } });
    // The original's sections are untouched, value for value; new keys come after the existing ones.
    for (const k of doc.keys.filter((k) => !/^9207f3e0|^9375cff0/i.test(k.path)))
      expect(result.keys.find((r) => r.path === k.path)).toEqual(k);
    expect(result.keys.slice(0, doc.keys.length).map((k) => k.path)).toEqual(doc.keys.map((k) => k.path));
    // Registry types and bytes of every clone: the oracle in copy() (the original with UIDs replaced).
  });

  it('MSUPST MS into an empty profile keeps its default store and warns of nothing', () => {
    const { plan, result } = copy(sampleDoc(), PST, emptyDoc());
    expect(plan.droppedFlags).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(profileView(result).services[0]!.providers[0]!.flags?.names).toEqual(['STATUS_DEFAULT_STORE']);
  });

  it('applies the display name to the service and its account', () => {
    const doc = sampleDoc();
    const { plan, result } = copy(doc, PST, doc, { displayName: 'Archive' });
    expect(plan.service).toMatchObject({ displayName: 'Outlook Data File', newDisplayName: 'Archive' });
    const view = profileView(result);
    expect(view.services.map((s) => s.displayName)).toEqual(['Outlook Address Book', 'Outlook Data File', 'Archive']);
    // The PST store provider was named like its service: Outlook shows that name, so it follows.
    expect(view.services[2]!.providers.map((p) => p.displayName)).toEqual(['Archive']);
    expect(view.services[1]!.providers.map((p) => p.displayName)).toEqual(['Outlook Data File']);
    expect(view.accountManager?.accounts.map((a) => a.accountName)).toEqual(['Outlook Address Book', 'Outlook Data File', 'Archive']);
  });

  it('copies the copy (the new service is a service like any other)', () => {
    const doc = sampleDoc();
    const once = copy(doc, PST, doc).result;
    const first = profileView(once).services[2]!.uid;
    const { result } = copy(once, first, once, { newUid: uidSequence('e0') });
    expect(profileView(result).services).toHaveLength(4);
  });
});

describe('applyCopy', () => {
  it('refuses a target that changed since the plan (MAPI_E_OBJECT_CHANGED) or another profile', () => {
    const doc = sampleDoc();
    const plan = planCopy(doc, PST, doc);
    const changed = { ...doc, keys: doc.keys.map((k, i) => (i === 1 ? { ...k, values: [] } : k)) };
    expect(() => applyCopy(plan, changed)).toThrowError(expect.objectContaining({ code: 'MAPI_E_OBJECT_CHANGED', hresult: 0x80040109 }));
    expect(() => applyCopy(plan, { ...doc, id: 'other' })).toThrowError(expect.objectContaining({ code: 'MAPI_E_OBJECT_CHANGED' }));
  });

  it('the plan is JSON: it survives the trip to the renderer and back', () => {
    const doc = sampleDoc();
    const plan = planCopy(doc, PST, doc);
    expect(applyCopy(JSON.parse(JSON.stringify(plan)), doc)).toEqual(applyCopy(plan, doc));
  });

  it('replaying the preview’s UIDs gives the same sections', () => {
    const doc = sampleDoc();
    const preview = planCopy(doc, PST, doc);
    const uids = Object.values(preview.uidMap);
    const again = planCopy(doc, PST, doc, { newUid: () => uids.shift() ?? 'ab'.repeat(16) });
    expect(again.sections).toEqual(preview.sections);
  });

  it('refuses a faulty injected UID generator instead of looping', () => {
    const doc = sampleDoc();
    expect(() => planCopy(doc, PST, doc, { newUid: () => PST })).toThrowError(expect.objectContaining({ code: 'E_INTERNAL' }));
    expect(() => planCopy(doc, PST, doc, { newUid: () => 'xyz' })).toThrowError(expect.objectContaining({ code: 'E_INTERNAL' }));
  });
});

describe('--data-file: a PST copy with a file of its own', () => {
  const NEW = 'D:\\Archive\\2026.pst';

  it('sets the path and every entry ID that embeds it; no shared file; the preview says CopyMsgService cannot', () => {
    const doc = sampleDoc();
    const { plan, result } = copy(doc, PST, doc, { dataFile: NEW });
    expect(plan.dataFile).toEqual({ path: NEW, previous: PST_PATH });
    expect(plan.warnings.map((w) => w.code)).not.toContain('sharedDataFile');
    expect(plan.warnings).toContainEqual({ code: 'ownDataFile', params: { path: NEW, previous: PST_PATH } });
    expect(errorText('en', 'ownDataFile', { path: NEW, previous: PST_PATH })).toMatch(/MAPI’s own CopyMsgService cannot do this/);
    const store = plan.uidMap[PST_STORE]!;
    expect(plan.rewrites.filter((r) => r.kind === 'dataFile').map((r) => [r.section, r.tagName])).toEqual([
      [store, 'PR_ENTRYID'],
      [store, 'PR_PST_PATH_W'],
    ]);
    const view = profileView(result);
    expect(view.services.find((s) => s.uid === plan.service.newUid)!.dataFiles.map((d) => d.path)).toEqual([NEW]);
    const eid = result.keys.find((k) => k.path === store)!.values.find((v) => v.name === '01020fff')!.data;
    expect(eid.endsWith(Buffer.from(NEW + '\0', 'utf16le').toString('hex'))).toBe(true);
    expect(lint(result).map((f) => f.code)).not.toContain('lintSharedDataFile');
  });

  it('refuses a data file for a service that has no PST (MAPI_E_INVALID_PARAMETER), nothing planned', () => {
    const e = refusal(() => planCopy(sampleDoc(), CONTAB, emptyDoc(), { dataFile: NEW }));
    expect(e).toMatchObject({ code: 'MAPI_E_INVALID_PARAMETER', reason: 'dataFileNotPst' });
  });
});
