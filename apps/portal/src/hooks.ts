import type { Reroute } from '@sveltejs/kit';
import { withoutLocale } from '$lib/public/locale-path';

/** `/es/guide` is served by the route for `/guide`; the address bar keeps the prefix. */
export const reroute: Reroute = ({ url }) => withoutLocale(url.pathname);
