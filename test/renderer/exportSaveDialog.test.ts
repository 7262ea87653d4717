/**
 * The desktop app's export (real dialog, status bar, composable and store; fake transport in the preload's
 * place, so api.ts says 'electron'): once main has built the file, the window asks main to show the native
 * Save dialog and write it (exports.saveAs) — it reads no chunk and starts no download.
 */
import { answer, calls, resetFake } from './fakeApi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { shell } from '../../renderer/api';
import ExportDialog from '../../renderer/components/dialogs/ExportDialog.vue';
import StatusBar from '../../renderer/components/layout/StatusBar.vue';
import { useUiStore } from '../../renderer/stores/ui';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const EXPORT_ID = 'f'.repeat(32);

async function exportWith(saveAs: { fileName: string } | null) {
  answer('exports.begin', () => ({
    ok: true,
    value: { exportId: EXPORT_ID, fileName: 'profiles.reg', mime: 'text/plain', size: 3 * 1024 * 1024 },
  }));
  answer('exports.saveAs', () => ({ ok: true, value: saveAs }));
  const downloads: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  mountApp(defineComponent({ render: () => [h(ExportDialog), h(StatusBar)] }));
  const ui = useUiStore();
  ui.exportIds = ['p1'];
  await settle();
  document.querySelector<HTMLElement>('[data-testid="export-run"]')!.click();
  await settle();
  return { ui, downloads };
}

describe('export in the desktop app', () => {
  it('runs in the electron shell (the preload’s window.api is there)', () => {
    expect(shell).toBe('electron');
  });

  it('has main save the built export through the Save dialog: no chunk read, no download', async () => {
    const { ui, downloads } = await exportWith({ fileName: 'chosen.reg' });
    expect(calls.filter((c) => c.channel === 'exports.saveAs').map((c) => c.request)).toEqual([{ exportId: EXPORT_ID }]);
    expect(calls.some((c) => c.channel === 'exports.read')).toBe(false);
    expect(downloads).toEqual([]);
    expect(ui.progress).toBeNull();
    expect(ui.exportIds).toBeNull();
    expect(ui.error).toBeFalsy();
  });

  it('a cancelled Save dialog says the export was cancelled, and downloads nothing', async () => {
    const { ui, downloads } = await exportWith(null);
    expect(calls.filter((c) => c.channel === 'exports.saveAs')).toHaveLength(1);
    expect(downloads).toEqual([]);
    expect(ui.progress).toBeNull();
    expect(document.body.textContent).toContain('Export cancelled: nothing was saved.');
  });
});
