import { type DemographicAnswers, type DemographicValues } from '$lib/family/demographics';
import { formList, formText } from '$lib/server/form-actions';

/** The answers posted by `DemographicsFields`, as form values and as the API's fields. */
export function demographicsFromForm(form: FormData): {
  values: DemographicValues;
  answers: DemographicAnswers;
} {
  const declinedAge = form.has('dateOfBirthDeclined');
  const dateOfBirth = formText(form, 'dateOfBirth');
  const disabilities = formList(form, 'disabilityCategories');
  const races = formList(form, 'raceCategories');
  const parentLanguage = formText(form, 'parentLanguage');
  return {
    values: {
      dateOfBirth,
      dateOfBirthDeclined: declinedAge ? 'on' : '',
      disabilityCategories: disabilities.join(','),
      raceCategories: races.join(','),
      parentLanguage,
    },
    answers: {
      dateOfBirth: declinedAge ? null : dateOfBirth || null,
      dateOfBirthDeclined: declinedAge,
      disabilityCategories: disabilities,
      // Not asked stays null: the report tells "not asked" from an answer.
      raceCategories: races.length ? races : null,
      parentLanguage: parentLanguage || null,
    },
  };
}
