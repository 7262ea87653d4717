/**
 * Each safe repair of a Check finding (electron/core/lint/fixes.ts), on the real 16.0 profile with one
 * problem planted: the finding offers a fix, applying it removes the finding without raising another error,
 * the profile changes exactly as the preview lists (every other key and value byte for byte), and a fix shown
 * for an older state of the profile is refused.
 */
import { describe, expect, it } from 'vitest';
import { applyFix, lint } from '../../../electron/core/lint/index.js';
import type { LintCode, LintFinding } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { modernExchange } from '../../helpers/exchangeProfiles.js';
import { ACCOUNT_MANAGER, CONTAB, PST, PST_STORE, sampleDoc } from '../copy/copyFixtures.js';

const MASTER = '9207f3e0a3b11019908b08002b2a56c2';
const ORPHAN = '5a835b5131048343a7e9c42aba1a2940';

function edit(doc: ProfileDoc, path: string, name: string, data: string, type = 3): ProfileDoc {
  return {
    ...doc,
    keys: doc.keys.map((k) =>
      k.path.toLowerCase() !== path.toLowerCase()
        ? k
        : { ...k, values: [...k.values.filter((v) => v.name !== name), { name, type, data }] },
    ),
  };
}

/** Every value of the doc as `path|name` → `type:data`, and the key paths. */
const flat = (doc: ProfileDoc) =>
  new Map(
    doc.keys.flatMap((k) => [
      [`${k.path.toLowerCase()}|`, 'key'] as const,
      ...k.values.map((v) => [`${k.path.toLowerCase()}|${v.name.toLowerCase()}`, `${v.type}:${v.data}`] as const),
    ]),
  );

/** Applies the fix of the first finding with `code`; checks it is gone and that only the previewed values changed. */
function fixes(doc: ProfileDoc, code: LintCode): { fixed: ProfileDoc; finding: LintFinding } {
  const finding = lint(doc).find((f) => f.code === code && f.fix);
  expect(finding, `a fixable ${code}`).toBeDefined();
  const fixed = applyFix(doc, finding!.fix!);
  expect(lint(fixed).filter((f) => f.code === code)).toEqual([]);
  expect(lint(fixed).filter((f) => f.severity === 'error')).toEqual([]);
  const before = flat(doc);
  const after = flat(fixed);
  const listed = new Set(
    finding!.fix!.changes.flatMap((c) =>
      c.removeKey
        ? [...before.keys()].filter((k) => k.startsWith(c.section.toLowerCase() + '|'))
        : [`${c.section.toLowerCase()}|${c.value.toLowerCase()}`],
    ),
  );
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  expect(new Set(changed)).toEqual(listed);
  return { fixed, finding: finding! };
}

describe('Check fixes', () => {
  const doc = sampleDoc();

  it('E1 removes the missing section from the provider list', () => {
    const { fixed, finding } = fixes(edit(doc, MASTER, '01023d00', PST_STORE + 'ab'.repeat(16)), 'lintProviderListDangling');
    expect(finding.fix!.changes).toEqual([
      {
        section: MASTER,
        value: '01023d00',
        property: 'PR_STORE_PROVIDERS',
        type: 3,
        before: PST_STORE + 'ab'.repeat(16),
        after: PST_STORE,
        removeKey: false,
      },
    ]);
    expect(fixed.keys.find((k) => k.path === MASTER)!.values.find((v) => v.name === '01023d00')!.data).toBe(PST_STORE);
  });

  it('E3 keeps the first default store in the master order and clears the others', () => {
    const second = structuredClone(doc.keys.find((k) => k.path === PST_STORE)!);
    const two = edit(
      edit({ ...doc, keys: [...doc.keys, { ...second, path: 'ab'.repeat(16) }] }, PST, '01023d00', PST_STORE + 'ab'.repeat(16)),
      MASTER,
      '01023d00',
      PST_STORE + 'ab'.repeat(16),
    );
    const { finding } = fixes(two, 'lintSeveralDefaultStores');
    expect(finding.fix!.changes.map((c) => [c.section, c.property, c.after])).toEqual([['ab'.repeat(16), 'PR_RESOURCE_FLAGS', '00000000']]);
  });

  it('W2 clears PR_EMSMDB_LEGACY on the second legacy Exchange account', () => {
    const { doc: ex, accounts } = modernExchange({ accounts: [{}, { smtp: 'b@fabrikam.com' }] });
    const both = edit(ex, accounts[1]!.service, '000b3d18', '0100');
    const { finding } = fixes(both, 'lintSeveralLegacyExchange');
    expect(finding.fix!.changes.map((c) => [c.section, c.property, c.before, c.after])).toEqual([
      [accounts[1]!.service, 'PR_EMSMDB_LEGACY', '0100', '0000'],
    ]);
  });

  it('W5 drops a repeated service from PR_SERVICES; W6 lists a forgotten one again', () => {
    fixes(edit(doc, MASTER, '01023d0e', CONTAB + PST + PST), 'lintServiceListedTwice');
    const { fixed } = fixes(edit(doc, MASTER, '01023d0e', CONTAB), 'lintServiceNotInMaster');
    expect(fixed.keys.find((k) => k.path === MASTER)!.values.find((v) => v.name === '01023d0e')!.data).toBe(CONTAB + PST);
  });

  it('W9 and I3: NextAccountID above every account; a missing account out of an order array', () => {
    fixes(edit(doc, ACCOUNT_MANAGER, 'NextAccountID', '02000000', 4), 'lintNextAccountIdStale');
    fixes(edit(doc, ACCOUNT_MANAGER, '{ED475419-B0D6-11D2-8C3B-00104B2A6676}', '01000000' + '09000000'), 'lintAccountOrderDangling');
  });

  it('I2 removes an empty orphan section, and only an empty one', () => {
    const { fixed } = fixes(doc, 'lintOrphanSection');
    expect(fixed.keys.some((k) => k.path === ORPHAN)).toBe(false);
    const holding = edit(doc, ORPHAN, '001f3001', '4100000000');
    expect(lint(holding).find((f) => f.code === 'lintOrphanSection')?.fix).toBeUndefined();
  });

  it('findings Outlook needs no repair for, or with no safe repair, offer none', () => {
    const { doc: ex } = modernExchange();
    expect(lint(ex).filter((f) => f.fix)).toEqual([]);
    // Two primary identities: which one the user means is theirs to say (services.setPrimaryIdentity).
    const two = edit(edit(doc, PST, '00033009', '08000000'), CONTAB, '00033009', '0a000000');
    expect(
      lint(two)
        .filter((f) => f.code === 'lintSeveralPrimaryIdentities')
        .map((f) => f.fix),
    ).toEqual([undefined]);
  });

  it('refuses a fix shown for an older state of the profile (MAPI_E_OBJECT_CHANGED)', () => {
    const broken = edit(doc, MASTER, '01023d00', PST_STORE + 'ab'.repeat(16));
    const fix = lint(broken).find((f) => f.fix && f.code === 'lintProviderListDangling')!.fix!;
    const changed = edit(broken, MASTER, '01023d00', PST_STORE + 'cd'.repeat(16));
    expect(() => applyFix(changed, fix)).toThrowError(expect.objectContaining({ code: 'MAPI_E_OBJECT_CHANGED', reason: 'lintFixStale' }));
  });
});
