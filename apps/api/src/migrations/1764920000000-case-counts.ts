import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An organization's cases counted by status and stage, kept by a trigger on `cases` (issue 16):
 * the caseload's counts per stage for someone who sees every case (an org admin, or an
 * advocate where advocates see all cases) with no filter but status read a few rows here
 * instead of counting the organization's cases on every page. Any other filter still counts
 * the cases themselves.
 *
 * The trigger runs as the owner (SECURITY DEFINER) so the application role can only read the
 * counts; row-level security is forced here as everywhere, and the trigger writes under the
 * changed case's organization, then gives the transaction's setting back.
 */
export class CaseCounts1764920000000 implements MigrationInterface {
  name = 'CaseCounts1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_counts (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        status text NOT NULL,
        stage text NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        PRIMARY KEY (organization_id, status, stage)
      );
      ALTER TABLE case_counts ENABLE ROW LEVEL SECURITY;
      ALTER TABLE case_counts FORCE ROW LEVEL SECURITY;
      CREATE POLICY case_counts_tenant ON case_counts FOR ALL
        USING (organization_id = app_current_organization_id())
        WITH CHECK (organization_id = app_current_organization_id());
      GRANT SELECT ON case_counts TO continuum_app;

      CREATE FUNCTION app_case_counts() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
        AS $$
        DECLARE
          acting text := current_setting('app.organization_id', true);
        BEGIN
          -- Written under the changed case's organization, whoever changed it (a request acts
          -- in that organization already; maintenance as the owner or a superuser may not),
          -- and the setting given back unchanged.
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM set_config('app.organization_id', OLD.organization_id::text, true);
            UPDATE case_counts SET count = count - 1
             WHERE organization_id = OLD.organization_id AND status = OLD.status AND stage = OLD.stage;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM set_config('app.organization_id', NEW.organization_id::text, true);
            INSERT INTO case_counts (organization_id, status, stage, count)
            VALUES (NEW.organization_id, NEW.status, NEW.stage, 1)
            ON CONFLICT (organization_id, status, stage)
            DO UPDATE SET count = case_counts.count + 1;
          END IF;
          PERFORM set_config('app.organization_id', coalesce(acting, ''), true);
          RETURN NULL;
        END $$;
      REVOKE ALL ON FUNCTION app_case_counts() FROM PUBLIC;
      CREATE TRIGGER cases_counts_insert_delete AFTER INSERT OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION app_case_counts();
      CREATE TRIGGER cases_counts_update AFTER UPDATE OF status, stage ON cases
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.stage IS DISTINCT FROM NEW.stage)
        EXECUTE FUNCTION app_case_counts();
    `);
    // Row-level security is forced for the owner too: lifted for the one backfill.
    await queryRunner.query(`ALTER TABLE cases NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE case_counts NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`
      INSERT INTO case_counts (organization_id, status, stage, count)
      SELECT organization_id, status, stage, count(*) FROM cases GROUP BY 1, 2, 3
    `);
    await queryRunner.query(`ALTER TABLE case_counts FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE cases FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER cases_counts_update ON cases;
      DROP TRIGGER cases_counts_insert_delete ON cases;
      DROP FUNCTION app_case_counts();
      DROP TABLE case_counts;
    `);
  }
}
