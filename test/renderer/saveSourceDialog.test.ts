/**
 * Save in the desktop app of a file opened without its path (a drop: main cannot write it in place, so
 * sources.save stages it as a download): main's Save dialog writes it (exports.saveAs), the window reads
 * no chunk, starts no download, and the toast says it was saved, not downloaded. Real composable and
 * store, fake transport in the preload's place (api.ts says 'electron').
 */
import { answer, calls, resetFake } from './fakeApi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { useSave } from '../../renderer/composables/useSave';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const EXPORT_ID = 'f'.repeat(32);

describe('Save of a dropped file in the desktop app', () => {
  it('a file opened without its path (a drop) is saved through the same dialog, and the toast names no download', async () => {
    answer('sources.save', () => ({
      ok: true,
      value: {
        source: 'dropped.reg',
        fileName: 'dropped.reg',
        written: false,
        added: [],
        changed: ['Outlook'],
        removed: [],
        warnings: [],
        download: { exportId: EXPORT_ID, fileName: 'dropped.reg', mime: 'text/x-ms-regedit', size: 10 },
      },
    }));
    answer('exports.saveAs', () => ({ ok: true, value: { fileName: 'dropped.reg' } }));
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const w = mountApp(defineComponent({ setup: () => useSave(), render: () => h('div') }));
    const saved = await (w.vm as unknown as ReturnType<typeof useSave>).saveSource('s1', false);
    await settle();
    expect(saved).toBe(true);
    expect(calls.filter((c) => c.channel === 'exports.saveAs').map((c) => c.request)).toEqual([{ exportId: EXPORT_ID }]);
    expect(calls.some((c) => c.channel === 'exports.read')).toBe(false);
    expect(downloads).toEqual([]);
    expect(document.body.textContent).toContain('Saved dropped.reg.');
    expect(document.body.textContent).not.toContain('download');
  });
});
