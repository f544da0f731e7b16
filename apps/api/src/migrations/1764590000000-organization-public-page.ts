import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An organization's public page (`/o/<slug>`) and its place in the Parent Center directory.
 *
 * - Columns on `organizations`: the address (`slug`), whether the page is published, the
 *   states (two letters) and counties served, the languages spoken, contact details and the
 *   color the embedded page carries. The database refuses what can never be right (a slug
 *   that is not lower-case words joined by dashes, a state that is not two capitals, a color
 *   that is not `#rrggbb`); the API names the field before it gets that far.
 * - `app_public_organizations(slug, state)`: the one door for signed-out readers. It returns
 *   published organizations only, and only their public columns. The organizations table
 *   forces row-level security; the function (owned by the migrating role) reads through the
 *   existing owner-only policy `organizations_clocks`, so the application role still reads
 *   no organization row directly outside its own.
 */
export class OrganizationPublicPage1764590000000 implements MigrationInterface {
  name = 'OrganizationPublicPage1764590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organizations
        ADD COLUMN slug text UNIQUE
          CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) BETWEEN 3 AND 60),
        ADD COLUMN public_page_enabled boolean NOT NULL DEFAULT false,
        ADD COLUMN states_served text[] NOT NULL DEFAULT '{}'
          CHECK (array_to_string(states_served, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
        ADD COLUMN counties_served text[] NOT NULL DEFAULT '{}'
          CHECK (cardinality(counties_served) <= 200),
        ADD COLUMN languages text[] NOT NULL DEFAULT '{en}'
          CHECK (array_to_string(languages, ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
        ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 40),
        ADD COLUMN contact_email text CHECK (length(contact_email) <= 254),
        ADD COLUMN website text CHECK (length(website) <= 300),
        ADD COLUMN address text CHECK (length(address) <= 500),
        ADD COLUMN brand_color text CHECK (brand_color ~ '^#[0-9a-f]{6}$'),
        -- Published: a slug to be reached at.
        ADD CONSTRAINT organizations_published_has_slug
          CHECK (NOT public_page_enabled OR slug IS NOT NULL);
      CREATE INDEX organizations_states_served_idx ON organizations USING gin (states_served)
        WHERE public_page_enabled;

      CREATE FUNCTION app_public_organizations(p_slug text, p_state text)
        RETURNS TABLE (
          id uuid, slug text, name text, kind text, states_served text[], counties_served text[],
          languages text[], contact_phone text, contact_email text, website text, address text,
          brand_color text
        )
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$
          SELECT o.id, o.slug, o.name, o.kind, o.states_served, o.counties_served, o.languages,
                 o.contact_phone, o.contact_email, o.website, o.address, o.brand_color
            FROM organizations o
           WHERE o.public_page_enabled
             AND (p_slug IS NULL OR o.slug = p_slug)
             AND (p_state IS NULL OR p_state = ANY (o.states_served))
           ORDER BY o.name, o.id
        $$;
      REVOKE ALL ON FUNCTION app_public_organizations(text, text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_public_organizations(text, text) TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION app_public_organizations(text, text);
      DROP INDEX organizations_states_served_idx;
      ALTER TABLE organizations
        DROP CONSTRAINT organizations_published_has_slug,
        DROP COLUMN brand_color, DROP COLUMN address, DROP COLUMN website,
        DROP COLUMN contact_email, DROP COLUMN contact_phone, DROP COLUMN languages,
        DROP COLUMN counties_served, DROP COLUMN states_served,
        DROP COLUMN public_page_enabled, DROP COLUMN slug;
    `);
  }
}
