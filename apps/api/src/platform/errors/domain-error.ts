import { currentRequestContext, type Denial } from '../context/request-context';
import type { ErrorKey } from './error-keys';

/** Values an error's words are written with: counts, limits, sizes. Never an internal code. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/**
 * An error a user can cause and act on. Each module declares its own once (`<feature>.errors.ts`).
 * It carries:
 * - `code`: the broad class a client branches on (`BAD_USER_INPUT`, `NOT_FOUND`,
 *   `UNAUTHENTICATED`, `LETTER_CHANGED`, ...);
 * - `key`: what exactly went wrong, stable, from the one registry (`error-keys.ts`); the portal
 *   words every key in the reader's language from `params`;
 * - `message`: the same in English, for API clients and logs;
 * - `field`: the input at fault, when one is.
 * The GraphQL layer turns them into `extensions { code key params field }` (format-error.ts),
 * REST routes into the same JSON (http-error.filter.ts). Anything else is reported as an
 * internal error without details.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly key: ErrorKey,
    message: string,
    readonly field?: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** What `notFound` can be about: each is its own key (`NOT_FOUND_CASE`, ...). */
export const NOT_FOUND_SUBJECTS = {
  case: 'NOT_FOUND_CASE',
  communication: 'NOT_FOUND_COMMUNICATION',
  'district calendar': 'NOT_FOUND_DISTRICT_CALENDAR',
  document: 'NOT_FOUND_DOCUMENT',
  event: 'NOT_FOUND_EVENT',
  family: 'NOT_FOUND_FAMILY',
  intake: 'NOT_FOUND_INTAKE',
  invitation: 'NOT_FOUND_INVITATION',
  letter: 'NOT_FOUND_LETTER',
  meeting: 'NOT_FOUND_MEETING',
  member: 'NOT_FOUND_MEMBER',
  note: 'NOT_FOUND_NOTE',
  organization: 'NOT_FOUND_ORGANIZATION',
  person: 'NOT_FOUND_PERSON',
  contact: 'NOT_FOUND_CONTACT',
  training: 'NOT_FOUND_TRAINING',
  proceeding: 'NOT_FOUND_PROCEEDING',
  service: 'NOT_FOUND_SERVICE',
  session: 'NOT_FOUND_SESSION',
  student: 'NOT_FOUND_STUDENT',
  task: 'NOT_FOUND_TASK',
} as const satisfies Record<string, ErrorKey>;
export type NotFoundSubject = keyof typeof NOT_FOUND_SUBJECTS;

/**
 * Notes a denied attempt on the current request, for the audit trail. Noted here, where every
 * denial is made, so no check can forget it; written when the request's transaction ends.
 */
function noteDenial(denial: Denial): void {
  currentRequestContext()?.denials.push(denial);
}

/** Shared by every module: missing and forbidden answer alike, so ids reveal nothing. */
export const CommonErrors = {
  unauthenticated: () =>
    new DomainError('UNAUTHENTICATED', 'UNAUTHENTICATED', 'Please sign in to continue.'),
  /** A record that does not exist (or that row-level security hides: another organization). */
  notFound: (what: NotFoundSubject) =>
    new DomainError('NOT_FOUND', NOT_FOUND_SUBJECTS[what], `That ${what} was not found.`),
  /**
   * A record that exists but that the actor may not read: answered exactly like `notFound`,
   * and audited as a denied attempt.
   */
  hidden: (what: NotFoundSubject, id: string) => {
    noteDenial({ what, id, reason: 'hidden' });
    return CommonErrors.notFound(what);
  },
  /** Refused, and audited as a denied attempt. */
  forbidden: (what?: NotFoundSubject, id?: string) => {
    noteDenial({ what: what ?? null, id: id ?? null, reason: 'forbidden' });
    return new DomainError('FORBIDDEN', 'FORBIDDEN', 'You do not have access to do that.');
  },
  invalidInput: (field: string, key: ErrorKey, message: string, params: ErrorParams = {}) =>
    new DomainError('BAD_USER_INPUT', key, message, field, params),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is the caller's mistake, named, not a database error. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value))
    throw CommonErrors.invalidInput(
      field,
      'ID_INVALID',
      `${field} must be an id like 3f2b…, not "${value.slice(0, 40)}".`,
    );
  return value.toLowerCase();
}
