/**
 * `mpe export PROFILE... --out FILE`: writes the profiles for `reg import` (or as JSON). An existing FILE
 * is kept as FILE.bak before it is replaced, and the new file is written atomically.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import { writeFileAtomic } from '../../core/store/atomicFile.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { profileId } from '../resolveProfile.js';

const FORMATS = ['reg', 'reg4', 'json', 'prf'] as const;

export const exportCommand: Command = {
  name: 'export',
  usage: 'mpe export PROFILE... --out FILE [--format reg|reg4|json|prf] [--redact-secrets] [--root-key KEY]',
  summary: 'write profiles to a .reg (each under its original registry root), JSON, or one profile to a PRF',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(
      args,
      { out: { type: 'string' }, format: { type: 'string' }, 'redact-secrets': { type: 'boolean' }, 'root-key': { type: 'string' } },
      1,
      Infinity,
    );
    if (!values.out) throw new UsageError('--out FILE is required');
    const format = (values.format ?? 'reg') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError('--format is reg, reg4, json or prf');
    const { handlers, context } = open();
    const ids = positionals.map((p) => profileId(context, options.source, p));
    const rootKey = values['root-key'];
    const r = await dispatchEnvelope(handlers, 'profiles.export', {
      ids,
      format,
      redactSecrets: values['redact-secrets'] ?? false,
      ...(rootKey !== undefined ? { rootKey } : {}),
    });
    if (!r.ok) return printEnvelope(io, options.json, r, () => '');
    const out = resolve(io.cwd, values.out);
    const backup = existsSync(out) ? `${out}.bak` : undefined;
    if (backup) copyFileSync(out, backup);
    writeFileAtomic(out, r.value.data);
    const written = { ok: true as const, value: { file: out, format, profiles: positionals.length, ...(backup ? { backup } : {}) } };
    return printEnvelope(
      io,
      options.json,
      written,
      (w) => `Wrote ${w.profiles} profile(s) to ${w.file}${w.backup ? ` (previous file kept as ${w.backup})` : ''}.\n`,
    );
  },
};
