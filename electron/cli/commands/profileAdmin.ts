/** create-profile, delete-profile, rename-profile, copy-profile, set-default: IProfAdmin on the command line. */
import { call } from '../../ipc/dispatch.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { profileId } from '../resolveProfile.js';
import { PROFILE_ROOTS } from '../../../shared/profileDoc.js';

const ROOTS: Record<string, string> = { office16: PROFILE_ROOTS.office16, office15: PROFILE_ROOTS.office15, messaging: PROFILE_ROOTS.messaging };

export const createProfileCommand: Command = {
  name: 'create-profile',
  usage: 'mpe create-profile NAME [--root office16|office15|messaging]',
  summary: 'a new empty profile',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { root: { type: 'string' } }, 1);
    const root = values.root === undefined ? undefined : ROOTS[values.root];
    if (values.root !== undefined && root === undefined) return printUsage(io, '--root is office16, office15 or messaging');
    const { handlers } = open();
    const r = await call(handlers, 'profiles.create', { name: positionals[0]!, ...(root ? { root } : {}) });
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
    const r = await call(handlers, 'profiles.delete', { id: profileId(context, positionals[0]!) });
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
    const r = await call(handlers, 'profiles.rename', { id: profileId(context, positionals[0]!), name: positionals[1]! });
    return printEnvelope(io, options.json, r, (p) => `Renamed profile '${positionals[0]}' to '${p.name}'.\n`);
  },
};

export const copyProfileCommand: Command = {
  name: 'copy-profile',
  usage: 'mpe copy-profile OLD NEW',
  summary: 'copy a profile with all its sections',
  async run({ args, options, io, open }) {
    const { positionals } = parseCommandArgs(args, {}, 2);
    const { handlers, context } = open();
    const r = await call(handlers, 'profiles.copy', { id: profileId(context, positionals[0]!), name: positionals[1]! });
    return printEnvelope(io, options.json, r, (p) => `Copied profile '${positionals[0]}' to '${p.name}'.\n`);
  },
};

export const setDefaultCommand: Command = {
  name: 'set-default',
  usage: 'mpe set-default NAME [--clear]',
  summary: 'make a profile the default of its registry root',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { clear: { type: 'boolean' } }, 1);
    const { handlers, context } = open();
    const r = await call(handlers, 'profiles.setDefault', { id: profileId(context, positionals[0]!), isDefault: !values.clear });
    return printEnvelope(io, options.json, r, () => (values.clear ? `'${positionals[0]}' is no longer the default profile.\n` : `'${positionals[0]}' is now the default profile.\n`));
  },
};

function printUsage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`mpe: ${message}\n`);
  return 2;
}
