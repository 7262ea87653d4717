/** resolvePrf's issues as import warnings: each its own reason, its English sentence unchanged. */
import { describe, expect, it } from 'vitest';
import { convertPrfValue, parsePrf, resolvePrf, type PrfIssue } from '../../../electron/core/formats/prf/index.js';
import { issueText, issueWarning } from '../../../electron/core/prf/issueWarnings.js';
import { importWarningText } from '../../../shared/i18n/importWarnings.js';
import { PT } from '../../../shared/mapi/tags.js';
import { SERVICES_PRF, derivePrf } from '../formats/prf/prfFixtures.js';

const issuesOf = (text: string) => resolvePrf(parsePrf(text)).issues;

/** Every kind of issue resolvePrf finds, from real files. */
const FOUND: PrfIssue[] = [
  ...issuesOf(SERVICES_PRF()),
  ...issuesOf(
    derivePrf({
      general: ['DefaultStore=Service9'],
      serviceList: ['Service1=No Such Section', 'Service3=Unicode Personal Folders'],
      sections: '[Service1]\nFoo=1\n\n[Service2]\nName=x\n\n[Service3]\nUniqueService=Maybe\nName=a\nName=b\n\n[Account1]\nDefaultAccount=Perhaps\n',
      accounts: ['Account1=I_Mail'],
    }),
  ),
];

/** The messages convertPrfValue gives for a value that does not fit its type, as resolvePrf words them. */
const converted = (ptype: number, ptypeName: string, raw: string): PrfIssue => {
  const c = convertPrfValue(ptype, raw);
  if (!('error' in c)) throw new Error(`${raw} converts`);
  return { kind: c.kind, section: 'Service1', key: 'Value', line: 7, message: `Value (${ptypeName}): ${c.error}` };
};
const CONVERTED: PrfIssue[] = [
  converted(PT.LONG, 'PT_LONG', 'notanumber'),
  converted(PT.BOOLEAN, 'PT_BOOLEAN', 'maybe'),
  converted(PT.BINARY, 'PT_BINARY', '0A1'),
  converted(PT.CLSID, 'PT_CLSID', '0A0B'),
  converted(0x0040, 'PT_SYSTIME', '2020'),
];

describe('resolvePrf issues as import warnings', () => {
  it('the files do hold every kind of issue', () => {
    expect(new Set(FOUND.map((i) => i.kind))).toEqual(
      new Set(['unmapped-key', 'invalid-value', 'duplicate-key', 'unknown-mapping-section', 'unlisted-section', 'unknown-default-store']),
    );
  });

  it('gives every issue found its own reason, and its English sentence exactly as before (line first)', () => {
    const warnings = [...FOUND, ...CONVERTED].map((i) => [issueText(i), issueWarning(i)] as const);
    for (const [text, w] of warnings) {
      expect(w.reason, text).not.toBe('prfOther');
      expect(importWarningText('en', w)).toBe(text);
    }
    expect(new Set(warnings.map(([, w]) => w.reason))).toEqual(
      new Set([
        'prfUnmappedKey',
        'prfNoMappingSection',
        'prfNotABoolean',
        'prfNotANumber',
        'prfNotHex',
        'prfNotClsid',
        'prfUnsupportedType',
        'prfNotYesNo',
        'prfNotTrueFalse',
        'prfDuplicateKey',
        'prfUnknownMappingSection',
        'prfUnlistedSection',
        'prfUnknownDefaultStore',
      ]),
    );
  });

  it('keeps what each carries as parameters, for the window to say in French', () => {
    const bad = issueWarning(CONVERTED[0]!);
    expect(bad).toEqual({ reason: 'prfNotANumber', params: { key: 'Value', ptype: 'PT_LONG', value: 'notanumber', line: 7 } });
    expect(importWarningText('fr', bad)).toBe('ligne 7 : Value (PT_LONG) : « notanumber » n’est pas un nombre (0x… ou décimal)');
    const store = issueWarning(FOUND.find((i) => i.kind === 'unknown-default-store')!);
    expect(store).toMatchObject({ reason: 'prfUnknownDefaultStore', params: { store: 'Service9' } });
  });

  it('keeps an issue it has no sentence for as found (English), with its line', () => {
    const odd: PrfIssue = { kind: 'invalid-value', section: 'Service1', key: 'Value', line: 3, message: 'Value is odd' };
    const w = issueWarning(odd);
    expect(w).toEqual({ reason: 'prfOther', params: { message: 'Value is odd', line: 3 } });
    expect(importWarningText('en', w)).toBe('line 3: Value is odd');
    expect(importWarningText('fr', w)).toBe('ligne 3 : Value is odd');
  });

  it('reads the parts from after the issue’s own key, so a key that looks like a sentence is not misread', () => {
    const key = 'A names [B], which the file does not define';
    const i: PrfIssue = { kind: 'unmapped-key', section: 'Service1', key, line: 4, message: `${key} has no mapping in [Exchange]: Outlook writes it nowhere` };
    expect(issueWarning(i)).toEqual({ reason: 'prfUnmappedKey', params: { key, mapping: 'Exchange', line: 4 } });
  });
});
