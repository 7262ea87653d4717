/** Every `mpe` command, in the order `--help` lists them. */
import type { Command } from '../cliTypes.js';
import { copyServiceCommand } from './copyService.js';
import { lintCommand } from './lint.js';
import { createServiceCommand, deleteServiceCommand } from './serviceAdmin.js';
import { exportCommand } from './exportFile.js';
import { historyCommand, redoCommand, undoCommand } from './history.js';
import { importCommand } from './importFiles.js';
import { listCommand } from './list.js';
import { copyProfileCommand, createProfileCommand, deleteProfileCommand, renameProfileCommand, setDefaultCommand } from './profileAdmin.js';
import { saveHiveCommand } from './saveHive.js';
import { showCommand } from './show.js';
import { saveCommand } from './save.js';
import { webCommand } from './web.js';

export const COMMANDS: Command[] = [
  importCommand,
  listCommand,
  showCommand,
  createProfileCommand,
  deleteProfileCommand,
  renameProfileCommand,
  copyProfileCommand,
  setDefaultCommand,
  copyServiceCommand,
  createServiceCommand,
  deleteServiceCommand,
  lintCommand,
  exportCommand,
  saveCommand,
  saveHiveCommand,
  undoCommand,
  redoCommand,
  historyCommand,
  webCommand,
];
