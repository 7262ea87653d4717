/**
 * The independent reader our hive reader is checked against: libhivex through Debian's python3-hivex
 * (usable only with /usr/bin/python3, not a pyenv python3 on PATH). Tests that call it run inside
 * `describeWith(['pythonHivex'], …)`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { SYSTEM_PYTHON } from './peerTools.js';
import type { GroundTruthKey } from './samples.js';

/** Python: `dump(path, prefix)` lists every key of a hive, depth-first, with its values, as libhivex reads them. */
const DUMP_FUNCTION = `
import hivex, json, sys
sys.setrecursionlimit(100000)
def dump(path, prefix):
    h = hivex.Hivex(path)
    return dump_node(h, h.root(), prefix)
def dump_node(h, node, prefix):
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
    walk(node, prefix)
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
  const json = execFileSync(SYSTEM_PYTHON, ['-c', BATCH_SCRIPT], {
    input: JSON.stringify(paths),
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return JSON.parse(json.toString('utf8')) as LibhivexResult[];
}

const SESSION_SCRIPT = `${DUMP_FUNCTION}
for line in iter(sys.stdin.readline, ""):
    req = json.loads(line)
    try:
        h = hivex.Hivex(req["path"])
        node = h.root()
        for part in req["key"].split("\\\\") if req["key"] else []:
            node = h.node_get_child(node, part)
            if node is None:
                break
        res = {"keys": None if node is None else dump_node(h, node, "")}
    except Exception as e:
        res = {"error": type(e).__name__ + ": " + str(e)}
    sys.stdout.write(json.dumps(res) + "\\n")
    sys.stdout.flush()
`;

/** What libhivex read below one key: its subtree (paths relative to it, the key itself ''), `null` when absent. */
export type LibhivexSubtree = { keys: GroundTruthKey[] | null } | { error: string };

export interface LibhivexSession {
  /** The subtree of `key` (a `\\`-separated path from the root, found as hivex finds names: any case). */
  subtree(path: string, key: string): Promise<LibhivexSubtree>;
  close(): void;
}

/**
 * One python3 process that answers many requests (a property test reads hundreds of saved hives; a
 * process per hive would cost more than the reading), one JSON line each way.
 */
export function libhivexSession(): LibhivexSession {
  const child = spawn(SYSTEM_PYTHON, ['-c', SESSION_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const waiting: ((line: string) => void)[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(line));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w(JSON.stringify({ error: `python3-hivex exited (${code}): ${stderr.slice(-500)}` }));
  });
  return {
    subtree: (path, key) =>
      new Promise((resolve) => {
        waiting.push((line) => resolve(JSON.parse(line) as LibhivexSubtree));
        child.stdin.write(JSON.stringify({ path, key }) + '\n');
      }),
    close: () => void child.stdin.end(),
  };
}
