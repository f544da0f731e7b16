import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideOptions } from './i18n.config.js';

export default defineConfig(({ command }) => ({
  plugins: [
    // The dev server recompiles the catalogs on change. Builds and tests compile them first
    // (scripts/compile-messages.js): the plugin's file watcher keeps those processes alive for
    // about 30 s after they are done.
    ...(command === 'serve' && !process.env.VITEST ? [paraglideVitePlugin(paraglideOptions)] : []),
    sveltekit(),
  ],
  server: { port: 5173, strictPort: true },
  // The starter kit renders PDF and DOCX on the server with @continuum/rules/render. The rules
  // package is a workspace link, which Vite would bundle, and with it pdfkit, which reads its
  // font metrics from files next to its own code (__dirname): the server loads the package's
  // build from node_modules instead, as it does any other dependency.
  ssr: { external: ['@continuum/rules'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
}));
