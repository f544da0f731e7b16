import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The organization's clock and deadlines that never go stale.
 *
 * - `organizations.time_zone`: the IANA zone the organization's "today" is in (overdue,
 *   reminders, "not after today", dates and times shown). The API checks the name (Intl
 *   knows it) before writing; the database only refuses what can never be a zone name.
 *   Existing organizations keep UTC, the clock they had, until an org admin sets theirs.
 * - `deadlines.rules_version` and `deadlines.calendar_id`: the rules-data version and the
 *   district calendar a deadline was computed with (null: none, or computed before this
 *   migration). Same table, so the same row-level security applies; the application may
 *   now update these two columns (and still no other).
 * - `deadline_recomputes`: the progress of the recompute after a new rules-data version, one
 *   row per version. Global by design: it holds a version, counts and a cursor of ids, no
 *   family's data, and the job walks every organization.
 * - `app_organization_clocks()`: every organization's id and zone, for the daily reminder
 *   dispatch and the recompute, which run for all organizations outside any request. The
 *   organizations table forces row-level security on its owner too, so the function (owned by
 *   the migrating role) reads through a policy that applies to that role alone; the
 *   application role may call the function and still reads no organization row directly.
 */
export class OrganizationClock1764400000000 implements MigrationInterface {
  name = 'OrganizationClock1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organizations
        ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC'
          CHECK (time_zone ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$' AND length(time_zone) <= 64);

      ALTER TABLE deadlines
        ADD COLUMN rules_version text,
        ADD COLUMN calendar_id uuid,
        ADD FOREIGN KEY (organization_id, calendar_id)
          REFERENCES district_calendars (organization_id, id) ON DELETE SET NULL (calendar_id);
      CREATE INDEX deadlines_calendar_idx ON deadlines (organization_id, calendar_id)
        WHERE calendar_id IS NOT NULL;
      -- A recompute that finds a deadline unchanged stamps it with the version and calendar
      -- it was checked against, in place; anything else about a deadline is still replaced.
      GRANT UPDATE (rules_version, calendar_id) ON deadlines TO continuum_app;

      CREATE TABLE deadline_recomputes (
        rules_version text PRIMARY KEY,
        after_organization uuid,
        after_proceeding uuid,
        proceedings integer NOT NULL DEFAULT 0,
        changed integer NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      );
      GRANT SELECT, INSERT, UPDATE ON deadline_recomputes TO continuum_app;

      CREATE POLICY organizations_clocks ON organizations FOR SELECT TO CURRENT_USER USING (true);
      CREATE FUNCTION app_organization_clocks() RETURNS TABLE (id uuid, time_zone text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT o.id, o.time_zone FROM organizations o ORDER BY o.id $$;
      REVOKE ALL ON FUNCTION app_organization_clocks() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_organization_clocks() TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION app_organization_clocks();
      DROP POLICY organizations_clocks ON organizations;
      DROP TABLE deadline_recomputes;
      DROP INDEX deadlines_calendar_idx;
      REVOKE UPDATE (rules_version, calendar_id) ON deadlines FROM continuum_app;
      ALTER TABLE deadlines DROP COLUMN calendar_id, DROP COLUMN rules_version;
      ALTER TABLE organizations DROP COLUMN time_zone;
    `);
  }
}
