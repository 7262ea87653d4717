/**
 * What the handlers work on: the open store and the facts about this run. Built once per process by
 * the app, the browser mode or the CLI; handlers never see the transport.
 */
import type { LiveRegistry } from '../../core/liveRegistry/index.js';
import { ProfileStore } from '../../core/store/profileStore.js';

export interface HandlerContext {
  shell: 'electron' | 'web';
  storeDir: string;
  store: ProfileStore;
  /** "This computer" (Windows only; null elsewhere). */
  live: LiveRegistry | null;
}

export function openContext(options: { shell: 'electron' | 'web'; storeDir: string; live?: LiveRegistry | null }): HandlerContext {
  return { shell: options.shell, storeDir: options.storeDir, store: ProfileStore.open(options.storeDir), live: options.live ?? null };
}
