import { describe, expect, it } from 'vitest';
import { dispatchEnvelope } from '../../../electron/ipc/dispatch.js';
import { errorText } from '../../../shared/i18n/errorMessages.js';
import { realHandlers } from '../testContext.js';

const INF = `[Services]\r\nMYSVC=My Service\r\n\r\n[MYSVC]\r\nPR_DISPLAY_NAME=My Service\r\nProviders=MYSVC_P\r\nPR_RESOURCE_FLAGS=SERVICE_SINGLE_COPY\r\n\r\n[MYSVC_P]\r\nPR_DISPLAY_NAME=My Store\r\nPR_PROVIDER_DISPLAY=My Store\r\nPR_PROVIDER_DLL_NAME=my.dll\r\nPR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\r\n`;
const upload = (text: string) => ({ name: 'MAPISVC.INF', data: new TextEncoder().encode(text) });

describe('service catalog and creation through the handlers', () => {
  it('lists the shipped catalog with its single-copy services', async () => {
    const { handlers } = realHandlers();
    const r = await dispatchEnvelope(handlers, 'services.catalog', {});
    expect(r.ok).toBe(true);
    const single = r.ok ? r.value.services.filter((s) => s.singleCopy).map((s) => s.name) : [];
    expect(single).toEqual(expect.arrayContaining(['MSEMS', 'MSPST AB', 'CONTAB']));
    expect(single).not.toContain('MSUPST MS');
  });

  it('creates a service from a user’s MAPISVC.INF, refuses a second single-copy one, and a bad INF is E_FORMAT', async () => {
    const { handlers } = realHandlers();
    const profile = await dispatchEnvelope(handlers, 'profiles.create', { name: 'Work' });
    const profileId = profile.ok ? profile.value.id : '';
    expect(await dispatchEnvelope(handlers, 'services.catalog', { catalog: upload(INF) })).toMatchObject({
      ok: true,
      value: { services: [{ name: 'MYSVC', singleCopy: true }] },
    });
    expect(await dispatchEnvelope(handlers, 'services.create', { profileId, serviceName: 'MYSVC', catalog: upload(INF) })).toMatchObject({
      ok: true,
    });
    expect(await dispatchEnvelope(handlers, 'services.create', { profileId, serviceName: 'MYSVC', catalog: upload(INF) })).toMatchObject({
      ok: false,
      error: { code: 'MAPI_E_NO_ACCESS', hresult: 0x80070005 },
    });
    const bad = await dispatchEnvelope(handlers, 'services.catalog', {
      catalog: upload('[Services]\r\nX=Y\r\n[X]\r\nProviders=Missing\r\n'),
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_FORMAT', message: expect.stringMatching(/^MAPISVC\.INF:\d+: /) } });
    const view = await dispatchEnvelope(handlers, 'profiles.get', { id: profileId });
    expect(view.ok && view.value.view.services.map((s) => s.displayName)).toEqual(['My Service']);
  });

  it('a MAPISVC.INF that names a provider section it lacks: the English located sentence, and the whole of it in French', async () => {
    const { handlers } = realHandlers();
    const bad = await dispatchEnvelope(handlers, 'services.catalog', {
      catalog: upload('[Services]\r\nX=Y\r\n[X]\r\nProviders=Missing\r\n'),
    });
    if (bad.ok) throw new Error('the catalog was read');
    expect(bad.error.message).toBe('MAPISVC.INF:4: provider [Missing] is named here but the file has no such section');
    expect(errorText('en', bad.error.reason, bad.error.details)).toBe(bad.error.message);
    expect(errorText('fr', bad.error.reason, bad.error.details)).toBe(
      'MAPISVC.INF, ligne 4 : le fournisseur [Missing] est désigné ici, mais le fichier n’a pas cette section',
    );
  });
});
