/**
 * A stand-in for Windows at the live registry's OS edge (reg.exe export/query/import, tasklist), kept only
 * for what Wine's reg.exe cannot show (test/helpers/wine.ts; the real thing runs in
 * liveRegistryWine.test.ts):
 * - tasklist listing a running OUTLOOK.EXE, or failing: Wine 8's tasklist is a stub that prints nothing;
 * - "Access is denied" and a failing import: Wine grants every access to the prefix's registry;
 * - Windows' own English messages (Wine words them differently: "reg: Unable to find the specified
 *   registry key", on stdout).
 *
 * Its in-memory registry models `reg export` with our .reg writer and `reg import` with our reader, so a
 * test that reads or writes keys through it grades us against ourselves: liveRegistry.test.ts keeps it
 * empty; test/ipc/handlers/live.test.ts still uses the model (to move onto WinePrefix).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { win32 } from 'node:path';
import type { CommandResult, RunCommand } from '../../../electron/core/liveRegistry/index.js';
import { toLongPath } from '../../../electron/core/liveRegistry/index.js';
import { parseReg, writeReg } from '../../../electron/core/formats/reg/index.js';
import type { RegKey } from '../../../electron/core/formats/registry.js';

export const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.\r\n';
export const ACCESS_DENIED = 'ERROR: Access is denied.\r\n';
const OK = 'The operation completed successfully.\r\n';

export class FakeWindows {
  /** The registry, keys in creation order; paths compared case-insensitively as Windows does. */
  readonly keys = new Map<string, RegKey>();
  /** Image names of running processes. */
  readonly processes: string[] = [];
  /** Every program run, in order. */
  readonly calls: { file: string; args: string[] }[] = [];
  /** The bytes of every file given to reg import, in order. */
  readonly imported: Uint8Array[] = [];
  /** Forced answers: the first whose predicate matches a call wins. */
  readonly overrides: { when: (program: string, args: string[]) => boolean; result: CommandResult }[] = [];
  /** tasklist's "no tasks" line, in the language of this Windows. */
  noTasksLine = 'INFO: No tasks are running which match the specified criteria.';

  constructor(keys: RegKey[] = []) {
    for (const k of keys) this.set(k);
  }

  set(key: RegKey): void {
    const id = key.path.toLowerCase();
    const existing = this.keys.get(id);
    if (!existing) {
      this.keys.set(id, { path: key.path, values: key.values.map((v) => ({ ...v })) });
      return;
    }
    for (const v of key.values) {
      const i = existing.values.findIndex((e) => e.name.toLowerCase() === v.name.toLowerCase());
      if (i >= 0) existing.values[i] = { ...v, name: existing.values[i]!.name };
      else existing.values.push({ ...v });
    }
  }

  /** Keys at or under `path`, in registry order. */
  tree(path: string): RegKey[] {
    const id = path.toLowerCase();
    return [...this.keys.values()].filter((k) => k.path.toLowerCase() === id || k.path.toLowerCase().startsWith(id + '\\'));
  }

  snapshot(): RegKey[] {
    return [...this.keys.values()].map((k) => ({ path: k.path, values: k.values.map((v) => ({ ...v })) }));
  }

  readonly run: RunCommand = async (file, argv) => {
    const args = [...argv];
    this.calls.push({ file, args });
    const program = win32.basename(file).toLowerCase();
    const forced = this.overrides.find((o) => o.when(program, args));
    if (forced) return forced.result;
    if (program === 'tasklist.exe') return this.tasklist();
    if (program !== 'reg.exe') return { code: -1, stdout: '', stderr: `spawn ${file} ENOENT` };
    switch (args[0]) {
      case 'export':
        return this.export(args[1]!, args[2]!);
      case 'query':
        return this.query(args[1]!, args[3]!);
      case 'import':
        return this.import(args[1]!);
      default:
        return { code: 1, stdout: '', stderr: 'ERROR: Invalid syntax.\r\nType "REG /?" for usage.\r\n' };
    }
  };

  private tasklist(): CommandResult {
    const rows = this.processes.map((p, i) => `"${p}","${4000 + i}","Console","1","183,204 K"`);
    return { code: 0, stdout: rows.length ? rows.join('\r\n') + '\r\n' : this.noTasksLine + '\r\n', stderr: '' };
  }

  private export(key: string, file: string): CommandResult {
    const keys = this.tree(toLongPath(key));
    if (keys.length === 0) return { code: 1, stdout: '', stderr: NOT_FOUND };
    writeFileSync(file, writeReg(keys));
    return { code: 0, stdout: OK, stderr: '' };
  }

  private query(key: string, name: string): CommandResult {
    const k = this.keys.get(toLongPath(key).toLowerCase());
    const v = k?.values.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!k || !v) return { code: 1, stdout: '', stderr: NOT_FOUND };
    const text = Buffer.from(v.data, 'hex').toString('utf16le').replace(/\0+$/, '');
    return { code: 0, stdout: `\r\n${k.path}\r\n    ${v.name}    REG_SZ    ${text}\r\n\r\n`, stderr: '' };
  }

  private import(file: string): CommandResult {
    if (!existsSync(file)) return { code: 1, stdout: '', stderr: 'ERROR: The system cannot find the file specified.\r\n' };
    const bytes = new Uint8Array(readFileSync(file));
    this.imported.push(bytes);
    for (const entry of parseReg(bytes).entries) {
      if (entry.kind === 'deleteKey') {
        for (const k of this.tree(entry.path)) this.keys.delete(k.path.toLowerCase());
        continue;
      }
      this.set({ path: entry.path, values: [] });
      const key = this.keys.get(entry.path.toLowerCase())!;
      for (const op of entry.ops) {
        if (op.kind === 'delete') key.values = key.values.filter((v) => v.name.toLowerCase() !== op.name.toLowerCase());
        else this.set({ path: entry.path, values: [op.value] });
      }
    }
    // reg import reports success on stderr.
    return { code: 0, stdout: '', stderr: OK };
  }
}
