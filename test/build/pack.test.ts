/**
 * Packs the app with build/electron-builder.config.ts exactly as `npm run dist` would, target `dir` (no
 * installer), offline: the real Electron cannot be downloaded here, so electronDist points at a stand-in
 * directory shaped like an unpacked Electron for linux-x64 (an `electron` executable that carries the
 * fuse wire, licences, locales). Then reads the produced resources/app.asar with @electron/asar.
 *
 * Needs the build output (`npm test` runs `npm run build` first).
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));
const asar = require('@electron/asar') as typeof import('@electron/asar');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** @electron/fuses looks for this sentinel, then a version byte, a length byte and one '0'/'1' per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults for the first 9 fuses (runAsNode on, cookie encryption off, NODE_OPTIONS on, …). */
const STOCK_FUSES = '101100010';

let work: string;
let appDir: string;
let files: string[];
let asarPath: string;

function makeStandInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# stand-in for Electron 45.4.1 (test/build/pack.test.ts)\nexit 0\n# ', 'latin1'),
      Buffer.from(FUSE_SENTINEL, 'latin1'),
      Buffer.from([1, STOCK_FUSES.length]),
      Buffer.from(STOCK_FUSES + '\n', 'latin1'),
    ]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stand-in');
  for (const locale of ['en-US', 'fr', 'de', 'ja']) writeFileSync(join(dir, 'locales', `${locale}.pak`), '');
}

/** Runs the project's electron-builder CLI; resolves with its output, rejects with it on failure. */
async function electronBuilder(args: string[]): Promise<string> {
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_CACHE: join(work, 'cache') },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 120_000,
    });
    return stdout + stderr;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`electron-builder failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** Every package `dependencies` brings in, found the way Node would from the repository's node_modules. */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const queue = Object.keys(pkg.dependencies);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return seen;
}

const topPackages = (): Set<string> => {
  const names = new Set<string>();
  for (const f of files) {
    const m = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f);
    if (m) names.add(m[1]!);
  }
  return names;
};

beforeAll(async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does).');
  }
  work = mkdtempSync(join(tmpdir(), 'mpe-pack-'));
  const dist = join(work, 'electron-dist');
  makeStandInElectron(dist);
  await electronBuilder([
    '--linux',
    'dir',
    '--x64',
    '--config',
    'build/electron-builder.config.ts',
    '--publish',
    'never',
    `-c.electronDist=${dist}`,
    '-c.electronVersion=45.4.1',
    `-c.directories.output=${join(work, 'dist')}`,
  ]);
  appDir = join(work, 'dist', 'linux-unpacked');
  asarPath = join(appDir, 'resources', 'app.asar');
  files = asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir with a stand-in Electron', () => {
  it('produces the Linux app directory: executable, resources/app.asar, only the kept locales', () => {
    expect(existsSync(join(appDir, 'mapi-profile-editor'))).toBe(true);
    expect(existsSync(asarPath)).toBe(true);
    expect(readdirSync(join(appDir, 'locales')).sort()).toEqual(['en-US.pak', 'fr.pak']);
  });

  it('flips the hardening fuses in the executable', () => {
    const bin = readFileSync(join(appDir, 'mapi-profile-editor'));
    const at = bin.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = bin.subarray(at + 2, at + 2 + bin[at + 1]!).toString('latin1');
    // runAsNode 0, cookie encryption 1, NODE_OPTIONS 0, --inspect 0, asar integrity 1, only app.asar 1,
    // browser V8 snapshot untouched (0), file:// privileges untouched (1): the page is loaded from file://.
    expect(wire.slice(0, 8)).toBe('01001101');
  });

  it('holds the built main, preload and renderer, and the renderer’s assets', () => {
    for (const f of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/cli/mpe.js']) {
      expect(files).toContain(f);
    }
    const html = asar.extractFile(asarPath, 'out/renderer/index.html').toString();
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => '/out/renderer/' + m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const a of assets) expect(files).toContain(a);
  });

  it('has package.json with the main entry, and without devDependencies or scripts', () => {
    const packed = JSON.parse(asar.extractFile(asarPath, 'package.json').toString()) as Record<string, unknown>;
    expect(packed.main).toBe('out/main/index.js');
    expect(packed.main).toBe(pkg.main);
    expect(packed.type).toBe('module');
    expect(packed.devDependencies).toBeUndefined();
    expect(packed.dependencies).toEqual(pkg.dependencies);
  });

  it('ships every production dependency and what they depend on, and nothing else', () => {
    const expected = productionClosure();
    expect(expected).toContain('zod');
    const shipped = topPackages();
    for (const name of expected) expect(shipped, `node_modules/${name}`).toContain(name);
    expect([...shipped].filter((n) => !expected.has(n))).toEqual([]);
    expect(files).toContain('/node_modules/zod/package.json');
    expect(files.some((f) => f.startsWith('/node_modules/zod/') && f.endsWith('.js'))).toBe(true);
  });

  it('ships no devDependency: the renderer’s libraries are bundled, the tools stay behind', () => {
    const shipped = topPackages();
    for (const name of [
      'vue',
      'element-plus',
      'pinia',
      'vue-i18n',
      'electron',
      'electron-vite',
      'vite',
      'vitest',
      'playwright-core',
      'typescript',
      'electron-builder',
    ]) {
      expect(shipped.has(name), name).toBe(false);
    }
    for (const name of Object.keys(pkg.devDependencies)) expect(shipped.has(name), name).toBe(false);
  });

  it('ships no tests, samples, sources, source maps or build resources', () => {
    const offending = files.filter(
      (f) =>
        /^\/(test|tests|samples|electron|renderer|shared|build|dist|coverage|\.ci|\.git)(\/|$)/.test(f) ||
        /\.(ts|mts|cts|map|vue)$/.test(f) ||
        /\/(test|tests|__tests__|samples|fixtures)\//.test(f) ||
        /\.test\.[cm]?js$/.test(f) ||
        /(^|\/)(tsconfig[^/]*\.json|electron\.vite\.config\.[^/]+|vitest\.config\.[^/]+|package-lock\.json)$/.test(
          f.replace(/^\/node_modules\/.*/, ''),
        ),
    );
    expect(offending).toEqual([]);
    const outFiles = files.filter((f) => f.startsWith('/out/') && !f.endsWith('/') && /\.[a-z]+$/.test(f));
    expect(outFiles.every((f) => /\.(js|cjs|css|html|svg|png|woff2?|ttf)$/.test(f))).toBe(true);
  });
});
