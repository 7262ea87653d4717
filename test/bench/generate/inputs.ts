/**
 * Bench inputs on disk, generated once per seed and size and cached under os.tmpdir()/mpe-bench:
 * `profiles.reg` (UTF-16LE, our writeReg — what regedit writes) and `profiles.hive`, built by an
 * independent tool: `hivexregedit --merge` of the same keys (converted to UTF-8, the only encoding it
 * reads) into a copy of the sample NTUSER.DAT, after deleting the sample's own profiles.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReg } from '../../../electron/core/formats/reg/index.js';
import { sampleHivePath } from '../../helpers/samples.js';
import { generateRegistry, ROOT } from './profiles.js';
import { seededRandom } from './random.js';

export const BENCH_SEED = 20240610;
export const CACHE_DIR = join(tmpdir(), 'mpe-bench');
/** Bump when the generator changes shape, so stale caches are not reused. */
const GENERATOR_VERSION = 1;

export interface BenchInput {
  count: number;
  names: string[];
  regPath: string;
  /** Present when hivexregedit is installed (and `hive` was asked for). */
  hivePath?: string;
}

const inputDir = (seed: number, count: number, sections: number) =>
  join(CACHE_DIR, `v${GENERATOR_VERSION}-seed${seed}-n${count}-s${sections}`);

/** The .reg bytes (UTF-16LE with BOM) and the profile names for a seed and size; pure, no files. */
export function generateRegBytes(
  seed: number,
  count: number,
  sections = 20,
  deletedKeys: string[] = [],
): { bytes: Uint8Array; names: string[] } {
  const { keys, names } = generateRegistry(seededRandom(seed), count, sections);
  return { bytes: writeReg(keys, { deletedKeys }), names };
}

/** UTF-16LE (with BOM) → UTF-8 without BOM, for hivexregedit. */
export function utf16ToUtf8(bytes: Uint8Array): Buffer {
  return Buffer.from(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.byteLength - 2).toString('utf16le'), 'utf8');
}

function writeOnce(path: string, make: () => void): void {
  if (existsSync(path)) return;
  make();
}

export function benchInput(count: number, opts: { seed?: number; sections?: number; hive?: boolean } = {}): BenchInput {
  const seed = opts.seed ?? BENCH_SEED;
  const sections = opts.sections ?? 20;
  const dir = inputDir(seed, count, sections);
  mkdirSync(dir, { recursive: true });
  const regPath = join(dir, 'profiles.reg');
  const namesPath = join(dir, 'names.json');
  writeOnce(namesPath, () => {
    const { bytes, names } = generateRegBytes(seed, count, sections);
    writeFileSync(regPath + '.tmp', bytes);
    renameSync(regPath + '.tmp', regPath);
    writeFileSync(namesPath + '.tmp', JSON.stringify(names));
    renameSync(namesPath + '.tmp', namesPath);
  });
  const names = JSON.parse(readFileSync(namesPath, 'utf8')) as string[];
  const input: BenchInput = { count, names, regPath };
  if (opts.hive) {
    const hivePath = join(dir, 'profiles.hive');
    writeOnce(hivePath, () => {
      const utf8Path = join(dir, 'merge.utf8.reg');
      writeFileSync(utf8Path, utf16ToUtf8(generateRegBytes(seed, count, sections, [ROOT]).bytes));
      copyFileSync(sampleHivePath(), hivePath + '.tmp');
      execFileSync('hivexregedit', ['--merge', '--prefix', 'HKEY_CURRENT_USER', hivePath + '.tmp', utf8Path], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      renameSync(hivePath + '.tmp', hivePath);
    });
    input.hivePath = hivePath;
  }
  return input;
}
