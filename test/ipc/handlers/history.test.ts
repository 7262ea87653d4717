/** The history through the real handlers: every change carries its message, so the window can say it in French. */
import { describe, expect, it } from 'vitest';
import { dispatchEnvelope, type Handlers } from '../../../electron/ipc/dispatch.js';
import type { Envelope } from '../../../shared/contract.js';
import { historyEntryText } from '../../../shared/i18n/historyMessages.js';
import { readSample, SAMPLE } from '../../helpers/samples.js';
import { realHandlers } from '../testContext.js';

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

async function value<T>(answer: Promise<Envelope<T>>): Promise<T> {
  const r = await answer;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** One change of each kind a handler records, on the sample profile "Outlook" and a new "Work". */
async function changeEverything(handlers: Handlers): Promise<void> {
  const data = readSample(SAMPLE.hivexReg);
  const [outlook] = (await value(dispatchEnvelope(handlers, 'profiles.import', { files: [{ name: 'sample.reg', data }] }))).imported;
  const work = await value(dispatchEnvelope(handlers, 'profiles.create', { name: 'Work' }));
  await value(dispatchEnvelope(handlers, 'profiles.rename', { id: work.id, name: 'Office' }));
  await value(dispatchEnvelope(handlers, 'profiles.setDefault', { id: work.id, isDefault: true }));
  await value(
    dispatchEnvelope(handlers, 'properties.set', { profileId: outlook!.id, section: CONTAB, valueName: '001f3001', value: 'Contacts' }),
  );
  await value(dispatchEnvelope(handlers, 'services.copy', { sourceId: outlook!.id, serviceUid: CONTAB, targetId: work.id }));
  await value(dispatchEnvelope(handlers, 'services.rename', { profileId: outlook!.id, serviceUid: CONTAB, displayName: 'People' }));
}

describe('history messages through the handlers', () => {
  it('lists each change in English (description) and, from its message, in French', async () => {
    const { handlers } = realHandlers();
    await changeEverything(handlers);
    const history = await value(dispatchEnvelope(handlers, 'history.list', {}));
    expect(history.map((h) => h.description)).toEqual([
      'Import sample.reg',
      "Create profile 'Work'",
      "Rename profile 'Work' to 'Office'",
      "Set 'Office' as the default profile",
      `Set PR_DISPLAY_NAME_W (001f3001) of section ${CONTAB} in profile 'Outlook'`,
      "Copy service 'Contacts' to 'Office'",
      `Rename service ${CONTAB} of 'Outlook' to 'People'`,
    ]);
    expect(history.map((h) => historyEntryText('fr', h))).toEqual([
      'Importer sample.reg',
      'Créer le profil « Work »',
      'Renommer le profil « Work » en « Office »',
      'Faire de « Office » le profil par défaut',
      `Modifier PR_DISPLAY_NAME_W (001f3001) de la section ${CONTAB} du profil « Outlook »`,
      'Copier le service « Contacts » dans « Office »',
      `Renommer le service ${CONTAB} de « Outlook » en « People »`,
    ]);
  });

  it('undo and redo answer the entry with its message', async () => {
    const { handlers } = realHandlers();
    await value(dispatchEnvelope(handlers, 'profiles.create', { name: 'Work' }));
    const undone = await value(dispatchEnvelope(handlers, 'history.undo', {}));
    expect(undone && historyEntryText('fr', undone)).toBe('Créer le profil « Work »');
    const redone = await value(dispatchEnvelope(handlers, 'history.redo', {}));
    expect(redone?.message).toEqual({ key: 'createProfile', params: { name: 'Work' } });
  });
});
