/** resolvePrf's issues carry their import warning: each its own reason, its English sentence as before. */
import { describe, expect, it } from 'vitest';
import { convertPrfValue, parsePrf, resolvePrf, type PrfIssue } from '../../../../electron/core/formats/prf/index.js';
import { importWarningText, type ImportWarning } from '../../../../shared/i18n/importWarnings.js';
import { PT } from '../../../../shared/mapi/tags.js';
import { SERVICES_PRF, derivePrf } from './prfFixtures.js';

const issuesOf = (text: string) => resolvePrf(parsePrf(text)).issues;

/** Every kind of issue resolvePrf finds, from real files. */
const FOUND: PrfIssue[] = [
  ...issuesOf(SERVICES_PRF()),
  ...issuesOf(
    derivePrf({
      general: ['DefaultStore=Service9'],
      serviceList: ['Service1=No Such Section', 'Service3=Unicode Personal Folders'],
      sections:
        '[Service1]\nFoo=1\n\n[Service2]\nName=x\n\n[Service3]\nUniqueService=Maybe\nName=a\nName=b\n\n[Account1]\nDefaultAccount=Perhaps\n',
      accounts: ['Account1=I_Mail'],
    }),
  ),
];

describe('resolvePrf issues as import warnings', () => {
  it('the files hold every kind of issue', () => {
    expect(new Set(FOUND.map((i) => i.kind))).toEqual(
      new Set(['unmapped-key', 'invalid-value', 'duplicate-key', 'unknown-mapping-section', 'unlisted-section', 'unknown-default-store']),
    );
  });

  it('each issue’s English sentence is its warning’s, less the line; the warning adds "line N: "', () => {
    for (const i of FOUND) {
      expect(i.warning.params).toMatchObject({ line: i.line });
      expect(importWarningText('en', i.warning)).toBe(i.line !== undefined ? `line ${i.line}: ${i.message}` : i.message);
    }
    expect(FOUND.find((i) => i.kind === 'unknown-default-store')!.message).toBe('DefaultStore=Service9 names no service in [Service List]');
    expect(FOUND.find((i) => i.kind === 'duplicate-key' && i.key === 'Name')!.message).toMatch(
      /^Name is set again in \[Service3\] \(first at line \d+\); Outlook reads the first$/,
    );
    expect(new Set(FOUND.map((i) => i.warning.reason))).toEqual(
      new Set([
        'prfUnmappedKey',
        'prfNoMappingSection',
        'prfNotYesNo',
        'prfNotTrueFalse',
        'prfDuplicateKey',
        'prfUnknownMappingSection',
        'prfUnlistedSection',
        'prfUnknownDefaultStore',
        'prfNotABoolean',
        'prfNotANumber',
      ]),
    );
  });

  it('a value that does not fit its type names why, in both languages', () => {
    const cases: [number, string, ImportWarning['reason']][] = [
      [PT.LONG, 'notanumber', 'prfNotANumber'],
      [PT.BOOLEAN, 'maybe', 'prfNotABoolean'],
      [PT.BINARY, '0A1', 'prfNotHex'],
      [PT.CLSID, '0A0B', 'prfNotClsid'],
      [0x0040, '2020', 'prfUnsupportedType'],
    ];
    for (const [ptype, raw, reason] of cases) expect(convertPrfValue(ptype, raw)).toMatchObject({ error: { reason } });
    expect(convertPrfValue(0x0040, '2020')).toEqual({ error: { kind: 'unsupported-type', reason: 'prfUnsupportedType', type: '0x0040' } });
    const bad: ImportWarning = { reason: 'prfNotANumber', params: { key: 'Value', ptype: 'PT_LONG', value: 'notanumber', line: 7 } };
    expect(importWarningText('en', bad)).toBe('line 7: Value (PT_LONG): "notanumber" is not a number (0x… or decimal)');
    expect(importWarningText('fr', bad)).toBe('ligne 7 : Value (PT_LONG) : « notanumber » n’est pas un nombre (0x… ou décimal)');
  });
});
