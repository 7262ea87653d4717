/**
 * Electron hardening, checked by reading what ships (issue 9; DESIGN.md "Quality bars"): the main
 * process source and, when built, out/main/index.js; the preload and out/preload/index.cjs; the
 * renderer's CSP meta tag. Electron itself cannot run on these machines, so these are code checks; the
 * electronegativity scan (test/security/electronegativity.mjs) is the independent second opinion.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { trustedUrlMatcher } from '../../electron/ipc/trustedUrl.js';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const mainSource = read('electron/main/index.ts');
const builtMain = existsSync(join(ROOT, 'out/main/index.js')) ? read('out/main/index.js') : undefined;
/** Source and (when present) the build: every window-level check must hold in both. */
const mains = [['electron/main/index.ts', mainSource], ...(builtMain ? [['out/main/index.js', builtMain]] : [])] as const;

/** Every .ts/.vue/.js file under the given folders. */
function sources(...dirs: string[]): [string, string][] {
  const out: [string, string][] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(join(ROOT, d))) {
      const p = join(d, name);
      if (statSync(join(ROOT, p)).isDirectory()) walk(p);
      else if (/\.(ts|vue|js|cjs|mjs)$/.test(name)) out.push([p, read(p)]);
    }
  };
  for (const d of dirs) if (existsSync(join(ROOT, d))) walk(d);
  return out;
}

/** The object literal passed as `webPreferences:` of every `new BrowserWindow(` in `code`. */
function webPreferencesBlocks(code: string): string[] {
  const blocks: string[] = [];
  for (const m of code.matchAll(/new (?:electron\.)?BrowserWindow\s*\(/g)) {
    const at = code.indexOf('webPreferences', m.index);
    const open = code.indexOf('{', at);
    let depth = 0;
    let end = open;
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++;
      if (code[end] === '}' && --depth === 0) break;
    }
    blocks.push(code.slice(open, end + 1));
  }
  return blocks;
}

describe('every window is created with safe webPreferences', () => {
  for (const [file, code] of mains) {
    it(`${file}: contextIsolation, sandbox, no node integration, webSecurity, no webview tag, no insecure content`, () => {
      const blocks = webPreferencesBlocks(code);
      expect(blocks.length, 'BrowserWindow constructions').toBeGreaterThanOrEqual(1);
      for (const prefs of blocks) {
        expect(prefs).toMatch(/contextIsolation:\s*true/);
        expect(prefs).toMatch(/sandbox:\s*true/);
        expect(prefs).toMatch(/nodeIntegration:\s*false/);
        expect(prefs).toMatch(/nodeIntegrationInWorker:\s*false/);
        expect(prefs).toMatch(/webSecurity:\s*true/);
        expect(prefs).toMatch(/webviewTag:\s*false/);
        expect(prefs).toMatch(/allowRunningInsecureContent:\s*false/);
        expect(prefs).toMatch(/experimentalFeatures:\s*false/);
        expect(prefs).toMatch(/disableBlinkFeatures:\s*['"]Auxclick['"]/);
        expect(prefs).not.toMatch(/enableRemoteModule|nodeIntegrationInSubFrames:\s*true|enableBlinkFeatures/);
        expect(prefs).toMatch(/preload:[^\n]*index\.cjs/);
      }
      // Nothing turns a switch back off elsewhere (e.g. a second window, or webPreferences edited later).
      expect(code).not.toMatch(/contextIsolation:\s*false|sandbox:\s*false|nodeIntegration:\s*true|webSecurity:\s*false|webviewTag:\s*true/);
      expect(code).not.toMatch(/allowRunningInsecureContent:\s*true|app\.commandLine\.appendSwitch\(\s*['"](?:no-sandbox|disable-web-security)/);
    });

    it(`${file}: navigation, new windows, webviews and permission requests are denied; a CSP is applied`, () => {
      expect(code).toMatch(/['"]will-navigate['"][\s\S]{0,200}preventDefault\(\)/);
      expect(code).toMatch(/['"]will-attach-webview['"][\s\S]{0,100}preventDefault\(\)/);
      expect(code).toMatch(/setWindowOpenHandler\(\s*\(\)\s*=>\s*\(\{\s*action:\s*['"]deny['"]\s*\}\)\)/);
      expect(code).not.toMatch(/action:\s*['"]allow['"]/);
      expect(code).toMatch(/setPermissionRequestHandler\([^)]*\)\s*=>\s*callback\(false\)/);
      expect(code).toMatch(/setPermissionCheckHandler\(\s*\(\)\s*=>\s*false\s*\)/);
      expect(code).toMatch(/onHeadersReceived[\s\S]{0,300}Content-Security-Policy/);
      // Applied to every web contents, including ones created later.
      expect(code).toMatch(/['"]web-contents-created['"][\s\S]{0,100}harden/);
    });
  }

  it('the source checks frame URLs by origin or exact file, not by prefix', () => {
    expect(mainSource).toMatch(/trustedUrlMatcher\(/);
    expect(mainSource).not.toMatch(/\.startsWith\(trusted/);
    const dev = trustedUrlMatcher('http://localhost:5173');
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/#/profiles')).toBe(true);
    for (const evil of ['http://localhost:5173.evil.example/', 'http://localhost:51730/', 'https://localhost:5173/', 'http://localhost:5173@evil.example/', 'not a url', '']) {
      expect(dev(evil), evil).toBe(false);
    }
    const built = trustedUrlMatcher('file:///opt/mpe/resources/app/out/renderer/index.html');
    expect(built('file:///opt/mpe/resources/app/out/renderer/index.html#/x')).toBe(true);
    for (const evil of ['file:///opt/mpe/resources/app/out/renderer/index.html.evil', 'file:///opt/mpe/resources/app/out/renderer/index.html/../../../../../tmp/evil.html', 'file:///tmp/evil.html', 'file://evil-host/opt/mpe/resources/app/out/renderer/index.html', 'http://opt/mpe/resources/app/out/renderer/index.html']) {
      expect(built(evil), evil).toBe(false);
    }
  });

  it('the CSP is strict: no inline or remote script, no objects, no framing; the page carries it as a meta tag too', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    for (const page of ['renderer/index.html', 'out/renderer/index.html']) {
      if (!existsSync(join(ROOT, page))) continue;
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read(page))?.[1];
      expect(meta, page).toContain("script-src 'self'");
      expect(meta, page).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:/);
    }
  });
});

describe('no remote module, no unchecked shell.openExternal, no Node in the renderer', () => {
  const everything = sources('electron', 'renderer', 'shared', 'out/main', 'out/preload');

  it('nothing imports @electron/remote or the remote module, or opens external URLs', () => {
    for (const [file, code] of everything) {
      expect(code, file).not.toMatch(/@electron\/remote|require\(['"]electron['"]\)\.remote|\bremote\.(?:require|getGlobal|getCurrentWindow)\b|enableRemoteModule/);
      expect(code, file).not.toMatch(/shell\.openExternal|openExternal\(/);
      expect(code, file).not.toMatch(/\bshell\.openPath\b|\bshell\.showItemInFolder\b/);
    }
  });

  it('only electron/main imports electron (and the preload, the one bridge)', () => {
    for (const [file, code] of sources('electron', 'renderer', 'shared')) {
      if (file.startsWith('electron/main/') || file.startsWith('electron/preload/')) continue;
      expect(code, file).not.toMatch(/from ['"]electron['"]|require\(['"]electron['"]\)/);
    }
  });
});

describe('the preload exposes only the contract', () => {
  const preloads = [['electron/preload/index.ts', read('electron/preload/index.ts')], ...(existsSync(join(ROOT, 'out/preload/index.cjs')) ? [['out/preload/index.cjs', read('out/preload/index.cjs')]] : [])] as const;

  for (const [file, code] of preloads) {
    it(`${file}: one exposeInMainWorld('api'), channels from the contract, no generic invoke or ipcRenderer leak`, () => {
      expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
      expect(code).toMatch(/exposeInMainWorld\(\s*['"]api['"]/);
      expect(code).toMatch(/for \(const channel of CHANNEL_NAMES\)/);
      // invoke only ever with the loop's channel; on() only for the menu event.
      for (const m of code.matchAll(/ipcRenderer\.invoke\(([^,)]+)/g)) expect(m[1]!.trim()).toBe('channel');
      for (const m of code.matchAll(/ipcRenderer\.(?:on|removeListener)\(([^,)]+)/g)) expect(m[1]!.trim()).toBe("'menu.command'".replace(/'/g, file.endsWith('.cjs') ? '"' : "'"));
      expect(code).not.toMatch(/ipcRenderer\.send(?:Sync)?\(|exposeInMainWorld\([^)]*ipcRenderer\b|require\(['"](?:fs|child_process|node:)/);
    });
  }

  it('the exposed object has exactly the contract channels plus onMenuCommand', async () => {
    // Run the preload source against a fake electron module and look at what it exposes.
    const exposed: Record<string, unknown> = {};
    const invoked: string[] = [];
    const { vi } = await import('vitest');
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
      ipcRenderer: { invoke: (c: string) => (invoked.push(c), Promise.resolve()), on: () => undefined, removeListener: () => undefined },
    }));
    await import('../../electron/preload/index.js');
    vi.doUnmock('electron');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as Record<string, (r: unknown) => unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand'].sort());
    for (const c of CHANNEL_NAMES) void api[c]!({});
    expect(invoked).toEqual([...CHANNEL_NAMES]);
  });
});

/** The scanner is a devDependency (or installed where ELECTRONEGATIVITY_DIR points); in CI its absence is a failure. */
function scannerInstalled(): boolean {
  for (const place of [ROOT, process.env.ELECTRONEGATIVITY_DIR].filter((p): p is string => Boolean(p))) {
    try {
      createRequire(join(resolve(place), 'package.json')).resolve('@doyensec/electronegativity');
      return true;
    } catch {
      // next
    }
  }
  if (process.env.CI) throw new Error('@doyensec/electronegativity is not installed; it is a devDependency the CI needs');
  return false;
}

describe('electronegativity', () => {
  it.skipIf(!scannerInstalled() || !existsSync(join(ROOT, 'out/main/index.js')))('finds nothing HIGH or MEDIUM in electron/ and the build', () => {
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [join(ROOT, 'test/security/electronegativity.mjs'), '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 180_000 });
    } catch (e) {
      stdout = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(stdout) as { failing: number; findings: { check: string; severity: string; file: string; accepted: string | null }[] };
    const failing = report.findings.filter((f) => ['HIGH', 'MEDIUM'].includes(f.severity) && !f.accepted);
    expect(failing).toEqual([]);
    expect(report.failing).toBe(0);
  }, 200_000);
});
