/**
 * The real files the repository carries (test/fixtures/real, licences in its SOURCES.md): two NTUSER.DAT
 * hives with Outlook profiles, and what was derived from them with hivex. Files of unknown licence are in
 * `extraRealData.ts`, the only helper that reads outside the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REAL_DIR = resolve(import.meta.dirname, '../fixtures/real');

export const SAMPLE = {
  hiveXz: 'regipy_NTUSER_BAGMRU.DAT.xz',
  hiveJson: 'regipy_NTUSER_BAGMRU_Outlook16_Profiles.json',
  hivexReg: 'regipy_NTUSER_BAGMRU_Outlook16_Profiles.hivexregedit.reg',
  win7HiveXz: 'notatin_win7_ntuser.dat.xz',
  win7HiveJson: 'notatin_win7_ntuser_WMS_Profiles.json',
  /** Wine's `reg export` of keys of the regipy hive (wineExports.sh): regedit's format, written by Wine. */
  wineProfiles: 'regipy_Outlook16_Profiles.wine.reg',
  wineEnvironment: 'regipy_Environment.wine.reg',
  wineGameConfig: 'regipy_GameConfigStore.wine.reg',
  wineAppBroadcast: 'regipy_AppBroadcast.wine.reg',
} as const;

/** Every regedit-format file of the repository: Wine's exports (UTF-16LE, BOM, CRLF, 80-column `hex:`). */
export const WINE_EXPORTS = [SAMPLE.wineProfiles, SAMPLE.wineEnvironment, SAMPLE.wineGameConfig, SAMPLE.wineAppBroadcast] as const;

export type SampleName = (typeof SAMPLE)[keyof typeof SAMPLE];

export const samplePath = (name: SampleName): string => join(REAL_DIR, name);
export const readSample = (name: SampleName): Uint8Array => new Uint8Array(readFileSync(samplePath(name)));

/** A compressed sample hive, decompressed once per machine into the temp dir; returns its path. */
function decompressed(xzName: SampleName, outName: string): string {
  const dir = join(tmpdir(), 'mpe-samples');
  const out = join(dir, outName);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const bytes = execFileSync('xz', ['-dc', samplePath(xzName)], { maxBuffer: 64 << 20 });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  }
  return out;
}

/** The regipy NTUSER.DAT (Outlook 2016, 64-bit layout), decompressed; returns its path. */
export const sampleHivePath = (): string => decompressed(SAMPLE.hiveXz, 'NTUSER_BAGMRU.DAT');
export const sampleHive = (): Uint8Array => new Uint8Array(readFileSync(sampleHivePath()));

/** The notatin Windows 7 NTUSER.DAT (Outlook 2010 32-bit, Windows Messaging Subsystem), decompressed. */
export const win7HivePath = (): string => decompressed(SAMPLE.win7HiveXz, 'notatin_win7_ntuser.dat');
export const win7Hive = (): Uint8Array => new Uint8Array(readFileSync(win7HivePath()));

export interface GroundTruthKey {
  key: string;
  values: { name: string; type: number; hex: string }[];
}

const truthOf = (name: SampleName): GroundTruthKey[] => JSON.parse(readFileSync(samplePath(name), 'utf8')).keys;

/** Every key and value under `…\16.0\Outlook\Profiles` of the regipy hive, as hivex read it. */
export const groundTruth = (): GroundTruthKey[] => truthOf(SAMPLE.hiveJson);

/** Every key and value under `…\Windows Messaging Subsystem\Profiles` of the Windows 7 hive, as hivex read it. */
export const win7GroundTruth = (): GroundTruthKey[] => truthOf(SAMPLE.win7HiveJson);

export const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** The text of a UTF-16LE file with BOM (regedit's encoding, docs/file-formats.md §4.2), without its BOM. */
export const utf16Text = (bytes: Uint8Array): string => Buffer.from(bytes.subarray(2)).toString('utf16le');

/** Text as regedit writes it: UTF-16LE with BOM. */
export const utf16WithBom = (text: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
