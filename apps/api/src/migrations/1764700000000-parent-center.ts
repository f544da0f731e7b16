import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A Parent Center's year (issue 15): the people it serves, every individual-assistance contact,
 * trainings and their attendance, outreach, the meetings staff attend, and the annual report
 * frozen when submitted. The form and how firmly each counting rule is known:
 * ../shared/domain/parent-center-report.md (codes I.A, I.B, II, III, IV, V below).
 *
 * - `people`: one record per person however often they are in touch, with the role they
 *   usually act in (parent, professional/other, student), linked to a family and a user when
 *   there is one. `phone_digits` and the trigram index on the name find duplicates; merging
 *   moves every contact and attendance to the record kept and deletes the other.
 * - `contacts`: individual assistance (I.B): mode (phone, letter, electronic, meeting) and, for
 *   a meeting, in person or virtual. The role is kept per contact, not only per person, so a
 *   parent who is also a professional is counted in the role they acted in (the report notes,
 *   section 6.1). `occurred_at` is an instant: the program year's edges are midnight in the
 *   organization's time zone.
 * - `case_communications.person_id`: a case's communications log counts as contacts without
 *   being entered twice; the person is the parent spoken with, when staff name one.
 * - `case_meetings.staff_user_ids` and three more kinds (IFSP, 504 plan, due process hearing):
 *   the meetings staff attended (IV.A).
 * - `trainings`, `training_sessions`, `training_attendance`: a training counts in the program
 *   year of its first session; attendance is a known person, a head count per audience, or a
 *   row of an imported sign-in sheet (I.A).
 * - `outreach_activities`: outreach and dissemination with a count (V); kinds are the
 *   organization's editable list.
 * - `annual_reports`: the report as submitted, with who and when. The application may insert
 *   and read it, never change or delete it: a later edit to a contact cannot reach it.
 */
export class ParentCenter1764700000000 implements MigrationInterface {
  name = 'ParentCenter1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE people (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('parent', 'professional', 'student')),
        email text CHECK (length(email) BETWEEN 3 AND 320),
        phone text CHECK (length(phone) <= 40),
        phone_digits text GENERATED ALWAYS AS (nullif(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), '')) STORED,
        -- A code of the organization's language list, 'declined' (prefer not to say), or null (not asked).
        primary_language text CHECK (length(primary_language) <= 40),
        family_id uuid,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, family_id) REFERENCES families (organization_id, id) ON DELETE SET NULL (family_id)
      );
      CREATE UNIQUE INDEX people_user_key ON people (organization_id, user_id) WHERE user_id IS NOT NULL;
      CREATE INDEX people_family_idx ON people (organization_id, family_id) WHERE family_id IS NOT NULL;
      CREATE INDEX people_email_idx ON people (organization_id, lower(email)) WHERE email IS NOT NULL;
      CREATE INDEX people_phone_idx ON people (organization_id, phone_digits) WHERE phone_digits IS NOT NULL;
      CREATE INDEX people_name_trgm_idx ON people USING gin (lower(name) gin_trgm_ops);

      CREATE TABLE contacts (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        person_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('parent', 'professional', 'student')),
        mode text NOT NULL CHECK (mode IN ('phone', 'letter', 'electronic', 'meeting')),
        delivery text CHECK (delivery IN ('in_person', 'virtual')),
        occurred_at timestamptz NOT NULL,
        staff_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        topics text[] NOT NULL DEFAULT '{}',
        minutes integer CHECK (minutes BETWEEN 0 AND 1440),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
        follow_up text NOT NULL DEFAULT '' CHECK (length(follow_up) <= 2000),
        follow_up_on date,
        case_id uuid,
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, person_id) REFERENCES people (organization_id, id),
        FOREIGN KEY (organization_id, case_id) REFERENCES cases (organization_id, id) ON DELETE SET NULL (case_id),
        CHECK ((mode = 'meeting') = (delivery IS NOT NULL))
      );
      CREATE INDEX contacts_occurred_idx ON contacts (organization_id, occurred_at);
      CREATE INDEX contacts_person_idx ON contacts (organization_id, person_id, occurred_at);
      CREATE INDEX contacts_case_idx ON contacts (organization_id, case_id) WHERE case_id IS NOT NULL;
      CREATE INDEX contacts_staff_idx ON contacts (organization_id, staff_user_id, occurred_at);

      ALTER TABLE case_communications
        ADD COLUMN person_id uuid,
        ADD CONSTRAINT case_communications_person_fk
          FOREIGN KEY (organization_id, person_id) REFERENCES people (organization_id, id)
          ON DELETE SET NULL (person_id);
      CREATE INDEX case_communications_occurred_idx ON case_communications (organization_id, occurred_on);

      ALTER TABLE case_meetings
        ADD COLUMN staff_user_ids uuid[] NOT NULL DEFAULT '{}',
        DROP CONSTRAINT case_meetings_kind_check,
        ADD CONSTRAINT case_meetings_kind_check CHECK (kind IN
          ('iep', 'ifsp', 'plan_504', 'eligibility', 'resolution', 'mediation', 'facilitation', 'hearing', 'other'));
      CREATE INDEX case_meetings_held_idx ON case_meetings (organization_id, held_on);

      CREATE TABLE trainings (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
        delivery text NOT NULL CHECK (delivery IN ('in_person', 'virtual')),
        -- Counted only when the project funded it in whole or in part (I.A, confirmed).
        funded boolean NOT NULL DEFAULT true,
        topics text[] NOT NULL DEFAULT '{}',
        presenters text[] NOT NULL DEFAULT '{}',
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id)
      );

      CREATE TABLE training_sessions (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        training_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        minutes integer CHECK (minutes BETWEEN 1 AND 1440),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, training_id) REFERENCES trainings (organization_id, id) ON DELETE CASCADE
      );
      CREATE INDEX training_sessions_training_idx ON training_sessions (organization_id, training_id, starts_at);
      CREATE INDEX training_sessions_starts_idx ON training_sessions (organization_id, starts_at);

      CREATE TABLE training_attendance (
        organization_id uuid NOT NULL,
        id uuid NOT NULL,
        training_id uuid NOT NULL,
        person_id uuid,
        role text NOT NULL CHECK (role IN ('parent', 'professional', 'student')),
        -- One for a named person; the number counted for a head count without names.
        headcount integer NOT NULL DEFAULT 1 CHECK (headcount BETWEEN 1 AND 100000),
        source text NOT NULL CHECK (source IN ('roster', 'count', 'sign_in_sheet')),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id),
        FOREIGN KEY (organization_id, training_id) REFERENCES trainings (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, person_id) REFERENCES people (organization_id, id),
        CHECK ((person_id IS NULL) = (source = 'count')),
        CHECK (person_id IS NULL OR headcount = 1)
      );
      CREATE UNIQUE INDEX training_attendance_person_key
        ON training_attendance (organization_id, training_id, person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX training_attendance_person_idx
        ON training_attendance (organization_id, person_id) WHERE person_id IS NOT NULL;

      CREATE TABLE outreach_activities (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 80),
        occurred_on date NOT NULL,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        count integer NOT NULL CHECK (count BETWEEN 0 AND 100000000),
        created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, id)
      );
      CREATE INDEX outreach_activities_occurred_idx ON outreach_activities (organization_id, occurred_on);

      CREATE TABLE annual_reports (
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        id uuid NOT NULL,
        program_year integer NOT NULL CHECK (program_year BETWEEN 2000 AND 2200),
        snapshot jsonb NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        submitted_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        PRIMARY KEY (organization_id, id),
        UNIQUE (organization_id, program_year)
      );
    `);
    for (const table of [
      'people',
      'contacts',
      'trainings',
      'training_sessions',
      'training_attendance',
      'outreach_activities',
      'annual_reports',
    ]) {
      await queryRunner.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY ${table}_tenant ON ${table} FOR ALL
          USING (organization_id = app_current_organization_id())
          WITH CHECK (organization_id = app_current_organization_id());
      `);
      // A submitted report is frozen: the application may only add and read one.
      await queryRunner.query(
        table === 'annual_reports'
          ? `GRANT SELECT, INSERT ON ${table} TO continuum_app`
          : `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO continuum_app`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE annual_reports;
      DROP TABLE outreach_activities;
      DROP TABLE training_attendance;
      DROP TABLE training_sessions;
      DROP TABLE trainings;
      DROP INDEX case_meetings_held_idx;
      UPDATE case_meetings SET kind = 'other' WHERE kind IN ('ifsp', 'plan_504', 'hearing');
      ALTER TABLE case_meetings
        DROP CONSTRAINT case_meetings_kind_check,
        ADD CONSTRAINT case_meetings_kind_check CHECK (kind IN
          ('iep', 'eligibility', 'resolution', 'mediation', 'facilitation', 'other')),
        DROP COLUMN staff_user_ids;
      DROP INDEX case_communications_occurred_idx;
      ALTER TABLE case_communications DROP CONSTRAINT case_communications_person_fk, DROP COLUMN person_id;
      DROP TABLE contacts;
      DROP TABLE people;
    `);
  }
}
