/**
 * Opening files (the Open… button, Ctrl/Cmd+O, the Electron menu, drag and drop, recent files): send
 * each file in chunks (`uploads.*`), import them in one step, then say what arrived (renamed ones named)
 * and show the warnings. Errors go to the error dialog; a cancel discards what was sent. A file that is
 * already open asks first: reload it (its unsaved changes are lost) or open it again as a separate file.
 */
import { ElMessage, ElMessageBox, ElNotification } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { useCount } from '../i18n/useCount';
import type { Envelope, ImportReport } from '../../shared/contract';
import { reportedWarningText } from '../../shared/i18n/importWarnings';
import { useUiStore } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';
import { ref } from 'vue';
import { invokeChannel } from '../api';
import { callOrShowError } from './callOrShowError';

/**
 * Bytes per chunk. Performance (test/bench, longest task during an import): one 40 MB request meant
 * building and sending a 56 MB JSON body in one task of the page; Chromium's fetch() alone blocks the
 * page about 60 ms to encode a 4 MiB chunk's 5.6 MB body (measured), so chunks are 1 MiB. Each is also
 * a progress step and a point where Cancel takes effect.
 */
const CHUNK = 1024 * 1024;
/** How many imported profiles the success toast names; the rest are counted. */
const NAMED_IN_TOAST = 5;

/** A slice of the file's bytes (the browser mode's bridge encodes them; Electron's IPC carries them as they are). */
const readBytes = async (blob: Blob): Promise<Uint8Array> => new Uint8Array(await blob.arrayBuffer());

const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Whether the native Open dialog is showing: asking again meanwhile (menu, Ctrl/Cmd+O) does nothing. */
let choosing = false;

/** Bumped after every import: the recent files list may have changed. */
export const recentVersion = ref(0);

export function useImport() {
  const { t } = useI18n();
  const tc = useCount();
  const ui = useUiStore();
  const workspace = useWorkspaceStore();

  async function importFiles(list: FileList | File[]): Promise<ImportReport | undefined> {
    const files = [...list];
    if (files.length === 0 || ui.progress) return undefined;
    return importing(
      asking(async (onReopen) => {
        // An upload is consumed by its import: asked again, the files are sent again.
        const uploadIds = await send(files);
        return uploadIds ? invokeChannel('profiles.importUploads', { uploadIds, ...(onReopen ? { onReopen } : {}) }) : null;
      }),
    );
  }

  /** A file of the recent list, read again from disk by the main process. */
  const openRecent = (id: string) =>
    ui.progress
      ? Promise.resolve(undefined)
      : importing(asking((onReopen) => invokeChannel('recent.open', { id, ...(onReopen ? { onReopen } : {}) })));

  /**
   * Runs an import; when main answers that the file is already open, asks reload or open again and runs
   * it once more with the answer. Other errors go to the error dialog.
   */
  function asking(
    run: (onReopen?: 'reload' | 'separate') => Promise<Envelope<ImportReport> | null>,
  ): () => Promise<ImportReport | undefined> {
    return async () => {
      let res = await run();
      if (res && !res.ok && res.error.reason === 'alreadyOpen') {
        ui.progress = null;
        const choice = await askReopen(String(res.error.details?.file ?? ''));
        if (!choice) return undefined;
        ui.progress = { phase: 'importing', percent: null };
        res = await run(choice);
      }
      if (!res) return undefined;
      if (res.ok) return res.value;
      ui.showError(res.error);
      return undefined;
    };
  }

  async function askReopen(file: string): Promise<'reload' | 'separate' | undefined> {
    try {
      await ElMessageBox.confirm(t('save.reopen', { file }), t('save.reopenTitle'), {
        confirmButtonText: t('save.reload'),
        cancelButtonText: t('save.openAgain'),
        distinguishCancelAndClose: true,
        type: 'warning',
      });
      return 'reload';
    } catch (action) {
      return action === 'cancel' ? 'separate' : undefined;
    }
  }

  /**
   * The desktop app's native Open dialog. Nothing is in progress while it shows; once files are chosen,
   * main reads and imports them (so they become recent files).
   */
  async function openNative(): Promise<ImportReport | undefined> {
    if (ui.progress || choosing) return undefined;
    choosing = true;
    const picked = await callOrShowError('files.pick', {}).finally(() => (choosing = false));
    if (!picked) return undefined;
    return importing(
      asking((onReopen) => invokeChannel('profiles.importPicked', { pickId: picked.pickId, ...(onReopen ? { onReopen } : {}) })),
    );
  }

  /** The import itself (parse and commit: not cancellable), then the list, the toast and the first profile. */
  async function importing(run: () => Promise<ImportReport | null | undefined>): Promise<ImportReport | undefined> {
    ui.progress = { phase: 'importing', percent: null };
    const report = await run();
    ui.progress = null;
    if (!report) return undefined;
    await workspace.refreshAll();
    recentVersion.value++;
    announce(report);
    const first = report.imported[0];
    if (first && !workspace.selectedId) {
      // The new list is painted first, then the profile opens: two short tasks rather than one long one
      // (test/bench, longest task during a 1,000-profile import).
      await afterPaint();
      await workspace.openProfile(first.id);
    }
    return report;
  }

  /** Sends every file; the upload ids, or undefined when cancelled or failed (then nothing stays staged). */
  async function send(files: File[]): Promise<string[] | undefined> {
    const total = files.reduce((n, f) => n + f.size, 0) || 1;
    const ids: string[] = [];
    let sent = 0;
    let cancelled = false;
    const cancel = () => (cancelled = true);
    const show = (file: File) =>
      (ui.progress = { phase: 'reading', percent: Math.min(100, Math.round((sent / total) * 100)), file: file.name, cancel });
    const abandon = async () => {
      ui.progress = null;
      // Best effort: the main process also drops idle uploads, so a failure here needs no dialog.
      await Promise.all(ids.map((uploadId) => invokeChannel('uploads.discard', { uploadId }).catch(() => undefined)));
    };
    for (const file of files) {
      show(file);
      const begun = await callOrShowError('uploads.begin', { name: file.name, size: file.size });
      if (!begun) return void (await abandon());
      ids.push(begun.uploadId);
      for (let at = 0; at < file.size; at += CHUNK) {
        if (cancelled) break;
        let data: Uint8Array;
        try {
          data = await readBytes(file.slice(at, at + CHUNK));
        } catch (e) {
          await abandon();
          ui.showError({ code: 'E_IO', reason: 'internal', message: String(e), details: { message: String(e) } });
          return undefined;
        }
        if (!(await callOrShowError('uploads.append', { uploadId: begun.uploadId, data }))) return void (await abandon());
        sent += Math.min(CHUNK, file.size - at);
        show(file);
      }
      if (cancelled) {
        await abandon();
        ElMessage({ type: 'info', message: t('import.cancelled') });
        return undefined;
      }
    }
    return ids;
  }

  function announce(report: ImportReport): void {
    const lines = report.imported
      .slice(0, NAMED_IN_TOAST)
      .map((p) =>
        p.renamedFrom
          ? t('import.renamed', { name: p.name, from: p.renamedFrom, file: p.file })
          : t('import.one', { name: p.name, file: p.file }),
      );
    const more = report.imported.length - lines.length;
    if (more > 0) lines.push(tc('import.more', more));
    if (report.imported.length === 0) ElMessage({ type: 'warning', message: t('import.none') });
    else
      ElMessage({
        type: 'success',
        message: [tc('import.done', report.imported.length), ...lines].join(' — '),
        duration: 6000,
        grouping: true,
      });
    if (report.warnings.length) {
      ElNotification({
        type: 'warning',
        title: t('import.warnings'),
        message: report.warnings.map((w) => `${w.file}: ${reportedWarningText(ui.locale, w)}`).join('\n'),
        duration: 20_000,
        position: 'bottom-right',
        customClass: 'import-warnings',
      });
    }
  }

  return { importFiles, openRecent, openNative };
}
