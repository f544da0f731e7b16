import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The append-only audit trail (FERPA expects a record of access and disclosure) and the
 * sign-in throttle's counters.
 */
export class AuditAndThrottling1763900100000 implements MigrationInterface {
  name = 'AuditAndThrottling1763900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_events (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        subject_type text,
        subject_id text,
        ip_address text,
        user_agent text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        PRIMARY KEY (organization_id, id)
      );
      CREATE INDEX audit_events_time_idx ON audit_events (organization_id, occurred_at DESC, id DESC);
      CREATE INDEX audit_events_subject_idx ON audit_events (organization_id, subject_type, subject_id);

      -- Append-only twice over: no UPDATE/DELETE grant, and a trigger that raises for anyone
      -- (the owner included) who tries.
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

      ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
      CREATE POLICY audit_events_select ON audit_events FOR SELECT
        USING (organization_id = app_current_organization_id());
      CREATE POLICY audit_events_insert ON audit_events FOR INSERT
        WITH CHECK (organization_id = app_current_organization_id());
      GRANT SELECT, INSERT ON audit_events TO continuum_app;

      -- rate-limiter-flexible's table (its own schema), for sign-in throttling per account and
      -- per address. Keys are hashed, so no email address is stored here.
      CREATE TABLE sign_in_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_limits TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE sign_in_limits;
      DROP TABLE audit_events;
      DROP FUNCTION audit_events_append_only();
    `);
  }
}
