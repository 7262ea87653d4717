/**
 * The desktop app's Save dialog for a staged file (an export, a source saved as a download): main asks
 * the user where, through the dialog function main injected (this file stays Electron-free), and writes
 * the file itself through the safe write (core/save/safeReplace.ts: NAME.tmp, flush, read back, rename),
 * so the bytes never travel to the window and the path never leaves main (contract.ts: no path crosses).
 */
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { replaceFile } from '../../core/save/safeReplace.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';

export function saveAsHandlers({ downloads, saveFileAs }: HandlerContext): Pick<Handlers, 'exports.saveAs'> {
  return {
    'exports.saveAs': async ({ exportId }) => {
      if (!saveFileAs) throw new AppError('E_INVALID_REQUEST', 'noNativeSaveDialog');
      // Taken before the dialog: an unknown export is refused without asking the user anything, and a
      // cancelled dialog releases it as a cancelled download does (exports.discard).
      const { bytes, fileName } = downloads.take(exportId);
      const path = await saveFileAs(fileName);
      if (path === undefined) return null;
      try {
        replaceFile(path, bytes, (written) => {
          if (Buffer.compare(written, bytes) !== 0)
            throw new Error(`read back ${written.length} bytes differing from the ${bytes.length} meant`);
        });
      } catch (e) {
        // The safe write's message speaks of an original file; here the file may be new: say what is true of both.
        if (e instanceof AppError && e.reason === 'hiveSaveStep')
          throw new AppError('E_IO', 'saveAsFailed', e.details as Record<string, string>);
        throw e;
      }
      return { fileName: basename(path) };
    },
  };
}
