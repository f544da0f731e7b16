import { type MigrationInterface, type QueryRunner } from 'typeorm';

const LINKS = [
  { table: 'meeting_documents', parent: 'case_meetings', column: 'meeting_id' },
  { table: 'communication_documents', parent: 'case_communications', column: 'communication_id' },
] as const;

/** Read by the copy below; forced row-level security would show the owner none of their rows. */
const COPIED_FROM = ['case_meetings', 'case_communications', 'documents'];

/**
 * Meetings' and communications' linked documents become join tables with real foreign keys,
 * replacing the `document_ids uuid[]` columns of 1764100000000 (written before the documents
 * table existed, so they had none). A link is ordered by `position`; removing a meeting or a
 * communication removes its links. Documents are archived, never deleted by the application,
 * so the foreign key to documents cascades only when a whole case (or organization) goes.
 *
 * The copy keeps the ids that name a document of the same organization and the same case,
 * in their array order: anything else could never be shown and the services now refuse it.
 */
export class CaseLogDocuments1764300000000 implements MigrationInterface {
  name = 'CaseLogDocuments1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, parent, column } of LINKS) {
      await queryRunner.query(`
        CREATE TABLE ${table} (
          organization_id uuid NOT NULL,
          ${column} uuid NOT NULL,
          document_id uuid NOT NULL,
          position integer NOT NULL CHECK (position >= 0),
          PRIMARY KEY (organization_id, ${column}, document_id),
          UNIQUE (organization_id, ${column}, position),
          FOREIGN KEY (organization_id, ${column}) REFERENCES ${parent} (organization_id, id) ON DELETE CASCADE,
          FOREIGN KEY (organization_id, document_id) REFERENCES documents (organization_id, id) ON DELETE CASCADE
        );
        CREATE INDEX ${table}_document_idx ON ${table} (organization_id, document_id);
      `);
    }

    // The owner is subject to FORCEd row-level security like everyone else; lifting FORCE on
    // the tables read lets the owner copy every organization's rows. The transaction holds
    // ACCESS EXCLUSIVE locks on them until it commits, with FORCE restored.
    for (const table of COPIED_FROM)
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    for (const { table, parent, column } of LINKS) {
      await queryRunner.query(`
        INSERT INTO ${table} (organization_id, ${column}, document_id, position)
        SELECT organization_id, parent_id, document_id,
               (row_number() OVER (PARTITION BY organization_id, parent_id ORDER BY first_seen) - 1)::int
        FROM (
          SELECT p.organization_id, p.id AS parent_id, linked.document_id, min(linked.ordinal) AS first_seen
          FROM ${parent} p
          CROSS JOIN LATERAL unnest(p.document_ids) WITH ORDINALITY AS linked (document_id, ordinal)
          JOIN documents d
            ON d.organization_id = p.organization_id AND d.id = linked.document_id AND d.case_id = p.case_id
          GROUP BY p.organization_id, p.id, linked.document_id
        ) existing
      `);
    }
    for (const table of COPIED_FROM)
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);

    for (const { table, parent } of LINKS) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_tenant ON ${table} FOR ALL
          USING (organization_id = app_current_organization_id())
          WITH CHECK (organization_id = app_current_organization_id());
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO continuum_app;
        ALTER TABLE ${parent} DROP COLUMN document_ids;
      `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { parent } of LINKS)
      await queryRunner.query(
        `ALTER TABLE ${parent} ADD COLUMN document_ids uuid[] NOT NULL DEFAULT '{}'`,
      );
    const tables = [...LINKS.map((l) => l.parent), ...LINKS.map((l) => l.table)];
    for (const table of tables)
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    for (const { table, parent, column } of LINKS) {
      await queryRunner.query(`
        UPDATE ${parent} p SET document_ids = linked.ids
        FROM (
          SELECT organization_id, ${column} AS parent_id, array_agg(document_id ORDER BY position) AS ids
          FROM ${table} GROUP BY organization_id, ${column}
        ) linked
        WHERE p.organization_id = linked.organization_id AND p.id = linked.parent_id
      `);
    }
    for (const { parent } of LINKS)
      await queryRunner.query(`ALTER TABLE ${parent} FORCE ROW LEVEL SECURITY`);
    for (const { table } of LINKS) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
