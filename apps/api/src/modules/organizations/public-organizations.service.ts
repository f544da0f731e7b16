import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import type { PublicOrganizationModel } from './public-organization.model';

interface PublicOrganizationRow {
  id: string;
  slug: string;
  name: string;
  kind: string;
  states_served: string[];
  counties_served: string[];
  languages: string[];
  contact_phone: string | null;
  contact_email: string | null;
  website: string | null;
  address: string | null;
  brand_color: string | null;
}

const STATE = /^[A-Z]{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Published organizations, for readers who are not signed in. Every read goes through
 * `app_public_organizations` (migration 1764590000000), which returns published rows and public
 * columns only: a signed-out request has no organization, and row-level security shows it none.
 */
@Injectable()
export class PublicOrganizationsService {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Published organizations serving a state (all published ones without a state), by name. */
  async list(ctx: RequestContext, state: string | null): Promise<PublicOrganizationModel[]> {
    const code = state?.trim().toUpperCase() ?? null;
    // A malformed state matches nothing; it is a filter, not something to correct the reader on.
    if (code !== null && !STATE.test(code)) return [];
    return this.read(ctx, null, code);
  }

  /** A published organization by its page's address, or null (unknown, or switched off). */
  async bySlug(ctx: RequestContext, slug: string): Promise<PublicOrganizationModel | null> {
    const cleaned = slug.trim().toLowerCase();
    if (!SLUG.test(cleaned) || cleaned.length > 60) return null;
    const [organization] = await this.read(ctx, cleaned, null);
    return organization ?? null;
  }

  private async read(
    ctx: RequestContext,
    slug: string | null,
    state: string | null,
  ): Promise<PublicOrganizationModel[]> {
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.query<PublicOrganizationRow[]>(
      'SELECT * FROM app_public_organizations($1, $2)',
      [slug, state],
    );
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      statesServed: row.states_served,
      countiesServed: row.counties_served,
      languages: row.languages,
      contactPhone: row.contact_phone,
      contactEmail: row.contact_email,
      website: row.website,
      address: row.address,
      brandColor: row.brand_color,
    }));
  }
}
