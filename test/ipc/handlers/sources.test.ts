/** sources.list and sources.save over real handlers: the browser mode downloads, the desktop writes in place. */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { importFiles, readLocalFile } from '../../../electron/ipc/handlers/importFiles.js';
import { sampleHivePath, samplePath, SAMPLE } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

describe('sources handlers', () => {
  it('browser mode: an upload is a source without a path; Save stages the file for download and clears the mark', async () => {
    const { handlers } = realHandlers('web');
    const data = readFileSync(samplePath(SAMPLE.hivexReg));
    await dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: 'profiles.reg', data }] });
    const first = await dispatchEnvelope(handlers, 'profiles.list', {});
    const id = first.ok ? first.value[0]!.id : '';
    await dispatchEnvelope(handlers, 'profiles.rename', { id, name: 'Renamed' });
    const listed = await dispatchEnvelope(handlers, 'sources.list', {});
    expect(listed.ok && listed.value).toMatchObject([{ name: 'profiles.reg', unsaved: true, savesInPlace: false, profileCount: 1 }]);
    const profile = await dispatchEnvelope(handlers, 'profiles.list', {});
    expect(profile.ok && profile.value[0]).toMatchObject({ name: 'Renamed', unsaved: true });
    const saved = await dispatchEnvelope(handlers, 'sources.save', { sourceId: listed.ok ? listed.value[0]!.id : '' });
    if (!saved.ok || !saved.value.download) throw new Error('expected a download');
    expect(saved.value).toMatchObject({ fileName: 'profiles.reg', written: false, added: [], changed: ['Renamed'], removed: ['Outlook'] });
    const chunk = await dispatchEnvelope(handlers, 'exports.read', { exportId: saved.value.download.exportId, offset: 0 });
    const text = new TextDecoder().decode(chunk.ok ? chunk.value.data : new Uint8Array());
    expect(text).toContain('\\Profiles\\Renamed]\n');
    expect(text).toContain('[-HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles\\Outlook]');
    const after = await dispatchEnvelope(handlers, 'sources.list', {});
    expect(after.ok && after.value[0]!.unsaved).toBe(false);
  });

  it('desktop: a file opened from disk is written in place', async () => {
    const { handlers, context } = realHandlers('electron');
    const file = join(mkdtempSync(join(tmpdir(), 'mpe-src-')), 'profiles.reg');
    copyFileSync(samplePath(SAMPLE.hivexReg), file);
    const { imported } = importFiles(context.store, [readLocalFile(file)]);
    await dispatchEnvelope(handlers, 'profiles.copy', { id: imported[0]!.id, name: 'Second' });
    const saved = await dispatchEnvelope(handlers, 'sources.save', { sourceId: imported[0]!.sourceId! });
    expect(saved).toMatchObject({ ok: true, value: { written: true, added: ['Second'], backup: `${file}.bak` } });
    expect(readFileSync(file, 'utf8')).toContain('\\Profiles\\Second]');
  });

  // The sample hive is dirty (its sequence numbers differ) and no logs come with it: saving it needs the
  // user's go-ahead, in the browser mode (a download) as on disk (in place), and nothing is written first.
  it('a dirty hive without logs is refused until force, in both shells; the file is untouched meanwhile', async () => {
    const web = realHandlers('web');
    await dispatchEnvelope(web.handlers, 'profiles.import', { files: [{ name: 'NTUSER.DAT', data: readFileSync(sampleHivePath()) }] });
    const webList = await dispatchEnvelope(web.handlers, 'profiles.list', {});
    const webId = webList.ok ? webList.value[0]!.id : '';
    await dispatchEnvelope(web.handlers, 'profiles.rename', { id: webId, name: 'Edited' });
    const webSource = webList.ok ? webList.value[0]!.origin.sourceId! : '';
    const refused = await dispatchEnvelope(web.handlers, 'sources.save', { sourceId: webSource });
    expect(refused).toMatchObject({ ok: false, error: { code: 'E_IO', reason: 'hiveSaveDirty', details: { file: 'NTUSER.DAT' } } });
    expect(await dispatchEnvelope(web.handlers, 'sources.list', {})).toMatchObject({ ok: true, value: [{ unsaved: true }] });
    const forced = await dispatchEnvelope(web.handlers, 'sources.save', { sourceId: webSource, force: true });
    expect(forced.ok && forced.value.download?.fileName).toBe('NTUSER.DAT');

    const desk = realHandlers('electron');
    const file = join(mkdtempSync(join(tmpdir(), 'mpe-dirty-')), 'NTUSER.DAT');
    copyFileSync(sampleHivePath(), file);
    const { imported } = importFiles(desk.context.store, [readLocalFile(file)]);
    await dispatchEnvelope(desk.handlers, 'profiles.rename', { id: imported[0]!.id, name: 'Edited' });
    const before = readFileSync(file);
    expect(await dispatchEnvelope(desk.handlers, 'sources.save', { sourceId: imported[0]!.sourceId! })).toMatchObject({
      ok: false,
      error: { reason: 'hiveSaveDirty' },
    });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(await dispatchEnvelope(desk.handlers, 'sources.save', { sourceId: imported[0]!.sourceId!, force: true })).toMatchObject({
      ok: true,
      value: { written: true },
    });
    expect(readFileSync(file).equals(before)).toBe(false);
  }, 120_000);
});
