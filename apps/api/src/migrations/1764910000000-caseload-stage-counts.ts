import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The caseload's counts per stage read from an index (issue 16): an organization's cases by
 * stage, counted without reading the table's rows.
 */
export class CaseloadStageCounts1764910000000 implements MigrationInterface {
  name = 'CaseloadStageCounts1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX cases_stage_idx ON cases (organization_id, stage)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX cases_stage_idx`);
  }
}
