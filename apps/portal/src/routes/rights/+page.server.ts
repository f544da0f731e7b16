import { stateOptions } from '$lib/public/guides';
import type { PageServerLoad } from './$types';

/** The states, each with its rights card. */
export const load: PageServerLoad = () => ({ states: stateOptions() });

// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
