import {
  DemographicListsDocument,
  execute,
  IntakeQuestionnaireDocument,
  type Language,
  type PlanType,
  StartPhoneIntakeDocument,
} from '@continuum/graphql-client';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { demographicLists } from '$lib/family/demographics';
import { demographicsFromForm } from '$lib/server/family/demographics-form';
import { apiLanguage } from '$lib/family/labels';
import { parseQuestionnaire } from '$lib/family/questionnaire';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, formFailure, formText, loadFailure } from '$lib/server/form-actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { requireAbility } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const PLAN_TYPES: readonly string[] = ['IEP', 'SECTION_504', 'NONE'];
const LANGUAGES: readonly string[] = ['EN', 'ES'];
/** The API's names for this form's fields, where they differ. */
const FIELD_IDS: Record<string, string> = { childName: 'studentName', primaryLanguage: 'lang-en' };

/** A phone intake for a new caller: staff enter the family and child, then the wizard. */
export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  const session = requireAdvocate(me, url);
  requireAbility(session, 'create', 'PhoneIntake');
  try {
    const [{ data }, lists] = await Promise.all([
      execute(fetch, IntakeQuestionnaireDocument, { lang: apiLanguage(getLocale()) }),
      execute(fetch, DemographicListsDocument),
    ]);
    const questionnaire = parseQuestionnaire(data.intakeQuestionnaire);
    return {
      states: questionnaire.questions.find((question) => question.id === 'state')?.choices ?? [],
      lists: demographicLists(lists.data.reportLists),
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  default: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const values = Object.fromEntries(
      [
        'parentName',
        'phone',
        'email',
        'primaryLanguage',
        'studentName',
        'state',
        'planType',
        'grade',
        'school',
      ].map((name) => [name, formText(form, name)]),
    );
    const demographics = demographicsFromForm(form);
    Object.assign(values, demographics.values);
    const errors: FormError[] = [];
    if (!values.parentName)
      errors.push({ field: 'parentName', message: m.phone_intake_error_parent_name() });
    if (!values.phone) errors.push({ field: 'phone', message: m.phone_intake_error_phone() });
    if (!LANGUAGES.includes(values.primaryLanguage!))
      errors.push({ field: 'lang-en', message: m.phone_intake_error_language() });
    if (!values.studentName)
      errors.push({ field: 'studentName', message: m.phone_intake_error_child_name() });
    if (!values.state) errors.push({ field: 'state', message: m.phone_intake_error_state() });
    if (values.planType && !PLAN_TYPES.includes(values.planType))
      errors.push({ field: 'planType', message: m.family_error_plan_type() });
    if (errors.length > 0) return formFailure('phone', errors, { values });

    let intakeId: string;
    try {
      const { data } = await execute(fetch, StartPhoneIntakeDocument, {
        input: {
          parentName: values.parentName!,
          phone: values.phone!,
          email: values.email || null,
          primaryLanguage: values.primaryLanguage as Language,
          childName: values.studentName!,
          state: values.state!,
          grade: values.grade || null,
          school: values.school || null,
          planType: (values.planType || null) as PlanType | null,
          ...demographics.answers,
        },
      });
      intakeId = data.startPhoneIntake.id;
    } catch (error) {
      return apiFailure(error, url, 'phone', {
        fieldId: (field) => FIELD_IDS[field] ?? field,
        extra: { values },
      });
    }
    // The same questionnaire a parent answers, filled in with the caller.
    redirect(303, `${resolve('/intake/[id]', { id: intakeId })}?step=1`);
  },
};
