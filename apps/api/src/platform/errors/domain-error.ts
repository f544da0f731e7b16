/**
 * An error a user can cause and act on. Each module declares its own once (`<feature>.errors.ts`);
 * the GraphQL layer turns them into `extensions.code` (and `extensions.field` when one input
 * field is at fault). Anything else is reported as an internal error without details.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Shared by every module: missing and forbidden answer alike, so ids reveal nothing. */
export const CommonErrors = {
  unauthenticated: () => new DomainError('UNAUTHENTICATED', 'Please sign in to continue.'),
  notFound: (what: string) => new DomainError('NOT_FOUND', `That ${what} was not found.`),
  forbidden: () => new DomainError('FORBIDDEN', 'You do not have access to do that.'),
  invalidInput: (field: string, message: string) =>
    new DomainError('BAD_USER_INPUT', message, field),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is the caller's mistake, named, not a database error. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value))
    throw CommonErrors.invalidInput(
      field,
      `${field} must be an id like 3f2b…, not "${value.slice(0, 40)}".`,
    );
  return value.toLowerCase();
}
