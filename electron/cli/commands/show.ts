/** `mpe show PROFILE`: the same view the window shows — services, providers, sections, properties. */
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { profileId } from '../resolveProfile.js';
import { formatProfile } from '../format/formatProfile.js';

export const showCommand: Command = {
  name: 'show',
  usage: 'mpe show PROFILE [--json]',
  summary: 'services, providers, sections and properties',
  async run({ args, options, io, open }) {
    const { positionals } = parseCommandArgs(args, {}, 1);
    const { handlers, context } = open();
    const r = await dispatchEnvelope(handlers, 'profiles.get', { id: profileId(context, options.source, positionals[0]!) });
    return printEnvelope(io, options.json, r, formatProfile);
  },
};
