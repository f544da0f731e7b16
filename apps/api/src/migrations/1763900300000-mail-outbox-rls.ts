import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The outbox under row-level security like every tenant table: a row is visible to a
 * transaction set to its organization, and a row with no organization only to a transaction
 * set to none. The mail worker sets the organization its job names.
 */
export class MailOutboxRls1763900300000 implements MigrationInterface {
  name = 'MailOutboxRls1763900300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
      ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
      CREATE POLICY mail_outbox_tenant ON mail_outbox FOR ALL
        USING (organization_id IS NOT DISTINCT FROM app_current_organization_id())
        WITH CHECK (organization_id IS NOT DISTINCT FROM app_current_organization_id());
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY mail_outbox_tenant ON mail_outbox;
      ALTER TABLE mail_outbox NO FORCE ROW LEVEL SECURITY;
      ALTER TABLE mail_outbox DISABLE ROW LEVEL SECURITY;
    `);
  }
}
