import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Who caused a mail (the admin who sent an invitation; nobody for a reset asked for while
 * signed out, or for a reminder): the development mailbox shows a member the mails addressed
 * to them and the invitations they sent, never another person's reset link.
 */
export class MailOutboxRequestedBy1764570000000 implements MigrationInterface {
  name = 'MailOutboxRequestedBy1764570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN requested_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE mail_outbox DROP COLUMN requested_by_user_id;`);
  }
}
