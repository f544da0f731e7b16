import { type MigrationInterface, type QueryRunner } from 'typeorm';

const TENANT_TABLES = ['letters', 'letter_versions'];

/**
 * Letters drafted from packages/rules' templates, and every saved version of each. A version
 * holds the whole document model (the LetterDocument JSON: date, title, blocks, basis), so any
 * version can be exported again exactly as it was. Versions are append-only: a revision adds
 * one and moves the letter's `current_version`. organization_id leads every key, and both
 * tables are under forced row-level security.
 */
export class Letters1764200000000 implements MigrationInterface {
  name = 'Letters1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE letters (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        template text NOT NULL CHECK (template ~ '^[a-z_]{1,60}$'),
        lang text NOT NULL CHECK (lang IN ('en', 'es')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        status text NOT NULL CHECK (status IN ('DRAFT', 'FINAL')),
        current_version integer NOT NULL CHECK (current_version >= 1),
        facts jsonb NOT NULL DEFAULT '{}',
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX letters_case_idx ON letters (organization_id, case_id, created_at);

      CREATE TABLE letter_versions (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        letter_id uuid NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        document jsonb NOT NULL,
        author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, letter_id) REFERENCES letters (organization_id, id) ON DELETE CASCADE
      );
      CREATE UNIQUE INDEX letter_versions_number_key
        ON letter_versions (organization_id, letter_id, version);
    `);
    for (const table of TENANT_TABLES) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_tenant ON ${table} FOR ALL
          USING (organization_id = app_current_organization_id())
          WITH CHECK (organization_id = app_current_organization_id());
      `);
    }
    // Versions are never updated; DELETE only for a draft letter deleted whole (cascade).
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON letters TO continuum_app;
      GRANT SELECT, INSERT, DELETE ON letter_versions TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE letter_versions;
      DROP TABLE letters;
    `);
  }
}
