import {
  DevelopmentMailboxDocument,
  execute,
  GraphQLRequestError,
} from '@continuum/graphql-client';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/**
 * The mails the API wrote to its outbox instead of sending them, because no SMTP server is
 * configured: how a demo admin reads an invitation or a reset link without a mail server.
 */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Invitation');
  try {
    const { data } = await execute(fetch, DevelopmentMailboxDocument);
    return { available: true, mails: data.developmentMailbox };
  } catch (error) {
    // With SMTP configured (or in production) the API refuses: mail really goes out, and
    // the page says so instead of failing.
    if (error instanceof GraphQLRequestError && error.code === 'FORBIDDEN') {
      return { available: false, mails: [] };
    }
    handleApiError(error, url);
  }
};
