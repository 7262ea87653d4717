import { describe, expect, it } from 'vitest';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { emptyProfile } from '../../../electron/core/admin/profileAdmin.js';
import { danglingReferences, profileView } from '../../../electron/core/model/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { realProfile } from '../store/storeHelpers.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';
const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
const ROOT = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';

/** Every place an old UID's bytes occur, by key path. */
function keysHolding(doc: ProfileDoc, uid: string): string[] {
  return doc.keys.filter((k) => k.path.toLowerCase().startsWith(uid) || k.values.some((v) => v.data.includes(uid))).map((k) => k.path.toLowerCase());
}

describe('planCopy / applyCopy on the real Outlook 2016 profile', () => {
  it('refuses an unknown service with MAPI_E_NOT_FOUND (0x8004010F)', () => {
    const doc = realProfile('src');
    expect(() => planCopy(doc, 'ff'.repeat(16), doc)).toThrowError(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND', hresult: 0x8004010f }));
    // A provider is a section, not a service.
    expect(() => planCopy(doc, '0ae1fb8ed673e5499ac19850e84bbf46', doc)).toThrowError(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND' }));
  });

  it('refuses the single-copy Outlook Address Book within its own profile and into a profile that has one', () => {
    const doc = realProfile('src');
    const other = { ...realProfile('other'), name: 'Other' };
    for (const target of [doc, other]) {
      let error: unknown;
      try {
        planCopy(doc, CONTAB, target);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005, reason: 'singleCopyService' });
      expect((error as Error).message).toMatch(/SERVICE_SINGLE_COPY.*Outlook Address Book/);
    }
  });

  it('copies the single-copy service into a profile that lacks it, with account entry and master registration', () => {
    const source = realProfile('src');
    const before = structuredClone(source);
    const target = emptyProfile('Work', ROOT);
    const plan = planCopy(source, CONTAB, target);
    const result = applyCopy(plan, target);
    expect(source).toEqual(before);
    const view = profileView(result);
    expect(view.services.map((s) => [s.serviceName, s.displayName, s.inMaster])).toEqual([['CONTAB', 'Outlook Address Book', true]]);
    const copied = view.services[0]!;
    expect(copied.uid).toBe(plan.service.newUid);
    expect(copied.providers.map((p) => [p.exists, p.backLink])).toEqual([[true, true]]);
    expect(view.accountManager?.accounts.map((a) => [a.serviceUid, a.serviceExists])).toEqual([[copied.uid, true]]);
    expect(view.master?.abProviders).toEqual(copied.providers.map((p) => p.uid));
    expect(danglingReferences(result)).toEqual([]);
    // No old UID of a copied section survives in the target.
    for (const s of plan.sections) expect(keysHolding(result, s.oldUid)).toEqual([]);
  });

  it('copies the PST within its own profile: new UIDs, default store dropped, shared data file warned', () => {
    const doc = realProfile('src');
    const plan = planCopy(doc, PST, doc, { displayName: 'Archive' });
    expect(plan.sameProfile).toBe(true);
    expect(plan.sections.map((s) => s.role)).toEqual(['service', 'provider', 'preferences']);
    expect(new Set(plan.sections.map((s) => s.newUid)).size).toBe(3);
    expect(plan.droppedFlags).toEqual([expect.objectContaining({ flag: 'STATUS_DEFAULT_STORE', before: 2, after: 0 })]);
    expect(plan.warnings).toContainEqual({ code: 'sharedDataFile', params: { path: 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst', existingService: 'Outlook Data File' } });
    expect(plan.rewrites.some((r) => r.valueName === '01023d0c' && r.kind === 'uid')).toBe(true);

    const result = applyCopy(plan, doc);
    const view = profileView(result);
    expect(view.services.map((s) => s.displayName)).toEqual(['Outlook Address Book', 'Outlook Data File', 'Archive']);
    expect(view.master?.services).toEqual([CONTAB, PST, plan.service.newUid]);
    const defaults = view.services.flatMap((s) => s.providers).filter((p) => p.flags?.names.includes('STATUS_DEFAULT_STORE'));
    expect(defaults).toHaveLength(1);
    expect(view.accountManager?.accounts).toHaveLength(3);
    expect(view.accountManager?.nextAccountId).toBe((profileView(doc).accountManager?.nextAccountId ?? 0) + 1);
    expect(danglingReferences(result)).toEqual([]);
    // The original's sections are untouched, value for value.
    for (const k of doc.keys.filter((k) => !/^9207f3e0|^9375cff0/i.test(k.path))) expect(result.keys.find((r) => r.path === k.path)).toEqual(k);
  });

  it('refuses to apply a plan to a target that changed since', () => {
    const doc = realProfile('src');
    const plan = planCopy(doc, PST, doc);
    const changed = { ...doc, keys: doc.keys.map((k, i) => (i === 1 ? { ...k, values: [] } : k)) };
    expect(() => applyCopy(plan, changed)).toThrowError(expect.objectContaining({ code: 'MAPI_E_OBJECT_CHANGED' }));
  });

  it('the plan is JSON: it survives the trip to the renderer and back', () => {
    const doc = realProfile('src');
    const plan = planCopy(doc, PST, doc);
    expect(applyCopy(JSON.parse(JSON.stringify(plan)), doc)).toEqual(applyCopy(plan, doc));
  });
});
