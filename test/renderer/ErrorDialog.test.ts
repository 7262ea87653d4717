/** The error dialog says a file that does not parse in the UI's language: where, and the parser's sentence. */
import './fakeApi';
import { afterEach, describe, expect, it } from 'vitest';
import ErrorDialog from '../../renderer/components/dialogs/ErrorDialog.vue';
import type { ErrorShape } from '../../shared/errors';
import { useUiStore } from '../../renderer/stores/ui';
import { mountApp, settle } from './mountApp';

afterEach(() => {
  document.body.innerHTML = '';
});

/** What the main process answers when a .reg file does not parse (FormatError.toAppError, checked in test/core/formats). */
const BAD_REG: ErrorShape = {
  code: 'E_FORMAT',
  reason: 'badFormat',
  message: 'bad.reg:4: expected dword: followed by 1 to 8 hex digits',
  details: {
    file: 'bad.reg',
    message: 'bad.reg:4: expected dword: followed by 1 to 8 hex digits',
    formatError: { format: 'reg', reason: 'regDwordDigits', params: {}, line: 4 },
  },
};

/** A hive error: located by offset, with the record the reader expected. */
const BAD_HIVE: ErrorShape = {
  code: 'E_FORMAT',
  reason: 'badFormat',
  message: 'NTUSER.DAT@0x24: expected key node: cell offset 0x7 read at 0x24 is not the start of a cell',
  details: {
    file: 'NTUSER.DAT',
    message: 'NTUSER.DAT@0x24: expected key node: cell offset 0x7 read at 0x24 is not the start of a cell',
    formatError: { format: 'hive', reason: 'hiveCellNotStart', params: { record: 'keyNode', cell: '0x7', from: '0x24' }, offset: 0x24 },
  },
};

async function shown(locale: 'en' | 'fr', error: ErrorShape): Promise<string> {
  const w = mountApp(ErrorDialog);
  const ui = useUiStore();
  ui.changeLocale(locale);
  ui.showError(error);
  await settle();
  const sentence = document.querySelector('[data-testid="error-sentence"]')?.textContent ?? '';
  w.unmount();
  return sentence;
}

describe('the error dialog for a file that does not parse', () => {
  it('in French: the place and the parser’s sentence in French, no English left', async () => {
    expect(await shown('fr', BAD_REG)).toBe('bad.reg, ligne 4 : on attendait dword: suivi de 1 à 8 chiffres hexadécimaux');
    const hive = await shown('fr', BAD_HIVE);
    expect(hive).toBe(
      'NTUSER.DAT, décalage 0x24 : on attendait un nœud de clé : le décalage de cellule 0x7 lu en 0x24 n’est pas le début d’une cellule',
    );
    expect(hive).not.toMatch(/expected|anglais/);
  });

  it('in English: the located sentence the CLI prints', async () => {
    expect(await shown('en', BAD_REG)).toBe(BAD_REG.message);
    expect(await shown('en', BAD_HIVE)).toBe(BAD_HIVE.message);
  });
});
