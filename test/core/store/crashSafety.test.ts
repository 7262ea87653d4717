/**
 * A process killed at any point of a burst of commits leaves the store at exactly a prefix of its
 * commits: every transaction fully present or fully absent, the last acknowledged one present.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../../electron/core/store/profileStore.js';
import { tempDir } from './storeHelpers.js';
import { tsxArgs } from '../../helpers/tsxChild.js';

const ROUNDS = Number(process.env.MPE_CRASH_ROUNDS ?? 30);
const WRITER = join(import.meta.dirname, 'crashWriter.ts');

/** A small deterministic generator, so a failing round can be replayed from the logged seed. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

function runAndKill(dir: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsxArgs(WRITER, dir), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d) => {
      out += d;
      // Start the clock at the first commit, so every round kills in the middle of the burst.
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself: ${err}`));
      const acknowledged = out.trim().split('\n').filter(Boolean).map(Number);
      resolve(acknowledged.at(-1) ?? 0);
    });
  });
}

describe('crash safety', () => {
  it(`${ROUNDS} kills at random points: every reopen shows exactly a prefix of the commits`, async () => {
    const seed = Number(process.env.MPE_CRASH_SEED ?? Date.now() % 100000);
    const random = rng(seed);
    const dir = tempDir();
    let acknowledgedBefore = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acknowledged = await runAndKill(dir, 5 + Math.floor(random() * 120));
      const store = ProfileStore.open(dir, { historyLimit: 100000 });
      const context = `seed ${seed}, round ${round}`;
      const a = Number(store.get('A')?.name.split(' ')[1]);
      const b = Number(store.get('B')?.name.split(' ')[1]);
      expect(a, context).toBe(b);
      // The last acknowledged commit is there; at most the one in flight is there too.
      expect(a, context).toBeGreaterThanOrEqual(Math.max(acknowledged, acknowledgedBefore));
      expect(a, context).toBeLessThanOrEqual(Math.max(acknowledged, acknowledgedBefore) + 1);
      // Each commit's third document agrees with the same prefix.
      const cs = store
        .list()
        .filter((d) => d.id.startsWith('C'))
        .map((d) => d.id);
      expect(cs, context).toEqual(a % 2 === 0 ? [`C${a}`] : []);
      expect(store.history().length, context).toBe(a);
      expect(store.problems, context).toEqual([]);
      expect(existsSync(join(dir, 'journal.json')), context).toBe(false);
      acknowledgedBefore = a;
    }
    expect(acknowledgedBefore).toBeGreaterThan(ROUNDS);
  }, 240_000);
});
