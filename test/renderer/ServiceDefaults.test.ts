import { answer, resetFake, SUMMARY, VIEW } from './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import NewServiceDialog from '../../renderer/components/services/NewServiceDialog.vue';
import ProfileDetails from '../../renderer/views/ProfileDetails.vue';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  resetFake();
  document.body.innerHTML = '';
});

describe('services: defaults that do not lead into an error', () => {
  it('"New service" never starts on a single-copy service the profile already has, and marks it', async () => {
    // The sample profile has CONTAB (single copy) and MSUPST MS.
    answer('services.catalog', () => ({
      ok: true,
      value: {
        warnings: [],
        services: [
          { name: 'CONTAB', displayName: 'Outlook Address Book', singleCopy: true, isDefault: false },
          { name: 'MSEMS', displayName: 'Microsoft Exchange', singleCopy: true, isDefault: true },
          { name: 'MSUPST MS', displayName: 'Outlook Data File', singleCopy: false, isDefault: false },
        ],
      },
    }));
    const w = mountApp(NewServiceDialog, { props: { open: true } });
    await useWorkspaceStore().openProfile('p1');
    await settle();
    const vm = w.findComponent({ name: 'ElSelect' });
    expect(vm.props('modelValue')).toBe('MSEMS');
    const options = w.findAllComponents({ name: 'ElOption' });
    const contab = options.find((o) => o.props('value') === 'CONTAB')!;
    expect(contab.props('disabled')).toBe(true);
    expect(contab.props('label')).toContain('the profile already has it');
    expect(options.find((o) => o.props('value') === 'MSEMS')!.props('disabled')).toBe(false);
    w.unmount();
  });

  it('lists a data file named by both a service and its provider once in the services table', async () => {
    const dup = structuredClone(VIEW);
    const pst = dup.services.find((s) => s.dataFiles.length)!;
    pst.dataFiles.push({ ...pst.dataFiles[0]!, path: pst.dataFiles[0]!.path.toUpperCase(), sectionUid: pst.uid });
    answer('profiles.get', () => ({ ok: true, value: { summary: SUMMARY, view: dup } }));
    const w = mountApp(ProfileDetails);
    const ws = useWorkspaceStore();
    await ws.refreshAll();
    await ws.openProfile('p1');
    await settle();
    const files = w.findAll('[data-testid="service-data-file"]').map((f) => f.text());
    expect(files).toEqual([VIEW.services.find((s) => s.dataFiles.length)!.dataFiles[0]!.path]);
    w.unmount();
  });
});
