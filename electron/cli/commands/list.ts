import { call } from '../../ipc/dispatch.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { table } from '../textTable.js';

export const listCommand: Command = {
  name: 'list',
  usage: 'mpe list [--json]',
  summary: 'profiles: name, default, number of services',
  async run({ args, options, io, open }) {
    parseCommandArgs(args, {}, 0);
    const { handlers } = open();
    return printEnvelope(io, options.json, await call(handlers, 'profiles.list', {}), (profiles) =>
      profiles.length === 0
        ? 'No profiles in the store. Add some with: mpe import FILE...\n'
        : table(
            ['PROFILE', 'DEFAULT', 'SERVICES', 'ORIGIN'],
            profiles.map((p) => [p.name, p.isDefault ? 'yes' : '', String(p.serviceCount), p.origin.file ?? p.origin.source]),
          ),
    );
  },
};
