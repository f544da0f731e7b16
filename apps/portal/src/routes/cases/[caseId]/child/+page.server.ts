import {
  ChildDetailsDocument,
  execute,
  FamilyParentLanguageDocument,
  UpdateChildDetailsDocument,
} from '@continuum/graphql-client';
import { demographicLists } from '$lib/family/demographics';
import { demographicsFromForm } from '$lib/server/family/demographics-form';
import { apiFailure, loadFailure } from '$lib/server/form-actions';
import { requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** The child's demographic answers and the parents' language, edited by staff or the family. */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  try {
    const { data } = await execute(fetch, ChildDetailsDocument, { caseId: params.caseId });
    const student = data.case.student;
    const family = await execute(fetch, FamilyParentLanguageDocument, {
      familyId: student.familyId,
    });
    return {
      caseFile: { id: data.case.id },
      student,
      lists: demographicLists(data.reportLists),
      saved: {
        dateOfBirth: student.dateOfBirth ?? '',
        dateOfBirthDeclined: student.dateOfBirthDeclined ? 'on' : '',
        disabilityCategories: student.disabilityCategories.join(','),
        raceCategories: (student.raceCategories ?? []).join(','),
        parentLanguage: family.data.family.parentLanguage ?? '',
      },
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  default: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const { values, answers } = demographicsFromForm(form);
    try {
      const { data } = await execute(fetch, ChildDetailsDocument, { caseId: params.caseId });
      const { parentLanguage, ...child } = answers;
      await execute(fetch, UpdateChildDetailsDocument, {
        student: { studentId: data.case.student.id, ...child },
        family: { familyId: data.case.student.familyId, parentLanguage: parentLanguage ?? '' },
      });
      return { form: 'child', saved: true };
    } catch (error) {
      return apiFailure(error, url, 'child', { fieldId: (field) => field, extra: { values } });
    }
  },
};
