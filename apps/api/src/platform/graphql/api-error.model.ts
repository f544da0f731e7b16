import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ERROR_KEYS, type ErrorKey } from '../errors/error-keys';

export const ErrorKeyEnum = Object.fromEntries(ERROR_KEYS.map((key) => [key, key])) as {
  [K in ErrorKey]: K;
};
registerEnumType(ErrorKeyEnum, {
  name: 'ErrorKey',
  description:
    'What exactly went wrong, stable across releases (platform/errors/error-keys.ts). Clients word it in the reader’s language from `params`.',
});

/**
 * The `extensions` of every error the API answers (format-error.ts), and the JSON body of a
 * REST route's error (http-error.filter.ts). No operation returns it: it is in the schema so
 * that clients get its shape, and the `ErrorKey` enum, from codegen.
 */
@ObjectType('ApiErrorExtensions', {
  description:
    'The `extensions` of every GraphQL error (and the JSON of a REST error): `code` to branch on, `key` and `params` to word it, `field` at fault. `message` (beside it) is English.',
})
export class ApiErrorExtensionsModel {
  @Field({
    description:
      'The broad class: BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, INTERNAL_SERVER_ERROR, or a specific one such as LETTER_CHANGED.',
  })
  code: string;

  @Field(() => ErrorKeyEnum, {
    nullable: true,
    description: 'Absent only for errors of GraphQL itself (a malformed query) and internal ones.',
  })
  key: ErrorKey | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Values the words use: limits, counts, sizes (never codes).',
  })
  params: Record<string, string | number> | null;

  @Field(() => String, { nullable: true, description: 'The input at fault, e.g. `date`.' })
  field: string | null;
}
