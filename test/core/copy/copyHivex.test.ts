/**
 * A copied profile exported as .reg is real registry data: hivexregedit (libhivex, an independent
 * implementation) merges it into a scratch copy of the sample NTUSER.DAT, and our hive reader reads back
 * exactly the keys and values of the copied profiles. hivexregedit reads only the local encoding (UTF-8)
 * .reg files (see test/core/formats/reg/regHivex.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { applyCopy, planCopy } from '../../../electron/core/copy/index.js';
import { collectProfileKeys, openHive } from '../../../electron/core/formats/hive/index.js';
import { writeReg } from '../../../electron/core/formats/reg/index.js';
import { profilesFromRegistry, profileToRegistry } from '../../../electron/core/model/index.js';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { describeWith } from '../../helpers/peerTools.js';
import { sampleHivePath } from '../../helpers/samples.js';
import { CONTAB, emptyDoc, PST, sampleDoc } from './copyFixtures.js';
import { expectFaithfulCopy } from './copyOracle.js';

const comparable = (doc: ProfileDoc) =>
  doc.keys
    .map((k) => ({ path: k.path.toLowerCase(), values: k.values.map((v) => `${v.name.toLowerCase()}=${v.type}:${v.data}`).sort() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

describeWith(['hivexregedit'], 'a copied profile through .reg, hivexregedit and our hive reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-copy-hivex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges into the sample hive and reads back value for value', () => {
    const source = sampleDoc();
    const within = planCopy(source, PST, source, { displayName: 'Archive' });
    const outlook = applyCopy(within, source);
    expectFaithfulCopy(within, source, source, outlook);
    const empty = emptyDoc('w', 'Work');
    const across = planCopy(source, CONTAB, empty);
    const work = applyCopy(across, empty);
    expectFaithfulCopy(across, source, empty, work);

    const written = writeReg([...profileToRegistry(outlook), ...profileToRegistry(work)], {
      deletedKeys: [`${source.origin.root}\\Outlook`],
    });
    writeFileSync(join(dir, 'copy.reg'), new TextDecoder('utf-16le').decode(written.subarray(2)), 'utf8');
    const hive = join(dir, 'NTUSER.DAT');
    copyFileSync(sampleHivePath(), hive);
    execFileSync('hivexregedit', ['--merge', '--prefix', 'HKEY_CURRENT_USER', hive, join(dir, 'copy.reg')]);

    const { profiles } = profilesFromRegistry(collectProfileKeys(openHive(new Uint8Array(readFileSync(hive)))), { source: 'hive' });
    expect(profiles.map((p) => p.name).sort()).toEqual(['Outlook', 'Work']);
    expect(comparable(profiles.find((p) => p.name === 'Outlook')!)).toEqual(comparable(outlook));
    expect(comparable(profiles.find((p) => p.name === 'Work')!)).toEqual(comparable(work));
  });
});
