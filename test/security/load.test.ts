/**
 * Robustness under load (issue 9), within about a minute on a 2-core machine: a store of 1,000 real
 * profiles (the sample's Outlook profile under new ids and names, written through the store's
 * transactions), then 100 concurrent channel calls over the browser-mode HTTP server — reads, property
 * edits and profile copies — with no error and no lost change (profile count, history ids and every edit
 * exact), then thousands of operations with the heap measured after forced GCs: stable, not growing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract.js';
import { ProfileStore } from '../../electron/core/store/profileStore.js';
import { createHandlers } from '../../electron/ipc/handlers/index.js';
import { openContext } from '../../electron/ipc/handlers/context.js';
import { startWebServer, type WebServer } from '../../electron/ipc/web/webServer.js';
import { realProfile } from '../core/store/storeHelpers.js';
import { step } from '../helpers/historyStep.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const PROFILES = 1000;
const storeDir = mkdtempSync(join(tmpdir(), 'mpe-load-'));
let server: WebServer;

function postEnvelope<T = unknown>(channel: string, body: unknown): Promise<Envelope<T>> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${channel}`,
        agent: false,
        headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<T>));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const ok = <T>(e: Envelope<T>, what: string): T => {
  if (!e.ok) throw new Error(`${what}: ${e.error.code} ${e.error.message}`);
  return e.value;
};

beforeAll(async () => {
  const sample = realProfile('template');
  const store = ProfileStore.open(storeDir);
  for (let batch = 0; batch < PROFILES / 100; batch++) {
    store.transact(step(`load batch ${batch}`), (tx) => {
      for (let i = batch * 100; i < (batch + 1) * 100; i++)
        tx.put({ ...sample, id: `load${String(i).padStart(5, '0')}`, name: `Load ${i}` });
    });
  }
  const rendererDir = mkdtempSync(join(tmpdir(), 'mpe-load-renderer-'));
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ handlers: createHandlers(openContext({ shell: 'web', storeDir })), rendererDir });
}, 120_000);
afterAll(() => server.close());

/** The section and value every edit in this file changes: PR_DISPLAY_NAME_W of the profile's first section with one. */
const SECTION = '9207f3e0a3b11019908b08002b2a56c2';
const VALUE = '001f3001';

describe('under load', () => {
  it('holds 1,000 profiles', async () => {
    const list = ok(await postEnvelope<{ id: string }[]>('profiles.list', {}), 'list');
    expect(list).toHaveLength(PROFILES);
  });

  it('100 concurrent calls (reads, edits, copies): no error, no lost change', async () => {
    const before = ok(await postEnvelope<{ id: number }[]>('history.list', {}), 'history');
    const lastId = before.at(-1)?.id ?? 0;
    const calls: Promise<unknown>[] = [];
    let writes = 0;
    for (let i = 0; i < 100; i++) {
      const id = `load${String(i * 7).padStart(5, '0')}`;
      if (i % 4 === 0) {
        writes++;
        calls.push(postEnvelope('profiles.copy', { id, name: `Copy ${i}` }).then((e) => ok(e, `copy ${i}`)));
      } else if (i % 4 === 1) {
        writes++;
        calls.push(
          postEnvelope('properties.set', { profileId: id, section: SECTION, valueName: VALUE, value: `edited ${i}` }).then((e) =>
            ok(e, `set ${i}`),
          ),
        );
      } else if (i % 4 === 2) calls.push(postEnvelope('profiles.get', { id }).then((e) => ok(e, `get ${i}`)));
      else calls.push(postEnvelope('profiles.list', {}).then((e) => ok(e, `list ${i}`)));
    }
    await Promise.all(calls);

    const list = ok(await postEnvelope<{ id: string; name: string }[]>('profiles.list', {}), 'list');
    expect(list).toHaveLength(PROFILES + 25);
    for (let i = 0; i < 100; i += 4)
      expect(
        list.filter((p) => p.name === `Copy ${i}`),
        `Copy ${i}`,
      ).toHaveLength(1);
    const history = ok(await postEnvelope<{ id: number }[]>('history.list', {}), 'history');
    // Every write is one history entry, ids consecutive: none lost, none doubled.
    expect(history.at(-1)!.id).toBe(lastId + writes);
    const ids = history.map((h) => h.id);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, k) => ids[0]! + k));
    for (let i = 1; i < 100; i += 4) {
      const got = ok(await postEnvelope<{ view: unknown }>('profiles.get', { id: `load${String(i * 7).padStart(5, '0')}` }), 'get');
      expect(JSON.stringify(got.view), `edit ${i}`).toContain(`"edited ${i}"`);
    }
  }, 60_000);

  it('repeated copies of copies: every one lands', async () => {
    let source = 'load00001';
    for (let i = 0; i < 20; i++) {
      const copy = ok(await postEnvelope<{ id: string }>('profiles.copy', { id: source, name: `Chain ${i}` }), `chain ${i}`);
      source = copy.id;
    }
    const list = ok(await postEnvelope<{ name: string }[]>('profiles.list', {}), 'list');
    expect(list.filter((p) => p.name.startsWith('Chain '))).toHaveLength(20);
    expect(list).toHaveLength(PROFILES + 25 + 20);
  }, 60_000);

  it('memory is stable: the heap after GC does not grow over 10,000 operations (1,000 of them warm-up)', async () => {
    const round = async (n: number) => {
      for (let i = 0; i < n; i += 10) {
        const batch: Promise<unknown>[] = [];
        for (let k = 0; k < 10; k++) {
          const j = i + k;
          const id = `load${String((j * 13) % PROFILES).padStart(5, '0')}`;
          // One write in 10 (a commit applies its journal to the loaded state; it no longer re-reads 1,000 documents).
          const kind = j % 20;
          if (kind === 0 || kind === 10)
            batch.push(
              postEnvelope('properties.set', { profileId: 'load00002', section: SECTION, valueName: VALUE, value: `v${j % 40}` }).then(
                (e) => ok(e, 'set'),
              ),
            );
          else if (kind <= 5) batch.push(postEnvelope('profiles.list', {}).then((e) => ok(e, 'list')));
          else if (kind <= 12) batch.push(postEnvelope('profiles.get', { id }).then((e) => ok(e, 'get')));
          else batch.push(postEnvelope('history.list', {}).then((e) => ok(e, 'history')));
        }
        await Promise.all(batch);
      }
    };
    await round(1000);
    const start = heapMb();
    const samples: number[] = [];
    for (let r = 0; r < 9; r++) {
      await round(1000);
      samples.push(heapMb());
    }
    console.log(
      `load: heap after GC ${start.toFixed(1)} MB after a 1,000-operation warm-up, then ${samples.map((s) => s.toFixed(1)).join(', ')} MB every 1,000 operations`,
    );
    expect(samples.at(-1)! - start).toBeLessThan(25);
    // No steady climb: the last quarter is not above the first by more than noise.
    expect(samples.at(-1)! - samples[0]!).toBeLessThan(15);
  }, 240_000);
});
