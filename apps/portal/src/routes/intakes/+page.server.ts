import { AdvocateTriageIntakesDocument, execute } from '@continuum/graphql-client';
import { readRecommendation, triageOrder } from '$lib/advocate/intake';
import { dayInZone, DEFAULT_TIME_ZONE } from '$lib/time-zone';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { handleApiError } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireAdvocate(me, url);
  try {
    const { data } = await execute(fetch, AdvocateTriageIntakesDocument);
    const families = new Map(data.families.map((family) => [family.id, family]));
    const rows = data.intakes.map((intake) => {
      const family = families.get(intake.familyId);
      const student =
        family?.students.find((s) => s.id === intake.studentId) ??
        (family?.students.length === 1 ? family.students[0] : undefined);
      const recommendation = readRecommendation(intake.recommendation);
      return {
        id: intake.id,
        submittedAt: intake.submittedAt,
        familyName: family?.name ?? null,
        studentName: student?.name ?? null,
        topPathway: recommendation?.pathways[0]?.id ?? null,
        warnings: recommendation?.warnings.map((warning) => warning.id) ?? [],
        warningDeadlines: recommendation?.warnings.map((warning) => warning.deadline) ?? [],
      };
    });
    // "Today" is the organization's date, as everywhere else deadlines are counted.
    const today = dayInZone(new Date(), me?.activeOrganization?.timeZone ?? DEFAULT_TIME_ZONE);
    return {
      intakes: triageOrder(rows, today),
      mayTakePhoneIntake: session.ability.can('create', 'PhoneIntake'),
    };
  } catch (error) {
    handleApiError(error, url);
  }
};
