import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A member's iCalendar feed of deadlines. Calendar apps fetch it with no session, so its URL
 * names the organization (not secret) and carries a random token (secret; only its SHA-256
 * is stored). The row stays tenant-owned under row-level security: the feed's request acts
 * in the organization its URL names and finds nothing with a token of another.
 */
export class CalendarFeeds1763900500000 implements MigrationInterface {
  name = 'CalendarFeeds1763900500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feeds (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (organization_id, id)
      );
      CREATE UNIQUE INDEX calendar_feeds_token_key ON calendar_feeds (organization_id, token_hash);
      CREATE UNIQUE INDEX calendar_feeds_live_key ON calendar_feeds (organization_id, user_id)
        WHERE revoked_at IS NULL;
      ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
      ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
      CREATE POLICY calendar_feeds_tenant ON calendar_feeds FOR ALL
        USING (organization_id = app_current_organization_id())
        WITH CHECK (organization_id = app_current_organization_id());
      GRANT SELECT, INSERT, UPDATE ON calendar_feeds TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feeds;`);
  }
}
