import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * "Save my answers and get help": a family signs up from the public guidance.
 *
 * - `sign_up_requests`: a pending sign-up, owned by the organization the parent chose (it is
 *   that organization's future family, so it sits under its row-level security like every
 *   tenant table). A signed-out request inserts it by acting in the chosen organization, and
 *   the policy accepts the row only while that organization publishes its page
 *   (`app_organization_published`): nobody can leave rows with an organization that never
 *   offered to take families in. It holds the password already hashed (argon2id) and the
 *   answers the rules package validated; it is deleted when confirmed or when it expires.
 * - `sign_up_tokens`: the confirmation link's token, hashed (SHA-256) like password resets and
 *   invitations: a token arrives with no organization, so it is looked up in this small global
 *   table holding only a hash and ids, and deleting the sign-up deletes its token.
 * - `users.email_verified_at`: when the person proved the address is theirs (a confirmed
 *   sign-up). Accounts made from an invitation proved it the same way but before this column.
 * - `sign_in_attempts.purpose`: the back-off table also counts sign-up requests, per address
 *   and per email (keys are hashed with their purpose, so the counts never mix).
 */
export class SignUpRequests1764600000000 implements MigrationInterface {
  name = 'SignUpRequests1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_organization_published(p_id uuid) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT EXISTS (SELECT 1 FROM organizations WHERE id = p_id AND public_page_enabled) $$;
      REVOKE ALL ON FUNCTION app_organization_published(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_organization_published(uuid) TO continuum_app;

      CREATE TABLE sign_up_requests (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        child_name text NOT NULL CHECK (length(child_name) BETWEEN 1 AND 200),
        lang text NOT NULL CHECK (lang IN ('en', 'es')),
        password_hash text NOT NULL,
        questionnaire_version text NOT NULL,
        answers jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (organization_id, id)
      );
      CREATE INDEX sign_up_requests_expires_idx ON sign_up_requests (organization_id, expires_at);
      ALTER TABLE sign_up_requests ENABLE ROW LEVEL SECURITY;
      ALTER TABLE sign_up_requests FORCE ROW LEVEL SECURITY;
      CREATE POLICY sign_up_requests_tenant ON sign_up_requests FOR ALL
        USING (organization_id = app_current_organization_id())
        WITH CHECK (organization_id = app_current_organization_id()
                    AND app_organization_published(organization_id));
      GRANT SELECT, INSERT, UPDATE, DELETE ON sign_up_requests TO continuum_app;

      CREATE TABLE sign_up_tokens (
        token_hash bytea PRIMARY KEY,
        organization_id uuid NOT NULL,
        sign_up_id uuid NOT NULL,
        FOREIGN KEY (organization_id, sign_up_id)
          REFERENCES sign_up_requests (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX sign_up_tokens_request_idx ON sign_up_tokens (organization_id, sign_up_id);
      GRANT SELECT, INSERT, DELETE ON sign_up_tokens TO continuum_app;

      ALTER TABLE users ADD COLUMN email_verified_at timestamptz;

      ALTER TABLE sign_in_attempts
        ADD COLUMN purpose text NOT NULL DEFAULT 'sign_in' CHECK (purpose IN ('sign_in', 'sign_up'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DELETE FROM sign_in_attempts WHERE purpose = 'sign_up';
      ALTER TABLE sign_in_attempts DROP COLUMN purpose;
      ALTER TABLE users DROP COLUMN email_verified_at;
      DROP TABLE sign_up_tokens;
      DROP TABLE sign_up_requests;
      DROP FUNCTION app_organization_published(uuid);
    `);
  }
}
