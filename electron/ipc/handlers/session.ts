/**
 * What the editor remembers between runs (shared/session.ts): the window's state, recent files, and
 * the desktop app's native Open dialog, which is how paths become recent files.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import type { OnReopen } from '../../core/admin/profileAdmin.js';
import { importFiles, profilesFrom, readLocalFile, rememberRecent } from './importFiles.js';

type SessionHandlers = Pick<
  Handlers,
  'uiState.get' | 'uiState.set' | 'recent.list' | 'recent.open' | 'recent.clear' | 'files.pick' | 'profiles.importPicked'
>;

/** Choices of the Open dialog not imported yet; older ones are dropped beyond this (each is imported at once). */
const MAX_PICKS = 8;

export function sessionHandlers({ store, uiState, recent, pickFiles }: HandlerContext): SessionHandlers {
  /** The paths chosen in the Open dialog, by the id the window was given; each is used once. */
  const picks = new Map<string, string[]>();

  /** Imports files by path, then lists each as recent (only once the import committed). */
  function importPaths(paths: string[], onReopen?: OnReopen) {
    const files = paths.map(readLocalFile);
    const report = importFiles(store, files, undefined, onReopen);
    paths.forEach((path, i) => rememberRecent(recent, path, profilesFrom(report, files[i]!.name)));
    return report;
  }

  return {
    'uiState.get': () => uiState.read(),
    'uiState.set': ({ values }) => {
      uiState.update(values);
      return { ok: true as const };
    },
    'recent.list': () => recent.list(),
    'recent.open': ({ id, onReopen }) => {
      const path = recent.pathOf(id);
      if (!path) throw new AppError('E_INVALID_REQUEST', 'recentNotListed');
      return importPaths([path], onReopen);
    },
    'recent.clear': () => {
      recent.clear();
      return { ok: true as const };
    },
    'files.pick': async () => {
      if (!pickFiles) throw new AppError('E_INVALID_REQUEST', 'noNativeDialog');
      const paths = await pickFiles();
      if (paths.length === 0) return null;
      const pickId = randomUUID().replaceAll('-', '');
      picks.set(pickId, paths);
      if (picks.size > MAX_PICKS) picks.delete(picks.keys().next().value!);
      return { pickId };
    },
    'profiles.importPicked': ({ pickId, onReopen }) => {
      const paths = picks.get(pickId);
      if (!paths) throw new AppError('E_INVALID_REQUEST', 'pickNotFound');
      // Kept until imported: a file already open makes the window ask, then import the same pick again.
      const report = importPaths(paths, onReopen);
      picks.delete(pickId);
      return report;
    },
  };
}
