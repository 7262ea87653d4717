/**
 * What the handlers work on: the open store and the facts about this run. Built once per process by
 * the app, the browser mode or the CLI; handlers never see the transport.
 */
import type { LiveRegistry } from '../../core/liveRegistry/index.js';
import { ProfileStore } from '../../core/store/profileStore.js';
import { RecentFiles } from '../../core/session/recentFiles.js';
import { UiStateFile } from '../../core/session/uiStateFile.js';
import { DownloadStaging } from '../downloadStaging.js';
import { UploadStaging } from '../uploadStaging.js';
import { OpenedHives } from './openedHives.js';

/** Who serves the handlers: the desktop app, the browser mode (`mpe web`), or an `mpe` command. */
export type Shell = 'electron' | 'web' | 'cli';

export interface HandlerContext {
  shell: Shell;
  storeDir: string;
  store: ProfileStore;
  /** "This computer" (Windows only; null elsewhere). */
  live: LiveRegistry | null;
  /** Files the window is sending in chunks, until imported or discarded. */
  uploads: UploadStaging;
  /** Exported files the window is reading in chunks, until read, discarded or left idle. */
  downloads: DownloadStaging;
  uiState: UiStateFile;
  recent: RecentFiles;
  /** Hives opened without a path (uploads), by source id: the browser mode saves into a copy of them. */
  openedHives: OpenedHives;
  /** The desktop app's native Open dialog (paths the user chose; empty when cancelled); absent in the browser mode. */
  pickFiles?: () => Promise<string[]>;
  /** The desktop app's native Save dialog, proposing a file name: the path chosen, undefined when cancelled. */
  saveFileAs?: (defaultName: string) => Promise<string | undefined>;
}

export function openContext(options: {
  shell: Shell;
  storeDir: string;
  live?: LiveRegistry | null;
  pickFiles?: () => Promise<string[]>;
  saveFileAs?: (defaultName: string) => Promise<string | undefined>;
}): HandlerContext {
  const { shell, storeDir } = options;
  return {
    shell,
    storeDir,
    store: ProfileStore.open(storeDir),
    live: options.live ?? null,
    uploads: new UploadStaging(),
    downloads: new DownloadStaging(),
    uiState: new UiStateFile(storeDir),
    recent: new RecentFiles(storeDir),
    openedHives: new OpenedHives(),
    pickFiles: options.pickFiles,
    saveFileAs: options.saveFileAs,
  };
}
