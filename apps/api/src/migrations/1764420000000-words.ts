import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What a page needs to write deadlines and timeline entries in the reader's language
 * (issue #12, "words a person can read"):
 *
 * - `deadlines.message`: the note as a rules message (key and parameters) for the rules'
 *   catalog to write in English or Spanish. Null for deadlines stored before it: their English
 *   note stands until they are next computed. Row-level security and grants are unchanged.
 * - `case_timeline_entries.details`: every entry's sentence was English with the values in it;
 *   pages now write the sentence themselves from `kind` and `details`. Entries written before
 *   their writers stored every value get the values back from their summary, which each writer
 *   produced from one fixed pattern (matched exactly below; an entry that does not match is
 *   left as it was and shown with its kind's generic words). Values already stored win.
 */
const BACKFILLS: readonly { kind: string; pattern: string; values: string }[] = [
  {
    kind: 'proceeding_opened',
    pattern: '^A ([a-z_]+) proceeding was opened\\.$',
    values: `jsonb_build_object('kind', m[1])`,
  },
  {
    kind: 'event_recorded',
    pattern: '^([a-z_]+): ([a-z_]+) on ([0-9]{4}-[0-9]{2}-[0-9]{2})\\.$',
    values: `jsonb_build_object('kind', m[1], 'type', m[2], 'date', m[3])`,
  },
  {
    kind: 'event_corrected',
    pattern:
      '^([a-z_]+): ([a-z_]+) on ([0-9]{4}-[0-9]{2}-[0-9]{2}) corrected to ([a-z_]+) on ([0-9]{4}-[0-9]{2}-[0-9]{2}) \\((.*)\\)\\.$',
    values: `jsonb_build_object('kind', m[1], 'fromType', m[2], 'fromDate', m[3], 'type', m[4], 'date', m[5], 'reason', m[6])`,
  },
  {
    kind: 'service_added',
    pattern: '^Required service added: (.*), ([0-9]+) minutes a (week|month)\\.$',
    values: `jsonb_build_object('service', m[1], 'minutes', m[2]::int, 'frequency', CASE m[3] WHEN 'week' THEN 'WEEKLY' ELSE 'MONTHLY' END)`,
  },
  {
    kind: 'service_removed',
    pattern: '^Required service removed: (.*)\\.$',
    values: `jsonb_build_object('service', m[1])`,
  },
  {
    kind: 'service_session_logged',
    pattern: '^(.*): ([0-9]+) minutes (missed|delivered) on ([0-9]{4}-[0-9]{2}-[0-9]{2})\\.$',
    values: `jsonb_build_object('service', m[1], 'minutes', m[2]::int, 'status', upper(m[3]), 'date', m[4])`,
  },
  {
    kind: 'service_session_corrected',
    pattern:
      '^(.*): the session of ([0-9]{4}-[0-9]{2}-[0-9]{2}) is now recorded as (missed|delivered)\\.$',
    values: `jsonb_build_object('service', m[1], 'date', m[2], 'status', upper(m[3]))`,
  },
  {
    kind: 'communication_logged',
    pattern: '^A .* contact on ([0-9]{4}-[0-9]{2}-[0-9]{2}) was logged\\.$',
    values: `jsonb_build_object('date', m[1])`,
  },
  {
    kind: 'task_added',
    pattern: '^Task added: (.*)\\.$',
    values: `jsonb_build_object('title', m[1])`,
  },
  {
    kind: 'meeting_deleted',
    pattern: '^The ([a-z_]+) meeting of ([0-9]{4}-[0-9]{2}-[0-9]{2}) was removed from the log\\.$',
    values: `jsonb_build_object('kind', m[1], 'heldOn', m[2])`,
  },
  {
    kind: 'letter_drafted',
    pattern: '^A letter was drafted: (.*)\\.$',
    values: `jsonb_build_object('title', m[1])`,
  },
  {
    kind: 'letter_finalized',
    pattern: '^The letter "(.*)" was marked final and shared with the family\\.$',
    values: `jsonb_build_object('title', m[1])`,
  },
  {
    kind: 'letter_reopened',
    pattern: '^The letter "(.*)" was taken back to draft\\.$',
    values: `jsonb_build_object('title', m[1])`,
  },
  {
    kind: 'letter_deleted',
    pattern: '^The draft letter "(.*)" was deleted\\.$',
    values: `jsonb_build_object('title', m[1])`,
  },
  {
    kind: 'document_added',
    pattern: '^“(.*)” was uploaded\\.$',
    values: `jsonb_build_object('title', m[1])`,
  },
  {
    kind: 'document_version_added',
    pattern: '^Version ([0-9]+) of “(.*)” was uploaded\\.$',
    values: `jsonb_build_object('version', m[1]::int, 'title', m[2])`,
  },
];

/**
 * Fills in the details of timeline entries written before their writers stored every value
 * (see above). Exported for its test; run by the migration as the table's owner.
 */
export async function backfillTimelineDetails(
  query: (sql: string, params?: unknown[]) => Promise<unknown>,
): Promise<void> {
  for (const { kind, pattern, values } of BACKFILLS) {
    await query(
      `UPDATE case_timeline_entries AS t
       SET details = ${values} || t.details
       FROM (SELECT organization_id, id, regexp_match(summary, $2) AS m
             FROM case_timeline_entries WHERE kind = $1) AS matched
       WHERE t.organization_id = matched.organization_id AND t.id = matched.id
         AND matched.m IS NOT NULL`,
      [kind, pattern],
    );
  }
  // A note's entry says whether it was shared; its `internal` flag has always said so.
  await query(
    `UPDATE case_timeline_entries
     SET details = jsonb_build_object('visibility', CASE WHEN internal THEN 'INTERNAL' ELSE 'SHARED' END) || details
     WHERE kind = 'note_added'`,
  );
}

export class Words1764420000000 implements MigrationInterface {
  name = 'Words1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deadlines ADD COLUMN message jsonb`);

    // The owner is subject to FORCEd row-level security like everyone else; lifting FORCE
    // lets the owner fill in every organization's entries. The transaction holds the table's
    // ACCESS EXCLUSIVE lock until it commits, with FORCE restored. Entries stay append-only for
    // the application role (it has no UPDATE grant on them).
    await queryRunner.query(`ALTER TABLE case_timeline_entries NO FORCE ROW LEVEL SECURITY`);
    await backfillTimelineDetails((sql, params) => queryRunner.query(sql, params));
    await queryRunner.query(`ALTER TABLE case_timeline_entries FORCE ROW LEVEL SECURITY`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The filled-in details stay: they only repeat what each entry's summary says.
    await queryRunner.query(`ALTER TABLE deadlines DROP COLUMN message`);
  }
}
