/**
 * The "extra real data": real files of unknown licence that may not travel with the repository (see
 * test/fixtures/real/SOURCES.md). They live in the team kit beside the checkout, `../shared/samples/`.
 * This is the one file under test/ allowed to read outside the repository (test/repository/
 * selfContained.test.ts enforces it).
 *
 * Tests that use them sit in `describeExtra` blocks: run when the folder exists, skipped with one message
 * when it does not, and a failure in CI (`CI` set) unless the run says it has no kit on purpose
 * (`MPE_EXTRA_REAL_DATA=absent`, as `.ci/run`'s fresh-clone run does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

export const EXTRA_DIR = resolve(import.meta.dirname, '../../../shared/samples');

export const EXTRA = {
  /** The Office Customization Tool PRF of MattMofDoom/OutlookProfiler, with its full mapping tables. */
  prf: 'MattMofDoom_OutlookProfiler_custom16.prf',
  /** A regedit export in UTF-16LE with BOM and CRLF (SeethaC-lab/Outlook). */
  regeditUtf16: 'SeethaC-lab_Outlook_Outlook.reg',
  /** A regedit export with 80-column `hex:` wrapping (W0rmsp17/eventLogs). */
  regeditWrapped: 'W0rmsp17_eventLogs_outlook_MailSettings.reg',
} as const;

export type ExtraName = (typeof EXTRA)[keyof typeof EXTRA];

export const hasExtraRealData = (): boolean => Object.values(EXTRA).every((name) => existsSync(join(EXTRA_DIR, name)));

/** Why the extra set is not run, or undefined when it is. */
export const EXTRA_MISSING_MESSAGE = `extra real data not found in ${EXTRA_DIR} (the team kit's samples of unknown licence)`;

export const extraPath = (name: ExtraName): string => join(EXTRA_DIR, name);
export const readExtra = (name: ExtraName): Uint8Array => new Uint8Array(readFileSync(extraPath(name)));

/** Whether a missing extra set fails the run: in CI, unless the run declares it has no kit. */
export const extraRequired = (): boolean => !!process.env.CI && process.env.MPE_EXTRA_REAL_DATA !== 'absent';

/**
 * A describe block over the extra real data: skipped (with a title saying why) when it is absent. The body is
 * not even collected then (vitest runs a skipped block's body to list its tests, and a body may read the files
 * at collection time): the block shows as one skipped test.
 */
export function describeExtra(title: string, body: () => void): void {
  if (hasExtraRealData()) return void describe(title, body);
  if (extraRequired()) {
    return void describe(title, () => {
      throw new Error(`${EXTRA_MISSING_MESSAGE}; CI must have it (set MPE_EXTRA_REAL_DATA=absent for a fresh-clone run)`);
    });
  }
  describe.skip(`${title} — skipped: ${EXTRA_MISSING_MESSAGE}`, () => it('runs with the extra real data', () => {}));
}
