import { ACTIVITY_SQL } from '../annual-report/annual-report.sql';

/**
 * The dashboard counts with the annual report's own rows (annual-report.sql.ts), so a contact
 * or a person counts here exactly as in the report, over any range of days.
 */

/** Whether a row of the report's activity or served sets is `{staff}`'s work (everyone's when null). */
const STAFF_WORK = (alias: string) => `({staff} IS NULL
  OR (${alias}.source = 'contact' AND EXISTS (SELECT 1 FROM contacts x
        WHERE ({org} IS NULL OR x.organization_id = {org}) AND x.id = ${alias}.source_id AND x.staff_user_id = {staff}))
  OR (${alias}.source = 'communication' AND EXISTS (SELECT 1 FROM case_communications x
        WHERE ({org} IS NULL OR x.organization_id = {org}) AND x.id = ${alias}.source_id AND x.created_by_user_id = {staff}))
  OR (${alias}.source = 'meeting' AND EXISTS (SELECT 1 FROM case_meetings x
        WHERE ({org} IS NULL OR x.organization_id = {org}) AND x.id = ${alias}.source_id AND {staff} = ANY (x.staff_user_ids)))
  OR (${alias}.source = 'event' AND EXISTS (SELECT 1 FROM proceeding_events x
        WHERE ({org} IS NULL OR x.organization_id = {org}) AND x.id = ${alias}.source_id AND x.recorded_by_user_id = {staff})))`;

/** Individual-assistance contacts (the report's I.B lines) per month and mode letter. */
export const CONTACTS_BY_MONTH_SQL = `${ACTIVITY_SQL}
SELECT to_char(a.day, 'YYYY-MM') AS month, right(a.line, 1) AS letter, sum(a.weight)::int AS count
FROM activity a
WHERE a.line LIKE 'I.B%' AND ${STAFF_WORK('a')}
GROUP BY 1, 2
ORDER BY 1, 2`;

/** People served, each once (Section II's rule, including students when the setting says so). */
export const PEOPLE_SERVED_SQL = `${ACTIVITY_SQL}
SELECT count(DISTINCT coalesce(s.person_id::text, 'family:' || s.family_id))::int AS count
FROM served s
WHERE (s.role = 'parent' OR ({includeStudents} AND s.role = 'student')) AND ${STAFF_WORK('s')}`;
