/** Every `mpe` command, in the order `--help` lists them. */
import type { Command } from '../cliTypes.js';
import { listCommand } from './list.js';
import { webCommand } from './web.js';

export const COMMANDS: Command[] = [listCommand, webCommand];
