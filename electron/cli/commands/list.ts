import { sourceLabel } from '../../core/admin/profileRef.js';
import { NEW_SOURCE } from '../../../shared/source.js';
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { table } from '../textTable.js';

export const listCommand: Command = {
  name: 'list',
  usage: 'mpe list [--json]',
  summary: 'profiles: source, name, default, number of services, unsaved changes',
  async run({ args, options, io, open }) {
    parseCommandArgs(args, {}, 0);
    const { handlers, context } = open();
    const sources = context.store.sources();
    // SOURCE as `mpe` takes it back in SOURCE:NAME (the file name, or its path where two share a name).
    const label = (p: { origin: { sourceId?: string } }) => {
      const s = sources[p.origin.sourceId ?? NEW_SOURCE.id];
      return s ? sourceLabel(s, sources) : '';
    };
    const r = await dispatchEnvelope(handlers, 'profiles.list', {});
    const withSource = r.ok ? { ok: true as const, value: r.value.map((p) => ({ ...p, source: label(p) })) } : r;
    return printEnvelope(io, options.json, withSource, (profiles) =>
      profiles.length === 0
        ? 'No profiles in the store. Add some with: mpe import FILE...\n'
        : table(
            ['SOURCE', 'PROFILE', 'DEFAULT', 'SERVICES', 'UNSAVED', 'ROOT'],
            profiles.map((p) => [
              p.source,
              p.name,
              p.isDefault ? 'yes' : '',
              String(p.serviceCount),
              p.unsaved ? '*' : '',
              rootLabel(p.origin.root),
            ]),
          ),
    );
  },
};

/** `…\Office\16.0\Outlook\Profiles` → `Office 16.0`; the messaging subsystem's → `WMS`. */
function rootLabel(root: string): string {
  const office = /\\Office\\([^\\]+)\\Outlook\\Profiles$/i.exec(root);
  if (office) return `Office ${office[1]}`;
  return /Windows Messaging Subsystem\\Profiles$/i.test(root) ? 'WMS' : root;
}
