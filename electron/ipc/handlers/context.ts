/**
 * What the handlers work on: the open store and the facts about this run. Built once per process by
 * the app, the browser mode or the CLI; handlers never see the transport.
 */
import { ProfileStore } from '../../core/store/profileStore.js';

export interface HandlerContext {
  shell: 'electron' | 'web';
  storeDir: string;
  store: ProfileStore;
}

export function openContext(options: { shell: 'electron' | 'web'; storeDir: string }): HandlerContext {
  return { shell: options.shell, storeDir: options.storeDir, store: ProfileStore.open(options.storeDir) };
}
