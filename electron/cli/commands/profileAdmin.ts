/** create-profile, delete-profile, rename-profile, copy-profile, set-default: IProfAdmin on the command line. */
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { profileId } from '../resolveProfile.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';
import type { CopyProfilePlan } from '../../../shared/contract.js';
import { matchSources } from '../../core/admin/profileRef.js';
import type { HandlerContext } from '../../ipc/handlers/context.js';
import { UsageError } from '../cliTypes.js';

const ROOTS: Record<string, string> = {
  office16: PROFILE_ROOTS.office16,
  office15: PROFILE_ROOTS.office15,
  messaging: PROFILE_ROOTS.messaging,
};

export const createProfileCommand: Command = {
  name: 'create-profile',
  usage: 'mpe [--source SOURCE] create-profile NAME [--root office16|office15|messaging]',
  summary: 'a new empty profile, in SOURCE (default: the new profiles, saved with --as)',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { root: { type: 'string' } }, 1);
    const root = values.root === undefined ? undefined : ROOTS[values.root];
    if (values.root !== undefined && root === undefined) return printUsage(io, '--root is office16, office15 or messaging');
    const { handlers, context } = open();
    const sourceId = options.source === undefined ? undefined : oneSource(context, options.source);
    const r = await dispatchEnvelope(handlers, 'profiles.create', {
      name: positionals[0]!,
      ...(root ? { root } : {}),
      ...(sourceId ? { sourceId } : {}),
    });
    return printEnvelope(io, options.json, r, (p) => `Created profile '${p.name}'.\n`);
  },
};

export const deleteProfileCommand: Command = {
  name: 'delete-profile',
  usage: 'mpe delete-profile NAME',
  summary: 'delete a profile (undo brings it back)',
  async run({ args, options, io, open }) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const { handlers, context } = open();
    const r = await dispatchEnvelope(handlers, 'profiles.delete', { id: profileId(context, options.source, positionals[0]!) });
    return printEnvelope(io, options.json, r, () => `Deleted profile '${positionals[0]}'.\n`);
  },
};

export const renameProfileCommand: Command = {
  name: 'rename-profile',
  usage: 'mpe rename-profile OLD NEW',
  summary: 'rename a profile (the default follows)',
  async run({ args, options, io, open }) {
    const { positionals } = parseCommandArgs(args, {}, 2);
    const { handlers, context } = open();
    const r = await dispatchEnvelope(handlers, 'profiles.rename', {
      id: profileId(context, options.source, positionals[0]!),
      name: positionals[1]!,
    });
    return printEnvelope(io, options.json, r, (p) => `Renamed profile '${positionals[0]}' to '${p.name}'.\n`);
  },
};

export const copyProfileCommand: Command = {
  name: 'copy-profile',
  usage: 'mpe copy-profile OLD NEW [--to-source SOURCE] [--to-root office16|office15|messaging|PATH] [--dry-run]',
  summary: 'copy a profile with all its sections, into another file or registry root if asked',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(
      args,
      { 'to-source': { type: 'string' }, 'to-root': { type: 'string' }, 'dry-run': { type: 'boolean' } },
      2,
    );
    const { handlers, context } = open();
    const request = {
      id: profileId(context, options.source, positionals[0]!),
      name: positionals[1]!,
      ...(values['to-source'] !== undefined ? { sourceId: oneSource(context, values['to-source']) } : {}),
      ...(values['to-root'] !== undefined ? { root: values['to-root'] } : {}),
    };
    if (values['dry-run'])
      return printEnvelope(io, options.json, await dispatchEnvelope(handlers, 'profiles.planCopy', request), formatCopyPlan);
    const r = await dispatchEnvelope(handlers, 'profiles.copy', request);
    return printEnvelope(io, options.json, r, (p) => `Copied profile '${positionals[0]}' to '${p.name}' (${p.origin.root}).\n`);
  },
};

export const setDefaultCommand: Command = {
  name: 'set-default',
  usage: 'mpe set-default NAME [--clear]',
  summary: 'make a profile the default of its registry root',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { clear: { type: 'boolean' } }, 1);
    const { handlers, context } = open();
    const r = await dispatchEnvelope(handlers, 'profiles.setDefault', {
      id: profileId(context, options.source, positionals[0]!),
      isDefault: !values.clear,
    });
    return printEnvelope(io, options.json, r, () =>
      values.clear ? `'${positionals[0]}' is no longer the default profile.\n` : `'${positionals[0]}' is now the default profile.\n`,
    );
  },
};

/** The one source SOURCE names; none or several is a usage error. */
function oneSource(context: HandlerContext, text: string): string {
  const found = matchSources(context.store.sources(), text);
  if (found.length === 1) return found[0]!.id;
  if (found.length === 0) throw new UsageError(`no open file or source is named '${text}' (see mpe list)`);
  throw new UsageError(`several sources are named '${text}': name one by its path:\n${found.map((s) => `  ${s.path ?? s.id}`).join('\n')}`);
}

function formatCopyPlan(plan: CopyProfilePlan): string {
  return (
    [
      `Would copy '${plan.from.name}' (${plan.from.source}, ${plan.from.root})`,
      `        to '${plan.to.name}' (${plan.to.source}, ${plan.to.root}): ${plan.keys} keys, ${plan.values} values.`,
      plan.rootChanges ? `The profile moves to another registry root.` : '',
      plan.becomesDefault
        ? `It becomes the default profile there (DefaultProfile on ${plan.defaultHolder}).`
        : `It is not the default profile there.`,
    ]
      .filter(Boolean)
      .join('\n') + '\n'
  );
}

function printUsage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`mpe: ${message}\n`);
  return 2;
}
