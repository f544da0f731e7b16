import type { FormError } from '$lib/forms/form-error';
import { inputId } from './questionnaire';

/**
 * Ties an API error to the wizard's control: the API names a question as `answers.<id>`
 * (apps/api/src/modules/intakes/intakes.errors.ts), the page's control for it is `q-<id>`.
 */
export function toQuestionError(error: FormError): FormError {
  if (error.field?.startsWith('answers.')) {
    return { ...error, field: inputId(error.field.slice('answers.'.length)) };
  }
  return error;
}

/** The question an error is about, if it is about one. */
export function questionOfError(error: FormError): string | undefined {
  return error.field?.startsWith('q-') ? error.field.slice(2) : undefined;
}
