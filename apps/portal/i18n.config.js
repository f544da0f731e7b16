// One definition of how Paraglide compiles the catalogs, shared by the Vite plugin (dev, build,
// vitest) and scripts/compile-messages.js (svelte-check and eslint run before any Vite build).

/**
 * Locale order: an address under `/es` (src/lib/public/locale-path.ts, so public pages have a
 * Spanish address of their own for sharing and hreflang), then the person's explicit choice (a
 * cookie set by the language switch), then the browser's Accept-Language on the server /
 * navigator.languages in the browser, then English. Bare addresses stay the same in both
 * languages, so links, bookmarks and the API's emails work for everyone.
 *
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/lib/paraglide',
  strategy: ['custom-path', 'cookie', 'preferredLanguage', 'baseLocale'],
  cookieName: 'continuum_locale',
  cookieMaxAge: 60 * 60 * 24 * 365,
  // A .gitignore inside the output keeps the generated code out of git.
  emitGitIgnore: true,
  emitPrettierIgnore: false,
  emitReadme: false,
};
