/** The transaction logs beside a hive: found whatever the case of their names, only regular files, in .LOG, .LOG1, .LOG2 order. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logPathsBeside, logsBeside } from '../../../electron/core/import/logsBeside.js';

describe('logsBeside', () => {
  it('finds ntuser.dat.LOG1 beside NTUSER.DAT (Windows’ own spelling), skips folders and other names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mpe-logs-beside-'));
    for (const f of [
      'NTUSER.DAT',
      'ntuser.dat.LOG1',
      'NTUSER.DAT.log2',
      'NTUSER.DAT.LOG3',
      'NTUSER.DAT.LOG1.bak',
      'NTUSER.DAT.bak.LOG1',
      'other.LOG1',
    ])
      writeFileSync(join(dir, f), f);
    mkdirSync(join(dir, 'NTUSER.DAT.LOG'));
    expect(logPathsBeside(join(dir, 'NTUSER.DAT'))).toEqual([join(dir, 'ntuser.dat.LOG1'), join(dir, 'NTUSER.DAT.log2')]);
    expect(logsBeside(join(dir, 'NTUSER.DAT')).map((l) => [l.name, Buffer.from(l.bytes).toString()])).toEqual([
      ['ntuser.dat.LOG1', 'ntuser.dat.LOG1'],
      ['NTUSER.DAT.log2', 'NTUSER.DAT.log2'],
    ]);
  });

  it('a hive in a folder that cannot be listed has no logs', () => {
    expect(logPathsBeside(join(tmpdir(), 'no-such-folder-mpe', 'NTUSER.DAT'))).toEqual([]);
  });
});
