/**
 * Where a hive is read from its path — the native Open dialog, Open recent, reload — its transaction logs are
 * applied and the report says so in both languages; the same bytes uploaded by the browser have no logs beside
 * them and keep the dirty warning.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope as call } from '../../../electron/ipc/dispatch.js';
import { openContext } from '../../../electron/ipc/handlers/context.js';
import { createHandlers } from '../../../electron/ipc/handlers/index.js';
import { reportedWarningText } from '../../../shared/i18n/importWarnings.js';
import { dirtyHiveWithLogs } from '../../helpers/dirtyHive.js';

function withDialog(picked: string[]) {
  const storeDir = mkdtempSync(join(tmpdir(), 'mpe-dirty-h-'));
  const context = openContext({ shell: 'electron', storeDir, pickFiles: async () => picked });
  return { context, handlers: createHandlers(context) };
}

describe('a dirty hive with logs, opened in the window', () => {
  it('Open and reload apply the logs; an upload of the same bytes keeps the dirty warning', async () => {
    const { hive, seq } = dirtyHiveWithLogs('new');
    const { handlers, context } = withDialog([hive]);
    const picked = await call(handlers, 'files.pick', {});
    if (!picked.ok || !picked.value) throw new Error('expected a pick');
    const opened = await call(handlers, 'profiles.importPicked', { pickId: picked.value.pickId });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.imported.map((p) => p.name).sort()).toEqual(['Outlook', 'Recovered']);
    expect(opened.value.warnings).toEqual([
      {
        file: 'NTUSER.DAT',
        reason: 'hiveLogEntriesApplied',
        params: { primary: String(seq + 1), secondary: String(seq), count: 2, logs: 'ntuser.dat.LOG1' },
        message: `dirty hive (sequence numbers ${seq + 1} ≠ ${seq}): 2 transaction log entries of ntuser.dat.LOG1 applied, as Windows applies them when it loads the hive`,
      },
    ]);
    expect(reportedWarningText('fr', opened.value.warnings[0]!)).toBe(
      `ruche non validée (numéros de séquence ${seq + 1} ≠ ${seq}) : 2 entrées des journaux de transactions ntuser.dat.LOG1 appliquées, comme Windows les applique au chargement de la ruche`,
    );

    const [recent] = context.recent.list();
    const reloaded = await call(handlers, 'recent.open', { id: recent!.id, onReopen: 'reload' });
    expect(reloaded.ok && reloaded.value.warnings.map((w) => w.reason)).toEqual(['hiveLogEntriesApplied']);
    expect(
      context.store
        .list()
        .map((d) => d.name)
        .sort(),
    ).toEqual(['Outlook', 'Recovered']);

    const uploaded = await call(handlers, 'profiles.import', { files: [{ name: 'NTUSER.DAT', data: readFileSync(hive) }], format: 'auto' });
    if (!uploaded.ok) throw new Error(uploaded.error.message);
    expect(uploaded.value.warnings.map((w) => w.reason)).toEqual(['hiveDirty']);
    expect(uploaded.value.imported.map((p) => p.name)).toEqual(['Outlook']);
  });
});
