/**
 * Opening files (the Open… button, Ctrl/Cmd+O, the Electron menu, drag and drop): read the bytes with
 * progress, send them as base64 to `profiles.import`, then say what arrived (renamed ones named) and
 * show the warnings. Errors go to the error dialog.
 */
import { ElMessage, ElNotification } from 'element-plus';
import { useI18n } from 'vue-i18n';
import type { ImportReport } from '../../shared/contract';
import { useUiStore } from '../stores/ui';
import { useWorkspaceStore } from '../stores/workspace';
import { call } from './call';

/**
 * The file's bytes as base64. Performance (test/bench, longest task during an import): the browser encodes
 * it while reading (readAsDataURL, off the main thread); encoding a 40 MB file in JS here blocked the
 * window for about 1.5 s in one task.
 */
function readFileBase64(file: File, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress(e.loaded);
    reader.onload = () => {
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function useImport() {
  const { t } = useI18n();
  const ui = useUiStore();
  const workspace = useWorkspaceStore();

  async function importFiles(list: FileList | File[]): Promise<ImportReport | undefined> {
    const files = [...list];
    if (files.length === 0 || ui.progress) return undefined;
    const total = files.reduce((n, f) => n + f.size, 0) || 1;
    let done = 0;
    const uploads: { name: string; data: string }[] = [];
    try {
      for (const file of files) {
        ui.progress = { phase: 'reading', percent: Math.round((done / total) * 100), file: file.name };
        const data = await readFileBase64(file, (loaded) => {
          ui.progress = { phase: 'reading', percent: Math.min(100, Math.round(((done + loaded) / total) * 100)), file: file.name };
        });
        done += file.size;
        uploads.push({ name: file.name, data });
      }
    } catch (e) {
      ui.progress = null;
      ui.showError({ code: 'E_IO', reason: 'internal', message: String(e), details: { message: String(e) } });
      return undefined;
    }
    ui.progress = { phase: 'importing', percent: null };
    const report = await call('profiles.import', { files: uploads });
    ui.progress = null;
    if (!report) return undefined;
    await workspace.refreshAll();
    announce(report);
    const first = report.imported[0];
    if (first && !workspace.selectedId) await workspace.openProfile(first.id);
    return report;
  }

  function announce(report: ImportReport): void {
    const lines = report.imported.map((p) =>
      p.renamedFrom ? t('import.renamed', { name: p.name, from: p.renamedFrom, file: p.file }) : t('import.one', { name: p.name, file: p.file }),
    );
    if (report.imported.length === 0) ElMessage({ type: 'warning', message: t('import.none') });
    else ElMessage({ type: 'success', message: [t('import.done', { n: report.imported.length }, report.imported.length), ...lines].join(' — '), duration: 6000, grouping: true });
    if (report.warnings.length) {
      ElNotification({
        type: 'warning',
        title: t('import.warnings'),
        message: report.warnings.map((w) => `${w.file}: ${w.message}`).join('\n'),
        duration: 20_000,
        position: 'bottom-right',
        customClass: 'import-warnings',
      });
    }
  }

  return { importFiles };
}
