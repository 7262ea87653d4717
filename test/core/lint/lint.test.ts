import { describe, expect, it } from 'vitest';
import { lint, lintDefaults, lintSummary } from '../../../electron/core/lint/index.js';
import { ERROR_MESSAGES } from '../../../shared/i18n/errorMessages.js';
import { LintCode, LintFinding } from '../../../shared/copyPlan.js';
import type { ProfileDoc, ValueDoc } from '../../../shared/profileDoc.js';
import { ACCOUNT_MANAGER, CONTAB, CONTAB_AB, PST, PST_STORE, sampleDoc } from '../copy/copyFixtures.js';

const MASTER = '9207f3e0a3b11019908b08002b2a56c2';

/** The doc with one value of one key replaced (or added), or removed when `data` is null. */
function edit(doc: ProfileDoc, path: string, name: string, data: string | null, type = 3): ProfileDoc {
  return {
    ...doc,
    keys: doc.keys.map((k) => {
      if (k.path.toLowerCase() !== path.toLowerCase()) return k;
      const values: ValueDoc[] = k.values.filter((v) => v.name.toLowerCase() !== name.toLowerCase());
      if (data !== null) values.push({ name, type, data });
      return { ...k, values };
    }),
  };
}
const codes = (doc: ProfileDoc, ctx?: Parameters<typeof lint>[1]) => lint(doc, ctx).map((f) => `${f.severity}:${f.code}`);

describe('lint on the real 16.0 profile', () => {
  it('finds no error and no warning; one info: the empty, unreferenced 5a835b51… key', () => {
    const findings = lint(sampleDoc());
    expect(findings).toEqual([
      {
        severity: 'info',
        code: 'lintOrphanSection',
        section: '5a835b5131048343a7e9c42aba1a2940',
        params: { section: '5a835b5131048343a7e9c42aba1a2940' },
        message: 'Section 5a835b5131048343a7e9c42aba1a2940 is not referenced by any service, provider or account.',
      },
    ]);
    for (const f of findings) expect(LintFinding.parse(f)).toEqual(f);
    expect(lintSummary(findings)).toEqual({ errors: 0, warnings: 0, infos: 1, ok: true });
  });
});

describe('each rule', () => {
  const doc = sampleDoc();

  it('a UID list naming no section: error', () => {
    expect(codes(edit(doc, MASTER, '01023d00', PST_STORE + 'ab'.repeat(16)))).toContain('error:lintDanglingReference');
  });
  it('a provider whose service is missing: error', () => {
    expect(codes(edit(doc, PST_STORE, '01023d0c', 'ab'.repeat(16)))).toContain('error:lintProviderWithoutService');
  });
  it('a service listed twice: error', () => {
    expect(codes(edit(doc, MASTER, '01023d0e', CONTAB + PST + PST))).toContain('error:lintServiceListedTwice');
  });
  it('a service section missing from PR_SERVICES: warning', () => {
    expect(codes(edit(doc, MASTER, '01023d0e', CONTAB))).toContain('warning:lintServiceNotInMaster');
  });
  it('no default store: warning; several: error', () => {
    expect(codes(edit(doc, PST_STORE, '00033009', '00000000'))).toContain('warning:lintNoDefaultStore');
    const second = structuredClone(doc.keys.find((k) => k.path === PST_STORE)!);
    const twice = { ...doc, keys: [...doc.keys, { ...second, path: 'ab'.repeat(16) }] };
    const withTwo = edit(edit(twice, PST, '01023d00', PST_STORE + 'ab'.repeat(16)), MASTER, '01023d00', PST_STORE + 'ab'.repeat(16));
    expect(codes(withTwo)).toEqual(expect.arrayContaining(['error:lintSeveralDefaultStores', 'warning:lintSharedDataFile']));
  });
  it('no primary identity only when a service could supply one', () => {
    expect(codes(doc)).not.toContain('warning:lintNoPrimaryIdentity');
    expect(codes(edit(doc, PST, '00033009', '00000000'))).toContain('warning:lintNoPrimaryIdentity');
    const two = edit(edit(doc, PST, '00033009', '08000000'), CONTAB, '00033009', '0a000000');
    expect(codes(two)).toContain('error:lintSeveralPrimaryIdentities');
  });
  it('account entries pointing nowhere', () => {
    expect(codes(edit(doc, `${ACCOUNT_MANAGER}\\00000001`, 'Service UID', 'ab'.repeat(16)))).toContain('error:lintAccountPointsNowhere');
    expect(codes(edit(doc, `${ACCOUNT_MANAGER}\\00000001`, 'Preferences UID', 'ab'.repeat(16)))).toContain('warning:lintAccountReferenceMissing');
    expect(codes(edit(doc, ACCOUNT_MANAGER, '{ED475419-B0D6-11D2-8C3B-00104B2A6676}', '01000000' + '09000000'))).toContain('warning:lintAccountOrderDangling');
    expect(codes(edit(doc, ACCOUNT_MANAGER, 'NextAccountID', '02000000', 4))).toContain('warning:lintNextAccountIdStale');
  });
  it('an AB provider whose section is gone: the master lists dangle', () => {
    const gone = { ...doc, keys: doc.keys.filter((k) => k.path !== CONTAB_AB) };
    expect(lint(gone).filter((f) => f.code === 'lintDanglingReference').map((f) => `${f.section}:${f.value}`)).toEqual([
      `${CONTAB}:01023d01`,
      `${MASTER}:01023d11`,
      `${MASTER}:01023d01`,
    ]);
  });
  it('no master section: warning', () => {
    expect(codes({ ...doc, keys: doc.keys.filter((k) => k.path !== MASTER) })).toContain('warning:lintNoMasterSection');
  });
  it('the default-profile setting (context and workspace)', () => {
    expect(codes(doc, { defaultName: 'Gone', profileNames: ['Outlook'] })).toContain('error:lintDefaultProfileMissing');
    expect(codes(doc, { defaultName: 'outlook', profileNames: ['Outlook'] })).not.toContain('error:lintDefaultProfileMissing');
    const bare = { ...doc, keys: doc.keys.filter((k) => k.path === '' || k.path === MASTER) };
    expect(codes(edit(bare, MASTER, '01023d0e', ''), { isDefault: true })).toContain('warning:lintDefaultProfileEmpty');
    expect(lintDefaults({ [doc.origin.root]: 'Gone' }, [doc]).map((f) => f.code)).toEqual(['lintDefaultProfileMissing']);
    expect(lintDefaults({ [doc.origin.root]: 'OUTLOOK' }, [doc])).toEqual([]);
  });
  it('every code has a sentence in English and French', () => {
    for (const code of LintCode.options) {
      expect(ERROR_MESSAGES.en[code], code).toBeTruthy();
      expect(ERROR_MESSAGES.fr[code], code).toBeTruthy();
    }
  });
});
