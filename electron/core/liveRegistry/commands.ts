/**
 * The Windows commands the live registry runs, as argument arrays (file + args, never a shell string): each
 * argument reaches the program as one argv entry, so key paths with spaces (`Windows Messaging Subsystem`)
 * and temp paths with spaces (`C:\Users\Jane Doe\AppData\Local\Temp\…`) need no quoting of ours.
 *
 * Programs are named by their full path under %SystemRoot%\System32: on Windows, a bare `reg.exe` is also
 * looked up in the current directory first, where anything could sit.
 */
import { win32 } from 'node:path';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';

/** One program run: executable path and its arguments, one string per argv entry. */
export interface Command {
  file: string;
  args: string[];
}

/** A profiles root as the app names it (`HKEY_CURRENT_USER\…`, as in ProfileDoc.origin.root) and as reg.exe is given it. */
export interface LiveRoot {
  id: keyof typeof PROFILE_ROOTS;
  root: string;
  regPath: string;
  /** The key holding the root's DefaultProfile value when it is not in the export (Office roots), else null. */
  defaultHolder: string | null;
}

const HKCU_LONG = 'HKEY_CURRENT_USER\\';

/** `HKEY_CURRENT_USER\X` → `HKCU\X`, the form reg.exe documents (it accepts both). */
export const toRegExePath = (path: string): string =>
  path.toUpperCase().startsWith(HKCU_LONG) ? 'HKCU\\' + path.slice(HKCU_LONG.length) : path;

/** `HKCU\X` → `HKEY_CURRENT_USER\X`, the form .reg files and the store use. */
export const toLongPath = (path: string): string => (/^HKCU\\/i.test(path) ? HKCU_LONG + path.slice(5) : path);

const officeOutlookKey = (root: string): string => root.slice(0, root.lastIndexOf('\\'));

/** Where Outlook keeps profiles for the current user (docs/file-formats.md §1), newest first. */
export const LIVE_ROOTS: readonly LiveRoot[] = [
  {
    id: 'office16',
    root: PROFILE_ROOTS.office16,
    regPath: toRegExePath(PROFILE_ROOTS.office16),
    defaultHolder: officeOutlookKey(PROFILE_ROOTS.office16),
  },
  {
    id: 'office15',
    root: PROFILE_ROOTS.office15,
    regPath: toRegExePath(PROFILE_ROOTS.office15),
    defaultHolder: officeOutlookKey(PROFILE_ROOTS.office15),
  },
  // ≤ 2010: DefaultProfile sits on the Profiles key itself, so the export carries it.
  { id: 'messaging', root: PROFILE_ROOTS.messaging, regPath: toRegExePath(PROFILE_ROOTS.messaging), defaultHolder: null },
];

/** The live root a stored profile's origin names (case-insensitive), or undefined when it is none of them. */
export const liveRootOf = (root: string): LiveRoot | undefined => LIVE_ROOTS.find((r) => r.root.toLowerCase() === root.toLowerCase());

/** `%SystemRoot%\System32\<name>`; SystemRoot from the environment, `C:\Windows` when unset. */
export function systemTool(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return win32.join(env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows', 'System32', name);
}

/** Command-line arguments Windows cannot carry faithfully: a `"` or NUL, or a trailing backslash. */
function checkArg(arg: string): string {
  if (arg.length === 0 || /["\u0000\r\n]/.test(arg) || arg.endsWith('\\')) {
    throw new Error(`Argument cannot be passed to a Windows program unchanged: ${JSON.stringify(arg)}`);
  }
  return arg;
}

/** `reg.exe export <key> <file> /y`: the key and its subtree, as a `Version 5.00` .reg; /y overwrites. */
export function exportCommand(regPath: string, file: string, env?: NodeJS.ProcessEnv): Command {
  return { file: systemTool('reg.exe', env), args: ['export', checkArg(toRegExePath(regPath)), checkArg(file), '/y'] };
}

/**
 * One export per live root, each into its own file `fileFor(root)` — reg.exe export takes one key.
 * @example exportCommands((r) => join(tmp, r.id + '.reg'))
 */
export function exportCommands(fileFor: (root: LiveRoot) => string, env?: NodeJS.ProcessEnv): { root: LiveRoot; command: Command }[] {
  return LIVE_ROOTS.map((root) => ({ root, command: exportCommand(root.regPath, fileFor(root), env) }));
}

/** `reg.exe query <key> /v DefaultProfile`: the default-profile pointer of an Office root. */
export function defaultProfileQueryCommand(holder: string, env?: NodeJS.ProcessEnv): Command {
  return { file: systemTool('reg.exe', env), args: ['query', checkArg(toRegExePath(holder)), '/v', 'DefaultProfile'] };
}

/** `reg.exe import <file>`: merges a .reg into the registry (deletions included). */
export function importCommand(file: string, env?: NodeJS.ProcessEnv): Command {
  return { file: systemTool('reg.exe', env), args: ['import', checkArg(file)] };
}

/** `tasklist /FI "IMAGENAME eq OUTLOOK.EXE" /FO CSV /NH`: one CSV line per running Outlook, or an INFO line. */
export function isOutlookRunningCommand(env?: NodeJS.ProcessEnv): Command {
  return { file: systemTool('tasklist.exe', env), args: ['/FI', 'IMAGENAME eq OUTLOOK.EXE', '/FO', 'CSV', '/NH'] };
}

/** How a command is shown in messages: program base name and arguments, quoted where they hold spaces. */
export function describeCommand(command: Command): string {
  const name = win32.basename(command.file);
  return [name, ...command.args.map((a) => (/\s/.test(a) ? `"${a}"` : a))].join(' ');
}
