import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench/results/**',
      'demo-output/**',
      'test-results/**',
      'tests/fixtures/editors/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain Node scripts (the commit-msg hook runs without a build step).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not use the React Compiler; TanStack Virtual's hook is fine without memoisation.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // Untrusted text is never rendered as HTML in the product (tests may build fixtures with markup).
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Build DOM nodes or set textContent.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write)$/]',
          message: 'Build DOM nodes or set textContent.',
        },
      ],
    },
  },
  {
    // zod comes configured from lib/zod.ts (no eval probe under the extension's CSP).
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import { z } from '@/lib/zod'." }] }],
    },
  },
  {
    // docs/RELIABILITY.md D3: content scripts never open IndexedDB; their database would belong to the site.
    // They also leave payload validation (zod) to the background: it costs start-up time in every page.
    files: [
      'entrypoints/*.content.ts',
      'entrypoints/*.content/**',
      'lib/content/**',
      'lib/platforms/**',
      'lib/risk/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'The background validates payloads; content scripts do not load zod.' }],
          patterns: [
            {
              group: ['@/lib/db', '@/lib/db/*', 'dexie', 'dexie-react-hooks'],
              message: 'No IndexedDB in content scripts or pure libraries (docs/RELIABILITY.md D3).',
            },
            {
              group: ['@/lib/zod', '@/lib/messaging/schemas'],
              message: 'The background validates payloads; content scripts do not load zod.',
            },
          ],
        },
      ],
    },
  },
  {
    // Functions at the depth of one idea: at most 80 lines (tests excluded) and a cyclomatic
    // complexity of at most 40.
    files: [
      'lib/**/*.{ts,tsx}',
      'components/**/*.tsx',
      'entrypoints/**/*.{ts,tsx}',
      'scripts/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 40],
    },
  },
);
