/**
 * Where the workspace lives. The app, the browser mode and `mpe` share one store by default: the
 * Electron userData folder of "MAPI Profile Editor" (computed here without Electron, with the same
 * rules Electron uses), sub-folder `store`. `--store DIR` wins over `MPE_STORE`, which wins over the
 * default.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'MAPI Profile Editor';

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

export function resolveStoreDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.MPE_STORE) return resolve(env.MPE_STORE);
  return join(userDataDir(process.platform, env), 'store');
}
