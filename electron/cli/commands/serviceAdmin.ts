/** create-service and delete-service: IMsgServiceAdmin::CreateMsgService / DeleteMsgService offline. */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import { resolveProfile } from '../resolveProfile.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { resolveService } from '../resolveService.js';

export const createServiceCommand: Command = {
  name: 'create-service',
  usage: 'mpe create-service PROFILE SERVICE_NAME [--name DISPLAY] [--catalog MAPISVC.INF]',
  summary: 'add a service from the shipped catalog (or your MAPISVC.INF)',
  async run({ args, options, io, open }) {
    const { positionals, values } = parseCommandArgs(args, { name: { type: 'string' }, catalog: { type: 'string' } }, 2);
    const { handlers, context } = open();
    const profile = resolveProfile(context, options.source, positionals[0]!);
    const catalog = values.catalog ? { name: basename(values.catalog), data: readFileSync(resolve(io.cwd, values.catalog)) } : undefined;
    const r = await dispatchEnvelope(handlers, 'services.create', {
      profileId: profile.id,
      serviceName: positionals[1]!,
      ...(values.name ? { displayName: values.name } : {}),
      ...(catalog ? { catalog } : {}),
    });
    return printEnvelope(io, options.json, r, (v) => `Created service ${positionals[1]} in '${profile.name}' (${v.serviceUid}).\n`);
  },
};

export const deleteServiceCommand: Command = {
  name: 'delete-service',
  usage: 'mpe delete-service PROFILE SERVICE',
  summary: 'delete a service with its providers and extra sections',
  async run({ args, options, io, open }) {
    const { positionals } = parseCommandArgs(args, {}, 2);
    const { handlers, context } = open();
    const profile = resolveProfile(context, options.source, positionals[0]!);
    const r = await dispatchEnvelope(handlers, 'services.delete', {
      profileId: profile.id,
      serviceUid: resolveService(profile, positionals[1]!),
    });
    return printEnvelope(
      io,
      options.json,
      r,
      (v) =>
        [
          `Deleted service ${positionals[1]} from '${profile.name}' (${v.deletedSections.length} section(s)).`,
          ...v.deleteFiles.map((f) => `The service lists this file to delete with it (PR_SERVICE_DELETE_FILES): ${f}`),
        ].join('\n') + '\n',
    );
  },
};
