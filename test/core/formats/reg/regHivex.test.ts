/**
 * Independent check with hivex (Debian libhivex-bin): hivexregedit merges the .reg we write into a scratch
 * copy of the sample hive, exports it again, and our reader must find the ground truth in that export.
 *
 * hivexregedit reads .reg files "in the local encoding" (man hivexregedit, ENCODING; Win::Hivex::Regedit
 * reg_import): UTF-8 on Linux. It cannot read regedit's UTF-16LE, so our UTF-16LE output is re-encoded as
 * UTF-8 (CRLF kept: it strips a CR before each LF). Its `--encoding` option is only for how REG_SZ strings
 * are stored in the hive (UTF-16LE by default). Its export is 7-bit ASCII with `hex(N):` for every value.
 *
 * The ground truth is written under a new key (`Software\MpeCheck`), so everything the export shows can only
 * come from our file; the file also deletes the original `Profiles` tree, which must be gone afterwards.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseReg, toSnapshot, writeReg } from '../../../../electron/core/formats/reg/index.js';
import { describeWith } from '../../../helpers/peerTools.js';
import { sampleHivePath } from '../../../helpers/samples.js';
import { groundTruthKeys, groundTruthView, snapshotView } from './regCompare.js';

const PROFILES = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles';
const MOVED = 'HKEY_CURRENT_USER\\Software\\MpeCheck\\Profiles';
const move = (path: string) => MOVED + path.slice(PROFILES.length);

describeWith(['hivexregedit'], 'hivexregedit merges what writeReg writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-reg-hivex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('and exports it back as exactly the ground truth', () => {
    const hive = join(dir, 'NTUSER.DAT');
    copyFileSync(sampleHivePath(), hive);
    const keys = [
      { path: 'HKEY_CURRENT_USER\\Software\\MpeCheck', values: [] },
      ...groundTruthKeys().map((k) => ({ path: move(k.path), values: k.values })),
    ];
    const written = writeReg(keys, { deletedKeys: [PROFILES] });
    expect([written[0], written[1]]).toEqual([0xff, 0xfe]);
    const utf8 = new TextDecoder('utf-16le').decode(written.subarray(2));
    writeFileSync(join(dir, 'in.reg'), utf8, 'utf8');

    execFileSync('hivexregedit', ['--merge', '--prefix', 'HKEY_CURRENT_USER', hive, join(dir, 'in.reg')]);
    const exported = execFileSync('hivexregedit', ['--export', '--prefix', 'HKEY_CURRENT_USER', hive, '\\Software\\MpeCheck\\Profiles']);

    const snapshot = toSnapshot(parseReg(new Uint8Array(exported)));
    const expected = groundTruthView().map((k) => ({ ...k, path: move(k.path).toLowerCase() }));
    expect(snapshotView(snapshot.keys)).toEqual(expected);
    expect(() =>
      execFileSync('hivexregedit', ['--export', hive, '\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles'], { stdio: 'pipe' }),
    ).toThrow();
  });
});
