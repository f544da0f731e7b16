import {
  buildStarterKit,
  RulesInputError,
  validateIntakeAnswers,
  type IntakeAnswers,
  type Lang,
  type StarterKit,
} from '@continuum/rules';
import { m } from '$lib/paraglide/messages';
import { answersFromParams, answersToParams } from '$lib/public/carried-answers';
import { guideQuestionnaire } from './guide';

/** The fields of the kit's own form, beside the carried answers. */
export type StarterKitField = 'child' | 'parent' | 'school' | 'format';
export type StarterKitFormat = 'pdf' | 'docx';

/**
 * One thing to fix before the kit can be made: `field` is a question id or one of the kit's
 * own fields; `label` names it in the reader's language, `message` says what is wrong.
 */
export interface StarterKitProblem {
  readonly field: string;
  readonly label: string;
  readonly message: string;
  /** The kit's own fields are on the problem page's form; answers are fixed on the result page. */
  readonly own: boolean;
}

interface CarriedRequest {
  /** The carried answers as an address query, for the link back to the result and the form. */
  readonly answersQuery: string;
  /** What the person typed, to fill the form again. */
  readonly typed: Readonly<Record<Exclude<StarterKitField, 'format'>, string>>;
}

export type StarterKitRequest = CarriedRequest &
  (
    | { readonly ok: true; readonly kit: StarterKit; readonly format: StarterKitFormat }
    | { readonly ok: false; readonly problems: readonly StarterKitProblem[] }
  );

/** Longest names the rules accept (buildStarterKit), for the message and the inputs. */
export const KIT_MAX: Readonly<Record<Exclude<StarterKitField, 'format'>, number>> = {
  child: 100,
  parent: 100,
  school: 200,
};

const FIELD_LABELS: Readonly<Record<StarterKitField, () => string>> = {
  child: m.kit_field_child,
  parent: m.kit_field_parent,
  school: m.kit_field_school,
  format: m.kit_field_format,
};

function own(field: StarterKitField, message: string): StarterKitProblem {
  return { field, label: FIELD_LABELS[field](), message, own: true };
}

/**
 * Reads a starter kit request: the answers carried in the address (`answersFromParams`),
 * validated by the rules in the reader's language, then `child` (required), `parent`,
 * `school` and `format` (`pdf` | `docx`). Every problem is reported, each naming its field; a
 * valid request gives the kit, built by the rules on this server (public pages compute from
 * the rules directly, docs/architecture.md).
 */
export function readStarterKitRequest(
  params: URLSearchParams,
  lang: Lang,
  today: string,
): StarterKitRequest {
  const questionnaire = guideQuestionnaire(lang);
  const answers = answersFromParams(questionnaire, params);
  const answersQuery = answersToParams(questionnaire, answers).toString();
  const typed = {
    child: params.get('child') ?? '',
    parent: params.get('parent') ?? '',
    school: params.get('school') ?? '',
  };
  const problems: StarterKitProblem[] = [];
  const validation = validateIntakeAnswers(questionnaire.version, answers, { lang, today });
  if (!validation.ok) {
    for (const error of validation.errors) {
      const question = questionnaire.questions.find((q) => q.id === error.field);
      problems.push({
        field: error.field,
        label: question?.label ?? error.field,
        message: error.message,
        own: false,
      });
    }
  }
  // The names are checked by the rules (buildStarterKit) so the limits live in one place; with
  // answers that do not validate, a throwaway valid answer set lets the names be checked too.
  const names = { child: typed.child, parent: typed.parent, school: typed.school };
  const answersForNames: IntakeAnswers = validation.ok
    ? validation.value
    : { state: 'AZ', plan_type: 'iep', issues: ['records_denied'] };
  let kit: StarterKit | null = null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      kit = buildStarterKit({ answers: answersForNames, lang, today, ...names });
      break;
    } catch (error) {
      if (!(error instanceof RulesInputError)) throw error;
      const field = error.field;
      if (field !== 'child' && field !== 'parent' && field !== 'school') throw error;
      problems.push(
        own(
          field,
          names[field].trim() === ''
            ? m.kit_error_child_missing()
            : m.kit_error_too_long({ max: KIT_MAX[field] }),
        ),
      );
      // Drop the refused name and check the others.
      names[field] = field === 'child' ? 'x' : '';
    }
  }
  const format = params.get('format');
  const formatOk = format === 'pdf' || format === 'docx';
  if (!formatOk) problems.push(own('format', m.kit_error_format()));
  if (problems.length > 0 || kit === null || !formatOk) {
    return { ok: false, problems, answersQuery, typed };
  }
  return { ok: true, kit, format, answersQuery, typed };
}

export const KIT_CONTENT_TYPES: Readonly<Record<StarterKitFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
