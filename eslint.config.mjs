// One ESLint configuration for the monorepo; each workspace runs `eslint .` and finds it here
// (the portal extends it with the Svelte rules in its own eslint.config.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export const ignores = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/.svelte-kit/**',
  '**/.turbo/**',
  '**/.data/**',
  '**/coverage/**',
  '**/test-results/**',
  '**/src/generated/**',
  '**/src/lib/paraglide/**',
];

export const typescript = tseslint.config(
  { ignores },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // NestJS needs runtime class references for dependency injection and GraphQL type
    // functions, which consistent-type-imports would turn into erased type imports.
    files: ['apps/api/**/*.ts', 'src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['packages/**'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);

export default typescript;
