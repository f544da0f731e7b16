import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    adapter: adapter({ out: 'build' }),
    // Absolute paths from resolve(): a Spanish address adds its prefix to them
    // (localizedPath('/x', 'es') is '/es/x'); relative ones ('../x') would become '/es../x'
    // in server-rendered pages.
    paths: { relative: false },
    typescript: {
      // The end-to-end tests and their config are type-checked and linted with the app.
      config: (tsconfig) => {
        tsconfig.include.push('../e2e/**/*.ts', '../playwright.config.ts');
        return tsconfig;
      },
    },
    // Form posts are checked against the origins the portal serves by src/lib/server/form-origin.ts,
    // which reads PORTAL_ORIGINS at run time and answers a refusal with a page a person can act
    // on; SvelteKit's own check knows one origin and answers a bare 403 text.
    csrf: { trustedOrigins: ['*'] },
    // Inline scripts only for SvelteKit's own hydration; nothing else may run.
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'connect-src': ['self'],
        'frame-ancestors': ['none'],
        'form-action': ['self'],
        'base-uri': ['self'],
        'object-src': ['none'],
      },
    },
  },
};

export default config;
