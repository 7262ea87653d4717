/**
 * `mpe import FILE...`: every file opened as a source with its profiles, in one transaction (one undo
 * step); the files then head the window's "Open recent" list. A file already open is a usage error
 * unless `--reload` (replace its profiles, dropping unsaved changes) or `--again` (a separate source).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isAppError } from '../../../shared/errors.js';
import { stampOf } from '../../core/save/fileStamp.js';
import { toAppError } from '../../ipc/dispatch.js';
import { importFiles, profilesFrom, rememberRecent, type FileBytes } from '../../ipc/handlers/importFiles.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { EXIT } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';

const FORMATS = ['auto', 'reg', 'hive', 'prf'] as const;

export const importCommand: Command = {
  name: 'import',
  usage: 'mpe import FILE... [--format auto|reg|hive|prf] [--reload | --again]',
  summary: 'open files: each becomes a source holding its profiles under their own names',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(
      args,
      { format: { type: 'string' }, reload: { type: 'boolean' }, again: { type: 'boolean' } },
      1,
      Infinity,
    );
    const format = (values.format ?? 'auto') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError('--format is auto, reg, hive or prf');
    if (values.reload && values.again) throw new UsageError('--reload and --again exclude each other');
    const onReopen = values.reload ? 'reload' : values.again ? 'separate' : undefined;
    const files: FileBytes[] = [];
    for (const path of positionals) {
      try {
        const full = resolve(io.cwd, path);
        // Stamped before it is read: a change after the stamp makes the save read the file again (fileStamp.ts).
        const stamp = stampOf(full);
        files.push({ name: basename(path), bytes: readFileSync(full), path: full, ...(stamp ? { stamp } : {}) });
      } catch (e) {
        io.stderr(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
        return EXIT.badInput;
      }
    }
    const { context } = open();
    // Called directly, not through the channel: only this process's own reads carry paths (a save
    // writes there); the channel takes bytes from an untrusted page and never a path.
    let r;
    try {
      r = { ok: true as const, value: importFiles(context.store, files, format, onReopen) };
    } catch (e) {
      if (isAppError(e) && e.reason === 'alreadyOpen')
        throw new UsageError(
          `${e.details.file} is already open: add --reload to read it again (unsaved changes are dropped) or --again to open it as a separate source`,
        );
      r = { ok: false as const, error: toAppError(e).toShape() };
    }
    if (r.ok) files.forEach((f) => rememberRecent(context.recent, f.path!, profilesFrom(r.value, f.name)));
    return printEnvelope(
      io,
      options.json,
      r,
      (report) =>
        [
          ...report.imported.map((p) => `Imported '${p.name}' from ${p.file}`),
          ...report.warnings.map((w) => `warning: ${w.file}: ${w.message}`),
          report.imported.length === 0 ? 'No profile imported.' : '',
        ]
          .filter(Boolean)
          .join('\n') + '\n',
    );
  },
};
