/**
 * Check raises no false alarm: every real profile the project has — the 16.0 sample (regipy), the Outlook
 * 2010 32-bit profile (notatin, under the Windows Messaging Subsystem root), the profiles the PRF import
 * builds from the real OCT PRF and from one naming every service it maps — and every profile generated from
 * them (each catalog service created, each service copied within and across profiles) and the Exchange
 * profiles built from Microsoft's documented layouts (test/helpers/exchangeProfiles.ts) checks with no error.
 * A profile Outlook opens every day must not make `mpe lint` exit 1.
 */
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/admin/serviceAdmin.js';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { loadDefaultCatalog } from '../../../electron/core/formats/mapisvc/index.js';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { lint } from '../../../electron/core/lint/index.js';
import { profileView } from '../../../electron/core/model/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { legacyExchange, modernExchange } from '../../helpers/exchangeProfiles.js';
import { win7Hive } from '../../helpers/samples.js';
import { emptyDoc, sampleDoc, uidSequence } from '../copy/copyFixtures.js';
import { OCT_PRF_NAME, SERVICES_PRF, octPrfBytes } from '../formats/prf/prfFixtures.js';
import { EXTRA, describeExtra, readExtra } from '../../helpers/extraRealData.js';

const errors = (doc: ProfileDoc) =>
  lint(doc)
    .filter((f) => f.severity === 'error')
    .map((f) => `${doc.name}: ${f.message}`);

const notatinProfiles = (): ProfileDoc[] => readProfilesFile(win7Hive(), 'win7_ntuser.dat', 'hive').profiles;

/** Every service of the profile, copied into an empty profile and (where MAPI allows) into its own. */
function copies(doc: ProfileDoc): ProfileDoc[] {
  const out: ProfileDoc[] = [];
  for (const s of profileView(doc).services.filter((x) => x.exists)) {
    const empty = emptyDoc('t', `${doc.name} → empty`);
    out.push({
      ...applyCopy(planCopy(doc, s.uid, empty, { newUid: uidSequence('d1') }), empty),
      name: `${doc.name}: ${s.displayName} copied`,
    });
    const single = ((s.flags?.value ?? 0) & 0x2) !== 0;
    if (!single)
      out.push({
        ...applyCopy(planCopy(doc, s.uid, doc, { newUid: uidSequence('d2') }), doc),
        name: `${doc.name}: ${s.displayName} copied within`,
      });
  }
  return out;
}

describe('Check on every real profile: no error', () => {
  it('the 16.0 sample, its copies, and every catalog service created in it', () => {
    const doc = sampleDoc();
    const generated = loadDefaultCatalog().services.flatMap((entry) => {
      try {
        return [{ ...createService(doc, entry, { newUid: uidSequence('d3') }).doc, name: `Outlook + ${entry.name}` }];
      } catch {
        return []; // a single-copy service the profile has (CONTAB): MAPI refuses it too
      }
    });
    expect([doc, ...copies(doc), ...generated].flatMap(errors)).toEqual([]);
    expect(generated.length).toBeGreaterThan(4);
  });

  it('the Outlook 2010 32-bit profile (notatin) and its copies', () => {
    const profiles = notatinProfiles();
    expect(profiles.length).toBeGreaterThan(0);
    expect([...profiles, ...profiles.flatMap(copies)].flatMap(errors)).toEqual([]);
  });

  it('the PRF imports: the OCT-layout PRF and one naming every service it maps', () => {
    const real = readProfilesFile(octPrfBytes(), OCT_PRF_NAME, 'prf').profiles;
    const services = readProfilesFile(new Uint8Array(Buffer.from(SERVICES_PRF(), 'latin1')), 'services.prf', 'prf').profiles;
    expect(services.length).toBe(1);
    expect(profileView(services[0]!).services.length).toBeGreaterThan(2);
    expect([...real, ...services, ...services.flatMap(copies)].flatMap(errors)).toEqual([]);
  });

  it('Exchange profiles from the documented layouts, untouched and copied', () => {
    const profiles = [
      legacyExchange().doc,
      modernExchange({ name: 'Exchange Online', accounts: [{ onlineArchive: true }], contab: true }).doc,
      modernExchange({ name: 'Not listed', accounts: [{ listedInExtraUids: false }] }).doc,
      modernExchange({ name: 'Two accounts', accounts: [{}, { smtp: 'sales@fabrikam.com', delegate: true }] }).doc,
    ];
    for (const p of profiles) expect(errors(p), p.name).toEqual([]);
    // Nor a warning: these are working profiles (the missing PR_EMSABP_USER_UID section is a note).
    for (const p of profiles)
      expect(
        lint(p)
          .filter((f) => f.severity === 'warning')
          .map((f) => f.message),
        p.name,
      ).toEqual([]);
    expect(profiles.flatMap(copies).flatMap(errors)).toEqual([]);
  });
});

describeExtra('Check on the extra real data: no error', () => {
  it('the real OCT PRF (MattMofDoom/OutlookProfiler) and its copies', () => {
    const profiles = readProfilesFile(readExtra(EXTRA.prf), EXTRA.prf, 'prf').profiles;
    expect(profiles.length).toBe(1);
    expect([...profiles, ...profiles.flatMap(copies)].flatMap(errors)).toEqual([]);
  });
});
