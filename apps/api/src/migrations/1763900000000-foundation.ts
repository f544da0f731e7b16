import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Organizations (the tenants), users, memberships and sessions.
 *
 * Tenant-owned tables carry organization_id first in their primary key and in every foreign
 * key between tenant-owned tables, so the schema can later be distributed by organization_id
 * (Citus). Row-level security is enabled and FORCED on each; the policies read the request's
 * organization through app_current_organization_id(), which yields NULL (deny) rather than an
 * error when the setting is missing or '' (docs/toolchain.md gotcha 8).
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_current_organization_id() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$;
      CREATE FUNCTION app_current_user_id() RETURNS uuid
        LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('parent_center', 'advocacy_practice')),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE memberships (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ORG_ADMIN', 'ADVOCATE', 'PARENT')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        CONSTRAINT memberships_organization_user_key UNIQUE (organization_id, user_id)
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        active_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip_address text,
        user_agent text
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id);

      ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
      ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
      -- A user sees the active organization and every organization they belong to (to switch).
      CREATE POLICY organizations_select ON organizations FOR SELECT
        USING (id = app_current_organization_id()
               OR id IN (SELECT m.organization_id FROM memberships m WHERE m.user_id = app_current_user_id()));
      CREATE POLICY organizations_insert ON organizations FOR INSERT
        WITH CHECK (id = app_current_organization_id());
      CREATE POLICY organizations_update ON organizations FOR UPDATE
        USING (id = app_current_organization_id()) WITH CHECK (id = app_current_organization_id());

      ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
      ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
      -- Rows of the active organization, plus the signed-in user's own memberships elsewhere.
      CREATE POLICY memberships_select ON memberships FOR SELECT
        USING (organization_id = app_current_organization_id() OR user_id = app_current_user_id());
      CREATE POLICY memberships_write ON memberships FOR ALL
        USING (organization_id = app_current_organization_id())
        WITH CHECK (organization_id = app_current_organization_id());

      GRANT EXECUTE ON FUNCTION app_current_organization_id() TO continuum_app;
      GRANT EXECUTE ON FUNCTION app_current_user_id() TO continuum_app;
      GRANT SELECT, INSERT, UPDATE ON organizations TO continuum_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO continuum_app;
      -- users and sessions are global (a person is not owned by one tenant); no DELETE.
      GRANT SELECT, INSERT, UPDATE ON users TO continuum_app;
      GRANT SELECT, INSERT, UPDATE ON sessions TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE sessions;
      DROP TABLE memberships;
      DROP TABLE users;
      DROP TABLE organizations;
      DROP FUNCTION app_current_user_id();
      DROP FUNCTION app_current_organization_id();
    `);
  }
}
