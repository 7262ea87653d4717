/**
 * `mpe import` and `mpe save-hive` end to end on a dirty NTUSER.DAT with transaction logs beside it (the
 * Windows 7 sample made dirty, its logs written to the spec by test/helpers/hiveLogs.ts, in both formats):
 * the import reads the profiles only the logs hold and says how many entries or pages it applied; the save
 * needs no --force, leaves a clean primary file (libhivex's hivexsh reads equal sequence numbers) holding
 * the recovered profiles and the new one, and moves the logs beside the backup.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dirtyHiveWithLogs, MASTER, utf16z, WMS } from '../helpers/dirtyHive.js';
import { dumpHiveWithLibhivex } from '../helpers/libhivex.js';
import { describeWith } from '../helpers/peerTools.js';
import { mpe } from './mpeInProcess.js';

/** The base block's sequence numbers as libhivex reads them (`hivexsh -d` prints its header fields). */
function hivexSequences(file: string): [number, number] {
  // -d prints every block it reads on stderr: keep the one header line.
  const line = execFileSync('sh', ['-c', 'echo quit | hivexsh -d "$1" 2>&1 | grep -m1 "sequence nos"', 'sh', file]).toString();
  const m = /sequence nos\s+(\d+) (\d+)/.exec(line);
  if (!m) throw new Error('hivexsh printed no sequence numbers');
  return [Number(m[1]), Number(m[2])];
}

describeWith(['pythonHivex', 'hivexsh'], 'a dirty NTUSER.DAT with transaction logs, through mpe', () => {
  it.each(['new', 'old'] as const)(
    '%s-format logs: import reads the recovered profiles, save-hive writes them back clean',
    async (format) => {
      const { dir, hive, store, dirty, seq, pages } = dirtyHiveWithLogs(format);
      const applied = format === 'new' ? '2 transaction log entries' : `${pages} dirty pages`;

      const imported = await mpe(['--store', store, 'import', hive]);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain(`Imported 'Recovered' from NTUSER.DAT`);
      expect(imported.stdout).toContain(
        `warning: NTUSER.DAT: dirty hive (sequence numbers ${seq + 1} ≠ ${seq}): ${applied} of ntuser.dat.LOG1 applied`,
      );
      expect(imported.stdout).not.toContain('were not applied');

      expect((await mpe(['--store', store, 'copy-profile', 'Recovered', 'Second'])).code).toBe(0);
      const saved = await mpe(['--store', store, 'save-hive', hive, 'Second']);
      expect(saved.stderr).toBe('');
      expect(saved.code).toBe(0);
      expect(saved.stdout).toContain(`Applied ${applied} of ntuser.dat.LOG1 first (the hive was dirty).\n`);
      expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak', 'NTUSER.DAT.bak.LOG1', 'store']);
      expect(readFileSync(join(dir, 'NTUSER.DAT.bak')).equals(dirty)).toBe(true);

      const [primary, secondary] = hivexSequences(hive);
      expect(primary).toBe(secondary);
      const keys = dumpHiveWithLibhivex(hive);
      for (const name of ['Recovered', 'Second']) {
        const master = keys.find((k) => k.key === `${WMS}\\${name}\\${MASTER}`);
        expect(master?.values.map((v) => [v.name, v.hex])).toEqual([
          ['001f3001', utf16z('one')],
          ['00033009', '02000000'],
        ]);
      }

      // Opened again: clean, no warning, the three profiles.
      const other = join(dir, 'other-store');
      const again = await mpe(['--store', other, 'import', hive]);
      expect(again.stdout).not.toContain('warning');
      expect(
        JSON.parse((await mpe(['--store', other, '--json', 'list'])).stdout)
          .map((p: { name: string }) => p.name)
          .sort(),
      ).toEqual(['Outlook', 'Recovered', 'Second']);
    },
  );
});

it('a dirty hive whose log is not a log: the import says why and keeps the dirty warning', async () => {
  const { hive, store, dir } = dirtyHiveWithLogs('new');
  writeFileSync(join(dir, 'ntuser.dat.LOG1'), 'not a log');
  const r = await mpe(['--store', store, 'import', hive]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    'warning: NTUSER.DAT: ntuser.dat.LOG1 was not applied: transaction log of 9 bytes is shorter than its 512-byte base block\n',
  );
  expect(r.stdout).toContain('changes in its .LOG1/.LOG2 files were not applied');
  expect(r.stdout).not.toContain(`Imported 'Recovered'`);
});

it('`mpe save` of a dirty hive source applies its logs first and says so', async () => {
  const { hive, store, dir } = dirtyHiveWithLogs('new');
  expect((await mpe(['--store', store, 'import', hive])).code).toBe(0);
  expect((await mpe(['--store', store, 'copy-profile', 'Recovered', 'Second'])).code).toBe(0);
  const saved = await mpe(['--store', store, 'save']);
  expect(saved.code).toBe(0);
  expect(saved.stdout).toContain('warning: Applied 2 transaction log entries of ntuser.dat.LOG1 first (the hive was dirty).\n');
  expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak', 'NTUSER.DAT.bak.LOG1', 'store']);
});
