/**
 * The live registry ("This computer") as the app creates it: backups go to the user's Documents folder,
 * where an administrator finds them, under "MAPI Profile Editor Backups". Null where it cannot work
 * (anything but Windows), so the UI can leave the source out.
 */
import { app } from 'electron';
import { join } from 'node:path';
import { LiveRegistry, liveRegistryAvailable } from '../core/liveRegistry/index.js';

export const BACKUP_FOLDER = 'MAPI Profile Editor Backups';

export function createLiveRegistry(): LiveRegistry | null {
  if (!liveRegistryAvailable()) return null;
  return new LiveRegistry({ backupDir: join(app.getPath('documents'), BACKUP_FOLDER), tempDir: app.getPath('temp') });
}
