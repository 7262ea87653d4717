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
        message: 'Section 5a835b5131048343a7e9c42aba1a2940 is not referenced by any service, provider or account: MAPI never reads it.',
        // It holds nothing: removing it is safe (test/core/lint/fixes.test.ts).
        fix: {
          changes: [
            { section: '5a835b5131048343a7e9c42aba1a2940', value: '', property: '', type: 0, before: null, after: null, removeKey: true },
          ],
        },
      },
    ]);
    for (const f of findings) expect(LintFinding.parse(f)).toEqual(f);
    expect(lintSummary(findings)).toEqual({ errors: 0, warnings: 0, infos: 1, ok: true });
  });
});

describe('each rule', () => {
  const doc = sampleDoc();

  it('E1 a provider list naming no section: error, with the PR_ name in the finding', () => {
    const findings = lint(edit(doc, MASTER, '01023d00', PST_STORE + 'ab'.repeat(16)));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'lintProviderListDangling',
        section: MASTER,
        value: '01023d00',
        params: expect.objectContaining({ property: 'PR_STORE_PROVIDERS' }),
      }),
    ]);
    expect(findings.find((f) => f.severity === 'error')!.message).toMatch(
      /^PR_STORE_PROVIDERS of section 9207f3e0\S+ names section (ab)+, which does not exist: MAPI cannot open/,
    );
    expect(codes(edit(doc, MASTER, '01023d0e', CONTAB + PST + 'ab'.repeat(16)))).toContain('error:lintProviderListDangling');
  });
  it('E2 a service MAPI loads with no provider: error', () => {
    const bare = { ...doc, keys: doc.keys.filter((k) => k.path !== PST_STORE) };
    const cut = edit(
      edit(edit(bare, PST, '01023d00', null), MASTER, '01023d00', ''),
      `${ACCOUNT_MANAGER}`,
      '{ED475420-B0D6-11D2-8C3B-00104B2A6676}',
      '02000000',
    );
    expect(codes(cut).filter((c) => c.startsWith('error'))).toEqual(['error:lintServiceWithoutProvider']);
  });
  it('a provider whose service is missing: info (MAPI never loads it)', () => {
    expect(codes(edit(doc, PST_STORE, '01023d0c', 'ab'.repeat(16)))).toContain('info:lintProviderWithoutService');
  });
  it('a service listed twice: warning', () => {
    expect(codes(edit(doc, MASTER, '01023d0e', CONTAB + PST + PST))).toContain('warning:lintServiceListedTwice');
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
    expect(codes(edit(doc, PST, '00033009', '00000000'))).toContain('info:lintNoPrimaryIdentity');
    const two = edit(edit(doc, PST, '00033009', '08000000'), CONTAB, '00033009', '0a000000');
    expect(codes(two)).toContain('warning:lintSeveralPrimaryIdentities');
  });
  it('account entries pointing nowhere', () => {
    expect(codes(edit(doc, `${ACCOUNT_MANAGER}\\00000001`, 'Service UID', 'ab'.repeat(16)))).toContain('warning:lintAccountPointsNowhere');
    // Outlook creates an account's preferences section when it first needs it: a note, never an error.
    expect(codes(edit(doc, `${ACCOUNT_MANAGER}\\00000001`, 'Preferences UID', 'ab'.repeat(16)))).toContain(
      'info:lintAccountReferenceMissing',
    );
    expect(codes(edit(doc, ACCOUNT_MANAGER, '{ED475419-B0D6-11D2-8C3B-00104B2A6676}', '01000000' + '09000000'))).toContain(
      'info:lintAccountOrderDangling',
    );
    expect(codes(edit(doc, ACCOUNT_MANAGER, 'NextAccountID', '02000000', 4))).toContain('warning:lintNextAccountIdStale');
  });
  it('an AB provider whose section is gone: the provider lists are errors, the search-path update a note', () => {
    const gone = { ...doc, keys: doc.keys.filter((k) => k.path !== CONTAB_AB) };
    const where = (code: string) =>
      lint(gone)
        .filter((f) => f.code === code)
        .map((f) => `${f.section}:${f.value}:${f.params.property}`);
    expect(where('lintProviderListDangling')).toEqual([`${CONTAB}:01023d01:PR_AB_PROVIDERS`, `${MASTER}:01023d01:PR_AB_PROVIDERS`]);
    expect(where('lintDanglingReference')).toEqual([`${MASTER}:01023d11:PR_AB_SEARCH_PATH_UPDATE`]);
  });
  it('references Outlook creates on demand are notes: PR_EMSABP_USER_UID, PR_SERVICE_EXTRA_UIDS, PR_EMSMDB_SECTION_UID of the Outlook global section', () => {
    const missing = 'ab'.repeat(16);
    const onDemand = edit(edit(edit(doc, PST_STORE, '01023d1a', missing), PST, '01023d0d', missing), PST, '01023d1a', missing);
    expect(codes(onDemand).filter((c) => !c.startsWith('info'))).toEqual([]);
    const global = {
      ...doc,
      keys: [...doc.keys, { path: '0a0d020000000000c000000000000046', values: [{ name: '01023d15', type: 3, data: missing }] }],
    };
    expect(codes(global).filter((c) => !c.startsWith('info'))).toEqual([]);
    // Named by an Exchange service or provider, PR_EMSMDB_SECTION_UID is the account's settings: a warning.
    expect(codes(edit(doc, PST_STORE, '01023d15', missing))).toContain('warning:lintExchangeSectionMissing');
  });
  it('W2 a second legacy Exchange service (PR_EMSMDB_LEGACY): warning', () => {
    const one = edit(doc, PST, '000b3d18', '0100');
    expect(codes(one)).not.toContain('warning:lintSeveralLegacyExchange');
    const two = edit(one, CONTAB, '000b3d18', '0100');
    expect(lint(two).filter((f) => f.code === 'lintSeveralLegacyExchange')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        section: PST,
        value: '000b3d18',
        params: expect.objectContaining({ property: 'PR_EMSMDB_LEGACY' }),
      }),
    ]);
    expect(codes(edit(two, CONTAB, '000b3d18', '0000'))).not.toContain('warning:lintSeveralLegacyExchange');
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
