import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Whether a required service continues between school years (extended school year services,
 * 34 CFR 300.106). The service ledger counts school days from the district's calendars, and
 * summer has none: a service marked so counts the weekdays between two school years instead.
 * The table keeps its row-level security, policy and grants (1764100000000).
 */
export class ServiceExtendedSchoolYear1764430000000 implements MigrationInterface {
  name = 'ServiceExtendedSchoolYear1764430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE service_requirements ADD COLUMN extended_school_year boolean NOT NULL DEFAULT false`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE service_requirements DROP COLUMN extended_school_year`);
  }
}
