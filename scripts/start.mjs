#!/usr/bin/env node
/**
 * `npm start` after the build: the desktop app when Electron's binary can be had, else the browser mode.
 *
 * Electron 42+ downloads its binary on first use (`install-electron`), which fails offline, behind a
 * proxy or on a platform Electron does not ship for. Then this prints one sentence saying why, starts
 * `mpe web` and opens the default browser at its URL (xdg-open / open / start; without one, it prints
 * the URL to open). `npm run web` gives the browser mode directly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Asks electron's own installer for the binary; returns undefined when it is there, else why not. */
function electronUnavailable() {
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return 'the electron package is not installed';
  }
  const r = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000 });
  if (r.status === 0) return undefined;
  const lines = `${r.stderr ?? ''}\n${r.error?.message ?? ''}`.split('\n').map((l) => l.trim());
  return lines.find((l) => /^(\w*Error|RequestError|HTTPError)\b/.test(l)) ?? lines.find((l) => l.length > 0) ?? `exit ${r.status}`;
}

/** The command that opens a URL in the default browser on this platform. */
function opener(url) {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

function openInBrowser(url) {
  const [cmd, args] = opener(url);
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`No browser opener (${cmd}) was found: open ${url} in your browser.`));
  child.on('exit', (code) => {
    if (code !== 0) console.log(`${cmd} could not open a browser: open ${url} in your browser.`);
  });
  child.unref();
}

function startBrowserMode() {
  const web = spawn(process.execPath, [join(root, 'out/cli/mpe.js'), 'web', ...process.argv.slice(2)], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let seen = '';
  let opened = false;
  web.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen += chunk.toString('utf8');
    const url = /^Open: (http:\/\/\S+)$/m.exec(seen)?.[1];
    if (url) {
      opened = true;
      openInBrowser(url);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => web.kill(signal));
  web.on('exit', (code) => process.exit(code ?? 0));
}

function startDesktop() {
  const bin = join(root, 'node_modules/.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const app = spawn(bin, ['preview'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  app.on('exit', (code) => process.exit(code ?? 0));
}

const why = process.env.MPE_BROWSER_MODE ? 'MPE_BROWSER_MODE is set' : electronUnavailable();
if (why === undefined) startDesktop();
else {
  console.log(`Electron's binary could not be had here (${why}), so the editor starts in its browser mode instead.`);
  startBrowserMode();
}
