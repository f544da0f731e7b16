import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One row per reminder sent: a person, a deadline (proceeding, rule, due date). The unique
 * key makes a reminder exactly-once whatever runs the sweep, how often, or after a restart:
 * the row and its mail are written in one transaction, and a second sweep inserts nothing.
 * A deadline moved by a later event has a new due date, so it is reminded again.
 */
export class DeadlineReminders1763900600000 implements MigrationInterface {
  name = 'DeadlineReminders1763900600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE deadline_reminders (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        proceeding_id uuid NOT NULL,
        rule_id text NOT NULL,
        due date NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, proceeding_id) REFERENCES proceedings (organization_id, id) ON DELETE CASCADE
      );
      CREATE UNIQUE INDEX deadline_reminders_once_key
        ON deadline_reminders (organization_id, proceeding_id, rule_id, due, user_id);
      ALTER TABLE deadline_reminders ENABLE ROW LEVEL SECURITY;
      ALTER TABLE deadline_reminders FORCE ROW LEVEL SECURITY;
      CREATE POLICY deadline_reminders_tenant ON deadline_reminders FOR ALL
        USING (organization_id = app_current_organization_id())
        WITH CHECK (organization_id = app_current_organization_id());
      GRANT SELECT, INSERT ON deadline_reminders TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE deadline_reminders;`);
  }
}
