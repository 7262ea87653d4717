/**
 * The Windows 7 sample hive made dirty, with transaction logs beside it that Windows could have written
 * (test/helpers/hiveLogs.ts, from the spec): S0 is the sample, S1 adds a profile "Recovered", S2 a value of
 * its master section; the primary file holds S0 with sequence numbers that differ, the log brings it to S2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HiveEdit } from '../../electron/core/formats/hive/hiveEdits.js';
import { writeHive } from '../../electron/core/formats/hive/hiveWriter.js';
import { changedPages, hvleEntry, newFormatLog, oldFormatLog, withSequences } from './hiveLogs.js';
import { win7Hive } from './samples.js';

export const WMS = 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
export const MASTER = '9207f3e0a3b11019908b08002b2a56c2';
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
export const utf16z = (s: string) => Buffer.from(s + '\0', 'utf16le').toString('hex');

/** S0: the sample; S1: a profile "Recovered" added; S2: a value added to its master section. */
function states(): Uint8Array[] {
  const edits: HiveEdit[][] = [
    [
      {
        path: `${WMS}\\Recovered`,
        keys: [
          { path: '', values: [] },
          { path: MASTER, values: [{ name: '001f3001', type: 3, data: utf16z('one') }] },
        ],
      },
    ],
    [
      {
        path: `${WMS}\\Recovered`,
        keys: [
          { path: '', values: [] },
          {
            path: MASTER,
            values: [
              { name: '001f3001', type: 3, data: utf16z('one') },
              { name: '00033009', type: 3, data: '02000000' },
            ],
          },
        ],
      },
    ],
  ];
  const s = [win7Hive()];
  edits.forEach((e, i) => s.push(writeHive(s[i]!, e, { now: new Date(Date.UTC(2026, 5, 1 + i)) }).bytes));
  return s;
}

/** The sample as Windows leaves it mid-write, with logs of `format` that bring it to S2. */
export function dirtyHiveWithLogs(format: 'new' | 'old') {
  const s = states();
  const seq = u32(s[0]!, 4);
  const dir = mkdtempSync(join(tmpdir(), 'mpe-cli-dirty-'));
  const hive = join(dir, 'NTUSER.DAT');
  const dirty = withSequences(s[0]!, seq + 1, seq);
  writeFileSync(hive, dirty);
  if (format === 'new') {
    const entries = [1, 2].map((k) => hvleEntry(seq + k, u32(s[k]!, 40), changedPages(s[k - 1]!, s[k]!, 4096)));
    writeFileSync(join(dir, 'ntuser.dat.LOG1'), newFormatLog(dirty, seq + 1, entries));
  } else {
    writeFileSync(join(dir, 'ntuser.dat.LOG1'), oldFormatLog(s[2]!, seq + 1, changedPages(s[0]!, s[2]!, 512)));
  }
  return { dir, hive, store: join(dir, 'store'), dirty, seq, pages: changedPages(s[0]!, s[2]!, 512).length };
}
