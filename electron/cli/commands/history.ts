/** undo, redo, history: the store's history, shared with the app. */
import { dispatchEnvelope } from '../../ipc/dispatch.js';
import type { Command } from '../cliTypes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { printEnvelope } from '../printEnvelope.js';
import { table } from '../textTable.js';

export const undoCommand: Command = {
  name: 'undo',
  usage: 'mpe undo',
  summary: 'undo the last change',
  async run({ args, options, io, open }) {
    parseCommandArgs(args, {}, 0);
    const r = await dispatchEnvelope(open().handlers, 'history.undo', {});
    return printEnvelope(io, options.json, r, (e) => (e ? `Undone: ${e.description}\n` : 'Nothing to undo.\n'));
  },
};

export const redoCommand: Command = {
  name: 'redo',
  usage: 'mpe redo',
  summary: 'redo the last undone change',
  async run({ args, options, io, open }) {
    parseCommandArgs(args, {}, 0);
    const r = await dispatchEnvelope(open().handlers, 'history.redo', {});
    return printEnvelope(io, options.json, r, (e) => (e ? `Redone: ${e.description}\n` : 'Nothing to redo.\n'));
  },
};

export const historyCommand: Command = {
  name: 'history',
  usage: 'mpe history',
  summary: 'the changes, newest last; undone ones marked',
  async run({ args, options, io, open }) {
    parseCommandArgs(args, {}, 0);
    const r = await dispatchEnvelope(open().handlers, 'history.list', {});
    return printEnvelope(io, options.json, r, (entries) =>
      entries.length === 0
        ? 'No changes yet.\n'
        : table(
            ['#', 'WHEN', 'STATE', 'CHANGE'],
            entries.map((e) => [String(e.id), e.at, e.undone ? 'undone' : '', e.description]),
          ),
    );
  },
};
