/**
 * The annual report as one set of rows: every activity of the program year, each tagged with
 * the report line it counts on and how much it adds (`activity(line, weight, …)`). The page's
 * numbers are `sum(weight)` per line; the drill-down is the same rows filtered by one line, so a
 * number and the rows behind it cannot disagree (annual-report.int-spec.ts checks it per line).
 *
 * Parameters are named in braces and bound by `bindReportSql` (types below): the organization
 * (NULL only when the isolation suite turns application scoping off, so row-level security
 * scopes alone), the year's first and last day, the organization's time zone (contacts are
 * instants: the year's edges are midnight in that zone), the three counting rules the reference
 * leaves open, and the organization's lists.
 *
 * Who a case's activity served: the person named on a communication; otherwise the parents on
 * record for the case's family (`people.family_id`); a family with none counts as one parent,
 * keyed by the family. Report lines by code: ../shared/domain/parent-center-report.md.
 */
const ORG = (alias: string) => `({org} IS NULL OR ${alias}.organization_id = {org})`;

/** Audience number of I.A/I.B codes: 1 parents, 2 professionals/others, 3 students. */
const AUDIENCE = (role: string) =>
  `CASE ${role} WHEN 'parent' THEN '1' WHEN 'professional' THEN '2' ELSE '3' END`;
const MODE_LETTER = (mode: string) =>
  `CASE ${mode} WHEN 'phone' THEN 'a' WHEN 'letter' THEN 'b' WHEN 'electronic' THEN 'c' ELSE 'd' END`;
/** Section IV's line of a meeting kind; 'other' is not a meeting the form counts. */
const MEETING_LINE = (kind: string) => `CASE
  WHEN ${kind} IN ('iep', 'ifsp', 'plan_504', 'eligibility') THEN 'IV.A1'
  WHEN ${kind} = 'facilitation' THEN 'IV.A2'
  WHEN ${kind} = 'hearing' THEN 'IV.A3'
  WHEN ${kind} = 'mediation' THEN 'IV.A4'
  WHEN ${kind} = 'resolution' THEN 'IV.A5' END`;

export const ACTIVITY_SQL = `
WITH
case_family AS (
  SELECT c.id AS case_id, c.status, s.family_id
  FROM cases c
  JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
  WHERE ${ORG('c')}
),
family_parent AS (
  SELECT p.family_id, p.id AS person_id
  FROM people p
  WHERE ${ORG('p')} AND p.family_id IS NOT NULL AND p.role = 'parent'
),
staff AS (
  SELECT m.user_id FROM memberships m
  WHERE ${ORG('m')} AND m.role IN ('ORG_ADMIN', 'ADVOCATE')
),
-- Meetings staff attended: the meeting log, and a proceeding's meeting event recorded by staff
-- when the log has no meeting of that kind on that case and day.
attended AS (
  SELECT 'meeting'::text AS source, m.id AS source_id, m.held_on AS day, m.case_id,
         ${MEETING_LINE('m.kind')} AS line
  FROM case_meetings m
  WHERE ${ORG('m')} AND m.held_on BETWEEN {d0} AND {d1}
    AND cardinality(m.staff_user_ids) > 0 AND m.kind <> 'other'
  UNION ALL
  SELECT 'event', e.id, e.date, p.case_id, ev.line
  FROM proceeding_events e
  JOIN proceedings p ON p.organization_id = e.organization_id AND p.id = e.proceeding_id
  JOIN (VALUES ('mediation', 'session_held', 'IV.A4', 'mediation'),
               ('due_process', 'resolution_meeting_held', 'IV.A5', 'resolution'),
               ('expedited_due_process', 'resolution_meeting_held', 'IV.A5', 'resolution'),
               ('facilitation', 'held', 'IV.A2', 'facilitation'))
       AS ev(kind, type, line, meeting_kind) ON ev.kind = p.kind AND ev.type = e.type
  WHERE ${ORG('e')} AND e.superseded_at IS NULL AND e.date BETWEEN {d0} AND {d1}
    AND e.recorded_by_user_id IN (SELECT user_id FROM staff)
    AND NOT EXISTS (
      SELECT 1 FROM case_meetings m
      WHERE m.organization_id = e.organization_id AND m.case_id = p.case_id
        AND m.kind = ev.meeting_kind AND m.held_on = e.date AND cardinality(m.staff_user_ids) > 0)
),
-- Case activity with the people it served (one row per person, or per family without one).
case_served AS (
  SELECT a.source, a.source_id, a.day, a.case_id, a.line, a.role, a.mode,
         coalesce(a.person_id, fp.person_id) AS person_id, cf.family_id
  FROM (
    SELECT source, source_id, day, case_id, line, 'parent'::text AS role, 'meeting'::text AS mode,
           NULL::uuid AS person_id
    FROM attended
    UNION ALL
    SELECT 'communication', cc.id, cc.occurred_on, cc.case_id, NULL, coalesce(p.role, 'parent'),
           CASE cc.mode WHEN 'email_or_text' THEN 'electronic'
                        WHEN 'in_person_meeting' THEN 'meeting'
                        WHEN 'virtual_meeting' THEN 'meeting' ELSE cc.mode END,
           cc.person_id
    FROM case_communications cc
    LEFT JOIN people p ON p.organization_id = cc.organization_id AND p.id = cc.person_id
    WHERE ${ORG('cc')} AND cc.occurred_on BETWEEN {d0} AND {d1}
  ) a
  JOIN case_family cf ON cf.case_id = a.case_id
  LEFT JOIN family_parent fp ON a.person_id IS NULL AND fp.family_id = cf.family_id
),
counted_training AS (
  SELECT t.id, t.delivery, count(s.id) AS sessions,
         (min(s.starts_at) AT TIME ZONE {tz})::date AS first_day
  FROM trainings t
  JOIN training_sessions s ON s.organization_id = t.organization_id AND s.training_id = t.id
  WHERE ${ORG('t')} AND t.funded
  GROUP BY t.id, t.delivery
  HAVING min(s.starts_at) >= (({d0})::timestamp AT TIME ZONE {tz}) AND min(s.starts_at) < (({d1} + 1)::timestamp AT TIME ZONE {tz})
),
attendance AS (
  SELECT a.id, a.training_id, a.person_id, a.role, a.headcount, t.delivery, t.sessions,
         t.first_day AS day, p.family_id
  FROM training_attendance a
  JOIN counted_training t ON t.id = a.training_id
  LEFT JOIN people p ON p.organization_id = a.organization_id AND p.id = a.person_id
  WHERE ${ORG('a')}
),
contact_rows AS (
  SELECT c.id, c.person_id, c.role, c.mode, c.case_id,
         (c.occurred_at AT TIME ZONE {tz})::date AS day, p.family_id
  FROM contacts c
  JOIN people p ON p.organization_id = c.organization_id AND p.id = c.person_id
  WHERE ${ORG('c')} AND c.occurred_at >= (({d0})::timestamp AT TIME ZONE {tz}) AND c.occurred_at < (({d1} + 1)::timestamp AT TIME ZONE {tz})
),
-- Everyone served in the year (Section II's candidates), one row per service.
served AS (
  SELECT 'contact'::text AS source, id AS source_id, day, person_id, family_id, role, case_id,
         NULL::uuid AS training_id
  FROM contact_rows
  UNION ALL
  SELECT source, source_id, day, person_id, family_id, role, case_id, NULL FROM case_served
  UNION ALL
  SELECT 'attendance', id, day, person_id, family_id, role, NULL, training_id
  FROM attendance WHERE person_id IS NOT NULL
),
unduplicated AS (
  SELECT DISTINCT ON (coalesce(person_id::text, 'family:' || family_id))
         source, source_id, day, person_id, family_id, case_id, training_id
  FROM served
  WHERE role = 'parent' OR ({includeStudents} AND role = 'student')
  ORDER BY coalesce(person_id::text, 'family:' || family_id), day, source_id
),
children AS (
  SELECT s.id, s.family_id, s.date_of_birth, s.date_of_birth_declined, s.disability_categories,
         s.race_categories, s.ethnicity
  FROM students s
  WHERE ${ORG('s')} AND s.family_id IN (SELECT family_id FROM unduplicated WHERE family_id IS NOT NULL)
),
languages AS (
  -- The parent's own language first, then what the family said at intake, then (for a family
  -- never asked) the language Continuum writes to it in.
  SELECT u.*, coalesce(p.primary_language, f.parent_language,
                       CASE WHEN p.id IS NULL THEN f.primary_language END) AS code
  FROM unduplicated u
  LEFT JOIN people p ON ${ORG('p')} AND p.id = u.person_id
  LEFT JOIN families f ON ${ORG('f')} AND f.id = coalesce(u.family_id, p.family_id)
),
activity AS (
  -- I.A: attendees of counted trainings, once per event (or per session, by setting).
  SELECT 'I.A' || (CASE role WHEN 'parent' THEN 0 WHEN 'professional' THEN 2 ELSE 4 END
                   + CASE delivery WHEN 'in_person' THEN 1 ELSE 2 END)::text AS line,
         headcount * (CASE WHEN {multiSessionCountsOnce} THEN 1 ELSE sessions END) AS weight,
         'attendance'::text AS source, id AS source_id, day, person_id, family_id,
         NULL::uuid AS case_id, training_id
  FROM attendance
  UNION ALL
  -- I.B: contacts, communications, and (by setting) each person supported at a meeting.
  SELECT 'I.B' || ${AUDIENCE('role')} || ${MODE_LETTER('mode')}, 1, 'contact', id, day,
         person_id, family_id, case_id, NULL
  FROM contact_rows
  UNION ALL
  SELECT 'I.B' || ${AUDIENCE('role')} || ${MODE_LETTER('mode')}, 1, source, source_id, day,
         (array_agg(person_id))[1], family_id, case_id, NULL
  FROM case_served WHERE source = 'communication'
  GROUP BY role, mode, source, source_id, day, family_id, case_id
  UNION ALL
  SELECT 'I.B1d', 1, source, source_id, day, person_id, family_id, case_id, NULL
  FROM case_served WHERE source IN ('meeting', 'event') AND {meetingsCountAsContacts}
  UNION ALL
  -- II: each parent once.
  SELECT 'II.1', 1, source, source_id, day, person_id, family_id, case_id, training_id
  FROM unduplicated
  UNION ALL
  -- IV: each meeting once.
  SELECT line, 1, source, source_id, day, NULL, NULL, case_id, NULL FROM attended
  UNION ALL
  -- Parents whose dispute ended in an agreement reached through ADR.
  SELECT DISTINCT ON (coalesce(fp.person_id::text, 'family:' || cf.family_id))
         'ADR', 1, 'event', e.id, e.date, fp.person_id, cf.family_id, p.case_id, NULL
  FROM proceeding_events e
  JOIN proceedings p ON p.organization_id = e.organization_id AND p.id = e.proceeding_id
  JOIN case_family cf ON cf.case_id = p.case_id
  LEFT JOIN family_parent fp ON fp.family_id = cf.family_id
  WHERE ${ORG('e')} AND e.superseded_at IS NULL AND e.date BETWEEN {d0} AND {d1}
    AND ((p.kind = 'mediation' AND e.type = 'agreement_signed')
      OR (p.kind IN ('due_process', 'expedited_due_process') AND e.type = 'settlement_signed')
      OR (p.kind = 'facilitation' AND e.type = 'held' AND cf.status = 'RESOLVED'))
  UNION ALL
  -- III: the children of the families served, and the parents' languages.
  SELECT 'III.ageBands.' || CASE WHEN c.date_of_birth_declined THEN 'declined' ELSE coalesce(
           (SELECT b.code FROM jsonb_to_recordset({ageBands}) AS b(code text, lo int, hi int)
            WHERE date_part('year', age({d1}, c.date_of_birth)) BETWEEN b.lo AND b.hi
            LIMIT 1), 'unknown') END,
         1, 'student', c.id, NULL, NULL, c.family_id, NULL, NULL
  FROM children c
  UNION ALL
  SELECT 'III.disabilityCategories.' || CASE
           WHEN d.code = 'declined' THEN 'declined'
           WHEN d.code = ANY ({disability}) THEN d.code ELSE 'unknown' END,
         1, 'student', c.id, NULL, NULL, c.family_id, NULL, NULL
  FROM children c
  CROSS JOIN LATERAL (
    SELECT DISTINCT x AS code FROM jsonb_array_elements_text(
      CASE WHEN jsonb_typeof(c.disability_categories) = 'array'
            AND jsonb_array_length(c.disability_categories) > 0
           THEN c.disability_categories ELSE '["unknown"]'::jsonb END) AS x
  ) d
  UNION ALL
  SELECT 'III.raceEthnicity.' || CASE
           WHEN r.races ? 'declined' OR c.ethnicity = 'declined' THEN 'declined'
           WHEN (c.ethnicity = 'hispanic_latino' OR r.races ? 'hispanic_latino')
                AND 'hispanic_latino' = ANY ({race}) THEN 'hispanic_latino'
           WHEN jsonb_array_length(r.races) > 1 AND 'two_or_more' = ANY ({race}) THEN 'two_or_more'
           WHEN jsonb_array_length(r.races) = 1 AND r.races->>0 = ANY ({race}) THEN r.races->>0
           ELSE 'unknown' END,
         1, 'student', c.id, NULL, NULL, c.family_id, NULL, NULL
  FROM children c
  CROSS JOIN LATERAL (
    SELECT CASE WHEN jsonb_typeof(c.race_categories) = 'array' THEN c.race_categories
                ELSE '[]'::jsonb END AS races
  ) r
  UNION ALL
  SELECT 'III.languages.' || CASE
           WHEN code = 'declined' THEN 'declined'
           WHEN code = ANY ({languages}) THEN code ELSE 'unknown' END,
         1, source, source_id, day, person_id, family_id, case_id, training_id
  FROM languages
  UNION ALL
  -- V: outreach counts by kind.
  SELECT 'V.' || o.kind, o.count, 'outreach', o.id, o.occurred_on, NULL, NULL, NULL, NULL
  FROM outreach_activities o
  WHERE ${ORG('o')} AND o.occurred_on BETWEEN {d0} AND {d1}
)
`;

/** Every line's number. */
export const TOTALS_SQL = `${ACTIVITY_SQL}
SELECT line, sum(weight)::bigint AS value FROM activity GROUP BY line`;

/** The rows behind one line, newest first, a page at a time. */
export const ROWS_SQL = `${ACTIVITY_SQL}
SELECT a.source, a.source_id, a.day, a.weight, a.person_id, a.family_id, a.case_id,
       a.training_id, coalesce(p.name, f.name) AS name, t.title AS training_title,
       count(*) OVER () AS total
FROM activity a
LEFT JOIN people p ON ${ORG('p')} AND p.id = a.person_id
LEFT JOIN families f ON a.person_id IS NULL AND ${ORG('f')} AND f.id = a.family_id
LEFT JOIN trainings t ON ${ORG('t')} AND t.id = a.training_id
WHERE a.line = {line}
ORDER BY a.day DESC NULLS LAST, a.source_id
LIMIT {limit} OFFSET {offset}`;

/**
 * Part 2's list: the parents served in a window (the caller passes April 1 to September 30 as
 * the year's edges) who can be reached by phone or email, one row each. A family with no
 * parent on record is listed by the contact details staff took for the family.
 */
export const SURVEY_SQL = `${ACTIVITY_SQL}
SELECT coalesce(p.name, f.name) AS name,
       CASE WHEN p.id IS NULL THEN f.contact_phone ELSE p.phone END AS phone,
       CASE WHEN p.id IS NULL THEN f.contact_email ELSE p.email END AS email,
       coalesce(p.primary_language, CASE WHEN p.id IS NULL THEN f.primary_language END) AS language,
       array_agg(DISTINCT CASE
         WHEN s.source IN ('contact', 'communication') THEN 'individual_assistance'
         WHEN s.source IN ('meeting', 'event') THEN 'meeting_support'
         ELSE 'training' END) AS services,
       max(s.day)::text AS last_served
FROM served s
LEFT JOIN people p ON ${ORG('p')} AND p.id = s.person_id
LEFT JOIN families f ON s.person_id IS NULL AND ${ORG('f')} AND f.id = s.family_id
WHERE s.role = 'parent'
GROUP BY coalesce(s.person_id::text, 'family:' || s.family_id), p.id, p.name, p.phone, p.email,
         p.primary_language, f.name, f.contact_phone, f.contact_email, f.primary_language
HAVING coalesce(CASE WHEN p.id IS NULL THEN f.contact_phone ELSE p.phone END, '') <> ''
    OR coalesce(CASE WHEN p.id IS NULL THEN f.contact_email ELSE p.email END, '') <> ''
ORDER BY 1`;

const PARAMETER_TYPES = {
  org: 'uuid',
  d0: 'date',
  d1: 'date',
  tz: 'text',
  meetingsCountAsContacts: 'boolean',
  multiSessionCountsOnce: 'boolean',
  includeStudents: 'boolean',
  ageBands: 'jsonb',
  disability: 'text[]',
  race: 'text[]',
  languages: 'text[]',
  line: 'text',
  staff: 'uuid',
  limit: 'int',
  offset: 'int',
} as const;
export type ReportSqlParameters = Partial<Record<keyof typeof PARAMETER_TYPES, unknown>>;

/** Turns `{name}` placeholders into typed positional parameters for node-postgres. */
export function bindReportSql(
  sql: string,
  values: ReportSqlParameters,
): { text: string; parameters: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/\{([a-zA-Z0-9]+)\}/g, (_, name: string) => {
    if (!(name in PARAMETER_TYPES)) throw new Error(`unknown report parameter ${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}::${PARAMETER_TYPES[name as keyof typeof PARAMETER_TYPES]}`;
  });
  return {
    text,
    parameters: order.map((name) => {
      const value = values[name as keyof ReportSqlParameters];
      if (value === undefined) throw new Error(`report parameter ${name} has no value`);
      return PARAMETER_TYPES[name as keyof typeof PARAMETER_TYPES] === 'jsonb'
        ? JSON.stringify(value)
        : value;
    }),
  };
}
