import { describe, expect, it } from 'vitest';
import { readProfilesFile } from '../../../electron/core/import/readProfilesFile.js';
import { profileView } from '../../../electron/core/model/profileView.js';
import { SECTION_LABEL_IDS, sectionLabelId } from '../../../shared/mapi/sectionLabels.js';
import { WELL_KNOWN_SECTIONS } from '../../../shared/mapi/sections.js';
import { historyText } from '../../../shared/i18n/historyMessages.js';
import en from '../../../renderer/i18n/en.js';
import fr from '../../../renderer/i18n/fr.js';
import { sampleHive } from '../../helpers/samples.js';

describe('one label per section, in every view', () => {
  it('gives every section of the real profile exactly one label, translated in both languages', () => {
    const view = profileView(readProfilesFile(sampleHive(), 'NTUSER.DAT').profiles[0]!);
    const labels = new Map(view.sections.map((s) => [s.uid, sectionLabelId(s)]));
    expect(labels.get('0a0d020000000000c000000000000046')).toBe('outlookGlobal');
    expect(labels.get('9207f3e0a3b11019908b08002b2a56c2')).toBe('master');
    // A service or provider is named by its role, whatever its UID.
    for (const s of view.sections.filter((x) => x.kind === 'service' || x.kind === 'provider')) expect(labels.get(s.uid)).toBe(s.kind);
    for (const id of SECTION_LABEL_IDS) {
      expect(en.sectionLabel[id], id).toBeTruthy();
      expect(fr.sectionLabel[id], id).toBeTruthy();
    }
    // French labels carry no English quotes.
    expect(Object.values(fr.sectionLabel).join(' ')).not.toMatch(/[“”]/);
  });

  it('has a label for every well-known section, and names an account-preferences section so', () => {
    for (const w of Object.values(WELL_KNOWN_SECTIONS)) expect(SECTION_LABEL_IDS as readonly string[]).toContain(w.key);
    expect(sectionLabelId({ kind: 'other' }, true)).toBe('preferences');
    expect(sectionLabelId({ kind: 'provider', wellKnown: 'exchangeGlobal' })).toBe('provider');
  });

  it('names a changed value by its property name in the history, with the value name beside it', () => {
    const p = { value: '001f3001', section: 'x', profile: 'Outlook' };
    expect(historyText('en', 'setValue', p)).toBe("Set PR_DISPLAY_NAME_W (001f3001) of section x in profile 'Outlook'");
    expect(historyText('fr', 'setValue', p)).toContain('PR_DISPLAY_NAME_W (001f3001)');
    expect(historyText('en', 'setValue', { ...p, value: 'Service UID' })).toContain('Set Service UID of');
  });
});
