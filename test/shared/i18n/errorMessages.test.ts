import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/i18n/errorMessages.js';

describe('error sentences', () => {
  it('a file that does not parse: English is the located sentence alone (the CLI prints FILE:LINE:), French frames it', () => {
    const params = { file: 'x.reg', message: 'x.reg:3: expected a key line' };
    expect(errorText('en', 'badFormat', params)).toBe('x.reg:3: expected a key line');
    expect(errorText('fr', 'badFormat', params)).toBe('Le fichier n’a pas pu être lu (détail en anglais) : x.reg:3: expected a key line');
  });
});
