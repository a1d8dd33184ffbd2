// ESLint: the recommended JavaScript and typescript-eslint rules, and the type-aware rules that catch what a
// server gets wrong most (a promise nobody awaits, a promise where a callback's result is ignored).
// Formatting is Prettier's (`npm run format`); `npm run lint` runs Prettier's check, ESLint and tsc.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'sdk/dist/', 'sdk/generated/', 'schema/', 'data/', '.data/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are errors, except a deliberately ignored `_`-prefixed argument or a rest sibling.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // One way to refuse (core/permissions.ts): notFound(), visible() and assertVisible() for what the caller may
    // not see, forbidden() and allow() naming what is missing. A hand-made refusal could drift from the rule.
    files: ['server/**/*.ts'],
    ignores: ['server/core/permissions.ts', 'server/core/errors.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/^(NotFoundError|ForbiddenError)$/]',
          message:
            'Refuse through core/permissions.ts: notFound(), visible(), assertVisible(), forbidden() or allow().',
        },
      ],
    },
  },
  {
    // Tests read untyped JSON responses and assert their shape: `any` is what they are.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
