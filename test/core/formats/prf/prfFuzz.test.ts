/**
 * Fuzz: random line soups and mutations of the real PRF. The reader may refuse, but only with a
 * FormatError; whatever it accepts resolves without throwing and survives write → parse unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { parsePrf } from '../../../../electron/core/formats/prf/parsePrf.js';
import { resolvePrf } from '../../../../electron/core/formats/prf/resolvePrf.js';
import { writePrf } from '../../../../electron/core/formats/prf/writePrf.js';
import type { PrfFile } from '../../../../electron/core/formats/prf/prfTypes.js';
import { SERVICES_PRF, withoutLines } from './prfFixtures.js';

function check(input: string | Uint8Array): void {
  let prf: PrfFile;
  try {
    prf = parsePrf(input);
  } catch (e) {
    if (e instanceof FormatError) {
      expect(e.format).toBe('prf');
      if (e.line !== undefined) expect(e.line).toBeGreaterThan(0);
      return;
    }
    throw e;
  }
  resolvePrf(prf);
  const back = parsePrf(writePrf(prf));
  expect(withoutLines(back)).toEqual(withoutLines(prf));
}

const piece = fc.oneof(
  fc.constantFrom('General', 'Service List', 'Internet Account List', 'Service1', 'ServiceEGS1', 'ServiceX', 'Account1', 'I_Mail', 'Personal Folders'),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.constantFrom('Yes', 'No', 'Append', 'TRUE', 'false', '1', '0x6700', 'PT_LONG,0x6601', 'PT_STRING8,0x001e3001', 'PT_UNICODE,0x001f', 'MSEMS', 'Service1', '13dbb0c8aa05101a9bb000aa002fc45a'),
  fc.string({ maxLength: 16 }),
);
const keyName = fc.oneof(
  fc.constantFrom('Custom', 'ProfileName', 'DefaultProfile', 'OverwriteProfile', 'DefaultStore', 'BackupProfile', 'ModifyDefaultProfileIfPresent', 'Service1', 'ServiceEGS1', 'Account1', 'ServiceName', 'SectionGUID', 'MDBGUID', 'AccountType', 'Name', 'UniqueService'),
  fc.string({ maxLength: 10 }),
);
const line = fc.oneof(
  piece.map((p) => `[${p}]`),
  fc.tuple(keyName, value).map(([k, v]) => `${k}=${v}`),
  fc.string({ maxLength: 20 }).map((s) => `;${s}`),
  fc.constant(''),
  fc.string({ maxLength: 20 }),
);
const eol = fc.constantFrom('\n', '\r\n', '\r');

describe('PRF fuzz', () => {
  it('random line soups: only FormatError', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), eol, (lines, nl) => check(lines.join(nl))),
      { numRuns: 1500 },
    );
  });

  it('random bytes: only FormatError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => check(bytes)), { numRuns: 300 });
  });

  const realLines = SERVICES_PRF().split('\n');
  const mutation = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: line }),
    fc.record({ op: fc.constant('replaceChar' as const), at: fc.nat(), pos: fc.nat(), ch: fc.constantFrom('=', '[', ']', ';', ',', ' ', 'x', '0', '\u0000', '€') }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), pos: fc.nat() }),
  );

  it('mutations of the real PRF (with services added): only FormatError', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), eol, (mutations, nl) => {
        const lines = [...realLines];
        for (const m of mutations) {
          const i = m.at % lines.length;
          const l = lines[i]!;
          switch (m.op) {
            case 'delete':
              lines.splice(i, 1);
              break;
            case 'duplicate':
              lines.splice(i, 0, l);
              break;
            case 'swap': {
              const j = m.to % lines.length;
              [lines[i], lines[j]] = [lines[j]!, l];
              break;
            }
            case 'insert':
              lines.splice(i, 0, m.text);
              break;
            case 'replaceChar': {
              const p = l.length === 0 ? 0 : m.pos % l.length;
              lines[i] = l.slice(0, p) + m.ch + l.slice(p + 1);
              break;
            }
            case 'truncate':
              lines[i] = l.slice(0, l.length === 0 ? 0 : m.pos % l.length);
              break;
          }
          if (lines.length === 0) lines.push('');
        }
        check(lines.join(nl));
      }),
      { numRuns: 1500 },
    );
  });
});
