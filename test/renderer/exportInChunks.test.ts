/**
 * The browser mode's export reads the file in chunks (real dialog, status bar, composable and store; fake transport): the
 * dialog closes, the status bar shows progress with Cancel while it reads, and a cancel saves nothing and
 * releases the export in main.
 */
import { answer, calls, resetFake } from './fakeApi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/contract';
import { defineComponent, h } from 'vue';
import ExportDialog from '../../renderer/components/dialogs/ExportDialog.vue';
import StatusBar from '../../renderer/components/layout/StatusBar.vue';
import { useUiStore } from '../../renderer/stores/ui';
import { mountApp, settle } from './mountApp';

// The chunked download is the browser mode's: the fake transport sits where the preload's window.api would,
// which makes api.ts say 'electron' (whose export goes through main's Save dialog: exportSaveDialog.test.ts).
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  shell: 'web',
}));

afterEach(() => {
  resetFake();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const MiB = 1024 * 1024;
const EXPORT_ID = 'e'.repeat(32);
const chunkOf = (n: number) => new Uint8Array(n).fill(0x41);

/** exports.read answers only when the test lets the next chunk through. */
function exportOf(size: number) {
  const waiting: (() => void)[] = [];
  answer('exports.begin', () => ({ ok: true, value: { exportId: EXPORT_ID, fileName: 'profiles.reg', mime: 'text/plain', size } }));
  answer('exports.read', (request) => {
    const { offset } = request as { offset: number };
    return new Promise<Envelope<unknown>>((resolve) =>
      waiting.push(() => resolve({ ok: true, value: { data: chunkOf(Math.min(MiB, size - offset)) } })),
    );
  });
  answer('exports.discard', () => ({ ok: true, value: { ok: true } }));
  return { next: async () => (waiting.shift()!(), await settle()) };
}

async function openDialog() {
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  mountApp(defineComponent({ render: () => [h(ExportDialog), h(StatusBar)] }));
  const ui = useUiStore();
  ui.exportIds = ['p1'];
  await settle();
  document.querySelector<HTMLElement>('[data-testid="export-run"]')!.click();
  await settle();
  return { ui, saved };
}

describe('export in chunks', () => {
  it('shows the share read so far, then saves the whole file once', async () => {
    const { next } = exportOf(2 * MiB + 10);
    const { ui, saved } = await openDialog();
    await next();
    expect(ui.progress).toMatchObject({ phase: 'exporting', percent: 50, file: 'profiles.reg' });
    expect(ui.progress?.cancel).toBeTypeOf('function');
    await next();
    await next();
    expect(calls.filter((c) => c.channel === 'exports.read').map((c) => (c.request as { offset: number }).offset)).toEqual([
      0,
      MiB,
      2 * MiB,
    ]);
    expect(saved).toEqual(['profiles.reg']);
    expect(ui.progress).toBeNull();
    expect(ui.exportIds).toBeNull();
  });

  it('Cancel in the status bar stops before the next chunk: nothing saved, the export released', async () => {
    const { next } = exportOf(3 * MiB);
    const { ui, saved } = await openDialog();
    await next();
    expect(document.querySelector('[data-testid="progress"]')?.textContent).toContain('Saving profiles.reg…');
    document.querySelector<HTMLElement>('[data-testid="progress-cancel"]')!.click();
    await next();
    expect(saved).toEqual([]);
    expect(ui.progress).toBeNull();
    expect(calls.filter((c) => c.channel === 'exports.read')).toHaveLength(2);
    expect(calls.find((c) => c.channel === 'exports.discard')?.request).toEqual({ exportId: EXPORT_ID });
    expect(ui.exportIds).toBeNull();
    expect(document.body.textContent).toContain('Export cancelled: nothing was saved.');
  });

  it('Cancel while the only chunk is on its way: nothing saved, the export released', async () => {
    const { next } = exportOf(10);
    const { ui, saved } = await openDialog();
    expect(ui.exportIds).toBeNull();
    document.querySelector<HTMLElement>('[data-testid="progress-cancel"]')!.click();
    await settle();
    // Clicked once, the button goes while the chunk on its way arrives.
    expect(document.querySelector('[data-testid="progress-cancel"]')).toBeNull();
    await next();
    expect(saved).toEqual([]);
    expect(ui.progress).toBeNull();
    expect(calls.find((c) => c.channel === 'exports.discard')?.request).toEqual({ exportId: EXPORT_ID });
  });

  it('an export main refuses leaves the dialog open with its choices, and no progress', async () => {
    answer('exports.begin', () => ({
      ok: false,
      error: {
        code: 'E_FORMAT',
        reason: 'badFormat',
        message: 'Test.reg: cannot write',
        details: { file: 'Test.reg', message: 'Test.reg: cannot write' },
      },
    }));
    const { ui, saved } = await openDialog();
    expect(ui.exportIds).toEqual(['p1']);
    expect(ui.error?.code).toBe('E_FORMAT');
    expect(ui.progress).toBeNull();
    expect(saved).toEqual([]);
    expect(calls.some((c) => c.channel === 'exports.read')).toBe(false);
  });
});
