/**
 * What the editor remembers between runs (shared/session.ts): the window's state, recent files, and
 * the desktop app's native Open dialog, which is how paths become recent files.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { importFiles, profilesFrom, readLocalFile, rememberRecent } from './importFiles.js';

type SessionHandlers = Pick<Handlers, 'uiState.get' | 'uiState.set' | 'recent.list' | 'recent.open' | 'recent.clear' | 'files.pick' | 'profiles.importPicked'>;

/** Choices of the Open dialog not imported yet; older ones are dropped beyond this (each is imported at once). */
const MAX_PICKS = 8;

export function sessionHandlers({ store, uiState, recent, pickFiles }: HandlerContext): SessionHandlers {
  /** The paths chosen in the Open dialog, by the id the window was given; each is used once. */
  const picks = new Map<string, string[]>();

  /** Imports files by path, then lists each as recent (only once the import committed). */
  function importPaths(paths: string[]) {
    const files = paths.map(readLocalFile);
    const report = importFiles(store, files);
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
    'recent.open': ({ id }) => {
      const path = recent.pathOf(id);
      if (!path) throw new AppError('E_INVALID_REQUEST', 'recentNotListed');
      return importPaths([path]);
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
    'profiles.importPicked': ({ pickId }) => {
      const paths = picks.get(pickId);
      if (!paths) throw new AppError('E_INVALID_REQUEST', 'pickNotFound');
      picks.delete(pickId);
      return importPaths(paths);
    },
  };
}
