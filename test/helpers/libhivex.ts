/**
 * The independent reader our hive reader is checked against: libhivex through Debian's python3-hivex
 * (usable only with /usr/bin/python3, not a pyenv python3 on PATH). Tests that call it run inside
 * `describeWith(['pythonHivex'], …)`.
 */
import { execFileSync } from 'node:child_process';
import { SYSTEM_PYTHON } from './peerTools.js';
import type { GroundTruthKey } from './samples.js';

const DUMP_SCRIPT = `
import hivex, json, sys
sys.setrecursionlimit(100000)
h = hivex.Hivex(sys.argv[1])
prefix = sys.argv[2]
out = []
def walk(n, path):
    vals = []
    for v in h.node_values(n):
        t, data = h.value_value(v)
        vals.append({"name": h.value_key(v), "type": t, "hex": data.hex()})
    out.append({"key": path, "values": vals})
    for c in h.node_children(n):
        name = h.node_name(c)
        walk(c, path + "\\\\" + name if path else name)
walk(h.root(), prefix)
json.dump(out, sys.stdout)
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
