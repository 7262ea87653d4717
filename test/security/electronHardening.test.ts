/**
 * Electron hardening (issue 9; DESIGN.md "Quality bars"), beside what the started app proves. The built
 * main process and preload are run, not read: test/main/builtMain.test.ts starts out/main/index.js with
 * a recording stand-in for electron (hardened webPreferences as real objects, navigation, webviews, new
 * windows and permissions refused, the CSP header, handlers only for the contract and only for the
 * app's page) and test/main/builtPreload.test.ts runs out/preload/index.cjs as a sandboxed preload
 * (exactly one function per channel). Here: the trusted-URL matcher against look-alikes, the CSP's
 * content in the source and the built page, scans of the whole code (sources and build) for APIs the app
 * must never use, and the electronegativity scan as an independent second opinion. A missing build is
 * skipped with one message, and a failure in CI (test/main/builtApp.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp.js';
import { trustedUrlMatcher } from '../../electron/ipc/trustedUrl.js';
import { builtAppPresent, ROOT } from '../main/builtApp.js';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const isBuilt = builtAppPresent();

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
  for (const d of dirs) walk(d);
  return out;
}

describe('the frames the app trusts, and its CSP', () => {
  // The built app's use of it (its page trusted, a look-alike refused) is in test/main/builtMain.test.ts.
  it('trusts a frame URL by origin (dev server) or exact file (built page), never by prefix', () => {
    const dev = trustedUrlMatcher('http://localhost:5173');
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('http://localhost:5173/#/profiles')).toBe(true);
    for (const evil of [
      'http://localhost:5173.evil.example/',
      'http://localhost:51730/',
      'https://localhost:5173/',
      'http://localhost:5173@evil.example/',
      'not a url',
      '',
    ]) {
      expect(dev(evil), evil).toBe(false);
    }
    const built = trustedUrlMatcher('file:///opt/mpe/resources/app/out/renderer/index.html');
    expect(built('file:///opt/mpe/resources/app/out/renderer/index.html#/x')).toBe(true);
    for (const evil of [
      'file:///opt/mpe/resources/app/out/renderer/index.html.evil',
      'file:///opt/mpe/resources/app/out/renderer/index.html/../../../../../tmp/evil.html',
      'file:///tmp/evil.html',
      'file://evil-host/opt/mpe/resources/app/out/renderer/index.html',
      'http://opt/mpe/resources/app/out/renderer/index.html',
    ]) {
      expect(built(evil), evil).toBe(false);
    }
  });

  it('the CSP is strict: no inline or remote script, no objects, no framing; the page carries it as a meta tag too', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    for (const page of ['renderer/index.html', ...(isBuilt ? ['out/renderer/index.html'] : [])]) {
      const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read(page))?.[1];
      expect(meta, page).toContain("script-src 'self'");
      expect(meta, page).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:/);
    }
  });
});

describe('no remote module, no unchecked shell.openExternal, no Node in the renderer', () => {
  const everything = sources('electron', 'renderer', 'shared', ...(isBuilt ? ['out/main', 'out/preload'] : []));

  it('nothing imports @electron/remote or the remote module, or opens external URLs', () => {
    for (const [file, code] of everything) {
      expect(code, file).not.toMatch(
        /@electron\/remote|require\(['"]electron['"]\)\.remote|\bremote\.(?:require|getGlobal|getCurrentWindow)\b|enableRemoteModule/,
      );
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
  console.warn('electronegativity scan skipped: @doyensec/electronegativity is not installed (npm install; it is a devDependency)');
  return false;
}

describe('electronegativity', () => {
  it.skipIf(!scannerInstalled() || !isBuilt)(
    'finds nothing HIGH or MEDIUM in electron/ and the build',
    () => {
      let stdout: string;
      try {
        stdout = execFileSync(process.execPath, [join(ROOT, 'test/security/electronegativity.mjs'), '--json'], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          timeout: 180_000,
        });
      } catch (e) {
        stdout = (e as { stdout?: string }).stdout ?? '';
      }
      const report = JSON.parse(stdout) as {
        failing: number;
        findings: { check: string; severity: string; file: string; accepted: string | null }[];
      };
      const failing = report.findings.filter((f) => ['HIGH', 'MEDIUM'].includes(f.severity) && !f.accepted);
      expect(failing).toEqual([]);
      expect(report.failing).toBe(0);
    },
    200_000,
  );
});
