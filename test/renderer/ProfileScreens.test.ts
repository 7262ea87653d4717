import { answer, calls, resetFake, VIEW } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import ProfileDetails from '../../renderer/views/ProfileDetails.vue';
import ErrorDialog from '../../renderer/components/dialogs/ErrorDialog.vue';
import PropertyEditorDialog from '../../renderer/components/dialogs/PropertyEditorDialog.vue';
import { useUiStore } from '../../renderer/stores/ui';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

const CONTAB = '4dcea1bdd75d6f4cb65170ec889cadda';

describe('profile screens over the fake transport (real sample view)', () => {
  it('services tab: CONTAB with its Single copy badge, the PST with its data file', async () => {
    const w = mountApp(ProfileDetails);
    const ws = useWorkspaceStore();
    await ws.refreshAll();
    await ws.openProfile('p1');
    await settle();
    expect(w.find('[data-testid="profile-title"]').text()).toBe('Outlook');
    const table = w.find('[data-testid="services-table"]');
    expect(table.text()).toContain('Outlook Address Book');
    expect(table.text()).toContain('Single copy');
    expect(table.text()).toContain('C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst');
    w.unmount();
  });

  it('a service link opens its section in the inspector', async () => {
    const w = mountApp(ProfileDetails);
    const ws = useWorkspaceStore();
    await ws.refreshAll();
    await ws.openProfile('p1');
    await settle();
    await w.find('[data-testid="service-Outlook Address Book"]').trigger('click');
    await settle();
    expect(ws.tab).toBe('sections');
    expect(ws.sectionPath).toBe(CONTAB);
    expect(w.find('[data-testid="section-inspector"]').text()).toContain(CONTAB);
    w.unmount();
  });

  it('the editor dialog sends properties.set only with a valid value', async () => {
    const ws = (mountApp(ErrorDialog), useWorkspaceStore());
    await ws.openProfile('p1');
    const prop = VIEW.sections.find((s) => s.path === CONTAB)!.properties.find((p) => p.valueName === '001f3001')!;
    const w = mountApp(PropertyEditorDialog, { props: { prop, profileId: 'p1', section: CONTAB, label: 'PR_DISPLAY_NAME_W' } });
    await settle();
    const area = document.querySelector<HTMLTextAreaElement>('[data-testid="editor-dialog"] textarea')!;
    expect(area.value).toBe('Outlook Address Book');
    area.value = 'Contacts';
    area.dispatchEvent(new Event('input'));
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="editor-save"]')!.click();
    await settle();
    expect(calls.filter((c) => c.channel === 'properties.set').map((c) => c.request)).toEqual([
      { profileId: 'p1', section: CONTAB, valueName: '001f3001', value: 'Contacts' },
    ]);
    expect(w.emitted('saved')).toHaveLength(1);
    w.unmount();
  });

  it('a refused change reaches the MAPI error dialog with name, hex, cause and remedy', async () => {
    answer('profiles.rename', () => ({
      ok: false,
      error: {
        code: 'MAPI_E_NO_ACCESS',
        hresult: 0x80070005,
        reason: 'internal',
        message: 'x',
        details: { message: 'A profile named “Work” already exists.' },
      },
    }));
    const w = mountApp(ErrorDialog);
    const { callOrShowError } = await import('../../renderer/composables/callOrShowError');
    expect(await callOrShowError('profiles.rename', { id: 'p1', name: 'Work' })).toBeUndefined();
    await settle();
    const text = document.querySelector('[data-testid="error-dialog"]')!.textContent!;
    expect(text).toContain('MAPI_E_ACCESS_DENIED / MAPI_E_NO_ACCESS (0x80070005)');
    expect(text).toContain('SERVICE_SINGLE_COPY');
    expect(text).toContain('What to do');
    expect(useUiStore().error?.code).toBe('MAPI_E_NO_ACCESS');
    w.unmount();
  });

  it('a channel the main process lacks is an error dialog, not a crash', async () => {
    const w = mountApp(ErrorDialog);
    const { callOrShowError } = await import('../../renderer/composables/callOrShowError');
    expect(await callOrShowError('history.undo', {})).toBeUndefined();
    await settle();
    expect(document.querySelector('[data-testid="error-dialog"]')!.textContent).toContain('E_INTERNAL');
    w.unmount();
  });
});
