import type { PageServerLoad } from './$types';

// Rendered by lib/server/form-origin.ts in place of a refused form post, at the address that
// was posted to: there is nothing to hydrate, and the client router must not take over a page
// whose address is not its own.
export const csr = false;

export const load: PageServerLoad = ({ url }) => ({ address: url.origin });
