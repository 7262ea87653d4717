/**
 * `mpe save [SOURCE...] [--as FILE] [--format reg|reg4|reg-hivex|prf|hive] [--root-key KEY] [--dry-run] [--force]`:
 * writes changed sources back into their files, in their own format (electron/core/save/saveSource.ts),
 * every one through the safe save (NAME.tmp, read back, NAME.bak, rename). With no SOURCE, every source
 * with unsaved changes. `--as` saves one source as another file (and it becomes that file);
 * `--dry-run` lists what each save would add, change and remove, and writes nothing.
 */
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { SourceDoc } from '../../../shared/source.js';
import { matchSources } from '../../core/admin/profileRef.js';
import { saveSource, type SaveFormat, type SaveReport } from '../../core/save/saveSource.js';
import { defaultsOf, profilesOf, unsavedOf } from '../../core/store/savedState.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';

const FORMATS: SaveFormat[] = ['reg', 'reg4', 'reg-hivex', 'prf', 'hive'];

export const saveCommand: Command = {
  name: 'save',
  usage: 'mpe save [SOURCE...] [--as FILE] [--format reg|reg4|reg-hivex|prf|hive] [--root-key KEY] [--dry-run] [--force]',
  summary: 'write changed sources back into their files (all changed ones when none is named), keeping NAME.bak',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(
      args,
      {
        as: { type: 'string' },
        format: { type: 'string' },
        'root-key': { type: 'string' },
        'dry-run': { type: 'boolean' },
        force: { type: 'boolean' },
      },
      0,
      Infinity,
    );
    const format = values.format as SaveFormat | undefined;
    if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`--format is ${FORMATS.join(', ')}`);
    if (values['root-key'] !== undefined && !/^HKEY_[A-Z_]+(\\[^\\]+)*$/.test(values['root-key']))
      throw new UsageError('--root-key is a registry key such as HKEY_USERS\\Offline');
    const { context } = open();
    const store = context.store;
    const sources = store.sources();
    let ids: string[];
    if (positionals.length > 0) {
      ids = positionals.map((p) => {
        const found = matchSources(sources, resolveIfPath(io.cwd, p, sources));
        if (found.length === 1) return found[0]!.id;
        if (found.length === 0) throw new UsageError(`no open file or source is named '${p}' (see mpe list)`);
        throw new UsageError(
          `several sources are named '${p}'; name one by its path:\n${found.map((s) => `  ${s.path ?? s.id}`).join('\n')}`,
        );
      });
    } else {
      ids = Object.keys(sources).filter(
        (id) => unsavedOf(profilesOf(store.list(), id), defaultsOf(store.defaults(), id), store.saved(id)).dirty,
      );
    }
    if (values.as !== undefined && ids.length !== 1) throw new UsageError('--as saves one source: name it');
    const reports: SaveReport[] = [];
    try {
      for (const id of ids) {
        const r = saveSource(store, id, {
          ...(values.as !== undefined ? { as: resolve(io.cwd, values.as) } : {}),
          ...(format ? { format } : {}),
          ...(values['root-key'] ? { rootKey: values['root-key'] } : {}),
          dryRun: values['dry-run'] ?? false,
          force: values.force ?? false,
        });
        if (!values['dry-run'] && !r.written) throw new AppError('E_INVALID_REQUEST', 'saveNoPath', { source: r.source });
        reports.push(r);
      }
    } catch (e) {
      if (e instanceof AppError) {
        for (const r of reports) io.stderr(`Saved ${r.file}.\n`);
        return printEnvelope(io, options.json, { ok: false, error: e.toShape() }, () => '');
      }
      throw e;
    }
    const plain = reports.map(({ bytes: _bytes, ...r }) => r);
    return printEnvelope(io, options.json, { ok: true, value: plain }, (rs) =>
      rs.length === 0 ? 'Nothing to save.\n' : rs.map((r) => human(r, values['dry-run'] ?? false)).join(''),
    );
  },
};

/** A SOURCE that is a path to an existing open file: matched by its absolute path. */
function resolveIfPath(cwd: string, text: string, sources: Readonly<Record<string, SourceDoc>>): string {
  const full = resolve(cwd, text);
  return Object.values(sources).some((s) => s.path === full) ? full : text;
}

function human(r: Omit<SaveReport, 'bytes'>, dryRun: boolean): string {
  const lines = [
    ...r.added.map((n) => `  + ${n}`),
    ...r.changed.map((n) => `  ~ ${n}`),
    ...r.removed.map((n) => `  - ${n}`),
    ...(r.defaultsChanged ? ['  ~ (default profile)'] : []),
  ];
  const counts = `${r.added.length} profile(s) added, ${r.changed.length} changed, ${r.removed.length} removed`;
  const warnings = r.warnings.map((w) => `warning: ${w}\n`).join('');
  if (dryRun)
    return `${r.source}: saving ${r.file ?? r.fileName} would write ${counts}${lines.length ? ':\n' + lines.join('\n') : '.'}\n${warnings}`;
  return `Saved ${r.source} to ${r.file}: ${counts}.${r.backup ? ` The previous file is kept as ${r.backup}.` : ''}\n${warnings}`;
}
