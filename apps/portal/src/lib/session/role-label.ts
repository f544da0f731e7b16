import type { Role } from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';

/** A role as people call it, in the current language. */
export function roleLabel(role: Role): string {
  switch (role) {
    case 'ORG_ADMIN':
      return m.role_org_admin();
    case 'ADVOCATE':
      return m.role_advocate();
    case 'PARENT':
      return m.role_parent();
  }
}
