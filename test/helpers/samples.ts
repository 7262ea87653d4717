/**
 * Access to the team kit's real samples (../shared/samples beside the checkout) and to the peer tools
 * (hivex) that check our readers against an independent implementation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SAMPLES_DIR = resolve(import.meta.dirname, '../../../shared/samples');

export const samplePath = (name: string): string => join(SAMPLES_DIR, name);
export const readSample = (name: string): Uint8Array => new Uint8Array(readFileSync(samplePath(name)));

export const SAMPLE = {
  hiveXz: 'regipy_NTUSER_BAGMRU.DAT.xz',
  win7HiveXz: 'notatin_win7_ntuser.dat.xz',
  hiveJson: 'regipy_NTUSER_BAGMRU_Outlook16_Profiles.json',
  hivexReg: 'regipy_NTUSER_BAGMRU_Outlook16_Profiles.hivexregedit.reg',
  prf: 'MattMofDoom_OutlookProfiler_custom16.prf',
  regeditUtf16: 'SeethaC-lab_Outlook_Outlook.reg',
  regeditWrapped: 'W0rmsp17_eventLogs_outlook_MailSettings.reg',
} as const;

/** The sample NTUSER.DAT, decompressed once per machine into the temp dir; returns its path. */
export const sampleHivePath = (): string => decompressed(SAMPLE.hiveXz, 'NTUSER_BAGMRU.DAT');

/** The Windows 7 NTUSER.DAT (Outlook 2010 under Windows Messaging Subsystem), decompressed once. */
export const sampleWin7HivePath = (): string => decompressed(SAMPLE.win7HiveXz, 'win7_ntuser.dat');

function decompressed(xz: string, name: string): string {
  const dir = join(tmpdir(), 'mpe-samples');
  const out = join(dir, name);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const bytes = execFileSync('xz', ['-dc', samplePath(xz)], { maxBuffer: 64 << 20 });
    writeFileSync(out + '.tmp', bytes);
    execFileSync('mv', [out + '.tmp', out]);
  }
  return out;
}

export const sampleHive = (): Uint8Array => new Uint8Array(readFileSync(sampleHivePath()));

export interface GroundTruthKey {
  key: string;
  values: { name: string; type: number; hex: string }[];
}

/** Every key and value under `…\16.0\Outlook\Profiles` of the sample hive, as hivex read it. */
export function groundTruth(): GroundTruthKey[] {
  return JSON.parse(readFileSync(samplePath(SAMPLE.hiveJson), 'utf8')).keys;
}

/**
 * Whether a peer tool (hivexregedit, hivexml, python3 with hivex) is installed. In CI a missing tool is
 * a failure, not a skip: `.ci/run` installs them.
 */
export function hasTool(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI) throw new Error(`${cmd} is not installed; .ci/run must install it`);
    return false;
  }
}

export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
