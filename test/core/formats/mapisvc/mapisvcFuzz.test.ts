/** Fuzz: random line soups and mutations of real INF text; the reader refuses only with a FormatError. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../../electron/core/formats/formatError.js';
import { DEFAULT_CATALOG_TEXT } from '../../../../electron/core/formats/mapisvc/defaultCatalog.js';
import { parseMapiSvc } from '../../../../electron/core/formats/mapisvc/parseMapiSvc.js';

function check(input: string | Uint8Array, lenient: boolean): void {
  try {
    parseMapiSvc(input, { lenient });
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    expect(e.format).toBe('mapisvc');
  }
}

const name = fc.oneof(fc.constantFrom('Services', 'Default Services', 'X', 'XP', 'XS', 'MSEMS', 'EMS_DSA'), fc.string({ maxLength: 8 }));
const key = fc.oneof(
  fc.constantFrom('X', 'Providers', 'Sections', 'UID', 'PR_DISPLAY_NAME', 'PR_RESOURCE_FLAGS', 'PR_RESOURCE_TYPE', 'PR_SERVICE_SUPPORT_FILES', '66090003', '34140102', '6701000B', '00400040', 'WIZARD_ENTRY_NAME', 'PR_NOPE'),
  fc.string({ maxLength: 10 }),
);
const value = fc.oneof(
  fc.constantFrom('X', 'XP', 'XP, XS', 'XS', 'SERVICE_SINGLE_COPY|STATUS_DEFAULT_STORE', 'MAPI_AB_PROVIDER', '0C000000', '0x20', '13DBB0C8AA05101A9BB000AA002FC45A', '13DB0C8AA05101A9BB000AA002FC45A', 'a,b', 'TRUE'),
  fc.string({ maxLength: 16 }),
);
const line = fc.oneof(
  name.map((n) => `[${n}]`),
  fc.tuple(key, value).map(([k, v]) => `${k}=${v}`),
  fc.string({ maxLength: 16 }).map((s) => `;${s}`),
  fc.string({ maxLength: 16 }),
);

describe('MAPISVC.INF fuzz', () => {
  it('random line soups: only FormatError', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, lenient) => check(lines.join('\r\n'), lenient)),
      { numRuns: 1000 },
    );
  });

  const real = DEFAULT_CATALOG_TEXT.split('\n');
  it('mutations of the default catalog: only FormatError', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', '=', '|', ',', ' ', '[', ']', 'Z', '0')), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (edits, lenient) => {
          const lines = [...real];
          for (const [at, pos, ch] of edits) {
            const i = at % lines.length;
            const l = lines[i]!;
            const p = l.length === 0 ? 0 : pos % l.length;
            if (ch === '') lines.splice(i, 1);
            else lines[i] = l.slice(0, p) + ch + l.slice(p + 1);
          }
          check(lines.join('\n'), lenient);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
