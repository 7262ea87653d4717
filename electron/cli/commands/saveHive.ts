/**
 * `mpe save-hive HIVE PROFILE... [--force] [--dry-run]`: writes those profiles of the store into the hive
 * file, each under the registry root it came from (its `Profiles\NAME` key replaced by the profile's keys),
 * with `DefaultProfile` set when one of them is the store's default for its source and root, through the
 * safe save (electron/core/save/saveHiveFile.ts: NAME.tmp, verify, NAME.bak, rename).
 * `--dry-run` lists the keys that would be added, changed and removed, and writes nothing.
 */
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import type { HiveEdit } from '../../core/formats/hive/hiveEdits.js';
import { hivePathOf, setDefaultEdit } from '../../core/save/hiveDefaults.js';
import { replayedSentence, saveHiveFile, type SaveHiveReport } from '../../core/save/saveHiveFile.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { profileId } from '../resolveProfile.js';

export const saveHiveCommand: Command = {
  name: 'save-hive',
  usage: 'mpe save-hive HIVE PROFILE... [--force] [--dry-run]',
  summary: 'write profiles into a hive file (NTUSER.DAT), keeping the original as HIVE.bak',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, 2, Infinity);
    const [hive, ...names] = positionals as [string, ...string[]];
    const { context } = open();
    let report: SaveHiveReport;
    try {
      const docs = names.map((n) => context.store.get(profileId(context, options.source, n))!);
      const edits: HiveEdit[] = [
        ...docs.map((doc) => ({ path: `${hivePathOf(doc.origin.root)}\\${doc.name}`, keys: doc.keys })),
        // As `mpe save` writes a hive: DefaultProfile names the store's default of that source and root.
        ...docs.filter((doc) => context.store.isDefault(doc)).map(setDefaultEdit),
      ];
      report = saveHiveFile(resolve(io.cwd, hive), edits, { force: values.force ?? false, dryRun: values['dry-run'] ?? false });
    } catch (e) {
      if (e instanceof AppError) return printEnvelope(io, options.json, { ok: false, error: e.toShape() }, () => '');
      throw e;
    }
    return printEnvelope(io, options.json, { ok: true, value: report }, (r) => human(r, values['dry-run'] ?? false));
  },
};

function human(r: SaveHiveReport, dryRun: boolean): string {
  const lines = [...r.added.map((p) => `+ ${p}`), ...r.changed.map((p) => `~ ${p}`), ...r.removed.map((p) => `- ${p}`)];
  const counts = `${r.added.length} key(s) added, ${r.changed.length} changed, ${r.removed.length} removed`;
  const replayed = r.replayed ? replayedSentence(r.replayed) + '\n' : '';
  if (dryRun) return `${replayed}${r.file}: would write ${counts}${lines.length ? ':\n' + lines.join('\n') : '.'}\n`;
  if (!r.written) return `${replayed}${r.file}: nothing to change.\n`;
  const logs = r.movedLogs.length ? ` Transaction logs moved beside it: ${r.movedLogs.join(', ')}.` : '';
  return `${replayed}Wrote ${r.file}: ${counts}. The previous file is kept as ${r.backup}.${logs}\n`;
}
