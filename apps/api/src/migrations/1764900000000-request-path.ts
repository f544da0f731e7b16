import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The request path at scale (issue 16):
 *
 * - `app_open_request(token_hash, now, idle_since)`: a request's session, its membership in the
 *   session's organization and that organization's clock and settings, read in one statement
 *   that also sets `app.user_id` and `app.organization_id` for the transaction. The unit of
 *   work sends it in the same round trip as BEGIN. It sets the organization only when the
 *   membership still exists, as the code it replaces did. No row: no usable session.
 * - `cases.next_due`: the case's earliest deadline on or after the day it was last computed,
 *   kept by statement triggers on `deadlines` (the only writes are inserts and deletes). Read
 *   as exact while it is today or later (no earlier deadline on or after today can exist, it
 *   would have been the minimum); the caseload falls back to the deadlines themselves for a
 *   case whose stored date has passed. It replaces a subquery per case in the caseload sort.
 * - `case_advocates (organization_id, user_id, case_id)`: an advocate's cases from the index
 *   alone.
 */
export class RequestPath1764900000000 implements MigrationInterface {
  name = 'RequestPath1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_open_request(p_token_hash bytea, p_now timestamptz, p_idle_since timestamptz)
        RETURNS TABLE (session_id uuid, user_id uuid, organization_id uuid, role text,
                       last_seen_at timestamptz, time_zone text, settings jsonb)
        LANGUAGE plpgsql VOLATILE
        AS $$
        DECLARE
          s record;
          v_role text;
          v_zone text;
          v_settings jsonb;
        BEGIN
          SELECT x.id, x.user_id, x.active_organization_id, x.last_seen_at INTO s
            FROM sessions x
           WHERE x.token_hash = p_token_hash AND x.revoked_at IS NULL
             AND x.expires_at > p_now AND x.last_seen_at >= p_idle_since;
          IF NOT FOUND THEN
            RETURN;
          END IF;
          -- The user first: row-level security shows a user their own memberships.
          PERFORM set_config('app.user_id', s.user_id::text, true);
          IF s.active_organization_id IS NOT NULL THEN
            SELECT m.role INTO v_role FROM memberships m
             WHERE m.organization_id = s.active_organization_id AND m.user_id = s.user_id;
            IF v_role IS NOT NULL THEN
              PERFORM set_config('app.organization_id', s.active_organization_id::text, true);
              SELECT o.time_zone, o.settings INTO v_zone, v_settings
                FROM organizations o WHERE o.id = s.active_organization_id;
            END IF;
          END IF;
          RETURN QUERY SELECT s.id, s.user_id,
            CASE WHEN v_role IS NULL THEN NULL ELSE s.active_organization_id END,
            v_role, s.last_seen_at, v_zone, v_settings;
        END $$;
      GRANT EXECUTE ON FUNCTION app_open_request(bytea, timestamptz, timestamptz) TO continuum_app;

      ALTER TABLE cases ADD COLUMN next_due date;

      CREATE FUNCTION app_cases_next_due() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
        BEGIN
          UPDATE cases c
             SET next_due = (SELECT min(d.due) FROM deadlines d
                              WHERE d.organization_id = c.organization_id AND d.case_id = c.id
                                AND d.due >= current_date)
            FROM (SELECT DISTINCT organization_id, case_id FROM changed_rows) x
           WHERE c.organization_id = x.organization_id AND c.id = x.case_id;
          RETURN NULL;
        END $$;
      CREATE TRIGGER deadlines_next_due_insert AFTER INSERT ON deadlines
        REFERENCING NEW TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION app_cases_next_due();
      CREATE TRIGGER deadlines_next_due_delete AFTER DELETE ON deadlines
        REFERENCING OLD TABLE AS changed_rows
        FOR EACH STATEMENT EXECUTE FUNCTION app_cases_next_due();

      CREATE INDEX case_advocates_user_case_idx ON case_advocates (organization_id, user_id, case_id);
      DROP INDEX case_advocates_user_idx;
    `);
    // Row-level security is forced for the owner too: lifted for the one backfill.
    await queryRunner.query(`ALTER TABLE cases NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE deadlines NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      UPDATE cases c
         SET next_due = (SELECT min(d.due) FROM deadlines d
                          WHERE d.organization_id = c.organization_id AND d.case_id = c.id
                            AND d.due >= current_date)
    `);
    await queryRunner.query(`ALTER TABLE deadlines FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE cases FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX case_advocates_user_idx ON case_advocates (organization_id, user_id);
      DROP INDEX case_advocates_user_case_idx;
      DROP TRIGGER deadlines_next_due_delete ON deadlines;
      DROP TRIGGER deadlines_next_due_insert ON deadlines;
      DROP FUNCTION app_cases_next_due();
      ALTER TABLE cases DROP COLUMN next_due;
      DROP FUNCTION app_open_request(bytea, timestamptz, timestamptz);
    `);
  }
}
