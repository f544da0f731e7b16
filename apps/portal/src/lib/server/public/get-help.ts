import { validateIntakeAnswers } from '@continuum/rules';
import type { FormError } from '$lib/forms/form-error';
import type { Answers } from '$lib/family/questionnaire';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { answersFromParams } from '$lib/public/carried-answers';
import { HONEYPOT_FIELD } from '$lib/public/honeypot';
import { guideQuestionnaire, guideToday } from './guide';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The carried answers when the rules accept them as a complete assessment, else null. Today
 * is the public pages' day (`guideToday`): the API checks again in the chosen organization's
 * own time zone.
 */
export function carriedAnswers(
  locale: Locale,
  params: URLSearchParams | Pick<FormData, 'get' | 'getAll'>,
): Answers | null {
  const questionnaire = guideQuestionnaire(locale === 'es' ? 'es' : 'en');
  const answers = answersFromParams(questionnaire, params);
  const checked = validateIntakeAnswers(questionnaire.version, answers, {
    lang: locale === 'es' ? 'es' : 'en',
    today: guideToday(),
  });
  return checked.ok ? answers : null;
}

export interface GetHelpForm {
  organizationSlug: string;
  name: string;
  email: string;
  password: string;
  childName: string;
  lang: 'en' | 'es';
  honeypot: string;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function readGetHelpForm(form: FormData, locale: Locale): GetHelpForm {
  const lang = text(form, 'lang');
  return {
    organizationSlug: text(form, 'organization').trim(),
    name: text(form, 'name').trim(),
    email: text(form, 'email').trim(),
    password: text(form, 'password'),
    childName: text(form, 'childName').trim(),
    lang: lang === 'en' || lang === 'es' ? lang : locale === 'es' ? 'es' : 'en',
    honeypot: text(form, HONEYPOT_FIELD),
  };
}

/** The checks made before asking the API, each naming its field; the API checks again. */
export function validateGetHelp(input: GetHelpForm, locale: Locale): FormError[] {
  const errors: FormError[] = [];
  if (!input.organizationSlug)
    errors.push({ field: 'organization', message: m.gethelp_error_org({}, { locale }) });
  if (!input.name) errors.push({ field: 'name', message: m.gethelp_error_name({}, { locale }) });
  if (!input.email)
    errors.push({ field: 'email', message: m.error_email_required({}, { locale }) });
  else if (!EMAIL.test(input.email))
    errors.push({ field: 'email', message: m.error_email_invalid({}, { locale }) });
  if (!input.password)
    errors.push({ field: 'password', message: m.reset_error_password({}, { locale }) });
  if (!input.childName)
    errors.push({ field: 'childName', message: m.gethelp_error_child({}, { locale }) });
  return errors;
}
