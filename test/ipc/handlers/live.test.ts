/** "This computer" through the handlers: the real store, a fake Windows at the OS edge (reg.exe, tasklist). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { createHandlers } from '../../../electron/ipc/handlers/index.js';
import { openContext } from '../../../electron/ipc/handlers/context.js';
import { LiveRegistry } from '../../../electron/core/liveRegistry/index.js';
import { parseReg, toSnapshot } from '../../../electron/core/formats/reg/index.js';
import { RegType } from '../../../electron/core/formats/registry.js';
import { historyEntryText } from '../../../shared/i18n/historyMessages.js';
import { reportedWarningText } from '../../../shared/i18n/importWarnings.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { FakeWindows } from '../../core/liveRegistry/fakeWindows.js';

const OUTLOOK16 = 'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook';

function setup(platform: NodeJS.Platform, defaultProfile = 'Outlook') {
  const win = new FakeWindows([
    {
      path: OUTLOOK16,
      values: [{ name: 'DefaultProfile', type: RegType.SZ, data: Buffer.from(defaultProfile + '\0', 'utf16le').toString('hex') }],
    },
    ...toSnapshot(parseReg(readSample(SAMPLE.hivexReg))).keys,
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'mpe-live-h-'));
  const live = new LiveRegistry({
    run: win.run,
    platform,
    env: { SystemRoot: 'C:\\Windows' },
    backupDir: join(dir, 'backups'),
    tempDir: dir,
  });
  const handlers = createHandlers(openContext({ shell: 'electron', storeDir: join(dir, 'store'), live }));
  return { win, handlers };
}

describe('This computer (live registry) through the handlers', () => {
  it('imports the machine’s profiles, and writes an edited one back after a backup', async () => {
    const { win, handlers } = setup('win32');
    expect(await dispatchEnvelope(handlers, 'app.info', {})).toMatchObject({ ok: true, value: { liveRegistry: true } });
    const imported = await dispatchEnvelope(handlers, 'live.import', {});
    expect(imported).toMatchObject({ ok: true, value: { imported: [{ name: 'Outlook', file: 'This computer' }] } });
    const id = imported.ok ? imported.value.imported[0]!.id : '';
    expect(await dispatchEnvelope(handlers, 'profiles.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'Outlook', isDefault: true }],
    });
    const history = await dispatchEnvelope(handlers, 'history.list', {});
    expect(history.ok && history.value.map((h) => [h.description, historyEntryText('fr', h)])).toEqual([
      ['Import the profiles of this computer', 'Importer les profils de cet ordinateur'],
    ]);
    await dispatchEnvelope(handlers, 'properties.set', {
      profileId: id,
      section: '4dcea1bdd75d6f4cb65170ec889cadda',
      valueName: '001f3001',
      value: 'Contacts',
    });
    const written = await dispatchEnvelope(handlers, 'live.writeBack', { ids: [id] });
    expect(written).toMatchObject({ ok: true, value: { backupFile: expect.stringMatching(/outlook-profiles-backup-.*\.reg$/) } });
    const name = win.keys
      .get((OUTLOOK16 + '\\Profiles\\Outlook\\4dcea1bdd75d6f4cb65170ec889cadda').toLowerCase())
      ?.values.find((v) => v.name === '001f3001');
    expect(Buffer.from(name!.data, 'hex').toString('utf16le')).toBe('Contacts\0');
  });

  it('reports what the registry held that could not be imported as is, as a reason and parameters', async () => {
    const { handlers } = setup('win32', 'Gone');
    const root = 'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Office\\16.0\\Outlook\\Profiles'; // as the sample spells it
    const imported = await dispatchEnvelope(handlers, 'live.import', {});
    expect(imported.ok && imported.value.warnings).toEqual([
      {
        file: 'This computer',
        reason: 'defaultProfileMissing',
        params: { name: 'Gone', root },
        message: `The default profile "Gone" of ${root} is not among the profiles found.`,
      },
    ]);
    expect(imported.ok && reportedWarningText('fr', imported.value.warnings[0]!)).toBe(
      `Le profil par défaut « Gone » de ${root} ne fait pas partie des profils trouvés.`,
    );
  });

  it('refuses while Outlook runs, and is unavailable off Windows', async () => {
    const { win, handlers } = setup('win32');
    const imported = await dispatchEnvelope(handlers, 'live.import', {});
    win.processes.push('OUTLOOK.EXE');
    const id = imported.ok ? imported.value.imported[0]!.id : '';
    expect(await dispatchEnvelope(handlers, 'live.writeBack', { ids: [id] })).toMatchObject({
      ok: false,
      error: { reason: 'outlookRunning' },
    });
    const linux = setup('linux');
    expect(await dispatchEnvelope(linux.handlers, 'app.info', {})).toMatchObject({ ok: true, value: { liveRegistry: false } });
    expect(await dispatchEnvelope(linux.handlers, 'live.import', {})).toMatchObject({
      ok: false,
      error: { code: 'MAPI_E_NO_SUPPORT', reason: 'liveRegistryUnavailable' },
    });
  });
});
