/**
 * A MAPIUID naming a well-known section reads, in the inspector's Smart View, as that section's label in
 * the UI's language — not the English symbolic name ("MAPI master section", "(unknown, holds …)") shared
 * code keeps for Search and Compare (issue 20's French leftovers).
 */
import { afterEach, describe, expect, it } from 'vitest';
import SmartStructView from '../../renderer/components/inspector/SmartStructView.vue';
import { smartViewOfBytes } from '../../shared/smartView/smartView';
import { SECTION } from '../../shared/mapi/sections';
import { i18n, setLocale } from '../../renderer/i18n';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  setLocale('en');
  document.body.innerHTML = '';
});

const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));

describe('well-known MAPIUIDs in Smart View', () => {
  for (const [uid, key] of [
    [SECTION.master, 'master'],
    ['3517490d76624c419a828607e2a54604', 'unknown3517490d'],
  ] as const) {
    it(`${key}: the label in French, the symbolic name nowhere`, async () => {
      const view = smartViewOfBytes(bytesOf(uid))!;
      const english = view.root.items.map((x) => ('text' in x ? x.text : '')).join(' ');
      const w = mountApp(SmartStructView, { props: { node: view.root } });
      setLocale('fr');
      await settle();
      const name = w.find('[data-testid="smart-field-name"]').text();
      const label = (i18n.global.t as (k: string) => string)(`sectionLabel.${key}`);
      expect(label).not.toBe(`sectionLabel.${key}`);
      expect(name).toContain(label);
      // The English symbolic name the shared parser gives is not what the French window shows.
      expect(english).toMatch(/MAPI master section|unknown, holds/);
      expect(name).not.toMatch(/MAPI master section|unknown, holds/);
      w.unmount();
    });
  }
});
