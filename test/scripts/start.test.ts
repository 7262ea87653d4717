/**
 * `npm start` where Electron's binary cannot be had: scripts/start.mjs says why in one sentence, starts the
 * browser mode and opens the default browser at its URL — or prints the URL when no opener exists. The
 * download is made to fail for sure with an unreachable mirror and an empty cache; the "browser opener" is a
 * stand-in for the operating system's xdg-open that records the URL it is given.
 *
 * Needs the build output (`npm test` runs `npm run build` first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGTERM');
});

/** Starts the script with Electron's download bound to fail; resolves with its output once `until` matches. */
function start(binDir: string, until: RegExp): Promise<{ output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-start-'));
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--store', join(dir, 'store')], {
    cwd: root,
    env: { HOME: dir, PATH: binDir, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: join(dir, 'cache') },
  });
  running.push(child);
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (until.test(output)) done({ output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`start.mjs exited (${code}) before the expected output:\n${output}`)));
  });
}

const waitFor = async (file: string): Promise<string> => {
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  return readFileSync(file, 'utf8').trim();
};

describe('npm start without an Electron binary', () => {
  it('says why in one sentence, serves the browser mode and opens the default browser at its URL', async () => {
    if (!existsSync(join(root, 'out/cli/mpe.js'))) throw new Error('out/ is not built: run npm run build first');
    const bin = mkdtempSync(join(tmpdir(), 'mpe-bin-'));
    const opened = join(bin, 'opened.txt');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);

    const { output } = await start(bin, /^Open: http:\S+$/m);
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^Electron's binary could not be had here \(.+\), so the editor starts in its browser mode instead\.$/);
    const url = /^Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(output)![1]!;
    expect(await waitFor(opened)).toBe(url);
    const page = await fetch(url.replace(/#.*/, ''));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"');
  });

  it('prints the URL to open when there is no browser opener', async () => {
    const emptyBin = mkdtempSync(join(tmpdir(), 'mpe-nobin-'));
    const { output } = await start(emptyBin, /open http:\S+ in your browser/);
    const url = /^Open: (http:\S+)$/m.exec(output)![1]!;
    expect(output).toContain(`No browser opener (xdg-open) was found: open ${url} in your browser.`);
  });
});
