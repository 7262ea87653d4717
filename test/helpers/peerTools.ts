/**
 * The independent implementations and programs some tests need, each declared once with the Debian package
 * that provides it. A test group that needs one runs inside `describeWith`: when it is missing the group is
 * skipped under a title naming the package (and `test/setup/requirements.ts` prints one line per missing
 * package before the run); in CI (`CI` set) a missing one is a failure, since `.ci/run` installs them all.
 */
import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';

export const SYSTEM_PYTHON = '/usr/bin/python3';
/** Debian's Chromium, which playwright-core drives (it cannot download its own browser here). */
export const CHROMIUM = '/usr/bin/chromium';

interface PeerTool {
  /** The Debian package to install. */
  readonly pkg: string;
  /** What the tests use it for (printed when it is missing). */
  readonly role: string;
  /** True when it can be used. */
  readonly probe: () => boolean;
}

const onPath = (cmd: string) => (): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const pythonImports = (module: string) => (): boolean => {
  try {
    execFileSync(SYSTEM_PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export const PEER_TOOLS = {
  hivexregedit: { pkg: 'libhivex-bin', role: 'hivexregedit, the .reg ⇄ hive oracle', probe: onPath('hivexregedit') },
  hivexml: { pkg: 'libhivex-bin', role: 'hivexml, the whole-hive oracle', probe: onPath('hivexml') },
  hivexsh: { pkg: 'libhivex-bin', role: 'hivexsh -d, the base block as libhivex reads it (sequence numbers)', probe: onPath('hivexsh') },
  pythonHivex: { pkg: 'python3-hivex', role: 'libhivex from Python, the key-by-key hive oracle', probe: pythonImports('hivex') },
  regfexport: {
    pkg: 'libregf-utils',
    role: "libregf's regfexport, a hive reader the hive writer is checked against",
    probe: onPath('regfexport'),
  },
  reglookup: { pkg: 'reglookup', role: 'reglookup, a hive reader the hive writer is checked against', probe: onPath('reglookup') },
  reged: { pkg: 'chntpw', role: "chntpw's reged, a hive reader the hive writer is checked against", probe: onPath('reged') },
  wine: {
    pkg: 'wine',
    role: "Wine's reg.exe, the Windows registry the live path and the .reg writer are checked against",
    probe: onPath('wine'),
  },
  xz: { pkg: 'xz-utils', role: 'xz, to decompress the real hives in test/fixtures/real', probe: onPath('xz') },
  chromium: { pkg: 'chromium', role: 'Chromium, for the end-to-end tests of the window', probe: onPath(CHROMIUM) },
} as const satisfies Record<string, PeerTool>;

export type PeerToolName = keyof typeof PEER_TOOLS;

const seen = new Map<PeerToolName, boolean>();

/** Whether the tool is installed (probed once per test file). */
export function hasTool(name: PeerToolName): boolean {
  let ok = seen.get(name);
  if (ok === undefined) {
    ok = PEER_TOOLS[name].probe();
    seen.set(name, ok);
  }
  return ok;
}

/** The tools of `names` that are missing, as `tool (apt-get install pkg)` phrases. */
export function missingTools(names: readonly PeerToolName[]): string[] {
  return names.filter((n) => !hasTool(n)).map((n) => `${n} (apt-get install ${PEER_TOOLS[n].pkg})`);
}

/**
 * A describe block that needs peer tools. Missing outside CI: skipped, its title saying what to install.
 * Missing in CI: the block fails.
 */
export function describeWith(tools: readonly PeerToolName[], title: string, body: () => void): void {
  const missing = missingTools(tools);
  if (missing.length === 0) return void describe(title, body);
  if (process.env.CI) {
    return void describe(title, () => {
      throw new Error(`CI must install ${missing.join(', ')}: .ci/run installs every peer tool`);
    });
  }
  describe.skip(`${title} — skipped: needs ${missing.join(', ')}`, body);
}

/** One test that needs peer tools, with the same rules as `describeWith`. */
export function itWith(tools: readonly PeerToolName[], title: string, body: () => unknown, timeout?: number): void {
  describeWith(tools, title, () => it(title, body, timeout));
}
