import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { mapiPlugin } from '../../eslint-rules/noDuplicateMapiConstant.js';

// The rule as eslint.config.js wires it, run by ESLint's own Linter on TypeScript source. The values in the
// snippets are spelled from docs/mapi-profiles.md §10–§12, not read from shared/mapi.
const linter = new Linter({ configType: 'flat' });
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { mapi: mapiPlugin },
    rules: { 'mapi/no-duplicate-constant': 'error' as const },
  },
];
const lint = (code: string) =>
  linter.verify(code, config, 'electron/core/example.ts').map((m) => ({ line: m.line, rule: m.ruleId, message: m.message }));

describe('mapi/no-duplicate-constant', () => {
  it('refuses a flag bit declared again by name', () => {
    const found = lint('const SERVICE_SINGLE_COPY = 0x2;\nexport const f = (v: number) => (v & SERVICE_SINGLE_COPY) !== 0;');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, rule: 'mapi/no-duplicate-constant' });
    expect(found[0]!.message).toContain('SERVICE_SINGLE_COPY');
  });
  it('refuses a flag table written again ({ name, value })', () => {
    const found = lint("export const FLAGS = [{ name: 'STATUS_DEFAULT_STORE', value: 0x2, on: 'provider' }];");
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('STATUS_DEFAULT_STORE')]);
  });
  it('refuses a property tag, MAPI_E_* code or resource type spelled as a number', () => {
    expect(lint('export const tag = 0x30090003;')[0]?.message).toContain('PR_RESOURCE_FLAGS');
    expect(lint('export const hr = 0x8004010f;')[0]?.message).toContain('MAPI_E_NOT_FOUND');
    expect(lint('const MAPI_STORE_PROVIDER = 0x21;\nexport { MAPI_STORE_PROVIDER };')[0]?.message).toContain('MAPI_STORE_PROVIDER');
  });
  it("refuses a tag's registry value name and a well-known UID, in any case", () => {
    expect(lint("export const v = '00033009';")[0]?.message).toContain('valueNameOfTag(PR_RESOURCE_FLAGS)');
    expect(lint('export const v = `01023d0e`;')[0]?.message).toContain('PR_SERVICES');
    expect(lint("export const k = '9375CFF0413111d3B88A00104B2A6676';")[0]?.message).toContain('SECTION.accountManager');
    expect(lint("export const c = '{ED475411-B0D6-11D2-8C3B-00104B2A6676}';")[0]?.message).toContain('CLSID_OlkPOP3Account');
  });
  it('stays quiet on an import and on values that only look alike', () => {
    const code = [
      "import { SERVICE } from '../../shared/mapi/flags.js';",
      "import { valueNameOfTag } from '../../shared/mapi/propTag.js';",
      "import { PR_RESOURCE_FLAGS } from '../../shared/mapi/tags.js';",
      'const { SERVICE_SINGLE_COPY } = SERVICE;',
      'export const name = valueNameOfTag(PR_RESOURCE_FLAGS);',
      'export const single = (v: number) => (v & SERVICE_SINGLE_COPY) !== 0;',
      // A regf offset, a character code, a mask and a hex string that is no MAPI value.
      'const SPACE = 0x20;',
      "export const other = [0x20, 0xffff0000, 0x80000000, SPACE, 'deadbeef', '0123456789abcdef0123456789abcdef'];",
    ].join('\n');
    expect(lint(code)).toEqual([]);
  });
});
