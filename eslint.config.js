// Lint: ESLint's and typescript-eslint's recommended rules, for the code and the tests. Layout is
// Prettier's (`npm run format`; `prettier --check .` runs with the tests), so ESLint's layout rules are off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['_site/', '.build/', '.cache/', '.scratch/', 'node_modules/', 'public/pagefind/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // The site's own scripts run in the reader's browser.
    files: ['public/js/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        Element: 'readonly',
      },
    },
  },
  {
    // The compiled build's launcher (src/cli/launch.mjs) runs in Node before any TypeScript can.
    files: ['src/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
