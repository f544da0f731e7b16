import 'reflect-metadata';
import { featureModules } from '../app.module';
import { buildSchema, printApiSchema } from '../platform/graphql/build-schema';
import { emitGeneratedFile, failGenerator } from './generated-file';

/**
 * `emit-schema.js FILE` writes the GraphQL schema; `emit-schema.js --check FILE` fails when
 * FILE differs from what the code emits.
 */
emitGeneratedFile('schema.graphql', async () =>
  printApiSchema(await buildSchema(featureModules)),
).catch(failGenerator('emit-schema'));
