// The monorepo's TypeScript rules (../../eslint.config.mjs) plus Svelte's, type-aware in
// <script lang="ts"> blocks too.
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { typescript } from '../../eslint.config.mjs';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  ...typescript,
  ...svelte.configs.recommended,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
);
