import { defineConfig } from 'tsup';

// Both module formats: the API compiles to CommonJS, the portal and the CLI load ES modules.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
