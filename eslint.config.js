// Lint: typescript-eslint + eslint-plugin-vue, and the layering rule of the architecture (STYLE.md):
// electron/core and shared/ never import electron or vue; the renderer never imports electron/.
// The local plugin `mapi` (eslint-rules/) refuses a MAPI constant declared again outside shared/mapi/; it is
// TypeScript reading shared/mapi's tables, loaded through jiti (ESLint's own loader for TypeScript configs).
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import { createJiti } from 'jiti';

const { mapiPlugin } = await createJiti(import.meta.url).import('./eslint-rules/noDuplicateMapiConstant.ts');

const noElectronOrVue = {
  patterns: [
    { group: ['electron', 'electron/*', 'electron-store'], message: 'electron/core and shared/ run in plain Node: no Electron here.' },
    { group: ['vue', 'vue/*', 'pinia', 'element-plus', 'vue-i18n'], message: 'electron/core and shared/ know nothing of the UI.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test/e2e/__screenshots__/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-indent': 'off',
    },
  },
  {
    // Tests are left out on purpose: they spell the documented values (docs/mapi-profiles.md §10–§12)
    // independently, as an oracle for the tables; importing the tables there would prove nothing.
    files: ['**/*.ts', '**/*.vue', '**/*.js', '**/*.mjs'],
    ignores: ['shared/mapi/**', 'test/**'],
    plugins: { mapi: mapiPlugin },
    rules: { 'mapi/no-duplicate-constant': 'error' },
  },
  {
    files: ['electron/core/**/*.ts', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectronOrVue] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'node:*'],
              message: 'The renderer knows the contract (shared/), never the main process.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/ipc/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import electron.' }] },
      ],
    },
  },
);
