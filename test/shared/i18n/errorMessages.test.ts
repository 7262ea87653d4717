import { describe, expect, it } from 'vitest';
import { errorText } from '../../../shared/i18n/errorMessages.js';

describe('error sentences', () => {
  it('a file that does not parse: English is the located sentence alone (the CLI prints FILE:LINE:), French says the parser’s sentence and place in French', () => {
    const params = {
      file: 'x.reg',
      message: 'x.reg:3: expected = after the value name',
      formatError: { format: 'reg', reason: 'regExpectedEquals', params: {}, line: 3 },
    };
    expect(errorText('en', 'badFormat', params)).toBe('x.reg:3: expected = after the value name');
    expect(errorText('fr', 'badFormat', params)).toBe('x.reg, ligne 3 : on attendait = après le nom de la valeur');
  });

  it('a file that does not parse, from details that hold no format error this version knows: its English located sentence, framed in French', () => {
    const params = { file: 'x.reg', message: 'x.reg:3: expected a key line' };
    expect(errorText('en', 'badFormat', params)).toBe('x.reg:3: expected a key line');
    expect(errorText('fr', 'badFormat', params)).toBe('Le fichier n’a pas pu être lu : x.reg:3: expected a key line');
    const newer = { ...params, formatError: { format: 'reg', reason: 'regSomethingNew', params: {}, line: 3 } };
    expect(errorText('fr', 'badFormat', newer)).toBe('Le fichier n’a pas pu être lu : x.reg:3: expected a key line');
  });
});
