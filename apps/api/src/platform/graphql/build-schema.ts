import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { ApiErrorExtensionsModel } from './api-error.model';

/** Types no operation returns but clients need: the shape of every error's extensions. */
export const ORPHANED_TYPES = [ApiErrorExtensionsModel];

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

type Class = abstract new (...args: never[]) => unknown;

/** The resolver classes a module declares, read from Nest's own module metadata. */
function resolversOf(modules: Class[]): Class[] {
  return modules.flatMap((module) => {
    const providers = (Reflect.getMetadata('providers', module) ?? []) as unknown[];
    return providers.filter(
      (p): p is Class =>
        typeof p === 'function' &&
        (Reflect.hasMetadata(RESOLVER_TYPE_METADATA, p) ||
          Reflect.hasMetadata(RESOLVER_NAME_METADATA, p)),
    );
  });
}

/**
 * Builds the schema from the feature modules' resolvers without a database or an HTTP
 * server (docs/toolchain.md gotcha 10), printed the way the running API sorts it.
 */
export async function buildSchema(modules: Class[]): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  try {
    await app.init();
    const factory = app.get(GraphQLSchemaFactory);
    return lexicographicSortSchema(
      await factory.create(resolversOf(modules), { orphanedTypes: ORPHANED_TYPES }),
    );
  } finally {
    await app.close();
  }
}

export const SCHEMA_HEADER =
  '# The Continuum API schema, emitted from the code by `npm run codegen`; do not edit.\n' +
  '# `npm test` fails when this file differs from what the code emits.\n\n';

export function printApiSchema(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(schema) + '\n';
}
