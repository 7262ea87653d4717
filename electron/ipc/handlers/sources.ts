/**
 * Sources (shared/source.ts): the files the workspace holds, whether each has unsaved changes, and Save.
 * The desktop app writes a file opened from disk in place; the browser mode cannot write the user's
 * file, so its Save hands the saved file back as a download (read with exports.read). "This computer"
 * saves through reg.exe (electron/core/liveRegistry, Windows only).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { saveSource } from '../../core/save/saveSource.js';
import { defaultsOf, profilesOf, savedStateOf, unsavedOf } from '../../core/store/savedState.js';
import type { Handlers } from '../dispatch.js';
import type { HandlerContext } from './context.js';
import { savesInPlaceFor, summarizeSource } from './summaries.js';

export function sourceHandlers({
  store,
  shell,
  downloads,
  live,
  openedHives,
}: HandlerContext): Pick<Handlers, 'sources.list' | 'sources.save'> {
  const savesInPlace = savesInPlaceFor(shell, live);
  return {
    'sources.list': () => {
      store.refresh();
      const docs = store.list();
      return Object.values(store.sources()).map((s) => summarizeSource(store, s, docs, savesInPlace(s)));
    },
    'sources.save': async ({ sourceId, dryRun, force }) => {
      store.refresh();
      const source = store.source(sourceId);
      if (!source) throw new AppError('MAPI_E_NOT_FOUND', 'sourceNotFound', { source: sourceId });
      if (source.kind === 'computer' && !dryRun) {
        if (!live?.available) throw new AppError('MAPI_E_NO_SUPPORT', 'saveComputerNotHere');
        const docs = profilesOf(store.list(), sourceId);
        const defaults = defaultsOf(store.defaults(), sourceId);
        const unsaved = unsavedOf(docs, defaults, store.saved(sourceId));
        const changed = docs.filter((d) => unsaved.changed.includes(d.id) || unsaved.defaultsChanged);
        await live.writeBack(changed, (doc) => store.isDefault(doc), unsaved.removed);
        store.markSaved(sourceId, savedStateOf(docs, defaults, []));
        return {
          source: source.name,
          fileName: source.name,
          written: true,
          added: [],
          changed: changed.map((d) => d.name),
          removed: unsaved.removed.map((r) => r.name),
          warnings: [],
        };
      }
      const inPlace = shell === 'electron' && source.path !== undefined;
      const hive = !inPlace && source.format === 'hive' && !dryRun ? openedHives.get(sourceId) : undefined;
      if (hive) return saveHiveCopy(sourceId, hive, force ?? false);
      const {
        bytes,
        file: _file,
        ...report
      } = saveSource(store, sourceId, { dryRun: dryRun ?? false, download: !inPlace && !dryRun, force: force ?? false });
      const result = {
        source: report.source,
        fileName: report.fileName,
        written: report.written,
        added: report.added,
        changed: report.changed,
        removed: report.removed,
        warnings: report.warnings,
        ...(report.backup ? { backup: report.backup } : {}),
      };
      if (!bytes || dryRun) return result;
      const mime = report.format === 'prf' ? 'text/plain' : 'text/x-ms-regedit';
      return {
        ...result,
        download: { exportId: downloads.stage(bytes, report.fileName), fileName: report.fileName, mime, size: bytes.length },
      };
    },
  };

  /**
   * A hive opened without a path: saved into a scratch copy of the bytes it was opened from, through
   * the same safe save, and that copy is the download. A dirty hive is refused as on disk (no logs came
   * with the upload) until the page has asked the user and says `force`.
   */
  function saveHiveCopy(sourceId: string, hive: Uint8Array, force: boolean) {
    const dir = mkdtempSync(join(tmpdir(), 'mpe-hive-save-'));
    try {
      const source = store.source(sourceId)!;
      // Named as the user's file, so that what the save says (a dirty hive…) names it.
      const work = join(dir, basename(source.name.replace(/\\/g, '/')) || 'hive');
      writeFileSync(work, hive);
      const report = saveSource(store, sourceId, { workFile: work, force });
      const bytes = new Uint8Array(readFileSync(work));
      openedHives.set(sourceId, bytes);
      return {
        source: report.source,
        fileName: source.name,
        written: false,
        added: report.added,
        changed: report.changed,
        removed: report.removed,
        warnings: report.warnings,
        download: {
          exportId: downloads.stage(bytes, source.name),
          fileName: source.name,
          mime: 'application/octet-stream',
          size: bytes.length,
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
