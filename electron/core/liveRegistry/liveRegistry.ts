/**
 * "This computer" as a source: the current user's Outlook profiles, read with `reg.exe export` and written
 * back with `reg.exe import`, on Windows only. The bytes go through the same .reg codec as file import and
 * export, so a profile read here and written back untouched is the same bytes.
 *
 * @example
 * const live = new LiveRegistry({ backupDir: join(app.getPath('documents'), 'MAPI Profile Editor Backups') });
 * const { keys } = await live.read();
 * const found = profilesFromRegistry(keys, { source: 'reg', file: 'This computer' });
 * …
 * const { backupFile } = await live.writeBack(changedDocs, (doc) => store.isDefault(doc));
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProfileDoc } from '../../../shared/profileDoc.js';
import { AppError } from '../../../shared/errors.js';
import { parseReg, toSnapshot } from '../formats/reg/index.js';
import { RegType, type RegKey } from '../formats/registry.js';
import { defaultProfileQueryCommand, exportCommands, importCommand, isOutlookRunningCommand, type Command } from './commands.js';
import { classifyFailure, commandError, matchProfileName, parseRegQueryValue, parseTasklist, type CommandResult } from './parsers.js';
import { nodeRunCommand, type RunCommand } from './runCommand.js';
import { backupFileName, backupReg, planWriteBack, type ProfileKeyRef } from './writePlan.js';

/** True only where reg.exe and tasklist exist: Windows. */
export const liveRegistryAvailable = (platform: NodeJS.Platform = process.platform): boolean => platform === 'win32';

export interface LiveRegistryOptions {
  /** Runs a program; default execFile. */
  run?: RunCommand;
  /** Default process.platform; anything but win32 makes every call fail with liveRegistryUnavailable. */
  platform?: NodeJS.Platform;
  /** Environment for %SystemRoot% (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Where backups go (created when missing); default the temp directory. The app passes Documents. */
  backupDir?: string;
  /** Where reg.exe's scratch files go; default the temp directory. */
  tempDir?: string;
  /** Clock for the backup's file name. */
  now?: () => Date;
}

export interface WriteBackResult {
  backupFile: string;
  /** The profile keys deleted and rewritten (or only deleted, for `removed`). */
  written: string[];
}

export class LiveRegistry {
  private readonly run: RunCommand;
  private readonly platform: NodeJS.Platform;
  private readonly env: NodeJS.ProcessEnv;
  private readonly backupDir: string;
  private readonly tempDir: string;
  private readonly now: () => Date;

  constructor(options: LiveRegistryOptions = {}) {
    this.run = options.run ?? nodeRunCommand;
    this.platform = options.platform ?? process.platform;
    this.env = options.env ?? process.env;
    this.backupDir = options.backupDir ?? tmpdir();
    this.tempDir = options.tempDir ?? tmpdir();
    this.now = options.now ?? (() => new Date());
  }

  get available(): boolean {
    return liveRegistryAvailable(this.platform);
  }

  /**
   * Every key under the current user's profiles roots (Office 16.0, 15.0, Windows Messaging Subsystem) and
   * each Office root's DefaultProfile, ready for profilesFromRegistry. A root that does not exist is skipped;
   * any other failure (access denied…) throws an AppError naming the command.
   */
  async read(): Promise<{ keys: RegKey[] }> {
    this.assertAvailable();
    return this.withScratch(async (dir) => {
      const keys: RegKey[] = [];
      for (const { root, command } of exportCommands((r) => join(dir, `${r.id}.reg`), this.env)) {
        const result = await this.exec(command);
        if (classifyFailure(result) === 'notFound') continue;
        if (result.code !== 0) throw commandError(command, result);
        const file = command.args[2]!;
        const exported = toSnapshot(parseReg(new Uint8Array(await readFile(file)))).keys;
        keys.push(...exported);
        if (root.defaultHolder) {
          const names = profileNamesUnder(exported, root.root);
          const holder = await this.readDefaultProfile(root.defaultHolder, names);
          if (holder) keys.push(holder);
        }
      }
      return { keys };
    });
  }

  /** True when an OUTLOOK.EXE runs in this session (tasklist). Throws when tasklist itself fails. */
  async isOutlookRunning(): Promise<boolean> {
    this.assertAvailable();
    const command = isOutlookRunningCommand(this.env);
    const result = await this.exec(command);
    if (result.code !== 0) throw commandError(command, result);
    return parseTasklist(result.stdout).length > 0;
  }

  /**
   * Writes the changed profiles back: refuses while Outlook runs, saves a backup .reg of the current state
   * (importing it undoes this write-back), then imports a .reg holding only the changed profiles, each key
   * deleted and rewritten so removed values do not linger. `removed` deletes profile keys without
   * rewriting them (profiles deleted or renamed in the editor). Nothing is imported if any step before fails.
   */
  async writeBack(
    changed: readonly ProfileDoc[],
    isDefault: (doc: ProfileDoc) => boolean,
    removed: readonly ProfileKeyRef[] = [],
  ): Promise<WriteBackResult> {
    this.assertAvailable();
    const plan = planWriteBack(changed, isDefault, removed);
    if (await this.isOutlookRunning()) throw new AppError('E_IO', 'outlookRunning');

    const current = await this.read();
    await mkdir(this.backupDir, { recursive: true });
    const backupFile = join(this.backupDir, backupFileName(this.now()));
    await writeFile(backupFile, backupReg(current.keys, plan), { flag: 'wx' });

    await this.withScratch(async (dir) => {
      const file = join(dir, 'write-back.reg');
      await writeFile(file, plan.bytes);
      const command = importCommand(file, this.env);
      const result = await this.exec(command);
      if (result.code !== 0) throw commandError(command, result, file);
    });
    return { backupFile, written: plan.deletedKeys };
  }

  private async readDefaultProfile(holder: string, names: string[]): Promise<RegKey | null> {
    const command = defaultProfileQueryCommand(holder, this.env);
    const result = await this.exec(command);
    if (classifyFailure(result) === 'notFound') return null;
    if (result.code !== 0) throw commandError(command, result);
    const queried = parseRegQueryValue(result.stdout, 'DefaultProfile');
    if (queried === null) return null;
    const name = matchProfileName(queried, names) ?? queried;
    const hex = Buffer.from(name + '\0', 'utf16le').toString('hex');
    return { path: holder, values: [{ name: 'DefaultProfile', type: RegType.SZ, data: hex }] };
  }

  private exec(command: Command): Promise<CommandResult> {
    return this.run(command.file, command.args);
  }

  private async withScratch<T>(fn: (dir: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(this.tempDir, 'mpe-live-'));
    try {
      return await fn(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private assertAvailable(): void {
    if (!this.available) throw new AppError('E_INVALID_REQUEST', 'liveRegistryUnavailable');
  }
}

/** Names of the profiles (direct subkeys) under `root` among exported keys. */
function profileNamesUnder(keys: readonly RegKey[], root: string): string[] {
  const prefix = root.toLowerCase() + '\\';
  const names = new Set<string>();
  for (const k of keys) {
    if (!k.path.toLowerCase().startsWith(prefix)) continue;
    const name = k.path.slice(prefix.length).split('\\')[0]!;
    if (name) names.add(name);
  }
  return [...names];
}
