/** `mpe lint [PROFILE]`: findings; exit 1 when any is an error. */
import { call } from '../../ipc/dispatch.js';
import { resolveProfile } from '../resolveProfile.js';
import type { Command } from '../cliTypes.js';
import { EXIT } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';

export const lintCommand: Command = {
  name: 'lint',
  usage: 'mpe lint [PROFILE]',
  summary: 'check profiles for dangling references, duplicate stores, defaults…; exit 1 on errors',
  async run({ args, options, io, open }) {
    const { positionals } = parseCommandArgs(args, {}, 0, 1);
    const { handlers, context } = open();
    const id = positionals[0] === undefined ? undefined : resolveProfile(context, options.source, positionals[0]).id;
    const r = await call(handlers, 'lint.run', id ? { id } : {});
    const code = printEnvelope(io, options.json, r, (report) => {
      const lines = [...report.workspace.map((f) => `workspace  ${f.severity.padEnd(7)}  ${f.message}`)];
      for (const p of report.profiles) {
        if (p.findings.length === 0) lines.push(`${p.name}: no problems`);
        for (const f of p.findings) lines.push(`${p.name}  ${f.severity.padEnd(7)}  ${f.message}${f.section ? `  [${f.section}]` : ''}`);
      }
      return lines.join('\n') + '\n';
    });
    if (code !== EXIT.ok || !r.ok) return code;
    const errors = [...r.value.workspace, ...r.value.profiles.flatMap((p) => p.findings)].some((f) => f.severity === 'error');
    return errors ? EXIT.lintErrors : EXIT.ok;
  },
};
