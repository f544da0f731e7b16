import {
  currentQuestionnaireVersion,
  getQuestionnaire,
  validateIntakeAnswers,
} from '@continuum/rules';
import type { FormError } from '$lib/forms/form-error';
import type { Answers, Questionnaire } from '$lib/family/questionnaire';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { answersFromParams } from './carried-answers';

/**
 * The assessment and the Parent Center directory, built beside this page (issue 14); plain
 * paths until their routes exist, so `resolve()` can check them once they do.
 */
export const GUIDE_PATH = '/guide';
export const PARENT_CENTERS_PATH = '/parent-centers';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function questionnaireFor(locale: Locale): Questionnaire {
  return getQuestionnaire(locale === 'es' ? 'es' : 'en') as unknown as Questionnaire;
}

/**
 * The carried answers when the rules accept them as a complete assessment, else null. Today
 * is the server's UTC day: the API checks again in the chosen organization's own time zone.
 */
export function carriedAnswers(
  locale: Locale,
  params: URLSearchParams | Pick<FormData, 'get' | 'getAll'>,
): Answers | null {
  const answers = answersFromParams(questionnaireFor(locale), params);
  const checked = validateIntakeAnswers(currentQuestionnaireVersion, answers, {
    lang: locale === 'es' ? 'es' : 'en',
    today: new Date().toISOString().slice(0, 10),
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

/** The form field a person never sees; a script that fills every field fills it. */
export const HONEYPOT_FIELD = 'website_url';

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
