/**
 * The live registry on Windows ("This computer" as a source): read the current user's Outlook profiles
 * with reg.exe export, write changed ones back with reg.exe import after a backup, refuse while Outlook runs.
 */
export { LiveRegistry, liveRegistryAvailable, type LiveRegistryOptions, type WriteBackResult } from './liveRegistry.js';
export { nodeRunCommand, type RunCommand } from './runCommand.js';
export {
  LIVE_ROOTS,
  liveRootOf,
  exportCommand,
  exportCommands,
  defaultProfileQueryCommand,
  importCommand,
  isOutlookRunningCommand,
  describeCommand,
  systemTool,
  toRegExePath,
  toLongPath,
  type Command,
  type LiveRoot,
} from './commands.js';
export {
  parseTasklist,
  parseRegQueryValue,
  matchProfileName,
  classifyFailure,
  commandError,
  type CommandResult,
  type RegFailureKind,
} from './parsers.js';
export { planWriteBack, backupReg, backupFileName, liveProfileKey, type ProfileKeyRef, type WriteBackPlan } from './writePlan.js';
