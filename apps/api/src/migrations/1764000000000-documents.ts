import { type MigrationInterface, type QueryRunner } from 'typeorm';

const TENANT_TABLES = ['documents', 'document_versions'];

/**
 * A case's documents and their versions (the file of each version is in object storage under
 * `storage_key`). Searchable text is the current version's, extracted at upload; the search
 * vector is generated from the title and that text with both the English and the Spanish
 * configurations, so either language's word forms match (docs/architecture.md).
 */
export class Documents1764000000000 implements MigrationInterface {
  name = 'Documents1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE documents (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        type text NOT NULL CHECK (type IN ('iep', 'evaluation', 'progress_report', 'email',
          'notice', 'prior_written_notice', 'medical', 'other')),
        document_date date,
        visibility text NOT NULL CHECK (visibility IN ('shared', 'internal')),
        content_text text NOT NULL DEFAULT '',
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('spanish', title), 'A') ||
          setweight(to_tsvector('english', content_text), 'B') ||
          setweight(to_tsvector('spanish', content_text), 'B')
        ) STORED,
        version_count integer NOT NULL DEFAULT 1 CHECK (version_count >= 1),
        archived_at timestamptz,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX documents_case_idx ON documents (organization_id, case_id, created_at DESC);
      CREATE INDEX documents_search_idx ON documents USING gin (search_vector);

      -- A version's row is inserted only after its file is completely stored, so no row ever
      -- points at a missing file; a file whose row never came is swept (docs/operations.md).
      CREATE TABLE document_versions (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        document_id uuid NOT NULL,
        version_number integer NOT NULL CHECK (version_number >= 1),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL,
        uploaded_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, document_id) REFERENCES documents (organization_id, id) ON DELETE CASCADE,
        UNIQUE (organization_id, document_id, version_number),
        UNIQUE (organization_id, storage_key)
      );
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
    // Documents are archived, never deleted by the application; versions are append-only.
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON documents TO continuum_app;
      GRANT SELECT, INSERT ON document_versions TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE document_versions;
      DROP TABLE documents;
    `);
  }
}
