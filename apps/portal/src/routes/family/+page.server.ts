import {
  CreateStudentDocument,
  DemographicListsDocument,
  execute,
  FamilyIntakesDocument,
  IntakeQuestionnaireDocument,
  type PlanType,
} from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { demographicLists } from '$lib/family/demographics';
import { demographicsFromForm } from '$lib/server/family/demographics-form';
import { apiLanguage } from '$lib/family/labels';
import { parseQuestionnaire, stateLabel } from '$lib/family/questionnaire';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, formFailure, formText } from '$lib/server/form-actions';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const PLAN_TYPES: readonly string[] = ['IEP', 'SECTION_504', 'NONE'];
/** The API names the child's name `name`; this form, like the first intake's, `studentName`. */
const FIELD_IDS: Record<string, string> = { name: 'studentName' };

/** A parent's family: their children, a way to add another, and to start an intake for each. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  if (session.me.role !== 'PARENT') error(403, 'forbidden');
  requireAbility(session, 'create', 'Student');
  try {
    const lang = apiLanguage(getLocale());
    const [{ data }, questionnaire, lists] = await Promise.all([
      execute(fetch, FamilyIntakesDocument),
      execute(fetch, IntakeQuestionnaireDocument, { lang }),
      execute(fetch, DemographicListsDocument),
    ]);
    const states = parseQuestionnaire(questionnaire.data.intakeQuestionnaire);
    const family = data.families[0] ?? null;
    return {
      family: family && {
        id: family.id,
        name: family.name,
        children: family.students.map((student) => ({
          id: student.id,
          name: student.name,
          state: stateLabel(states, student.state),
        })),
      },
      states: states.questions.find((question) => question.id === 'state')?.choices ?? [],
      // A new child most likely goes to school in the same state as their brothers and sisters.
      defaultState: family?.students[0]?.state ?? '',
      lists: demographicLists(lists.data.reportLists),
    };
  } catch (cause) {
    handleApiError(cause, url);
  }
};

export const actions: Actions = {
  add: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const values = Object.fromEntries(
      ['studentName', 'state', 'planType', 'grade', 'school'].map((name) => [
        name,
        formText(form, name),
      ]),
    );
    const demographics = demographicsFromForm(form);
    Object.assign(values, demographics.values);
    const { parentLanguage: _asked, ...child } = demographics.answers;
    const errors: FormError[] = [];
    if (!values.studentName)
      errors.push({ field: 'studentName', message: m.family_error_student_name() });
    if (!values.state) errors.push({ field: 'state', message: m.family_error_state() });
    if (!PLAN_TYPES.includes(values.planType!))
      errors.push({ field: 'planType', message: m.family_error_plan_type() });
    if (errors.length > 0) return formFailure('add', errors, { values });
    try {
      const { data } = await execute(fetch, FamilyIntakesDocument);
      const family = data.families[0];
      if (!family) return formFailure('add', [{ message: m.family_area_no_family() }], { values });
      await execute(fetch, CreateStudentDocument, {
        input: {
          familyId: family.id,
          name: values.studentName!,
          state: values.state!,
          planType: values.planType as PlanType,
          grade: values.grade || null,
          school: values.school || null,
          ...child,
        },
      });
    } catch (cause) {
      return apiFailure(cause, url, 'add', {
        fieldId: (field) => FIELD_IDS[field] ?? field,
        extra: { values },
      });
    }
    return { form: 'add', added: values.studentName! };
  },
};
