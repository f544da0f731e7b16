import type { RequestContext } from '../context/request-context';

/** No organization matches this id: an actor without one sees nothing rather than everything. */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

let applicationScoping = true;

/**
 * The application's half of tenant isolation: every service query on a tenant table takes
 * its organization condition from here. Row-level security is the other half; the isolation
 * suite turns this half off (and only the suite can) to prove that half holds alone.
 */
export const tenantScope = {
  /** For find options: `where: { ...tenantScope.where(ctx), id }`. */
  where(ctx: RequestContext): { organizationId?: string } {
    return applicationScoping ? { organizationId: ctx.organizationId ?? NO_ORGANIZATION } : {};
  },

  /** For query builders: `.where(...tenantScope.sql(ctx, 'i'))`. */
  sql(ctx: RequestContext, alias: string): [string, Record<string, string>] {
    return applicationScoping
      ? [
          `${alias}.organizationId = :tenantScopeOrganizationId`,
          { tenantScopeOrganizationId: ctx.organizationId ?? NO_ORGANIZATION },
        ]
      : ['TRUE', {}];
  },
};

/** Test-only: runs work with the application's organization conditions left out. */
export async function withoutApplicationScoping<T>(work: () => Promise<T>): Promise<T> {
  applicationScoping = false;
  try {
    return await work();
  } finally {
    applicationScoping = true;
  }
}
