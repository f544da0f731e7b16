import { type MigrationInterface, type QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'case_meetings',
  'service_requirements',
  'service_sessions',
  'case_communications',
  'case_notes',
  'case_tasks',
];

/**
 * A case's records besides documents: the meeting log, the service-delivery log (the IEP's
 * required services and the sessions delivered or missed), the communications log, notes and
 * tasks. Tenant-owned like every case table: organization_id leads each key and each foreign
 * key, and row-level security is forced. `document_ids` hold ids of the documents module's
 * rows without a foreign key, because that table lands in a separate migration; the
 * application checks them as ids only.
 */
export class CaseLogs1764100000000 implements MigrationInterface {
  name = 'CaseLogs1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_meetings (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        held_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('iep', 'eligibility', 'resolution', 'mediation', 'facilitation', 'other')),
        attendees text[] NOT NULL DEFAULT '{}',
        proposed text NOT NULL DEFAULT '',
        parent_objections text NOT NULL DEFAULT '',
        follow_ups text NOT NULL DEFAULT '',
        document_ids uuid[] NOT NULL DEFAULT '{}',
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX case_meetings_case_idx ON case_meetings (organization_id, case_id, held_on);

      CREATE TABLE service_requirements (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        service text NOT NULL CHECK (length(service) BETWEEN 1 AND 200),
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 10000),
        frequency text NOT NULL CHECK (frequency IN ('WEEKLY', 'MONTHLY')),
        provider text NOT NULL DEFAULT '',
        start_date date NOT NULL,
        end_date date,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE,
        CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX service_requirements_case_idx ON service_requirements (organization_id, case_id);

      CREATE TABLE service_sessions (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        requirement_id uuid NOT NULL,
        case_id uuid NOT NULL,
        session_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
        status text NOT NULL CHECK (status IN ('DELIVERED', 'MISSED')),
        reason text NOT NULL DEFAULT '',
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, requirement_id) REFERENCES service_requirements (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE,
        CHECK (status = 'DELIVERED' OR length(reason) > 0)
      );
      CREATE INDEX service_sessions_requirement_idx ON service_sessions (organization_id, requirement_id, session_date);

      CREATE TABLE case_communications (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        occurred_on date NOT NULL,
        mode text NOT NULL CHECK (mode IN ('phone', 'letter', 'email_or_text', 'in_person_meeting', 'virtual_meeting')),
        parties text[] NOT NULL DEFAULT '{}',
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
        document_ids uuid[] NOT NULL DEFAULT '{}',
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX case_communications_case_idx ON case_communications (organization_id, case_id, occurred_on);

      -- Notes are written in English or Spanish: the search vector holds both stemmings, and
      -- a query is matched in both (notes.service.ts).
      CREATE TABLE case_notes (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('INTERNAL', 'SHARED')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('english'::regconfig, body) || to_tsvector('spanish'::regconfig, body)
        ) STORED,
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX case_notes_case_idx ON case_notes (organization_id, case_id, created_at);
      CREATE INDEX case_notes_search_idx ON case_notes USING gin (search);

      -- The assignee is a member of the same organization; removing the membership leaves
      -- the task unassigned rather than deleting it.
      CREATE TABLE case_tasks (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        assignee_user_id uuid,
        due_on date,
        done boolean NOT NULL DEFAULT false,
        done_at timestamptz,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, assignee_user_id) REFERENCES memberships (organization_id, user_id)
          ON DELETE SET NULL (assignee_user_id)
      );
      CREATE INDEX case_tasks_case_idx ON case_tasks (organization_id, case_id);
      CREATE INDEX case_tasks_assignee_idx ON case_tasks (organization_id, assignee_user_id, done, due_on);
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
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON ${TENANT_TABLES.join(', ')} TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE case_tasks;
      DROP TABLE case_notes;
      DROP TABLE case_communications;
      DROP TABLE service_sessions;
      DROP TABLE service_requirements;
      DROP TABLE case_meetings;
    `);
  }
}
