import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Demographics asked at intake, each with "prefer not to say" (issue 15, the report's Section III):
 *
 * - `students.date_of_birth_declined`: the family chose not to give the child's age, which the
 *   report counts apart from "not asked" (a null date of birth alone).
 * - `families.parent_language`: the parents' primary language as the report counts it, a code of
 *   the organization's languages list or `declined`; null when not asked. It differs from
 *   `primary_language`, which is the language Continuum writes to the family in (English or
 *   Spanish). A parent's own `people.primary_language`, when staff record one, comes first.
 */
export class IntakeDemographics1764800000000 implements MigrationInterface {
  name = 'IntakeDemographics1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE students ADD COLUMN date_of_birth_declined boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE families ADD COLUMN parent_language text`);
    await queryRunner.query(
      `ALTER TABLE families ADD CONSTRAINT families_parent_language_length
         CHECK (parent_language IS NULL OR length(parent_language) BETWEEN 1 AND 40)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE families DROP COLUMN parent_language`);
    await queryRunner.query(`ALTER TABLE students DROP COLUMN date_of_birth_declined`);
  }
}
