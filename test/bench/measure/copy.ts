/**
 * Copy-service plan + apply with persistence: planCopy and applyCopy (electron/core/copy) inside one store
 * transaction, as the handlers do, between two generated profiles of ~100 sections each. Each run copies one
 * more "shared mailbox" PST service into the target, so the target grows a little run by run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { profilesFromRegistry, profileView } from '../../../electron/core/model/index.js';
import { importProfiles } from '../../../electron/core/admin/profileAdmin.js';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { generateRegistry, sectionCount } from '../generate/profiles.js';
import { seededRandom } from '../generate/random.js';
import { ms, times, verdict, type Row } from '../report.js';
import { stats, timeOnce } from './timing.js';
import { step } from '../../helpers/historyStep.js';

export const COPY_BUDGET_MS = 20;

export function copyService(seed: number, runs: number): Row[] {
  const { keys } = generateRegistry(seededRandom(seed + 100), 2, 100);
  const { profiles } = profilesFromRegistry(keys, { source: 'reg', file: 'bench.reg' });
  const [source, target] = profiles as [(typeof profiles)[0], (typeof profiles)[0]];
  const sections = sectionCount(source.keys);
  const store = ProfileStore.open(mkdtempSync(join(tmpdir(), 'mpe-bench-copy-')));
  importProfiles(store, [{ file: 'bench.reg', profiles, defaults: [] }], step('bench.reg'));
  const serviceUid = profileView(source).services.find((s) => s.displayName === 'Shared Mailbox 1')!.uid;

  const copyOnce = () =>
    store.transact(step('bench copy'), (tx) => {
      const to = tx.get(target.id)!;
      tx.put(applyCopy(planCopy(tx.get(source.id)!, serviceUid, to), to));
    });
  const pureOnce = () => {
    const to = store.get(target.id)!;
    return applyCopy(planCopy(store.get(source.id)!, serviceUid, to), to);
  };
  copyOnce();
  pureOnce();
  const withStore: number[] = [];
  const pure: number[] = [];
  for (let i = 0; i < runs; i++) {
    withStore.push(timeOnce(copyOnce));
    pure.push(timeOnce(pureOnce));
  }
  const s = stats(withStore);
  const p = stats(pure);
  return [
    {
      metric: `copy-service plan + apply + store transaction, ${sections}-section profiles`,
      median: ms(s),
      ratio: times(stats(withStore.map((t, i) => t / pure[i]!)), 'of plan+apply alone'),
      budget: `< ${COPY_BUDGET_MS} ms`,
      verdict: verdict(s.median < COPY_BUDGET_MS),
    },
    {
      metric: `copy-service plan + apply alone (no store), ${sections}-section profiles`,
      median: ms(p),
      ratio: '—',
      budget: '— (part of the above)',
      verdict: 'info',
    },
  ];
}
