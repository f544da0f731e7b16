import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A phone intake for a new caller (issue 14): staff enter the family while the parent is on
 * the line, so the family carries how to reach them before anyone has an account.
 *
 * - `families.contact_phone`, `families.contact_email`: the caller's phone and (optional)
 *   email, as staff took them down. Both under the families table's existing row-level
 *   security policy.
 * - `invitations.family_id`: an invitation sent for a family. Accepting it links the new
 *   parent to that family (`family_parents`), so they see the intake staff took for them. A
 *   family removed later leaves the invitation as a plain one (`SET NULL` on that column only).
 */
export class PhoneIntake1764620000000 implements MigrationInterface {
  name = 'PhoneIntake1764620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE families
        ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 40),
        ADD COLUMN contact_email text CHECK (length(contact_email) <= 320);
      ALTER TABLE invitations
        ADD COLUMN family_id uuid,
        ADD CONSTRAINT invitations_family_fk
          FOREIGN KEY (organization_id, family_id) REFERENCES families (organization_id, id)
          ON DELETE SET NULL (family_id),
        -- Only a parent is invited to a family.
        ADD CONSTRAINT invitations_family_parent CHECK (family_id IS NULL OR role = 'PARENT');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE invitations
        DROP CONSTRAINT invitations_family_parent,
        DROP CONSTRAINT invitations_family_fk,
        DROP COLUMN family_id;
      ALTER TABLE families DROP COLUMN contact_email, DROP COLUMN contact_phone;
    `);
  }
}
