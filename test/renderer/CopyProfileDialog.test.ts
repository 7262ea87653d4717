/**
 * The Copy profile dialog over the fake transport, answered with the real engine's plans on the sample
 * hive (test/helpers/engineAnswers.ts `copyProfile`, parsed with the contract's schemas): it previews the
 * profile's own source and root once on opening, asks again only after typing pauses (one request for a
 * whole name), copies with exactly the request it previewed, says a taken name at the field with the
 * answer's sentence while Copy stays disabled, and Enter copies the typed name once its preview answers.
 */
import { answer, calls, SUMMARY } from './fakeApi';
import { describe, expect, inject, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type {} from '../helpers/providedContext';
import { CopyProfilePlan, SourceSummary, type ProfileSummary } from '../../shared/contract';
import { ErrorShape } from '../../shared/errors';
import CopyProfileDialog from '../../renderer/components/profiles/CopyProfileDialog.vue';
import ErrorDialog from '../../renderer/components/dialogs/ErrorDialog.vue';
import { useCopyProfile } from '../../renderer/composables/useProfileActions';
import { useUiStore } from '../../renderer/stores/ui';
import { useWorkspaceStore } from '../../renderer/stores/workspace';
import { withTwoProfiles } from './copyFlows';
import { mountApp, settle } from './mountApp';

const raw = inject('engineAnswers').copyProfile;
const SOURCES = SourceSummary.array().parse(raw.sources);
const PLAN = { same: CopyProfilePlan.parse(raw.same), uplift: CopyProfilePlan.parse(raw.uplift) };
const TAKEN = ErrorShape.parse(raw.taken.error);
/** The requests the engine answered, and its answers. */
const REQUESTS = [
  [
    { id: 'p1', name: 'Outlook (copy)', sourceId: 's1', root: 'office16' },
    { ok: true as const, value: PLAN.same },
  ],
  [
    { id: 'p1', name: 'Outlook', sourceId: 'new', root: 'office15' },
    { ok: true as const, value: PLAN.uplift },
  ],
  [
    { id: 'p1', name: 'Work', sourceId: 'new', root: 'office16' },
    { ok: false as const, error: TAKEN },
  ],
] as const;

const $ = (sel: string) => document.querySelector<HTMLElement>(sel);
const text = (sel: string) => $(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = () => $('[data-testid="copy-profile-name"]')!.closest('.el-input')!.querySelector('input')!;
const copyButton = () => $('[data-testid="copy-profile-run"]') as HTMLButtonElement;
const requestsOf = (channel: 'profiles.planCopy' | 'profiles.copy') => calls.filter((c) => c.channel === channel).map((c) => c.request);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Types letter by letter, each letter rendered (Vue's tick) but with no task in between: faster than any pause. */
async function type(value: string): Promise<void> {
  const el = input();
  for (let i = 1; i <= value.length; i++) {
    el.value = value.slice(0, i);
    el.dispatchEvent(new Event('input'));
    await nextTick();
  }
}
/** Picks an option of one of the dialog's selects as a click would (the dropdown is rendered in the page). */
async function pick(testId: string): Promise<void> {
  $(`[data-testid="${testId}"]`)!.click();
  await settle();
}

withTwoProfiles();

async function openDialog() {
  answer('sources.list', () => ({ ok: true, value: SOURCES }));
  answer('profiles.planCopy', (request) => {
    const hit = REQUESTS.find(([r]) => JSON.stringify(r) === JSON.stringify(request));
    return hit ? hit[1] : { ok: false, error: { code: 'E_INTERNAL', reason: 'internal', message: 'not in this test', details: {} } };
  });
  const w = mountApp({ components: { CopyProfileDialog, ErrorDialog }, template: '<div><CopyProfileDialog /><ErrorDialog /></div>' });
  await useWorkspaceStore().refreshAll();
  useCopyProfile().profile.value = SUMMARY;
  await settle();
  return w;
}

describe('copy profile dialog over the fake transport (real plans)', () => {
  it('opens on the profile’s own file and root with one preview, and copies with the request it previewed', async () => {
    const copied: ProfileSummary = { ...SUMMARY, id: 'p3', name: 'Outlook (copy)', isDefault: false };
    answer('profiles.copy', () => ({ ok: true, value: copied }));
    const w = await openDialog();
    expect(text('.el-dialog__title')).toBe('Copy profile “Outlook”');
    expect(input().value).toBe('Outlook (copy)');
    expect(text('[data-testid="copy-profile-source"]')).toContain('NTUSER.DAT');
    expect(text('[data-testid="copy-profile-root"]')).toContain('Office 16.0');
    // One request for the opening choices, though name, source and root were all set at once.
    await pause(400);
    expect(requestsOf('profiles.planCopy')).toEqual([REQUESTS[0][0]]);
    expect(text('[data-testid="copy-profile-plan-to"]')).toContain('NTUSER.DAT — Office 16.0');
    expect($('[data-testid="copy-profile-source-changes"]')).toBeNull();
    expect($('[data-testid="copy-profile-root-changes"]')).toBeNull();
    // Beside itself: the default stays with the original, on the key where Office 16.0 keeps it.
    expect(text('[data-testid="copy-profile-plan-default"]')).toBe(
      `It does not become the default profile there; that root keeps its default on ${PLAN.same.defaultHolder}.`,
    );
    expect(PLAN.same.defaultHolder).toMatch(/\\Office\\16\.0\\Outlook$/);
    expect(copyButton().disabled).toBe(false);
    copyButton().click();
    await settle();
    expect(requestsOf('profiles.copy')).toEqual([REQUESTS[0][0]]);
    expect(useCopyProfile().profile.value).toBeNull();
    expect(useWorkspaceStore().selectedId).toBe('p3');
    w.unmount();
  });

  it('another file and root: the preview marks both; typing asks once after the pause; a taken name is said at the field', async () => {
    const w = await openDialog();
    await pick('copy-profile-source-Created here');
    await pick('copy-profile-root-office15');
    await type('Outlook');
    // A choice of source or root asks at once; the name typed letter by letter, faster than the pause, asks
    // nothing for the partial names, and once for the whole name after the pause.
    const opening = REQUESTS[0][0];
    const beforePause = [opening, { ...opening, sourceId: 'new' }, { ...opening, sourceId: 'new', root: 'office15' }];
    expect(requestsOf('profiles.planCopy')).toEqual(beforePause);
    await vi.waitFor(() => expect(requestsOf('profiles.planCopy')).toEqual([...beforePause, REQUESTS[1][0]]));
    await settle();
    expect(text('[data-testid="copy-profile-plan-to"]')).toContain('Created here — Office 15.0');
    expect(text('[data-testid="copy-profile-source-changes"]')).toBe('Another file');
    expect(text('[data-testid="copy-profile-root-changes"]')).toBe('Another registry root');
    expect(text('[data-testid="copy-profile-plan-default"]')).toBe(
      `It becomes the default profile there: DefaultProfile is written on ${PLAN.uplift.defaultHolder}.`,
    );
    expect(copyButton().disabled).toBe(false);

    // "Work" beside Work under Office 16.0 of the new profiles: refused, said at the field, Copy disabled.
    await pick('copy-profile-root-office16');
    await type('Work');
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // Element Plus shows a form item's error 100 ms after its state turns (validateStateDebounced).
    await vi.waitFor(() => expect($('[data-testid="copy-profile-name-error"]')).not.toBeNull());
    expect(text('[data-testid="copy-profile-name-error"]')).toBe(
      'A profile named "Work" already exists under HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles in New profiles: names must be unique there.',
    );
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(copyButton().disabled).toBe(true);
    expect(requestsOf('profiles.copy')).toEqual([]);
    expect(useUiStore().error).toBeNull();
    w.unmount();
  });

  it('Enter right after typing copies the typed name once its preview answers', async () => {
    answer('profiles.copy', () => ({ ok: true, value: { ...SUMMARY, id: 'p3', origin: { ...SUMMARY.origin, sourceId: 'new' } } }));
    const w = await openDialog();
    await pick('copy-profile-source-Created here');
    await pick('copy-profile-root-office15');
    await type('Outlook');
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => expect(requestsOf('profiles.copy')).toEqual([REQUESTS[1][0]]));
    await settle();
    // The preview of the typed name came first (made at once by Enter, not after the pause).
    expect(requestsOf('profiles.planCopy').at(-1)).toEqual(REQUESTS[1][0]);
    expect(calls.findIndex((c) => c.channel === 'profiles.copy')).toBeGreaterThan(
      calls.findLastIndex((c) => c.channel === 'profiles.planCopy'),
    );
    expect(useCopyProfile().profile.value).toBeNull();
    w.unmount();
  });
});
