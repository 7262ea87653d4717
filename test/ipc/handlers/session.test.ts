/**
 * Recent files, the native Open dialog and the window state through the real handlers and a real store:
 * paths come only from what main opened itself (the dialog, `mpe import`), the window gets ids.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers/index.js';
import { openContext } from '../../../electron/ipc/handlers/context.js';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { mpe } from '../../cli/mpeInProcess.js';
import { SAMPLE, samplePath } from '../../helpers/samples.js';

function withDialog(picked: string[]) {
  const storeDir = mkdtempSync(join(tmpdir(), 'mpe-session-h-'));
  const context = openContext({ shell: 'electron', storeDir, pickFiles: async () => picked });
  return { storeDir, context, handlers: createHandlers(context) };
}

/** The two steps of the native Open dialog: choose, then import what was chosen. */
async function pickAndImport(handlers: ReturnType<typeof createHandlers>) {
  const picked = await dispatchEnvelope(handlers, 'files.pick', {});
  if (!picked.ok || !picked.value) throw new Error('expected a pick');
  return dispatchEnvelope(handlers, 'profiles.importPicked', { pickId: picked.value.pickId });
}

const sampleCopy = (name: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'mpe-session-f-')), name);
  copyFileSync(samplePath(SAMPLE.hivexReg), path);
  return path;
};

describe('recent files and the native Open dialog', () => {
  it('the dialog imports the chosen files and lists them as recent; reopening reads the file again', async () => {
    const path = sampleCopy('export.reg');
    const { handlers, context } = withDialog([path]);
    const picked = await dispatchEnvelope(handlers, 'files.pick', {});
    if (!picked.ok || !picked.value) throw new Error('expected a pick');
    // Choosing imports nothing yet: the window shows "Importing…" only from the second step.
    expect(context.store.list()).toHaveLength(0);
    const opened = await dispatchEnvelope(handlers, 'profiles.importPicked', { pickId: picked.value.pickId });
    expect(opened.ok && opened.value.imported.map((p) => p.name)).toEqual(['Outlook']);
    // A pick is used once.
    expect(await dispatchEnvelope(handlers, 'profiles.importPicked', { pickId: picked.value.pickId })).toMatchObject({
      ok: false,
      error: { reason: 'pickNotFound' },
    });
    const list = await dispatchEnvelope(handlers, 'recent.list', {});
    expect(list.ok && list.value).toMatchObject([{ name: 'export.reg', path, profileCount: 1, exists: true }]);
    // The file is open: the window must say reload or open again; then it reads the file again.
    const id = list.ok ? list.value[0]!.id : '';
    expect(await dispatchEnvelope(handlers, 'recent.open', { id })).toMatchObject({ ok: false, error: { reason: 'alreadyOpen' } });
    const again = await dispatchEnvelope(handlers, 'recent.open', { id, onReopen: 'separate' });
    expect(again.ok && again.value.imported[0]).toMatchObject({ name: 'Outlook' });
    expect(context.store.list().map((d) => d.name)).toEqual(['Outlook', 'Outlook']);
  });

  it('keeps only the last 8 choices not imported yet', async () => {
    const { handlers } = withDialog([sampleCopy('many.reg')]);
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const picked = await dispatchEnvelope(handlers, 'files.pick', {});
      ids.push(picked.ok && picked.value ? picked.value.pickId : '');
    }
    expect(await dispatchEnvelope(handlers, 'profiles.importPicked', { pickId: ids[0]! })).toMatchObject({
      ok: false,
      error: { reason: 'pickNotFound' },
    });
    expect(await dispatchEnvelope(handlers, 'profiles.importPicked', { pickId: ids[1]! })).toMatchObject({ ok: true });
  });

  it('a cancelled dialog imports nothing; the browser mode has no dialog', async () => {
    const { handlers, context } = withDialog([]);
    expect(await dispatchEnvelope(handlers, 'files.pick', {})).toEqual({ ok: true, value: null });
    expect(context.store.list()).toHaveLength(0);
    const web = createHandlers(openContext({ shell: 'web', storeDir: mkdtempSync(join(tmpdir(), 'mpe-session-w-')) }));
    expect(await dispatchEnvelope(web, 'files.pick', {})).toMatchObject({ ok: false, error: { reason: 'noNativeDialog' } });
  });

  it('a file that is gone, or that no longer parses, imports nothing and says which file', async () => {
    const path = sampleCopy('gone.reg');
    const { handlers, context } = withDialog([path]);
    await pickAndImport(handlers);
    const [entry] = context.recent.list();
    rmSync(path);
    expect(await dispatchEnvelope(handlers, 'recent.open', { id: entry!.id })).toMatchObject({
      ok: false,
      error: { reason: 'fileGone', message: `${path} is no longer there: it was moved, renamed or deleted.` },
    });
    writeFileSync(path, 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\x]\r\n"a"=hex:zz\r\n');
    const bad = await dispatchEnvelope(handlers, 'recent.open', { id: entry!.id });
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_FORMAT' } });
    expect(context.store.list()).toHaveLength(1);
    expect(await dispatchEnvelope(handlers, 'recent.open', { id: 'f'.repeat(32) })).toMatchObject({
      ok: false,
      error: { reason: 'recentNotListed' },
    });
    // A folder where the file was: refused by name, nothing imported.
    rmSync(path);
    mkdirSync(path);
    expect(await dispatchEnvelope(handlers, 'recent.open', { id: entry!.id })).toMatchObject({
      ok: false,
      error: { code: 'E_IO', reason: 'notAFile' },
    });
    expect(context.store.list()).toHaveLength(1);
  });

  it('`mpe import` lists its files as recent, for the window to open again', async () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'mpe-session-cli-'));
    const path = sampleCopy('cli.reg');
    expect((await mpe(['--store', storeDir, 'import', path])).code).toBe(0);
    const handlers = createHandlers(openContext({ shell: 'web', storeDir }));
    const list = await dispatchEnvelope(handlers, 'recent.list', {});
    expect(list.ok && list.value.map((f) => [f.name, f.profileCount])).toEqual([['cli.reg', 1]]);
  });
});

describe('the window state', () => {
  it('is kept by main across handler instances (a new run), merged key by key', async () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'mpe-session-ui-'));
    const first = createHandlers(openContext({ shell: 'web', storeDir }));
    await dispatchEnvelope(first, 'uiState.set', { values: { 'mpe.panels': '{"workspace":420}' } });
    await dispatchEnvelope(first, 'uiState.set', { values: { 'mpe.theme': 'dark' } });
    const second = createHandlers(openContext({ shell: 'web', storeDir }));
    expect(await dispatchEnvelope(second, 'uiState.get', {})).toEqual({
      ok: true,
      value: { 'mpe.panels': '{"workspace":420}', 'mpe.theme': 'dark' },
    });
    expect(await dispatchEnvelope(second, 'uiState.set', { values: { 'profiles.json': 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_REQUEST' },
    });
  });

  it('keeps main’s window placement in the same file, out of the page’s reach', async () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'mpe-session-win-'));
    const context = openContext({ shell: 'electron', storeDir });
    const handlers = createHandlers(context);
    await dispatchEnvelope(handlers, 'uiState.set', { values: { 'mpe.theme': 'dark' } });
    context.uiState.setPlacement({ bounds: { x: 10, y: 20, width: 900, height: 600 }, maximized: true });
    await dispatchEnvelope(handlers, 'uiState.set', { values: { 'mpe.locale': 'fr' } });
    // The page sees its own values only, and cannot write the placement.
    expect(await dispatchEnvelope(handlers, 'uiState.get', {})).toEqual({ ok: true, value: { 'mpe.theme': 'dark', 'mpe.locale': 'fr' } });
    expect(await dispatchEnvelope(handlers, 'uiState.set', { values: { window: '{}' } })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_REQUEST' },
    });
    // One file holds both, as a new run reads it.
    expect(JSON.parse(readFileSync(join(storeDir, 'ui-state.json'), 'utf8'))).toEqual({
      'mpe.theme': 'dark',
      'mpe.locale': 'fr',
      window: { bounds: { x: 10, y: 20, width: 900, height: 600 }, maximized: true },
    });
    expect(openContext({ shell: 'electron', storeDir }).uiState.placement()).toEqual({
      bounds: { x: 10, y: 20, width: 900, height: 600 },
      maximized: true,
    });
  });

  it('a damaged placement loses only the placement; the page’s values stay', () => {
    const storeDir = mkdtempSync(join(tmpdir(), 'mpe-session-bad-'));
    writeFileSync(join(storeDir, 'ui-state.json'), JSON.stringify({ 'mpe.theme': 'light', window: { bounds: { x: 'left', width: -5 } } }));
    const { uiState } = openContext({ shell: 'electron', storeDir });
    expect(uiState.placement()).toEqual({});
    expect(uiState.read()).toEqual({ 'mpe.theme': 'light' });
  });
});

describe('uploads through the handlers', () => {
  it('a file sent in chunks imports like a one-piece upload; a bad upload id strands no other upload', async () => {
    const { handlers, context } = withDialog([]);
    const bytes = Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(samplePath(SAMPLE.hivexReg))));
    const begun = await dispatchEnvelope(handlers, 'uploads.begin', { name: 'chunks.reg', size: bytes.length });
    const uploadId = begun.ok ? begun.value.uploadId : '';
    for (let at = 0; at < bytes.length; at += 1000)
      await dispatchEnvelope(handlers, 'uploads.append', { uploadId, data: bytes.subarray(at, at + 1000) });
    const other = await dispatchEnvelope(handlers, 'uploads.begin', { name: 'other.reg', size: 1 });
    const otherId = other.ok ? other.value.uploadId : '';
    // The unknown id comes first: the uploads after it are still taken (released), not stranded.
    expect(await dispatchEnvelope(handlers, 'profiles.importUploads', { uploadIds: ['a'.repeat(32), otherId] })).toMatchObject({
      ok: false,
      error: { reason: 'uploadNotFound' },
    });
    expect(context.uploads.pending).toBe(1);
    const report = await dispatchEnvelope(handlers, 'profiles.importUploads', { uploadIds: [uploadId] });
    expect(report.ok && report.value.imported).toMatchObject([{ name: 'Outlook', file: 'chunks.reg' }]);
    expect(context.uploads.pending).toBe(0);
  });
});
