import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration, in order. Listed, not globbed, so the same list runs from dist and in jest. */
export const migrations = [Foundation1763900000000];
