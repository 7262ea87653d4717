import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProfileStore } from '../../electron/core/store/profileStore.js';
import { sampleHivePath } from '../helpers/samples.js';
import { mpe } from './mpeInProcess.js';
import { step } from '../helpers/historyStep.js';

async function workspace() {
  const s = mkdtempSync(join(tmpdir(), 'mpe-copy-'));
  await mpe(['--store', s, 'import', sampleHivePath()]);
  await mpe(['--store', s, 'create-profile', 'Work']);
  return (...argv: string[]) => mpe(['--store', s, ...argv]);
}

describe('mpe copy-service and lint', () => {
  it('--dry-run --json prints the plan and writes nothing', async () => {
    const run = await workspace();
    const r = await run('--json', 'copy-service', 'Outlook', 'Outlook Data File', '--to', 'Work', '--dry-run');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ source: { name: 'Outlook' }, target: { name: 'Work' }, service: { serviceName: 'MSUPST MS' } });
    expect(plan.sections.map((s: { role: string }) => s.role)).toEqual(['service', 'provider', 'preferences']);
    expect(JSON.parse((await run('--json', 'history')).stdout)).toHaveLength(2);
  });

  it('copies by service name, one undo step, and the target lints clean', async () => {
    const run = await workspace();
    expect((await run('copy-service', 'Outlook', 'MSUPST MS', '--to', 'Work', '--name', 'Archive')).code).toBe(0);
    const work = JSON.parse((await run('--json', 'show', 'Work')).stdout);
    expect(work.view.services.map((s: { displayName: string }) => s.displayName)).toEqual(['Archive']);
    expect((await run('lint', 'Work')).code).toBe(0);
    expect((await run('undo')).stdout).toMatch(/Undone: Copy service 'Outlook Data File' to 'Work'/);
    expect(JSON.parse((await run('--json', 'show', 'Work')).stdout).view.services).toEqual([]);
  });

  it('refuses the single-copy Outlook Address Book with exit 3 and the MAPI code, nothing written', async () => {
    const run = await workspace();
    const r = await run('copy-service', 'Outlook', 'Outlook Address Book', '--to', 'Outlook');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^MAPI_E_NO_ACCESS \(0x80070005\): .*SERVICE_SINGLE_COPY/);
    expect(JSON.parse((await run('--json', 'history')).stdout)).toHaveLength(2);
    const unknown = await run('copy-service', 'Outlook', 'No Such Service', '--to', 'Work');
    expect(unknown).toMatchObject({ code: 3, stderr: expect.stringMatching(/^MAPI_E_NOT_FOUND \(0x8004010F\)/) });
  });

  it('lint exits 1 when a profile has errors', async () => {
    const s = mkdtempSync(join(tmpdir(), 'mpe-lint-'));
    await mpe(['--store', s, 'import', sampleHivePath()]);
    expect((await mpe(['--store', s, 'lint', 'Outlook'])).code).toBe(0);
    // Break a reference the way a hand edit would: delete the PST provider section its service lists.
    const store = ProfileStore.open(s);
    store.transact(step('break'), (tx) => {
      const doc = tx.findByName('Outlook')!;
      tx.put({ ...doc, keys: doc.keys.filter((k) => k.path !== '6876da12b533bc47a32ce78191722d01') });
    });
    const r = await mpe(['--store', s, 'lint', 'Outlook']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error .*6876da12b533bc47a32ce78191722d01/);
  });
});

describe('mpe create-service and delete-service', () => {
  it('creates services from the shipped catalog, refuses a second single-copy one, deletes', async () => {
    const run = await workspace();
    expect((await run('create-service', 'Work', 'MSUPST MS', '--name', 'Archive')).code).toBe(0);
    expect((await run('create-service', 'Work', 'CONTAB')).code).toBe(0);
    const again = await run('create-service', 'Work', 'CONTAB');
    expect(again).toMatchObject({ code: 3, stderr: expect.stringMatching(/^MAPI_E_NO_ACCESS \(0x80070005\)/) });
    expect((await run('create-service', 'Work', 'NOSUCH')).code).toBe(3);
    expect((await run('lint', 'Work')).code).toBe(0);
    expect((await run('delete-service', 'Work', 'Archive')).code).toBe(0);
    const work = JSON.parse((await run('--json', 'show', 'Work')).stdout);
    expect(work.view.services.map((s: { serviceName: string }) => s.serviceName)).toEqual(['CONTAB']);
    expect((await run('lint', 'Work')).code).toBe(0);
  });

  it('--json prints what the command did, not the change the window applies (contract.ts Change)', async () => {
    const run = await workspace();
    const created = await run('--json', 'create-service', 'Work', 'MSUPST MS', '--name', 'Archive');
    expect(Object.keys(JSON.parse(created.stdout))).toEqual(['serviceUid']);
    const deleted = await run('--json', 'delete-service', 'Work', 'Archive');
    expect(Object.keys(JSON.parse(deleted.stdout)).sort()).toEqual(['deleteFiles', 'deletedSections', 'removedAccounts']);
  });
});

describe('mpe lint --fix', () => {
  it('--dry-run prints the repairs and writes nothing; --fix applies each as one undo step', async () => {
    const s = mkdtempSync(join(tmpdir(), 'mpe-fix-'));
    await mpe(['--store', s, 'import', sampleHivePath()]);
    const store = ProfileStore.open(s);
    store.transact(step('break'), (tx) => {
      const doc = tx.findByName('Outlook')!;
      const master = '9207f3e0a3b11019908b08002b2a56c2';
      tx.put({
        ...doc,
        keys: doc.keys.map((k) =>
          k.path === master
            ? { ...k, values: k.values.map((v) => (v.name === '01023d00' ? { ...v, data: v.data + 'ab'.repeat(16) } : v)) }
            : k,
        ),
      });
    });
    const history = async () => JSON.parse((await mpe(['--store', s, '--json', 'history'])).stdout).length;
    const steps = await history();
    expect((await mpe(['--store', s, 'lint', 'Outlook'])).stdout).toMatch(
      /PR_STORE_PROVIDERS of section 9207f3e0\S+ names section (ab)+.*\(mpe lint --fix repairs it\)/,
    );

    const dry = await mpe(['--store', s, 'lint', 'Outlook', '--fix', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toMatch(
      /Outlook {2}fix {6}PR_STORE_PROVIDERS of 9207f3e0a3b11019908b08002b2a56c2: 6876da12\S+ → 6876da12b533bc47a32ce78191722d01\n/,
    );
    expect(dry.stdout).toMatch(/Outlook {2}fix {6}remove empty section 5a835b5131048343a7e9c42aba1a2940/);
    expect(await history()).toBe(steps);

    const r = await mpe(['--store', s, 'lint', 'Outlook', '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Outlook: no problems/);
    expect(await history()).toBe(steps + 2);
    expect((await mpe(['--store', s, 'undo'])).stdout).toMatch(/Undone: Fix 5a835b5131048343a7e9c42aba1a2940 in 'Outlook'/);
    expect((await mpe(['--store', s, 'undo'])).stdout).toMatch(
      /Undone: Fix PR_STORE_PROVIDERS \(9207f3e0a3b11019908b08002b2a56c2\) in 'Outlook'/,
    );
    expect((await mpe(['--store', s, 'lint', 'Outlook'])).code).toBe(1);
    expect((await mpe(['--store', s, 'lint', '--dry-run'])).code).toBe(2);
  });
});

describe('mpe copy-service --data-file', () => {
  it('gives the PST copy its own file, said in the plan; lint finds no shared file', async () => {
    const run = await workspace();
    const r = await run(
      '--json',
      'copy-service',
      'Outlook',
      'Outlook Data File',
      '--to',
      'Outlook',
      '--name',
      'Archive',
      '--data-file',
      'D:\\Archive.pst',
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.dataFile).toEqual({ path: 'D:\\Archive.pst', previous: 'C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst' });
    expect(plan.warnings.map((w: { code: string }) => w.code)).toEqual(['ownDataFile']);
    expect((await run('lint', 'Outlook')).stdout).not.toMatch(/same data file/);
  });
});
