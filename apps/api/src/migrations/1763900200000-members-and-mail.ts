import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Invitations, password resets and the mail outbox.
 *
 * A token arrives with no organization attached, so tokens are looked up in small global
 * tables holding only a hash and ids; the invitation itself stays tenant-owned under
 * row-level security and is read once the organization is known.
 */
export class MembersAndMail1763900200000 implements MigrationInterface {
  name = 'MembersAndMail1763900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitations (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
        role text NOT NULL CHECK (role IN ('ORG_ADMIN', 'ADVOCATE', 'PARENT')),
        invited_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        PRIMARY KEY (organization_id, id)
      );
      -- One open invitation per address and organization (organization_id first, so a
      -- conflict can only ever be with the same organization's row).
      CREATE UNIQUE INDEX invitations_open_email_key ON invitations (organization_id, lower(email))
        WHERE accepted_at IS NULL AND revoked_at IS NULL;

      ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
      ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
      CREATE POLICY invitations_tenant ON invitations FOR ALL
        USING (organization_id = app_current_organization_id())
        WITH CHECK (organization_id = app_current_organization_id());
      GRANT SELECT, INSERT, UPDATE ON invitations TO continuum_app;

      CREATE TABLE invitation_tokens (
        token_hash bytea PRIMARY KEY,
        organization_id uuid NOT NULL,
        invitation_id uuid NOT NULL,
        FOREIGN KEY (organization_id, invitation_id) REFERENCES invitations (organization_id, id) ON DELETE CASCADE
      );
      GRANT SELECT, INSERT, DELETE ON invitation_tokens TO continuum_app;

      CREATE TABLE password_resets (
        token_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX password_resets_user_idx ON password_resets (user_id);
      GRANT SELECT, INSERT, UPDATE ON password_resets TO continuum_app;

      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY,
        organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        template text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        transport text CHECK (transport IN ('smtp', 'log')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      );
      CREATE INDEX mail_outbox_pending_idx ON mail_outbox (created_at) WHERE sent_at IS NULL;
      GRANT SELECT, INSERT, UPDATE ON mail_outbox TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE mail_outbox;
      DROP TABLE password_resets;
      DROP TABLE invitation_tokens;
      DROP TABLE invitations;
    `);
  }
}
