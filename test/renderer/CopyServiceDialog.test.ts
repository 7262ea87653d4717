import { answer, calls, changed } from './fakeApi';
import { describe, expect, it } from 'vitest';
import CopyServiceDialog from '../../renderer/components/copy/CopyServiceDialog.vue';
import ErrorDialog from '../../renderer/components/dialogs/ErrorDialog.vue';
import { hexParts, previewUids } from '../../renderer/lib/copyPlan';
import { useUiStore } from '../../renderer/stores/ui';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { FLOWS, PST, WORK, withTwoProfiles } from './copyFlows';
import { mountApp, settle } from './mountApp';

const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
const text = (sel: string) => $(sel)?.textContent ?? '';
const click = async (sel: string) => {
  $(sel)!.click();
  await settle();
};

withTwoProfiles();

/** Mounts the dialog (and the error dialog) and opens it for the PST of "Outlook" into `targetId`. */
async function openFor(targetId: string) {
  const w = mountApp({ components: { CopyServiceDialog, ErrorDialog }, template: '<div><CopyServiceDialog /><ErrorDialog /></div>' });
  await useWorkspaceStore().refreshAll();
  useUiStore().copyRequest = { profileId: 'p1', serviceUid: PST, label: 'Outlook Data File', targetId };
  await settle();
  return w;
}

describe('the copy plan helpers on a real plan', () => {
  it('replays the UIDs in the order the plan drew them (service first) and marks new UIDs', () => {
    for (const plan of [FLOWS.pstToWork, FLOWS.pstSame]) {
      expect(previewUids(plan)).toEqual(Object.values(plan.uidMap));
      expect(previewUids(plan)[0]).toBe(plan.service.newUid);
    }
    const list = FLOWS.pstToWork.rewrites.find((r) => r.kind === 'uidList')!;
    const parts = hexParts(list.after, new Set(previewUids(FLOWS.pstToWork)));
    expect(parts.every((p) => p.text.endsWith('…') && p.full.length === 32)).toBe(true);
    expect(parts.some((p) => p.isNew)).toBe(true);
  });
});

describe('copy service dialog over the fake transport (real plans)', () => {
  it('previews the PST copy into Work: sections, rewrites by section, master lists, account entry; nothing written', async () => {
    answer('services.planCopy', () => ({ ok: true, value: FLOWS.pstToWork }));
    const w = await openFor('p2');
    expect(text('[data-testid="copy-dialog"]')).toContain('Copy service “Outlook Data File”');
    expect(
      $('[data-testid="copy-run"]')!.hasAttribute('disabled') || $('[data-testid="copy-run"]')!.classList.contains('is-disabled'),
    ).toBe(true);
    await click('[data-testid="copy-preview"]');
    expect(calls.filter((c) => c.channel === 'services.planCopy').map((c) => c.request)).toEqual([
      { sourceId: 'p1', serviceUid: PST, targetId: 'p2' },
    ]);
    expect(text('[data-testid="plan-summary"]')).toBe('Into “Work”: 3 sections to create, 4 references rewritten.');
    const sections = text('[data-testid="plan-sections"]');
    for (const s of FLOWS.pstToWork.sections) expect(sections).toContain(`${s.from.slice(0, 8)}… → ${s.uid.slice(0, 8)}…`);
    expect(sections).toContain('Service');
    // Roles under the label every view gives that kind of section (sectionLabel.*), not a copy-only word.
    expect(sections).toContain('Account preferences');
    // The full UID is in the tooltip.
    expect($(`[data-testid="plan-sections"] [title="${FLOWS.pstToWork.service.newUid}"]`)).not.toBeNull();
    const rewrites = text('[data-testid="plan-rewrites"]');
    for (const s of [
      'PR_STORE_PROVIDERS',
      'UID in a list',
      'PR_SERVICE_UID',
      'Service UID',
      'Preferences UID',
      'Account value',
      'Service “Outlook Data File”',
    ])
      expect(rewrites).toContain(s);
    expect(document.querySelectorAll('[data-testid="plan-rewrite"]')).toHaveLength(4);
    expect(text('[data-testid="plan-master"]')).toContain('PR_SERVICES');
    expect(text('[data-testid="plan-account"]')).toContain('Account 1 is created at 9375CFF0413111d3B88A00104B2A6676\\00000001.');
    expect(text('[data-testid="plan-account"]')).toContain('creates it');
    expect($('[data-testid="plan-warnings"]')).toBeNull();
    expect($('[data-testid="plan-dropped"]')).toBeNull();
    expect(calls.some((c) => c.channel === 'services.copy')).toBe(false);
    w.unmount();
  });

  it('copies exactly the previewed plan (new UIDs and fingerprint), then opens the target', async () => {
    answer('services.planCopy', () => ({ ok: true, value: FLOWS.pstToWork }));
    answer('services.copy', () => ({ ok: true, value: { ...FLOWS.pstToWork, change: changed(WORK) } }));
    const w = await openFor('p2');
    await click('[data-testid="copy-preview"]');
    await click('[data-testid="copy-run"]');
    expect(calls.filter((c) => c.channel === 'services.copy').map((c) => c.request)).toEqual([
      {
        sourceId: 'p1',
        serviceUid: PST,
        targetId: 'p2',
        previewUids: Object.values(FLOWS.pstToWork.uidMap),
        fingerprint: FLOWS.pstToWork.targetFingerprint,
      },
    ]);
    expect(useUiStore().copyRequest).toBeNull();
    expect(useWorkspaceStore().selectedId).toBe('p2');
    expect(useWorkspaceStore().tab).toBe('services');
    w.unmount();
  });

  it('within its own profile: the shared data file warning with its sentence, the dropped default-store flag', async () => {
    answer('services.planCopy', () => ({ ok: true, value: FLOWS.pstSame }));
    const w = await openFor('p1');
    await click('[data-testid="copy-preview"]');
    const warning = text('[data-testid="plan-warning-sharedDataFile"]');
    expect(warning).toContain(
      'The copy opens the same data file C:\\Users\\tony\\Documents\\Outlook Files\\Outlook.pst as "Outlook Data File"',
    );
    expect(document.querySelector('[data-testid="plan-warnings"] .el-alert--warning')).not.toBeNull();
    const dropped = text('[data-testid="plan-dropped"]');
    expect(dropped).toContain('STATUS_DEFAULT_STORE');
    expect(dropped).toContain('Provider');
    expect(dropped).toContain('Held by “Outlook Data File” in the target');
    w.unmount();
  });

  it('a single-copy refusal goes to the MAPI error dialog, with the flag, the services, the profile and what to do', async () => {
    answer('services.planCopy', () => ({ ok: false, error: FLOWS.singleCopy }));
    const w = await openFor('p1');
    await click('[data-testid="copy-preview"]');
    expect(text('[data-testid="error-code"]')).toBe('MAPI_E_ACCESS_DENIED / MAPI_E_NO_ACCESS (0x80070005)');
    const sentence = text('[data-testid="error-sentence"]');
    for (const s of ['SERVICE_SINGLE_COPY', '"Outlook Address Book" (CONTAB)', '(4dcea1bdd75d6f4cb65170ec889cadda)', 'profile "Outlook"'])
      expect(sentence).toContain(s);
    expect(text('[data-testid="error-cause"]')).toContain('one instance per profile');
    expect(text('[data-testid="error-remedy"]')).toBe('Copy it to a profile that does not have one, or edit the existing one.');
    expect($('[data-testid="copy-plan"]')).toBeNull();
    w.unmount();
  });

  it('a target that cannot take the service is marked with the refusal before any preview, and Preview is not offered', async () => {
    answer('services.copyTargets', () => ({
      ok: true,
      value: [
        { profileId: 'p1', refusal: FLOWS.singleCopy },
        { profileId: 'p2', refusal: null },
      ],
    }));
    const w = await openFor('p1');
    expect(calls.filter((c) => c.channel === 'services.copyTargets').map((c) => c.request)).toEqual([{ sourceId: 'p1', serviceUid: PST }]);
    const refusal = text('[data-testid="copy-target-refusal"]');
    expect(refusal).toContain('MAPI_E_ACCESS_DENIED / MAPI_E_NO_ACCESS (0x80070005)');
    for (const s of ['SERVICE_SINGLE_COPY', '"Outlook Address Book" (CONTAB)', 'profile "Outlook"']) expect(refusal).toContain(s);
    const preview = $('[data-testid="copy-preview"]')!;
    expect(preview.hasAttribute('disabled') || preview.classList.contains('is-disabled')).toBe(true);
    await click('[data-testid="copy-preview"]');
    expect(calls.some((c) => c.channel === 'services.planCopy')).toBe(false);
    expect($('[data-testid="error-dialog"] [data-testid="error-code"]')).toBeNull();
    // The list marks the refused profile only.
    expect($('[data-testid="copy-target-Outlook"]')?.getAttribute('data-refused')).toBe('true');
    expect($('[data-testid="copy-target-Work"]')?.getAttribute('data-refused')).toBeNull();
    w.unmount();
  });

  it('a target changed since the preview (MAPI_E_OBJECT_CHANGED): the error is shown and the preview made again', async () => {
    answer('services.planCopy', () => ({ ok: true, value: FLOWS.pstToWork }));
    answer('services.copy', () => ({
      ok: false,
      error: {
        code: 'MAPI_E_OBJECT_CHANGED',
        hresult: 0x80040109,
        reason: 'copyTargetChanged',
        message: 'x',
        details: { profile: 'Work' },
      },
    }));
    const w = await openFor('p2');
    await click('[data-testid="copy-preview"]');
    await click('[data-testid="copy-run"]');
    expect(text('[data-testid="error-code"]')).toBe('MAPI_E_OBJECT_CHANGED (0x80040109)');
    expect(text('[data-testid="error-sentence"]')).toContain('Profile "Work" changed since the copy was previewed');
    expect(calls.filter((c) => c.channel === 'services.planCopy')).toHaveLength(2);
    expect(useUiStore().copyRequest).not.toBeNull();
    w.unmount();
  });
});

describe('the copy dialog’s optional data file', () => {
  it('sends the new .pst path with the preview and with the copy', async () => {
    answer('services.planCopy', () => ({ ok: true, value: FLOWS.pstToWork }));
    answer('services.copy', () => ({ ok: true, value: { ...FLOWS.pstToWork, change: changed(WORK) } }));
    const w = await openFor('p2');
    expect(text('[data-testid="copy-dialog"]')).toContain('Own data file (PST only)');
    const input = document.querySelector<HTMLInputElement>('input[data-testid="copy-data-file"], [data-testid="copy-data-file"] input')!;
    input.value = 'D:\\Archive.pst';
    input.dispatchEvent(new Event('input'));
    await settle();
    await click('[data-testid="copy-preview"]');
    expect(calls.filter((c) => c.channel === 'services.planCopy').map((c) => c.request)).toEqual([
      { sourceId: 'p1', serviceUid: PST, targetId: 'p2', ownPst: 'D:\\Archive.pst' },
    ]);
    await click('[data-testid="copy-run"]');
    expect(calls.filter((c) => c.channel === 'services.copy').map((c) => (c.request as { ownPst?: string }).ownPst)).toEqual([
      'D:\\Archive.pst',
    ]);
    w.unmount();
  });
});
