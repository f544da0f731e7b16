import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the portal, from the API's emitted schema and the portal's documents
 * (`apps/portal/src/lib/graphql/<feature>/*.graphql`). `GRAPHQL_CLIENT_OUT` lets
 * `check:generated` write to a temporary folder and compare.
 */
const out = process.env.GRAPHQL_CLIENT_OUT ?? './src/generated';

const config: CodegenConfig = {
  schema: '../../apps/api/schema.graphql',
  documents: ['../../apps/portal/src/lib/graphql/**/*.graphql'],
  generates: {
    [`${out}/graphql.ts`]: {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        // Documents as plain strings: executing them needs no GraphQL parser in the browser.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        // Every scalar needs a type here (strictScalars): a new one fails codegen instead of
        // quietly becoming `any`. DateTime travels as an ISO-8601 string.
        scalars: { ID: 'string', JSON: 'unknown', DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
