/**
 * The safe save of a hive file: the original is never modified in place, a failure at any step leaves it
 * byte for byte as it was and names the step, locked files and dirty hives are refused with a sentence.
 * File operations are node:fs; a test that makes one step fail wraps them (nothing of ours is replaced).
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import type { HiveSubtreeEdit } from '../../../electron/core/formats/hive/hiveEdits.js';
import { openHive, readSubtree } from '../../../electron/core/formats/hive/index.js';
import { nodeIo, saveHiveFile, type SaveIo, type SaveStep } from '../../../electron/core/save/saveHiveFile.js';
import { sampleHivePath, win7HivePath } from '../../helpers/samples.js';

const WMS = 'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles';
const EDITS: HiveSubtreeEdit[] = [
  {
    path: `${WMS}\\Second`,
    keys: [
      { path: '', values: [{ name: 'x', type: 4, data: '01000000' }] },
      { path: '9207f3e0a3b11019908b08002b2a56c2', values: [] },
    ],
  },
];
const NOW = new Date('2026-12-07T08:00:00Z');

/** A copy of a sample hive alone in a new directory. */
function hiveCopy(sample: () => string = win7HivePath): { dir: string; file: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-save-hive-'));
  const file = join(dir, 'NTUSER.DAT');
  copyFileSync(sample(), file);
  return { dir, file, bytes: readFileSync(file) };
}

function failingAt(step: SaveStep): SaveIo {
  const boom = () => {
    throw Object.assign(new Error('injected failure'), { code: 'EIO' });
  };
  return {
    ...nodeIo,
    writeFile: step === 'write' ? boom : nodeIo.writeFile,
    flush: step === 'flush' ? boom : nodeIo.flush,
    copyFile: step === 'backup' ? boom : nodeIo.copyFile,
    rename: step === 'rename' ? boom : nodeIo.rename,
  };
}

const caught = (run: () => unknown): AppError => {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('saveHiveFile', () => {
  it('writes the edits, keeps the original as NAME.bak, leaves no temporary file', () => {
    const { dir, file, bytes } = hiveCopy();
    const report = saveHiveFile(file, EDITS, { now: NOW });
    expect(report.written).toBe(true);
    expect(report.added).toEqual([`${WMS}\\Second`, `${WMS}\\Second\\9207f3e0a3b11019908b08002b2a56c2`]);
    expect(readFileSync(join(dir, 'NTUSER.DAT.bak')).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak']);
    const saved = openHive(new Uint8Array(readFileSync(file)));
    expect(saved.warnings).toEqual([]);
    expect(readSubtree(saved, `${WMS}\\Second`, '')[0]!.values).toEqual(EDITS[0]!.keys![0]!.values);

    // Nothing to change: nothing written, no second backup.
    const again = saveHiveFile(file, EDITS, { now: NOW });
    expect(again.written).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak']);
  });

  it('keeps an older backup and names the new one by the time of the save', () => {
    const { dir, file } = hiveCopy();
    writeFileSync(join(dir, 'NTUSER.DAT.bak'), 'older');
    const report = saveHiveFile(file, EDITS, { now: NOW });
    expect(report.backup).toBe(join(dir, 'NTUSER.DAT.20261207-080000.bak'));
    expect(readFileSync(join(dir, 'NTUSER.DAT.bak'), 'utf8')).toBe('older');
  });

  it.each(['write', 'flush', 'backup', 'rename'] as const)(
    'a failure at step "%s" leaves the original byte for byte and says which step',
    (step) => {
      const { dir, file, bytes } = hiveCopy();
      const e = caught(() => saveHiveFile(file, EDITS, { now: NOW, io: failingAt(step) }));
      expect(e.reason).toBe('hiveSaveStep');
      expect(e.message).toBe(`Saving NTUSER.DAT failed at step "${step}" (EIO: injected failure). The original file is unchanged.`);
      expect(errorText('fr', e.reason, e.details as Record<string, string>)).toContain(`à l’étape « ${step} »`);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(existsSync(file + '.tmp')).toBe(false);
      expect(readdirSync(dir).filter((f) => f !== 'NTUSER.DAT' && !f.endsWith('.bak'))).toEqual([]);
    },
  );

  it('a written copy that does not read back as meant is refused at the verify step', () => {
    const { file, bytes } = hiveCopy();
    // The copy on disk loses the new key's value: what a short write or a bad sector would do.
    const io: SaveIo = {
      ...nodeIo,
      writeFile: (p, written) => {
        const b = new Uint8Array(written);
        // The new value "x" = dword 1: a vk with a 1-byte name and 4 bytes of inline data 01 00 00 00.
        const at = Buffer.from(b).indexOf(Buffer.from([0x76, 0x6b, 1, 0, 4, 0, 0, 0x80, 1, 0, 0, 0]));
        expect(at).toBeGreaterThan(0);
        b[at + 8] = 2;
        nodeIo.writeFile(p, b);
      },
    };
    const e = caught(() => saveHiveFile(file, EDITS, { now: NOW, io }));
    expect(e.reason).toBe('hiveSaveVerify');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(file + '.tmp')).toBe(false);
  });

  it('refuses a file it cannot open for writing (a hive Windows has loaded), writing nothing', () => {
    const { dir, file, bytes } = hiveCopy();
    const io: SaveIo = {
      ...nodeIo,
      probeWritable: () => {
        throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
      },
    };
    const e = caught(() => saveHiveFile(file, EDITS, { io }));
    expect(e.reason).toBe('hiveSaveLocked');
    expect(e.message).toContain('NTUSER.DAT cannot be written: it is in use or read-only (EBUSY: resource busy or locked)');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['NTUSER.DAT']);
  });

  it('refuses a dirty hive without logs unless forced; a dry run still lists the changes', () => {
    const { file, bytes } = hiveCopy(sampleHivePath);
    const edits: HiveSubtreeEdit[] = [
      { path: 'SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\New', keys: [{ path: '', values: [] }] },
    ];
    const e = caught(() => saveHiveFile(file, edits));
    expect(e.reason).toBe('hiveSaveDirty');
    expect(e.message).toContain('sequence numbers 29989 ≠ 29988');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(saveHiveFile(file, edits, { dryRun: true }).added).toEqual(['SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\New']);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const forced = saveHiveFile(file, edits, { force: true });
    expect(forced.written).toBe(true);
    expect(openHive(new Uint8Array(readFileSync(file))).warnings).toEqual([]);
  });

  it('refuses a dirty hive whose logs cannot be applied, saying why, unless forced; forced, its logs go beside the backup', () => {
    const { dir, file, bytes } = hiveCopy(sampleHivePath);
    writeFileSync(join(dir, 'ntuser.dat.LOG1'), 'log');
    const edits: HiveSubtreeEdit[] = [
      { path: 'SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\New', keys: [{ path: '', values: [] }] },
    ];
    const e = caught(() => saveHiveFile(file, edits));
    expect(e.reason).toBe('hiveSaveLogs');
    expect(e.message).toContain(
      '(sequence numbers 29989 ≠ 29988) and its transaction logs (ntuser.dat.LOG1) could not be applied: ntuser.dat.LOG1@0x0: transaction log of 3 bytes is shorter than its 512-byte base block.',
    );
    expect(readFileSync(file).equals(bytes)).toBe(true);
    const forced = saveHiveFile(file, edits, { force: true, now: NOW });
    expect(forced.movedLogs).toEqual([join(dir, 'NTUSER.DAT.bak.LOG1')]);
    expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak', 'NTUSER.DAT.bak.LOG1']);
  });

  it('moves the logs of a clean hive beside the backup, where Windows will not replay them', () => {
    const { dir, file } = hiveCopy();
    writeFileSync(join(dir, 'NTUSER.DAT.LOG1'), 'log1');
    writeFileSync(join(dir, 'NTUSER.DAT.LOG2'), 'log2');
    const report = saveHiveFile(file, EDITS, { now: NOW });
    expect(report.movedLogs).toEqual([join(dir, 'NTUSER.DAT.bak.LOG1'), join(dir, 'NTUSER.DAT.bak.LOG2')]);
    expect(readdirSync(dir).sort()).toEqual(['NTUSER.DAT', 'NTUSER.DAT.bak', 'NTUSER.DAT.bak.LOG1', 'NTUSER.DAT.bak.LOG2']);
  });
});
