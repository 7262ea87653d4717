/**
 * Wine's reg.exe (Debian `wine`) as the Windows registry the live path and the regedit writer are checked
 * against: a reimplementation of Windows' reg.exe (`import`, `export`, `query`) run in a throwaway
 * WINEPREFIX, whose export writes regedit's format (docs/file-formats.md §4.2, §4.6) with each key's values
 * sorted by name.
 *
 * Measured on this project's 2-core machine (Wine 8.0, Debian): creating a prefix takes 8.5 s with the
 * machine at load 4 and 21–28 s at load 6–18; with the wineserver kept running (`wineserver -p`) one
 * `wine reg …` takes 0.2 s at load 4 and 0.3–0.7 s at load 16, while a call that has to start the
 * wineserver again takes 2–4 s. So each test file creates one prefix in `beforeAll`, keeps its server up,
 * and kills it (`wineserver -k`) in `afterAll`.
 *
 * Tests that use it run inside `describeWith(['wine'], …)` of test/helpers/peerTools.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { nodeRunCommand, type CommandResult, type RunCommand } from '../../electron/core/liveRegistry/index.js';

/** A hang guard for a test that makes a dozen `wine reg` calls: never reached, even on a loaded machine. */
export const WINE_TEST_TIMEOUT = 120_000;

/** What Wine needs to run unattended: no window (DISPLAY unset), no debug chatter, no Mono/Gecko install prompts. */
const WINE_ENV = { WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' } as const;

/**
 * One throwaway Wine prefix. `run` is the app's own runner (nodeRunCommand: execFile, exit codes, latin1
 * output) with `wine` put before the program, so the command builders' `C:\Windows\System32\reg.exe` is
 * what Wine starts; POSIX paths under the temp dir become the Windows paths `winepath -w` gives.
 */
export class WinePrefix {
  /** Everything this prefix's files (and the tests' scratch files) live in; removed by dispose. */
  readonly dir: string;
  readonly prefix: string;
  /** The temp dir as Wine names it (`Z:\tmp`), from `winepath -w`. */
  private winTmp = '';
  private readonly savedEnv: Record<string, string | undefined> = {};
  /** Seconds the prefix took to create (for the report; never asserted). */
  createSeconds = 0;

  private constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'mpe-wine-'));
    this.prefix = join(this.dir, 'prefix');
    // wineserver finds its prefix by the directory's inode: it must exist before the server starts.
    mkdirSync(this.prefix);
  }

  /**
   * Creates the prefix (`wineboot -i`) and starts a persistent wineserver. nodeRunCommand runs programs
   * with this worker's process.env, so the Wine variables are set there until dispose puts them back.
   */
  static async create(): Promise<WinePrefix> {
    const wine = new WinePrefix();
    const env: Record<string, string | undefined> = {
      ...WINE_ENV,
      WINEPREFIX: wine.prefix,
      DISPLAY: undefined,
      WAYLAND_DISPLAY: undefined,
    };
    for (const [name, value] of Object.entries(env)) {
      wine.savedEnv[name] = process.env[name];
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    try {
      const started = performance.now();
      // The server first, persistent: the prefix's Wine processes (wineboot's services included) then talk
      // to it instead of starting their own, which would hold this process's pipes open until it exits.
      await wine.spawnQuiet('wineserver', ['-p']);
      await wine.spawnQuiet('wineboot', ['-i']);
      wine.createSeconds = (performance.now() - started) / 1000;
      wine.winTmp = (await nodeRunCommand('winepath', ['-w', tmpdir()])).stdout.trim();
      if (!/^[A-Z]:\\/.test(wine.winTmp)) throw new Error(`winepath -w gave no Windows path: ${wine.winTmp}`);
      return wine;
    } catch (e) {
      // The caller never gets the prefix to dispose of: stop its server here.
      await wine.dispose();
      throw e;
    }
  }

  /** The Windows path of a POSIX path under the temp dir. */
  winPath(path: string): string {
    const root = tmpdir();
    if (path !== root && !path.startsWith(root + sep)) throw new Error(`Not under ${root}, no Windows path known: ${path}`);
    return this.winTmp + path.slice(root.length).replaceAll('/', '\\');
  }

  /**
   * The app's runner, through Wine. An argument that is a path under the temp dir (the scratch and backup
   * files) is given as its Windows path; switches such as `/y` are left alone.
   */
  readonly run: RunCommand = (file, args) =>
    nodeRunCommand('wine', [file, ...args.map((a) => (a.startsWith(tmpdir() + sep) ? this.winPath(a) : a))]);

  /** `wine reg <args>`: for setting up and checking the registry beside the code under test. */
  reg(...args: string[]): Promise<CommandResult> {
    return this.run('C:\\Windows\\System32\\reg.exe', args);
  }

  /** Like reg, and throws with Wine's message when reg.exe fails. */
  async regOk(...args: string[]): Promise<string> {
    const r = await this.reg(...args);
    if (r.code !== 0) throw new Error(`wine reg ${args.join(' ')} failed (${r.code}): ${r.stdout}${r.stderr}`);
    return r.stdout;
  }

  /** Stops the wineserver (and with it every Wine process of this prefix), removes the prefix, restores the environment. */
  async dispose(): Promise<void> {
    try {
      await this.spawnQuiet('wineserver', ['-k']).catch(() => undefined);
      await this.spawnQuiet('wineserver', ['-w']).catch(() => undefined);
    } finally {
      for (const [name, value] of Object.entries(this.savedEnv)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /**
   * Runs a Wine tool with no stdio: what it starts (wineserver, winedevice.exe) outlives it, and would keep
   * pipes open. Resolves when the tool itself exits.
   */
  private spawnQuiet(file: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, { env: process.env, stdio: 'ignore' });
      const timer = setTimeout(() => child.kill(), 120_000);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`${file} ${args.join(' ')} exited with ${code ?? signal}`));
      });
    });
  }
}

/** One key of a regedit-format export, as text: its path and its value entries (continuation lines joined with `\n`). */
export interface RegeditKey {
  path: string;
  entries: string[];
}

/**
 * The keys of a regedit-format file (docs/file-formats.md §4), read as plain text so that checking Wine's
 * export does not go through our .reg reader: a `[path]` line opens a key; a `"name"=` or `@=` line opens a
 * value entry, which a line ending in `\` continues. Handles what `reg export` writes, nothing more.
 */
export function regeditKeys(bytes: Uint8Array): RegeditKey[] {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  // Without BOM: REGEDIT4, windows-1252 (WHATWG's `latin1`).
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'latin1').decode(bytes.subarray(utf16 ? 2 : 0));
  const lines = text.split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00' && lines[0] !== 'REGEDIT4')
    throw new Error(`Not a regedit file: ${JSON.stringify(lines[0])}`);
  const keys: RegeditKey[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (line.startsWith('[') && line.endsWith(']')) {
      keys.push({ path: line.slice(1, -1), entries: [] });
      continue;
    }
    const key = keys.at(-1);
    if (!key || !/^["@]/.test(line)) throw new Error(`Line ${i + 1} is neither a key nor a value: ${JSON.stringify(line)}`);
    let entry = line;
    while (/^(?:@|"(?:[^"\\]|\\.)*")=hex/.test(entry) && entry.endsWith('\\') && i + 1 < lines.length) entry += '\n' + lines[++i]!;
    key.entries.push(entry);
  }
  return keys;
}

/** A value as name, registry type and lowercase hex bytes — the shape of the hivex ground truth. */
export interface DecodedValue {
  name: string;
  type: number;
  hex: string;
}

/** Unescapes a regedit quoted string's body: `\\`, `\"`, and Wine's `\n`, `\r`, `\0` (docs/file-formats.md §4.6). */
const unescape = (s: string): string => s.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', r: '\r', '0': '\0' })[c] ?? c);

/** One value entry of regeditKeys decoded: `"text"` (REG_SZ), `dword:` (REG_DWORD), `hex:` (REG_BINARY), `hex(N):`. */
export function decodeEntry(entry: string): DecodedValue {
  const m = /^(?:@|"((?:[^"\\]|\\.)*)")=(.*)$/s.exec(entry);
  if (!m) throw new Error(`Not a value entry: ${JSON.stringify(entry)}`);
  const name = m[1] === undefined ? '' : unescape(m[1]);
  const data = m[2]!;
  const sz = /^"((?:[^"\\]|\\.)*)"$/.exec(data);
  if (sz) return { name, type: 1, hex: Buffer.from(unescape(sz[1]!) + '\0', 'utf16le').toString('hex') };
  const dword = /^dword:([0-9a-f]{8})$/.exec(data);
  if (dword) return { name, type: 4, hex: dword[1]!.match(/../g)!.reverse().join('') };
  const hex = /^hex(?:\(([0-9a-f]+)\))?:([0-9a-f,\\\n ]*)$/.exec(data);
  if (!hex) throw new Error(`Unknown data in ${JSON.stringify(entry)}`);
  const bytes = hex[2]!
    .replace(/\\\n\s*/g, '')
    .split(',')
    .filter((b) => b !== '');
  if (bytes.some((b) => !/^[0-9a-f]{2}$/.test(b))) throw new Error(`Bad byte in ${JSON.stringify(entry)}`);
  return { name, type: hex[1] === undefined ? 3 : Number.parseInt(hex[1], 16), hex: bytes.join('') };
}

/**
 * A regedit-format text as regedit writes it, UTF-16LE with BOM (docs/file-formats.md §4.2). reg import
 * takes a file without BOM as ANSI and converts the bytes of every `hex(1)`, `hex(2)` and `hex(7)` value
 * from the ANSI code page, whatever the header (Wine programs/reg/import.c `prepare_hex_string_data`,
 * seen here: hivexregedit's ASCII export imports `"clsid"=hex(1):7b,00,45,00,…` as the string `{`).
 */
export const utf16Reg = (text: string): Uint8Array => new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le'));

/**
 * A .reg (UTF-16LE) that writes `keys` with every value as `hex(N):`, the way hivexregedit exports
 * (docs/file-formats.md §4.6): for putting hivex's ground truth into Wine's registry without our writer.
 */
export function hexNReg(keys: readonly { key: string; values: readonly DecodedValue[] }[]): Uint8Array {
  const quote = (s: string): string => '"' + s.replaceAll('\\', '\\\\').replaceAll('"', '\\"') + '"';
  const lines = ['Windows Registry Editor Version 5.00', ''];
  for (const k of keys) {
    lines.push(`[${k.key}]`);
    for (const v of k.values)
      lines.push(`${v.name === '' ? '@' : quote(v.name)}=hex(${v.type.toString(16)}):${v.hex.match(/../g)?.join(',') ?? ''}`);
    lines.push('');
  }
  return utf16Reg(lines.join('\r\n'));
}
