import type { Role } from '@continuum/graphql-client';

/** Every role, in the order the forms offer them: the most common invitation first. */
export const ROLES: readonly Role[] = ['PARENT', 'ADVOCATE', 'ORG_ADMIN'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
