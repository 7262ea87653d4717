/**
 * Exchange copies keep their configuration (issue 18 §3–4), on profiles built from Microsoft's documented
 * layouts (test/helpers/exchangeProfiles.ts): every copy passes the generic copy oracle (copyOracle.ts, via
 * expectGoodCopy) and Check finds no error in the result; what is Exchange-specific is asserted here.
 */
import { describe, expect, it } from 'vitest';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { lint } from '../../../electron/core/lint/index.js';
import { profileView } from '../../../electron/core/model/index.js';
import type { CopyPlan } from '../../../shared/copyPlan.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import { legacyExchange, modernExchange, utf16z, type ExchangeAccount } from '../../helpers/exchangeProfiles.js';
import { emptyDoc, expectGoodCopy, sampleDoc, uidSequence } from './copyFixtures.js';

const value = (doc: ProfileDoc, path: string, name: string) =>
  doc.keys.find((k) => k.path.toLowerCase() === path.toLowerCase())?.values.find((v) => v.name === name)?.data;
const text = (hex: string | undefined) => (hex === undefined ? undefined : Buffer.from(hex, 'hex').toString('utf16le').replace(/\0+$/, ''));

function copy(
  source: ProfileDoc,
  service: string,
  target: ProfileDoc,
  options: Parameters<typeof planCopy>[3] = {},
): { plan: CopyPlan; result: ProfileDoc } {
  const before = structuredClone(source);
  const plan = planCopy(source, service, target, { newUid: uidSequence('f0'), ...options });
  const result = applyCopy(plan, target);
  expectGoodCopy(plan, source, before, target, result);
  return { plan, result };
}

/** The copy's sections of one account, old → new. */
const mapped = (plan: CopyPlan, a: ExchangeAccount) => ({
  service: plan.service.newUid,
  emsmdb: plan.uidMap[a.emsmdb]!,
  mailbox: plan.uidMap[a.mailbox]!,
});

describe('an Exchange account copied within its own profile (Outlook 2010+ layout, section listed in PR_SERVICE_EXTRA_UIDS)', () => {
  const { doc, accounts } = modernExchange({ accounts: [{ onlineArchive: true }] });
  const a = accounts[0]!;
  const { plan, result } = copy(doc, a.service, doc, { displayName: 'adele (copy)' });
  const m = mapped(plan, a);

  it('copies the account settings section and points the service and every provider at the copy', () => {
    expect(plan.sections.find((s) => s.from === a.emsmdb)).toMatchObject({ role: 'extra', fixedUid: false });
    for (const p of [m.service, m.mailbox, plan.uidMap[a.ab]!, plan.uidMap[a.transport]!, plan.uidMap[a.archive!]!])
      expect(value(result, p, '01023d15'), p).toBe(m.emsmdb);
    expect(value(result, m.emsmdb, '01023d15')).toBe(m.emsmdb);
    expect(value(result, m.service, '01023d0d')).toBe(m.emsmdb);
    // Its settings, subkeys (<guid>@domain) and secure value arrived.
    expect(text(value(result, m.emsmdb, '001f6641'))).toBe('adele@contoso.com');
    expect(result.keys.some((k) => k.path === `${m.emsmdb}\\5c1fe2d3c0e44a7e9f4ab2f3e5d6c7b8@contoso.com`)).toBe(true);
    expect(value(result, m.emsmdb, 'S010267f0')).toBe(value(doc, a.emsmdb, 'S010267f0'));
  });

  it('gives the not-yet-created address-book section (PR_EMSABP_USER_UID) a UID of its own', () => {
    const fresh = plan.uidMap[a.emsabpUser]!;
    expect(fresh).toMatch(/^f0/);
    expect(value(result, m.emsmdb, '01023d1a')).toBe(fresh);
    expect(value(result, a.emsmdb, '01023d1a')).toBe(a.emsabpUser);
  });

  it('never duplicates a unique flag: PR_EMSMDB_LEGACY, the default store and the primary identity stay with the original', () => {
    expect(plan.droppedFlags.map((d) => [d.flag, d.heldBy])).toEqual([
      ['STATUS_DEFAULT_STORE', 'Mailbox - adele@contoso.com'],
      ['STATUS_PRIMARY_IDENTITY', 'Mailbox - adele@contoso.com'],
      ['PR_EMSMDB_LEGACY', 'adele@contoso.com'],
    ]);
    expect(value(result, m.service, '000b3d18')).toBe('0000');
    expect(value(result, a.service, '000b3d18')).toBe('0100');
    const findings = lint(result);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.code)).not.toContain('lintSeveralLegacyExchange');
  });

  it('renames the service, the account and the providers named like the service; numbers AcctSettings after the new account', () => {
    const view = profileView(result);
    expect(view.services.find((s) => s.uid === m.service)?.displayName).toBe('adele (copy)');
    expect(plan.accountEntry?.path.endsWith('00000002')).toBe(true);
    expect(text(value(result, plan.uidMap[a.preferences]!, '001f3001'))).toBe('AcctSettings0002');
    expect(text(value(result, a.preferences, '001f3001'))).toBe('AcctSettings0001');
    expect(view.accountManager?.accounts.map((x) => x.accountName)).toEqual(['adele@contoso.com', 'adele (copy)']);
    // LastChangeVer counted one more change (0x0f → 0x10).
    expect(value(result, '9375CFF0413111d3B88A00104B2A6676', 'LastChangeVer')).toBe('1000000000000000');
  });
});

describe('Exchange copies across profiles', () => {
  it('legacy MSEMS (KB294470): its settings in 13dbb0c8… arrive in the real profile’s empty key', () => {
    const { doc, service } = legacyExchange();
    const real = sampleDoc();
    const { result } = copy(doc, service, real);
    const global = '13dbb0c8aa05101a9bb000aa002fc45a';
    expect(result.keys.filter((k) => k.path === global).map((k) => k.values.map((v) => v.name))).toEqual([
      ['00036600', '00036601', '00036605', '00036604', '001e6602', '001e6603', '001f6610'],
    ]);
    expect(value(result, global, '00036600')).toBe('01050000');
    expect(lint(result).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds the settings section through PR_EMSMDB_SECTION_UID when PR_SERVICE_EXTRA_UIDS does not list it', () => {
    const { doc, accounts } = modernExchange({ accounts: [{ listedInExtraUids: false }] });
    const a = accounts[0]!;
    const target = emptyDoc();
    const { plan, result } = copy(doc, a.service, target);
    const m = mapped(plan, a);
    expect(m.emsmdb).toMatch(/^f0/);
    expect(value(result, m.service, '01023d15')).toBe(m.emsmdb);
    expect(result.keys.some((k) => k.path === a.emsmdb)).toBe(false); // no reference left to the original's
    // Into a profile without a legacy account, the copy is the legacy one.
    expect(plan.droppedFlags).toEqual([]);
    expect(value(result, m.service, '000b3d18')).toBe('0100');
  });

  it('the second of two accounts, and a delegate store, into a profile that already has a legacy account', () => {
    const { doc, accounts } = modernExchange({ accounts: [{}, { smtp: 'sales@fabrikam.com', delegate: true }] });
    const other = modernExchange({ name: 'Other', accounts: [{ prefix: 'b1', smtp: 'bob@contoso.com' }] }).doc;
    const b = accounts[1]!;
    const { plan, result } = copy(doc, b.service, other);
    expect(plan.sections.map((s) => s.from)).toContain(b.delegate);
    expect(plan.droppedFlags).toEqual([]); // it had none of the unique flags
    expect(lint(result).filter((f) => f.severity !== 'info')).toEqual([]);
    // And the first (legacy) account into that profile: its legacy flag is dropped.
    const first = copy(doc, accounts[0]!.service, other, { newUid: uidSequence('f1') });
    expect(first.plan.droppedFlags.map((d) => d.flag)).toContain('PR_EMSMDB_LEGACY');
  });

  it('an Outlook Address Book whose contact folders live in the mailbox: warned about in a profile without it', () => {
    const { doc, contab } = modernExchange({ contab: true });
    const { plan } = copy(doc, contab!.service, emptyDoc());
    expect(plan.warnings.filter((w) => w.code === 'foreignEntryId').map((w) => w.params.property)).toEqual([
      'PR_CONTAB_STORE_ENTRYIDS',
      'PR_CONTAB_FOLDER_ENTRYIDS',
    ]);
  });

  it('warns of secure values and of copied UIDs in unknown values, in any encoding (UTF-16 text, GUID form)', () => {
    const { doc, accounts } = modernExchange();
    const a = accounts[0]!;
    const guid = (u: string) => {
      const b = u.match(/../g)!;
      return `{${b.slice(0, 4).reverse().join('')}-${b.slice(4, 6).reverse().join('')}-${b.slice(6, 8).reverse().join('')}-${b.slice(8, 10).join('')}-${b.slice(10).join('')}}`.toUpperCase();
    };
    const withText = {
      ...doc,
      keys: doc.keys.map((k) =>
        k.path === a.emsmdb
          ? {
              ...k,
              values: [
                ...k.values,
                { name: '001f6699', type: 3, data: utf16z(`section=${a.mailbox}`) },
                { name: '001e669a', type: 1, data: utf16z(guid(a.transport)) },
              ],
            }
          : k,
      ),
    };
    const { plan } = copy(withText, a.service, emptyDoc());
    const m = mapped(plan, a);
    expect(
      plan.warnings.filter((w) => w.code === 'unknownUidReference').map((w) => [w.params.section, w.params.value, w.params.uid]),
    ).toEqual([
      [m.emsmdb, '001f6699', a.mailbox],
      [m.emsmdb, '001e669a', a.transport],
    ]);
    expect(plan.warnings.filter((w) => w.code === 'secureNotPortable').map((w) => w.params.value)).toEqual(['S010267f0']);
  });

  it('creates no Version in a Windows Messaging Subsystem profile that had no account manager', () => {
    const { doc, accounts } = modernExchange();
    const wms = { ...emptyDoc('w', 'Old'), origin: { source: 'created' as const, root: PROFILE_ROOTS.messaging } };
    const { plan, result } = copy(doc, accounts[0]!.service, wms);
    expect(plan.accountEntry?.createManager).toBe(true);
    expect(value(result, '9375CFF0413111d3B88A00104B2A6676', 'Version')).toBeUndefined();
    const office = copy(doc, accounts[0]!.service, emptyDoc()).result;
    expect(value(office, '9375CFF0413111d3B88A00104B2A6676', 'Version')).toBe('02000000');
  });
});
