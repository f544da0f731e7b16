import { defineConfig } from 'tsup';

// Both module formats: the API compiles to CommonJS, the portal and the CLI load ES modules.
export default defineConfig({
  // `render` (DOCX/PDF letters) is its own entry so the pure index never loads docx or pdfkit.
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', render: 'src/letters/render/index.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', render: 'src/letters/render/index.ts' } },
  sourcemap: true,
  clean: true,
  // The lowest supported Node (docs/adr/0012-node-runtimes.md); it moves with the floor.
  target: 'node20',
});
