import { type MigrationInterface, type QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'families',
  'family_parents',
  'students',
  'district_calendars',
  'intakes',
  'cases',
  'case_advocates',
  'case_timeline_entries',
  'proceedings',
  'proceeding_events',
  'deadlines',
];

/**
 * Families, students, district calendars, intakes, cases, proceedings, their events and the
 * deadlines computed from them. Every table is tenant-owned: organization_id leads each
 * primary key and each foreign key between these tables, so a row can only ever point at a
 * row of its own organization, and every table is under forced row-level security.
 */
export class FamiliesCasesProceedings1763900400000 implements MigrationInterface {
  name = 'FamiliesCasesProceedings1763900400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE families (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        primary_language text NOT NULL CHECK (primary_language IN ('en', 'es')),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id)
      );

      CREATE TABLE family_parents (
        organization_id uuid NOT NULL,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (organization_id, family_id, user_id),
        FOREIGN KEY (organization_id, family_id) REFERENCES families (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX family_parents_user_idx ON family_parents (organization_id, user_id);

      CREATE TABLE students (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        family_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        date_of_birth date,
        state text NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
        district text NOT NULL DEFAULT '',
        school text NOT NULL DEFAULT '',
        grade text NOT NULL DEFAULT '',
        plan_type text NOT NULL CHECK (plan_type IN ('iep', '504', 'none')),
        disability_categories jsonb NOT NULL DEFAULT '[]',
        race_categories jsonb,
        ethnicity text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, family_id) REFERENCES families (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX students_family_idx ON students (organization_id, family_id);

      CREATE TABLE district_calendars (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        state text NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
        district text NOT NULL CHECK (length(district) BETWEEN 1 AND 200),
        first_day date NOT NULL,
        last_day date NOT NULL,
        non_school_days jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        CHECK (first_day <= last_day)
      );
      CREATE UNIQUE INDEX district_calendars_year_key
        ON district_calendars (organization_id, state, lower(district), first_day);

      CREATE TABLE intakes (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        family_id uuid NOT NULL,
        student_id uuid,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'TRIAGED')),
        questionnaire_version text NOT NULL,
        lang text NOT NULL CHECK (lang IN ('en', 'es')),
        answers jsonb NOT NULL DEFAULT '{}',
        recommendation jsonb,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        submitted_at timestamptz,
        submitted_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, family_id) REFERENCES families (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, student_id) REFERENCES students (organization_id, id)
      );
      CREATE INDEX intakes_family_idx ON intakes (organization_id, family_id);
      CREATE INDEX intakes_status_idx ON intakes (organization_id, status);

      CREATE TABLE cases (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        student_id uuid NOT NULL,
        intake_id uuid,
        issue_categories jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('OPEN', 'ACTIVE', 'RESOLVED', 'CLOSED')),
        outcome text,
        stage text NOT NULL,
        internal_notes text NOT NULL DEFAULT '',
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, student_id) REFERENCES students (organization_id, id),
        FOREIGN KEY (organization_id, intake_id) REFERENCES intakes (organization_id, id),
        CHECK (status NOT IN ('RESOLVED', 'CLOSED') OR outcome IS NOT NULL)
      );
      CREATE UNIQUE INDEX cases_intake_key ON cases (organization_id, intake_id) WHERE intake_id IS NOT NULL;
      CREATE INDEX cases_student_idx ON cases (organization_id, student_id);
      CREATE INDEX cases_caseload_idx ON cases (organization_id, updated_at DESC, id DESC);

      CREATE TABLE case_advocates (
        organization_id uuid NOT NULL,
        case_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, case_id, user_id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX case_advocates_user_idx ON case_advocates (organization_id, user_id);

      CREATE TABLE case_timeline_entries (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        kind text NOT NULL,
        summary text NOT NULL,
        internal boolean NOT NULL DEFAULT false,
        details jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX case_timeline_case_idx ON case_timeline_entries (organization_id, case_id, occurred_at);

      CREATE TABLE proceedings (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        state text NOT NULL,
        filed_by text NOT NULL CHECK (filed_by IN ('parent', 'district')),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX proceedings_case_idx ON proceedings (organization_id, case_id);

      -- Events are never changed in place: a correction supersedes the wrong event with a
      -- new one, so the history of what was recorded, and when, stays.
      CREATE TABLE proceeding_events (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        proceeding_id uuid NOT NULL,
        type text NOT NULL,
        date date NOT NULL,
        school_days integer CHECK (school_days BETWEEN 1 AND 365),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        corrects_event_id uuid,
        superseded_at timestamptz,
        correction_reason text,
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, proceeding_id) REFERENCES proceedings (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, corrects_event_id) REFERENCES proceeding_events (organization_id, id)
      );
      CREATE INDEX proceeding_events_proceeding_idx ON proceeding_events (organization_id, proceeding_id, recorded_at);

      CREATE TABLE deadlines (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        proceeding_id uuid NOT NULL,
        case_id uuid NOT NULL,
        rule_id text NOT NULL,
        due date,
        status text NOT NULL CHECK (status IN ('computed', 'needs_calendar', 'no_fixed_deadline', 'unknown')),
        unit text,
        basis jsonb NOT NULL DEFAULT '[]',
        confidence text NOT NULL,
        note text NOT NULL,
        falls_on_non_business_day boolean NOT NULL DEFAULT false,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, proceeding_id) REFERENCES proceedings (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX deadlines_proceeding_idx ON deadlines (organization_id, proceeding_id);
      CREATE INDEX deadlines_due_idx ON deadlines (organization_id, due) WHERE due IS NOT NULL;
      CREATE INDEX deadlines_case_idx ON deadlines (organization_id, case_id);
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
    // DELETE only where the application replaces rows: links (parents, advocates) and the
    // deadlines recomputed from events. Events and timeline entries are append-only.
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON families, students, district_calendars, intakes, cases,
        proceedings TO continuum_app;
      GRANT SELECT, INSERT, DELETE ON family_parents, case_advocates TO continuum_app;
      GRANT SELECT, INSERT ON case_timeline_entries TO continuum_app;
      GRANT SELECT, INSERT, UPDATE ON proceeding_events TO continuum_app;
      GRANT SELECT, INSERT, DELETE ON deadlines TO continuum_app;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE deadlines;
      DROP TABLE proceeding_events;
      DROP TABLE proceedings;
      DROP TABLE case_timeline_entries;
      DROP TABLE case_advocates;
      DROP TABLE cases;
      DROP TABLE intakes;
      DROP TABLE district_calendars;
      DROP TABLE students;
      DROP TABLE family_parents;
      DROP TABLE families;
    `);
  }
}
