/**
 * The desktop app's native Open dialog in the window (real composable and store, fake transport): nothing
 * says "Importing…" while the dialog is open, asking again meanwhile does nothing, and the import starts
 * only once files are chosen.
 */
import { answer, calls, resetFake, SUMMARY } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { ImportReport, type Envelope, type ResponseOf } from '../../shared/contract';
import { useImport } from '../../renderer/composables/useImport';
import { useUiStore } from '../../renderer/stores/ui';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

const Host = defineComponent({ setup: () => useImport(), render: () => h('div') });
const REPORT = ImportReport.parse({ imported: [{ id: SUMMARY.id, name: SUMMARY.name, file: 'export.reg' }], warnings: [] });
const PICK_ID = 'c'.repeat(32);

/** files.pick answers only when the test closes the dialog, as the native dialog does. */
function dialog() {
  let close!: (picked: ResponseOf<'files.pick'>) => void;
  answer('files.pick', () => new Promise<Envelope<unknown>>((resolve) => (close = (value) => resolve({ ok: true, value }))));
  answer('profiles.importPicked', () => ({ ok: true, value: REPORT }));
  return { close: (picked: ResponseOf<'files.pick'>) => close(picked) };
}

describe('the native Open dialog', () => {
  it('shows no progress while the dialog is open; imports what was chosen, then says so', async () => {
    const { close } = dialog();
    const w = mountApp(Host);
    const ui = useUiStore();
    const open = (w.vm as unknown as ReturnType<typeof useImport>).openNative;
    const opening = open();
    await settle();
    expect(ui.progress).toBeNull();
    // Ctrl/Cmd+O again while the dialog shows: no second dialog.
    expect(await open()).toBeUndefined();
    expect(calls.filter((c) => c.channel === 'files.pick')).toHaveLength(1);

    close({ pickId: PICK_ID });
    expect(await opening).toEqual(REPORT);
    expect(calls.find((c) => c.channel === 'profiles.importPicked')?.request).toEqual({ pickId: PICK_ID });
    expect(ui.progress).toBeNull();
  });

  it('a cancelled dialog imports nothing, and the dialog can be opened again', async () => {
    const { close } = dialog();
    const w = mountApp(Host);
    const open = (w.vm as unknown as ReturnType<typeof useImport>).openNative;
    const opening = open();
    await settle();
    close(null);
    expect(await opening).toBeUndefined();
    expect(calls.some((c) => c.channel === 'profiles.importPicked')).toBe(false);
    const again = open();
    await settle();
    expect(calls.filter((c) => c.channel === 'files.pick')).toHaveLength(2);
    close(null);
    await again;
  });
});
