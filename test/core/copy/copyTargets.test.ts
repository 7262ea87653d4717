/**
 * The copy dialog's target marks (copyRefusals) agree with the copy itself: a target is marked exactly
 * when planning the copy into it is refused for SERVICE_SINGLE_COPY, with the same error — on the real
 * sample profile, an empty one, and profiles grown by random service creations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/admin/serviceAdmin.js';
import { copyRefusals, planCopy } from '../../../electron/core/copy/index.js';
import { loadDefaultCatalog } from '../../../electron/core/formats/mapisvc/index.js';
import { profileView } from '../../../electron/core/model/index.js';
import { AppError } from '../../../shared/errors.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { CONTAB, PST, emptyDoc, sampleDoc, uidSequence } from './copyFixtures.js';

const catalog = loadDefaultCatalog().services;

/** What planning the copy answers: null, or the refusal's shape when it is the single-copy one. */
function planned(source: ProfileDoc, uid: string, target: ProfileDoc) {
  try {
    planCopy(source, uid, target, { newUid: uidSequence('f') });
    return null;
  } catch (e) {
    if (e instanceof AppError && e.reason === 'singleCopyService') return e.toShape();
    return null; // other refusals come with the preview, not in the target list
  }
}

function grown(id: string, creates: number[]): ProfileDoc {
  let doc = emptyDoc(id, `P ${id}`);
  const newUid = uidSequence(id.slice(0, 2));
  for (const c of creates) {
    try {
      doc = createService(doc, catalog[c]!, { newUid }).doc;
    } catch (e) {
      expect((e as AppError).reason).toBe('singleCopyService');
    }
  }
  return doc;
}

describe('copy targets', () => {
  it('marks the Outlook Address Book’s own profile, with the sentence the copy gives, and nothing for the PST', () => {
    const outlook = sampleDoc('o');
    const work = emptyDoc('w');
    const contab = copyRefusals(outlook, CONTAB, [outlook, work]);
    expect(contab.map((x) => [x.profileId, x.refusal?.code ?? null])).toEqual([
      ['o', 'MAPI_E_NO_ACCESS'],
      ['w', null],
    ]);
    expect(contab[0]!.refusal).toEqual(planned(outlook, CONTAB, outlook));
    expect(contab[0]!.refusal!.message).toContain('SERVICE_SINGLE_COPY');
    expect(copyRefusals(outlook, PST, [outlook, work]).every((x) => x.refusal === null)).toBe(true);
  });

  it('refuses a UID that is not a service of the source, as the copy does', () => {
    const outlook = sampleDoc('o');
    expect(() => copyRefusals(outlook, '0'.repeat(32), [outlook])).toThrow(expect.objectContaining({ code: 'MAPI_E_NOT_FOUND' }));
  });

  it('agrees with planCopy on grown profiles', () => {
    const creates = fc.array(fc.nat(catalog.length - 1), { maxLength: 5 });
    fc.assert(
      fc.property(creates, creates, (a, b) => {
        const source = grown('a1', a);
        const targets = [source, grown('b2', b), sampleDoc('s3')];
        for (const s of profileView(source).services.filter((x) => x.exists)) {
          const marks = copyRefusals(source, s.uid, targets);
          expect(marks.map((m) => m.refusal)).toEqual(targets.map((t) => planned(source, s.uid, t)));
        }
      }),
      { numRuns: 20 },
    );
  });
});
