import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ArgumentNode,
  type DocumentNode,
  getNullableType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { CommonErrors, type DomainError } from '../errors/domain-error';
import type { GraphQLContext } from './graphql-context';

/** The shape of an ISO date, alone or starting a date-time: only a real day may have it. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** In Unicode mode a paired surrogate is one code point; only a lone one is category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Why a string cannot be stored or read back as sent, or null when it can:
 * - NUL: PostgreSQL refuses it in `text` and `jsonb` (22021, 22P05);
 * - a lone UTF-16 surrogate: no character at all, silently turned into U+FFFD on the way to
 *   the database, so what is read back differs from what was sent;
 * - a date-shaped string that names no day (`2026-02-30`) or year 0, which PostgreSQL's
 *   `date` refuses (22008) and JavaScript's `Date` accepts.
 */
export function inputTextProblem(value: string, field: string): DomainError | null {
  if (value.includes('\u0000'))
    return CommonErrors.invalidInput(
      field,
      'TEXT_CONTROL_CHARACTER',
      `${field} holds a NUL character; type the text again or paste it as plain text.`,
    );
  if (LONE_SURROGATE.test(value))
    return CommonErrors.invalidInput(
      field,
      'TEXT_BROKEN_CHARACTER',
      `${field} holds a broken character (a lone UTF-16 surrogate); type the text again.`,
    );
  const date = ISO_DATE.exec(value);
  if (date && !isRealDay(Number(date[1]), Number(date[2]), Number(date[3])))
    return CommonErrors.invalidInput(
      field,
      'DATE_INVALID',
      `${field} must be a real calendar day from year 1 on, as YYYY-MM-DD.`,
    );
  return null;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** `blocks[0].lines[1]`, `answers.plan_type`: the path the resolvers' own errors name too. */
const child = (path: string, name: string) => (path ? `${path}.${name}` : name);
const item = (path: string, index: number) => `${path}[${index}]`;

function itemType(type: GraphQLInputType | null): GraphQLInputType | null {
  const nullable = type ? getNullableType(type) : null;
  return nullable instanceof GraphQLList ? nullable.ofType : null;
}

function fieldsOf(type: GraphQLInputType | null) {
  const nullable = type ? getNullableType(type) : null;
  return nullable instanceof GraphQLInputObjectType ? nullable.getFields() : null;
}

/** Checks every string a value holds: a variable's, or the `JSON` scalar's content. */
function checkValue(value: unknown, type: GraphQLInputType | null, field: string): void {
  if (typeof value === 'string') {
    const problem = inputTextProblem(value, field);
    if (problem) throw problem;
  } else if (Array.isArray(value)) {
    value.forEach((entry, index) => checkValue(entry, itemType(type), item(field, index)));
  } else if (typeof value === 'object' && value !== null) {
    const fields = fieldsOf(type);
    for (const [name, entry] of Object.entries(value as Record<string, unknown>))
      checkValue(entry, fields?.[name]?.type ?? null, child(field, name));
  }
}

/** The same walk over a literal written in the document, reading variables where used. */
function checkNode(
  node: ValueNode,
  type: GraphQLInputType | null,
  field: string,
  variables: Readonly<Record<string, unknown>>,
): void {
  switch (node.kind) {
    case Kind.VARIABLE:
      return checkValue(variables[node.name.value], type, field);
    case Kind.STRING:
      return checkValue(node.value, type, field);
    case Kind.LIST:
      return node.values.forEach((entry, index) =>
        checkNode(entry, itemType(type), item(field, index), variables),
      );
    case Kind.OBJECT: {
      const fields = fieldsOf(type);
      for (const entry of node.fields) {
        const name = entry.name.value;
        checkNode(entry.value, fields?.[name]?.type ?? null, child(field, name), variables);
      }
      return;
    }
    case Kind.INT:
    case Kind.FLOAT:
    case Kind.BOOLEAN:
    case Kind.NULL:
    case Kind.ENUM:
      return;
  }
}

/**
 * Every argument of every field the operation selects, fragments included. The fields of an
 * `input` object are named without it (`heldOn`, not `input.heldOn`), as the resolvers name them.
 */
function checkDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const type = typeInfo.getArgument()?.type ?? null;
        const root = fieldsOf(type) ? '' : node.name.value;
        checkNode(node.value, type, root, variables);
      },
    }),
  );
}

/**
 * Refuses, before any resolver runs, any argument string the database cannot keep as sent
 * (see `inputTextProblem`), naming the field at fault. One place for every operation, so a
 * new mutation is covered without anyone remembering to check its text; the answer is the
 * same `BAD_USER_INPUT` a resolver's own validation gives.
 */
export function inputGuardPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          checkDocument(schema, document, request.variables ?? {});
          return Promise.resolve();
        },
      });
    },
  };
}
