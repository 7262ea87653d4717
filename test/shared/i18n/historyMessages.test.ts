import { describe, expect, expectTypeOf, it } from 'vitest';
import { HISTORY_MESSAGES, historyEntryText, historyText, type HistoryMessage } from '../../../shared/i18n/historyMessages.js';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('history messages', () => {
  it('says every change in French with the same parameters as in English', () => {
    for (const [key, en] of Object.entries(HISTORY_MESSAGES.en)) {
      const fr = HISTORY_MESSAGES.fr[key as keyof typeof HISTORY_MESSAGES.fr];
      expect(placeholders(fr), key).toEqual(placeholders(en));
      expect(fr, key).not.toBe(en);
    }
  });

  it('fills a sentence’s parameters in the asked language', () => {
    const params = { from: 'Work', to: 'Office' };
    expect(historyText('en', 'renameProfile', params)).toBe("Rename profile 'Work' to 'Office'");
    expect(historyText('fr', 'renameProfile', params)).toBe('Renommer le profil « Work » en « Office »');
  });

  it('shows an entry from its message, else (recorded before messages, or by a newer version) its description', () => {
    const message: HistoryMessage = { key: 'deleteProfile', params: { name: 'Work' } };
    expect(historyEntryText('fr', { description: "Delete profile 'Work'", message })).toBe('Supprimer le profil « Work »');
    expect(historyEntryText('fr', { description: "Delete profile 'Work'" })).toBe("Delete profile 'Work'");
    expect(historyEntryText('fr', { description: 'Merge profiles', message: { key: 'mergeProfiles', params: {} } })).toBe('Merge profiles');
    expect(historyEntryText('fr', { description: 'x', message: { key: 'toString', params: {} } })).toBe('x');
  });

  // Type-level: `tsc -p tsconfig.json` (part of `npm test`) fails when a message with the wrong parameters compiles.
  it('types a message’s parameters by its sentence', () => {
    expectTypeOf<{ key: 'renameProfile'; params: { from: string; to: string } }>().toExtend<HistoryMessage>();
    expectTypeOf<{ key: 'renameProfile'; params: { name: string } }>().not.toExtend<HistoryMessage>();
    expectTypeOf<{ key: 'renameProfile'; params: { from: string } }>().not.toExtend<HistoryMessage>();
  });

  it('shows a message recorded with other parameters than its sentence names with the placeholder as written, never "undefined"', () => {
    const recorded = { key: 'renameProfile', params: { name: 'Work' } };
    expect(historyEntryText('en', { description: 'd', message: recorded })).toBe("Rename profile '{from}' to '{to}'");
    expect(historyEntryText('fr', { description: 'd', message: { key: 'renameProfile', params: { from: 'A' } } })).toBe(
      'Renommer le profil « A » en « {to} »',
    );
  });
});
