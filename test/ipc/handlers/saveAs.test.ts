/**
 * The desktop app's Save dialog for an export (exports.saveAs), through the real handlers, a real store and
 * the real disk, with the dialog function main would inject: the file written is the export, a cancel writes
 * nothing, a write that fails leaves nothing and says why in English and French, and the window never gets a path.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { openContext, type Shell } from '../../../electron/ipc/handlers/context.js';
import { createHandlers } from '../../../electron/ipc/handlers/index.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { SAMPLE, readSample } from '../../helpers/samples.js';

const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A store holding the sample's profiles, and a Save dialog that answers `choose` (undefined: cancelled). */
async function withExport(choose: ((defaultName: string) => string | undefined) | null, shell: Shell = 'electron') {
  const asked: string[] = [];
  const saveFileAs = choose ? async (defaultName: string) => (asked.push(defaultName), choose(defaultName)) : undefined;
  const context = openContext({ shell, storeDir: tempDir('mpe-saveas-store-'), saveFileAs });
  const handlers = createHandlers(context);
  const imported = await dispatchEnvelope(handlers, 'profiles.import', {
    files: [{ name: 'outlook.reg', data: readSample(SAMPLE.hivexReg) }],
    format: 'auto',
  });
  if (!imported.ok) throw new Error(imported.error.message);
  const ids = imported.value.imported.map((p) => p.id);
  const whole = await dispatchEnvelope(handlers, 'profiles.export', { ids, format: 'reg' });
  const begun = await dispatchEnvelope(handlers, 'exports.begin', { ids, format: 'reg' });
  if (!whole.ok || !begun.ok) throw new Error('export failed');
  return { context, handlers, asked, whole: whole.value, exportId: begun.value.exportId };
}

describe('exports.saveAs: the native Save dialog, main writing the file', () => {
  it('proposes the export’s name, writes the export where the user chose, and answers only the name', async () => {
    const dir = tempDir('mpe-saveas-out-');
    const { context, handlers, asked, whole, exportId } = await withExport(() => join(dir, 'chosen.reg'));
    const saved = await dispatchEnvelope(handlers, 'exports.saveAs', { exportId });
    expect(saved).toEqual({ ok: true, value: { fileName: 'chosen.reg' } });
    expect(asked).toEqual([whole.fileName]);
    expect(readFileSync(join(dir, 'chosen.reg')).equals(whole.data)).toBe(true);
    // No NAME.tmp left behind, nothing else written; the staged export is released.
    expect(readdirSync(dir)).toEqual(['chosen.reg']);
    expect(context.downloads.pending).toBe(0);
  });

  it('over a file already there (the dialog asked): replaced by the export, the old one kept as NAME.bak', async () => {
    const dir = tempDir('mpe-saveas-out-');
    const target = join(dir, 'old.reg');
    writeFileSync(target, 'old content');
    const { handlers, whole, exportId } = await withExport(() => target);
    expect(await dispatchEnvelope(handlers, 'exports.saveAs', { exportId })).toEqual({ ok: true, value: { fileName: 'old.reg' } });
    expect(readFileSync(target).equals(whole.data)).toBe(true);
    expect(readFileSync(target + '.bak', 'utf8')).toBe('old content');
  });

  it('cancelled: answers null, writes nothing, and releases the export', async () => {
    const dir = tempDir('mpe-saveas-out-');
    const { context, handlers, asked, exportId } = await withExport(() => undefined);
    expect(await dispatchEnvelope(handlers, 'exports.saveAs', { exportId })).toEqual({ ok: true, value: null });
    expect(asked).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
    expect(context.downloads.pending).toBe(0);
  });

  it('a write that fails leaves no file and says which step failed and why, in English and French', async () => {
    const dir = tempDir('mpe-saveas-out-');
    // A folder that does not exist (removed after the dialog, say): the first step, writing NAME.tmp, fails.
    const target = join(dir, 'gone', 'chosen.reg');
    const { handlers, exportId } = await withExport(() => target);
    const saved = await dispatchEnvelope(handlers, 'exports.saveAs', { exportId });
    if (saved.ok) throw new Error('expected the write to fail');
    expect(saved.error).toMatchObject({ code: 'E_IO', reason: 'saveAsFailed', details: { file: 'chosen.reg', step: 'write' } });
    expect(String(saved.error.details?.cause)).toContain('ENOENT');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(target + '.tmp')).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    const en = errorText('en', saved.error.reason, saved.error.details);
    const fr = errorText('fr', saved.error.reason, saved.error.details);
    expect(en).toContain('chosen.reg');
    expect(en).toContain('Nothing was written');
    expect(fr).toContain('chosen.reg');
    expect(fr).toContain('Rien n’a été écrit');
    expect(saved.error.message).toBe(en);
  });

  it('an unknown export is refused without showing the dialog', async () => {
    const { handlers, asked } = await withExport(() => undefined);
    const saved = await dispatchEnvelope(handlers, 'exports.saveAs', { exportId: 'a'.repeat(32) });
    expect(saved).toMatchObject({ ok: false, error: { reason: 'exportNotFound' } });
    expect(asked).toEqual([]);
  });

  it('the browser mode has no native Save dialog: refused, the export left to read', async () => {
    const { context, handlers, exportId } = await withExport(null, 'web');
    const saved = await dispatchEnvelope(handlers, 'exports.saveAs', { exportId });
    expect(saved).toMatchObject({ ok: false, error: { reason: 'noNativeSaveDialog' } });
    expect(errorText('fr', 'noNativeSaveDialog')).not.toBe(errorText('en', 'noNativeSaveDialog'));
    expect(context.downloads.pending).toBe(1);
  });
});
