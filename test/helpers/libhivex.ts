/**
 * The independent reader our hive reader is checked against: libhivex through Debian's python3-hivex
 * (usable only with /usr/bin/python3, not a pyenv python3 on PATH). Tests that call it run inside
 * `describeWith(['pythonHivex'], …)`.
 */
import { execFileSync } from 'node:child_process';
import { SYSTEM_PYTHON } from './peerTools.js';
import type { GroundTruthKey } from './samples.js';

/** Python: `dump(path, prefix)` lists every key of a hive, depth-first, with its values, as libhivex reads them. */
const DUMP_FUNCTION = `
import hivex, json, sys
sys.setrecursionlimit(100000)
def dump(path, prefix):
    h = hivex.Hivex(path)
    out = []
    def walk(n, p):
        vals = []
        for v in h.node_values(n):
            t, data = h.value_value(v)
            vals.append({"name": h.value_key(v), "type": t, "hex": data.hex()})
        out.append({"key": p, "values": vals})
        for c in h.node_children(n):
            name = h.node_name(c)
            walk(c, p + "\\\\" + name if p else name)
    walk(h.root(), prefix)
    return out
`;

const DUMP_SCRIPT = `${DUMP_FUNCTION}
json.dump(dump(sys.argv[1], sys.argv[2]), sys.stdout)
`;

/**
 * Every key of the hive at `path` (depth-first pre-order, subkeys and values in hive order) with every
 * value's name, type and bytes, as libhivex reads them. Paths are `prefix\name\…`; the root's path is
 * `prefix` (the root's own name is not part of paths), so `prefix = ''` gives `SOFTWARE\Microsoft…`.
 */
export function dumpHiveWithLibhivex(path: string, prefix = ''): GroundTruthKey[] {
  const json = execFileSync(SYSTEM_PYTHON, ['-c', DUMP_SCRIPT, path, prefix], { maxBuffer: 1 << 30 });
  return JSON.parse(json.toString('utf8')) as GroundTruthKey[];
}

const BATCH_SCRIPT = `${DUMP_FUNCTION}
results = []
for path in json.load(sys.stdin):
    try:
        results.append({"keys": dump(path, "")})
    except Exception as e:
        results.append({"error": type(e).__name__ + ": " + str(e)})
json.dump(results, sys.stdout)
`;

/** What libhivex read from one hive file of a batch, or why it refused it. */
export type LibhivexResult = { keys: GroundTruthKey[] } | { error: string };

/**
 * Many hives in one python3 process (starting one per hive would cost more than the reading): for each
 * path, every key and value as `dumpHiveWithLibhivex(path, '')` gives them, or libhivex's error.
 */
export function dumpHivesWithLibhivex(paths: readonly string[]): LibhivexResult[] {
  // stderr kept from the log: python3-hivex prints a warning for each hive it could not open.
  const json = execFileSync(SYSTEM_PYTHON, ['-c', BATCH_SCRIPT], { input: JSON.stringify(paths), maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  return JSON.parse(json.toString('utf8')) as LibhivexResult[];
}
