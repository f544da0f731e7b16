import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A case opened from an intake whose state differs from the student's record waits for a staff
 * member to say which state is right before any deadline of the case is computed
 * (docs/domain.md, "From intake to case"). The case keeps the answer: the state confirmed, when
 * and by whom. Columns on `cases`, which is already under forced row-level security with its
 * grants; the link to the intake is the existing `cases.intake_id`.
 */
export class CaseStateConfirmation1764410000000 implements MigrationInterface {
  name = 'CaseStateConfirmation1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cases
        ADD COLUMN confirmed_state text CHECK (confirmed_state ~ '^[A-Z]{2}$'),
        ADD COLUMN state_confirmed_at timestamptz,
        ADD COLUMN state_confirmed_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD CONSTRAINT cases_state_confirmation_check
          CHECK ((confirmed_state IS NULL) = (state_confirmed_at IS NULL))
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cases
        DROP CONSTRAINT cases_state_confirmation_check,
        DROP COLUMN state_confirmed_by_user_id,
        DROP COLUMN state_confirmed_at,
        DROP COLUMN confirmed_state
    `);
  }
}
