/**
 * The real engine's answers on the real sample hive, for the renderer tests' fake transport
 * (test/renderer/fakeApi.ts, copyFlows.ts): built in every test run through the real handlers over a
 * fresh store, never kept as a golden copy, so they cannot go stale (issue 16 §3). A vitest globalSetup
 * of the renderer project (vitest.config.ts): it runs once in Node and hands the answers to the
 * happy-dom workers with `provide` (read there with `inject('engineAnswers')`).
 *
 * The flows: the hive imported, a new empty profile "Work" created, then `services.planCopy` of
 * "Outlook Data File" (MSUPST MS) into Work (`pstToWork`) and into Outlook itself (`pstSame`: the
 * sharedDataFile warning, the dropped STATUS_DEFAULT_STORE), the refused single-copy CONTAB within
 * Outlook (`singleCopy`, the error envelope), `lint.run` for Outlook and for all, then the PST copied into
 * Work, `compare.run` Outlook ↔ Work and `search.run` "Outlook.pst"; and Copy profile's `profiles.planCopy`
 * of Outlook (`copyProfile`: beside itself, into the new profiles under Office 15.0, refused as "Work")
 * with `sources.list`. Profile ids become `p1` (Outlook) and `p2` (Work), the ids the fake's summaries
 * use, and the hive's source id `s1`; the copies' new UIDs are random on each run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dispatchEnvelope } from '../../electron/ipc/dispatch.js';
import { openContext } from '../../electron/ipc/handlers/context.js';
import { createHandlers } from '../../electron/ipc/handlers/index.js';
import type { Envelope } from '../../shared/contract.js';
import type { EngineAnswers } from './providedContext.js';
import { sampleHivePath } from './samples.js';

/** Two services of the sample's "Outlook" profile (MSUPST MS and CONTAB): their UIDs are the hive's. */
const PST = 'd4eeded2d3c3fc4ca46d35e579df8bcd';
const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

function must<T>(envelope: Envelope<T>, what: string): T {
  if (!envelope.ok) throw new Error(`${what}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

export async function engineAnswers(): Promise<EngineAnswers> {
  const storeDir = mkdtempSync(join(tmpdir(), 'mpe-engine-answers-'));
  try {
    const h = createHandlers(openContext({ shell: 'web', storeDir }));
    const imported = must(
      await dispatchEnvelope(h, 'profiles.import', { files: [{ name: 'NTUSER.DAT', data: readFileSync(sampleHivePath()) }] }),
      'import',
    );
    const outlook = imported.imported.find((p) => p.name === 'Outlook');
    if (!outlook) throw new Error(`the sample hive has no profile "Outlook" (${imported.imported.map((p) => p.name).join(', ')})`);
    const outlookView = must(await dispatchEnvelope(h, 'profiles.get', { id: outlook.id }), 'profiles.get').view;
    const work = must(await dispatchEnvelope(h, 'profiles.create', { name: 'Work' }), 'create Work');
    const copyFlows = {
      pstToWork: must(
        await dispatchEnvelope(h, 'services.planCopy', { sourceId: outlook.id, serviceUid: PST, targetId: work.id }),
        'plan PST → Work',
      ),
      pstSame: must(
        await dispatchEnvelope(h, 'services.planCopy', { sourceId: outlook.id, serviceUid: PST, targetId: outlook.id }),
        'plan PST → Outlook',
      ),
      singleCopy: await dispatchEnvelope(h, 'services.planCopy', { sourceId: outlook.id, serviceUid: CONTAB, targetId: outlook.id }),
      lintOutlook: must(await dispatchEnvelope(h, 'lint.run', { id: outlook.id }), 'lint Outlook'),
      lintAll: must(await dispatchEnvelope(h, 'lint.run', {}), 'lint all'),
      compare: undefined as unknown,
      search: undefined as unknown,
    };
    if (copyFlows.singleCopy.ok) throw new Error('copying the single-copy CONTAB within its profile was not refused');
    // Copy profile's plans, before the PST copy changes Work: Outlook beside itself, into the new profiles
    // under Office 15.0 (another source and root), and under the name Work there (taken).
    const copyProfile = {
      sources: must(await dispatchEnvelope(h, 'sources.list', {}), 'sources'),
      same: must(await dispatchEnvelope(h, 'profiles.planCopy', { id: outlook.id, name: 'Outlook (copy)' }), 'plan copy of Outlook'),
      uplift: must(
        await dispatchEnvelope(h, 'profiles.planCopy', { id: outlook.id, name: 'Outlook', sourceId: 'new', root: 'office15' }),
        'plan copy of Outlook into Office 15.0',
      ),
      taken: await dispatchEnvelope(h, 'profiles.planCopy', { id: outlook.id, name: 'Work', sourceId: 'new', root: 'office16' }),
    };
    if (copyProfile.taken.ok) throw new Error('copying Outlook as Work beside Work was not refused');
    must(await dispatchEnvelope(h, 'services.copy', { sourceId: outlook.id, serviceUid: PST, targetId: work.id }), 'copy PST → Work');
    copyFlows.compare = must(await dispatchEnvelope(h, 'compare.run', { leftId: outlook.id, right: { profileId: work.id } }), 'compare');
    copyFlows.search = must(await dispatchEnvelope(h, 'search.run', { query: 'Outlook.pst' }), 'search');
    const json = JSON.stringify({ outlookView, copyFlows, copyProfile });
    // The hive's source id is random: `s1`, as the profile ids become p1 and p2.
    const hiveSource = outlook.sourceId ?? '';
    if (!hiveSource) throw new Error('the import did not say which source Outlook belongs to');
    return JSON.parse(json.split(outlook.id).join('p1').split(work.id).join('p2').split(hiveSource).join('s1')) as EngineAnswers;
  } finally {
    rmSync(storeDir, { recursive: true, force: true });
  }
}

/** globalSetup of the renderer project. */
export default async function provideEngineAnswers(project: TestProject): Promise<void> {
  project.provide('engineAnswers', await engineAnswers());
}
