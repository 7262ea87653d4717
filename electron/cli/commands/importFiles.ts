/**
 * `mpe import FILE...`: every profile found in the files, added in one transaction (one undo step); the
 * files then head the window's "Open recent" list.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { call } from '../../ipc/dispatch.js';
import { profilesFrom, rememberRecent } from '../../ipc/handlers/importFiles.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { EXIT } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';

const FORMATS = ['auto', 'reg', 'hive', 'prf'] as const;

export const importCommand: Command = {
  name: 'import',
  usage: 'mpe import FILE... [--format auto|reg|hive|prf]',
  summary: 'add every profile found in the files to the store',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { format: { type: 'string' } }, 1, Infinity);
    const format = (values.format ?? 'auto') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError('--format is auto, reg, hive or prf');
    const files: { name: string; data: string }[] = [];
    for (const path of positionals) {
      try {
        files.push({ name: basename(path), data: readFileSync(resolve(io.cwd, path)).toString('base64') });
      } catch (e) {
        io.stderr(`${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
        return EXIT.badInput;
      }
    }
    const { handlers, context } = open();
    const r = await call(handlers, 'profiles.import', { files, format });
    if (r.ok) positionals.forEach((path, i) => rememberRecent(context.recent, resolve(io.cwd, path), profilesFrom(r.value, files[i]!.name)));
    return printEnvelope(io, options.json, r, (report) =>
      [
        ...report.imported.map((p) => `Imported '${p.name}' from ${p.file}${p.renamedFrom ? ` (renamed from '${p.renamedFrom}': the name was taken)` : ''}`),
        ...report.warnings.map((w) => `warning: ${w.file}: ${w.message}`),
        report.imported.length === 0 ? 'No profile imported.' : '',
      ]
        .filter(Boolean)
        .join('\n') + '\n',
    );
  },
};
