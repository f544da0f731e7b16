import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'continuum:isPublic';

/** Opts a resolver or route out of the global guard, which denies by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
