import { stateOptions } from '$lib/public/guides';
import type { PageServerLoad } from './$types';

/** The states, each with its rights card. */
export const load: PageServerLoad = () => ({ states: stateOptions() });
