/**
 * Reading what tasklist and reg.exe print. Their text is localized and printed in the console's OEM code
 * page, so the parsers rely on structure (CSV quoting, the 4-space columns of `reg query`) and on exit
 * codes, and match message words only to choose a clearer sentence, never to decide success.
 */
import { AppError } from '../../../shared/errors.js';
import { describeCommand, type Command } from './commands.js';

/** What a program run gave back. `code` is -1 when the program could not be started. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Splits one CSV line as tasklist writes it: every field in double quotes, `""` inside for a quote. */
function csvFields(line: string): string[] | null {
  const fields: string[] = [];
  const re = /"((?:[^"]|"")*)"(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < line.length && (m = re.exec(line)) !== null) fields.push(m[1]!.replaceAll('""', '"'));
  return re.lastIndex === line.length && fields.length > 0 ? fields : null;
}

/**
 * Process ids of the running images named `image`, from `tasklist /FO CSV /NH` output. Lines that are not
 * CSV rows ("INFO: No tasks are running…", "INFORMATIONS : aucune tâche…", any language) match nothing.
 */
export function parseTasklist(stdout: string, image = 'OUTLOOK.EXE'): number[] {
  const pids: number[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const fields = csvFields(raw.trim());
    if (!fields || fields.length < 2 || fields[0]!.toLowerCase() !== image.toLowerCase()) continue;
    const pid = Number(fields[1]);
    if (Number.isInteger(pid)) pids.push(pid);
  }
  return pids;
}

/**
 * The data of value `name` from `reg query KEY /v NAME` output:
 *
 *     HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\Outlook
 *         DefaultProfile    REG_SZ    Outlook - Contoso
 *
 * Columns are separated by 4 spaces; the data is the rest of the line (it may hold spaces, or be empty).
 * Returns null when the value is not in the output or is not a string type.
 */
export function parseRegQueryValue(stdout: string, name: string): string | null {
  const lower = name.toLowerCase();
  for (const raw of stdout.split(/\r?\n/)) {
    const m = /^ {4}(.+?) {4}(REG_[A-Z_]+) {4}(.*)$/.exec(raw) ?? /^ {4}(.+?) {4}(REG_[A-Z_]+)$/.exec(raw);
    if (!m || m[1]!.toLowerCase() !== lower) continue;
    if (m[2] !== 'REG_SZ' && m[2] !== 'REG_EXPAND_SZ') return null;
    return m[3] ?? '';
  }
  return null;
}

/**
 * The profile a queried DefaultProfile names. reg.exe prints in the console's OEM code page, so a name with
 * letters outside ASCII may come back changed: exact match first, then case-insensitive, then a unique
 * profile of the same length equal on every position where both sides are ASCII.
 */
export function matchProfileName(queried: string, names: readonly string[]): string | null {
  if (names.includes(queried)) return queried;
  const ci = names.filter((n) => n.toLowerCase() === queried.toLowerCase());
  if (ci.length === 1) return ci[0]!;
  const ascii = (c: string): boolean => c.charCodeAt(0) < 0x80;
  const loose = names.filter(
    (n) =>
      n.length === queried.length &&
      [...n].every((c, i) => !ascii(c) || !ascii(queried[i]!) || c.toLowerCase() === queried[i]!.toLowerCase()),
  );
  return loose.length === 1 ? loose[0]! : null;
}

export type RegFailureKind = 'notFound' | 'accessDenied' | 'fileNotFound' | 'notStarted' | 'other';

/** English, French and German wording of reg.exe's errors (the words survive OEM code pages). */
const PATTERNS: [RegFailureKind, RegExp][] = [
  ['notFound', /unable to find the specified registry key|trouv\S* la cl\S* ou la valeur|registrierungsschl\S*ssel\b.*nicht gefunden/i],
  ['accessDenied', /access is denied|acc\S*s refus|zugriff verweigert/i],
  ['fileNotFound', /cannot find the file|trouver le fichier|datei nicht finden/i],
];

/** Why a command failed, from its exit code and message. Exit code 0 is never a failure. */
export function classifyFailure(result: CommandResult): RegFailureKind | null {
  if (result.code === 0) return null;
  if (result.code === -1) return 'notStarted';
  const text = result.stderr + '\n' + result.stdout;
  for (const [kind, re] of PATTERNS) if (re.test(text)) return kind;
  return 'other';
}

/** The first non-blank line of the program's message, without the `ERROR:` prefix, for the sentence. */
function messageOf(result: CommandResult): string {
  const line =
    (result.stderr + '\n' + result.stdout)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? '';
  return line.replace(/^(ERROR|ERREUR|FEHLER)\s*:\s*/i, '') || 'no message';
}

/** A failed command as the app's error: a sentence that says which command and what went wrong. */
export function commandError(command: Command, result: CommandResult, file?: string): AppError {
  const kind = classifyFailure(result) ?? 'other';
  const shown = describeCommand(command);
  const extra = { command: shown, exitCode: result.code, stderr: result.stderr.trim() };
  switch (kind) {
    case 'accessDenied':
      return new AppError('MAPI_E_NO_ACCESS', 'liveRegistryAccessDenied', { command: shown, message: messageOf(result) }, extra);
    case 'fileNotFound':
      return new AppError('E_IO', 'liveRegistryFileNotFound', { command: shown, file: file ?? command.args.at(-1) ?? '' }, extra);
    default:
      return new AppError('E_IO', 'liveRegistryFailed', { command: shown, code: result.code, message: messageOf(result) }, extra);
  }
}
