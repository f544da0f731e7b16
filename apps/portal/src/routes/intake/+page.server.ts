import {
  CreateFamilyDocument,
  CreateStudentDocument,
  DemographicListsDocument,
  execute,
  FamilyIntakesDocument,
  GraphQLRequestError,
  IntakeQuestionnaireDocument,
  type PlanType,
  SaveIntakeDraftDocument,
} from '@continuum/graphql-client';
import { fail, redirect } from '@sveltejs/kit';
import { demographicLists } from '$lib/family/demographics';
import { demographicsFromForm } from '$lib/server/family/demographics-form';
import { apiLanguage } from '$lib/family/labels';
import { parseQuestionnaire } from '$lib/family/questionnaire';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import type { Actions, PageServerLoad } from './$types';

/** A text field of a form; a file or a missing field reads as empty. */
function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

const PLAN_TYPES: readonly PlanType[] = ['IEP', 'SECTION_504', 'NONE'];

/**
 * The questionnaire's own words for a plan type (packages/rules' `plan_type` choices). The
 * record's NONE means "no plan, or I am not sure", and the two answers lead to different
 * routes (no plan: the Section 504 ones; not sure: the IDEA ones are kept), so the parent
 * answers that question in the wizard.
 */
const PLAN_ANSWER: Record<PlanType, string | null> = { IEP: 'iep', SECTION_504: '504', NONE: null };

/**
 * Start page of the intake: drafts to continue, sent intakes, and a way to start one for a
 * child. A parent without a family or child yet tells us about them first: the API needs a
 * family to hold the draft (saveIntakeDraft's familyId).
 */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'create', 'Intake');
  try {
    const { data } = await execute(fetch, FamilyIntakesDocument);
    const students = data.families.flatMap((family) =>
      family.students.map((student) => ({ ...student, familyName: family.name })),
    );
    // Only a parent without a child on file needs the state list (from the questionnaire).
    const needsStudent = students.length === 0 && me?.role === 'PARENT';
    const questionnaire = needsStudent
      ? parseQuestionnaire(
          (
            await execute(fetch, IntakeQuestionnaireDocument, {
              lang: apiLanguage(getLocale()),
            })
          ).data.intakeQuestionnaire,
        )
      : null;
    const states =
      questionnaire?.questions.find((question) => question.id === 'state')?.choices ?? [];
    const lists = needsStudent
      ? demographicLists((await execute(fetch, DemographicListsDocument)).data.reportLists)
      : null;
    const studentName = new Map(students.map((student) => [student.id, student.name]));
    const intakes = data.intakes.map((intake) => ({
      id: intake.id,
      status: intake.status,
      updatedAt: intake.updatedAt,
      submittedAt: intake.submittedAt,
      studentName: intake.studentId ? (studentName.get(intake.studentId) ?? null) : null,
    }));
    return {
      drafts: intakes.filter((intake) => intake.status === 'DRAFT'),
      // Advocates find sent intakes in their triage list; this list is the family's own.
      sent: me?.role === 'PARENT' ? intakes.filter((intake) => intake.status !== 'DRAFT') : [],
      students,
      needsStudent,
      familyName: data.families[0]?.name ?? '',
      hasFamily: data.families.length > 0,
      states,
      lists,
      mayTakePhoneIntake: session.ability.can('create', 'PhoneIntake'),
    };
  } catch (error) {
    handleApiError(error, url);
  }
};

async function startDraft(
  fetch: typeof globalThis.fetch,
  student: { id: string; familyId: string; state: string; planType: PlanType },
): Promise<string> {
  // The student's state and plan are already known: the wizard opens with them filled in
  // (the plan when the record says which), and the parent can still change them.
  const plan = PLAN_ANSWER[student.planType];
  const { data } = await execute(fetch, SaveIntakeDraftDocument, {
    input: {
      familyId: student.familyId,
      studentId: student.id,
      lang: apiLanguage(getLocale()),
      answers: { state: student.state, ...(plan === null ? {} : { plan_type: plan }) },
    },
  });
  return data.saveIntakeDraft.id;
}

function apiFailure(error: unknown, url: URL, values: Record<string, string> = {}) {
  if (error instanceof GraphQLRequestError && error.code !== 'UNAUTHENTICATED') {
    return fail(400, { errors: [describeApiError(error, getLocale())], values });
  }
  handleApiError(error, url);
}

export const actions: Actions = {
  start: async ({ request, fetch, url }) => {
    const studentId = (await request.formData()).get('studentId');
    if (typeof studentId !== 'string' || studentId === '') {
      return fail(400, {
        errors: [{ field: 'studentId', message: m.family_error_choose_student() }],
        values: {},
      });
    }
    let intakeId: string;
    try {
      const { data } = await execute(fetch, FamilyIntakesDocument);
      const family = data.families.find((f) => f.students.some((s) => s.id === studentId));
      const student = family?.students.find((s) => s.id === studentId);
      if (!family || !student) {
        return fail(400, {
          errors: [{ field: 'studentId', message: m.family_error_choose_student() }],
          values: {},
        });
      }
      intakeId = await startDraft(fetch, { ...student, familyId: family.id });
    } catch (error) {
      return apiFailure(error, url);
    }
    redirect(303, `/intake/${intakeId}?step=1`);
  },

  /** A parent's first visit: their family (if none yet) and child, then the draft. */
  create: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const values = {
      familyName: field(form, 'familyName').trim(),
      studentName: field(form, 'studentName').trim(),
      state: field(form, 'state'),
      planType: field(form, 'planType'),
    };
    const demographics = demographicsFromForm(form);
    const shown = { ...values, ...demographics.values };
    let familyId: string | undefined;
    let intakeId: string;
    try {
      const { data } = await execute(fetch, FamilyIntakesDocument);
      familyId = data.families[0]?.id;
      const errors: FormError[] = [];
      if (!familyId && !values.familyName)
        errors.push({ field: 'familyName', message: m.family_error_family_name() });
      if (!values.studentName)
        errors.push({ field: 'studentName', message: m.family_error_student_name() });
      if (!values.state) errors.push({ field: 'state', message: m.family_error_state() });
      if (!(PLAN_TYPES as readonly string[]).includes(values.planType))
        errors.push({ field: 'planType', message: m.family_error_plan_type() });
      if (errors.length > 0) return fail(400, { errors, values: shown });

      const { parentLanguage, ...child } = demographics.answers;
      if (!familyId) {
        const created = await execute(fetch, CreateFamilyDocument, {
          input: {
            name: values.familyName,
            primaryLanguage: apiLanguage(getLocale()),
            parentLanguage,
          },
        });
        familyId = created.data.createFamily.id;
      }
      const { data: student } = await execute(fetch, CreateStudentDocument, {
        input: {
          familyId,
          name: values.studentName,
          state: values.state,
          planType: values.planType as PlanType,
          ...child,
        },
      });
      intakeId = await startDraft(fetch, student.createStudent);
    } catch (error) {
      return apiFailure(error, url, shown);
    }
    redirect(303, `/intake/${intakeId}?step=1`);
  },
};
