/**
 * Store migrations, one function per schema version step, run under the store lock before loading.
 *
 * v0 (the first prototype's layout): `index.json` was `{version: 0, profiles: [ids]}` and each profile
 * document carried `isDefault: boolean`. v1 moves the default into the index, per registry root (MAPI
 * keeps one default per profiles root: file-formats.md §1), and adds the history.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors.js';
import { writeFileAtomic } from './atomicFile.js';
import { emptyIndex, paths, SCHEMA_VERSION, type StoreIndex } from './storeFiles.js';

type Migration = (dir: string, raw: Record<string, unknown>) => void;

const MIGRATIONS: Record<number, Migration> = {
  0: (dir, raw) => {
    const files = paths(dir);
    const ids = Array.isArray(raw.profiles) ? raw.profiles.filter((x): x is string => typeof x === 'string') : [];
    const index: StoreIndex = { ...emptyIndex(), order: ids };
    for (const id of ids) {
      const doc = readJson(files.profile(id));
      if (!doc) continue;
      const { isDefault, ...rest } = doc;
      const origin = rest.origin as { root?: unknown } | undefined;
      if (isDefault === true && typeof origin?.root === 'string' && typeof rest.name === 'string') index.defaults[origin.root] = rest.name;
      writeFileAtomic(files.profile(id), JSON.stringify(rest));
    }
    writeFileAtomic(files.index, JSON.stringify(index));
  },
};

export function migrate(dir: string): void {
  const file = paths(dir).index;
  for (;;) {
    if (!existsSync(file)) return;
    const raw = readJson(file);
    const version = typeof raw?.schemaVersion === 'number' ? raw.schemaVersion : typeof raw?.version === 'number' ? raw.version : undefined;
    if (version === SCHEMA_VERSION) return;
    const step = version === undefined ? undefined : MIGRATIONS[version];
    if (!raw || !step) throw new AppError('E_STORE', 'storeVersion', { file, version: String(version) });
    step(dir, raw);
  }
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
