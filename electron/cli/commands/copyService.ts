/** `mpe copy-service PROFILE SERVICE --to PROFILE [--name NAME] [--data-file PATH] [--dry-run]`: CopyMsgService. */
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import { resolveProfile } from '../resolveProfile.js';
import type { Command } from '../cliTypes.js';
import { UsageError } from '../cliTypes.js';
import { formatPlan } from '../format/formatPlan.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { resolveService } from '../resolveService.js';

export const copyServiceCommand: Command = {
  name: 'copy-service',
  usage: 'mpe copy-service PROFILE SERVICE --to PROFILE [--name NAME] [--data-file PATH] [--dry-run]',
  summary: 'copy a message service as CopyMsgService does; --data-file gives a PST copy its own file; --dry-run prints the plan',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(
      args,
      { to: { type: 'string' }, name: { type: 'string' }, 'data-file': { type: 'string' }, 'dry-run': { type: 'boolean' } },
      2,
    );
    if (!values.to) throw new UsageError('--to PROFILE is required');
    const { handlers, context } = open();
    const source = resolveProfile(context, options.source, positionals[0]!);
    const target = resolveProfile(context, options.source, values.to);
    const request = {
      sourceId: source.id,
      serviceUid: resolveService(source, positionals[1]!),
      targetId: target.id,
      ...(values.name ? { displayName: values.name } : {}),
      ...(values['data-file'] ? { ownPst: values['data-file'] } : {}),
    };
    const dryRun = values['dry-run'] === true;
    const r = dryRun
      ? await dispatchEnvelope(handlers, 'services.planCopy', request)
      : await dispatchEnvelope(handlers, 'services.copy', request);
    return printEnvelope(io, options.json, r, (plan) => formatPlan(plan, !dryRun));
  },
};
