import { RulesInputError } from '../errors.js';
import { daysBetween, parseIsoDate, type IsoDate } from '../days/index.js';
import { listStates } from '../states/index.js';
import {
  issueIds,
  planTypes,
  urgencies,
  type IssueId,
  type RecommendInput,
} from '../pathways/types.js';
import { parseLang, type Lang } from './lang.js';
import type {
  AnswerValue,
  IntakeAnswers,
  IntakeFieldError,
  IntakeValidation,
  Question,
  QuestionChoice,
  Questionnaire,
  ShowIf,
} from './types.js';
import { isRecord } from '../is-record.js';

type Text = Readonly<Record<Lang, string>>;

/**
 * The current questionnaire version: `YYYY-MM.n`, the month it was written and a revision.
 * A stored intake keeps the version it was answered in.
 *
 * @example
 * ```ts
 * currentQuestionnaireVersion; // '2026-12.1'
 * ```
 */
export const currentQuestionnaireVersion = '2026-12.1';

/**
 * Every questionnaire version this package can render and validate, oldest first.
 *
 * @example
 * ```ts
 * questionnaireVersions; // ['2026-11.1', '2026-12.1']
 * ```
 */
export const questionnaireVersions: readonly string[] = ['2026-11.1', currentQuestionnaireVersion];

const ISSUE_CHOICES: Readonly<Record<IssueId, { label: Text; help: Text }>> = {
  evaluation_refused: {
    label: {
      en: 'The school will not test my child for special education',
      es: 'La escuela no quiere evaluar a mi hijo para educación especial',
    },
    help: {
      en: 'You asked for testing, and the school said no or did not answer.',
      es: 'Usted pidió una evaluación y la escuela dijo que no o no contestó.',
    },
  },
  evaluation_disputed: {
    label: {
      en: "I disagree with the school's testing",
      es: 'No estoy de acuerdo con la evaluación de la escuela',
    },
    help: {
      en: 'The school tested your child, but you think the results are wrong or missed something.',
      es: 'La escuela evaluó a su hijo, pero usted cree que los resultados están mal o falta algo.',
    },
  },
  evaluation_late: {
    label: { en: 'The testing is taking too long', es: 'La evaluación está tardando demasiado' },
    help: {
      en: 'You signed the consent form, and the school has not finished.',
      es: 'Usted firmó el permiso y la escuela no ha terminado.',
    },
  },
  eligibility_denied: {
    label: {
      en: 'The school says my child does not qualify',
      es: 'La escuela dice que mi hijo no califica',
    },
    help: {
      en: 'After testing, the school said your child cannot get special education.',
      es: 'Después de evaluar, la escuela dijo que su hijo no puede recibir educación especial.',
    },
  },
  services_insufficient: {
    label: {
      en: 'My child needs more help than the plan gives',
      es: 'Mi hijo necesita más ayuda de la que da el plan',
    },
    help: {
      en: 'For example, too few minutes of therapy, or no help in an area of need.',
      es: 'Por ejemplo, muy pocos minutos de terapia, o ninguna ayuda en un área que necesita.',
    },
  },
  services_not_provided: {
    label: {
      en: 'The school is not doing what the plan says',
      es: 'La escuela no cumple lo que dice el plan',
    },
    help: {
      en: 'For example, missed therapy sessions or no aide when the plan requires one.',
      es: 'Por ejemplo, sesiones de terapia que no se dieron o falta de un asistente que el plan exige.',
    },
  },
  placement_change: {
    label: {
      en: "The school wants to change my child's class or school",
      es: 'La escuela quiere cambiar a mi hijo de clase o de escuela',
    },
    help: {
      en: 'For example, moving your child to a separate class or another building.',
      es: 'Por ejemplo, pasar a su hijo a un salón aparte o a otro edificio.',
    },
  },
  discipline: {
    label: {
      en: 'My child is being suspended or sent home',
      es: 'A mi hijo lo suspenden o lo mandan a casa',
    },
    help: {
      en: 'Suspensions, expulsion, or being asked to pick your child up early.',
      es: 'Suspensiones, expulsión, o le piden que recoja a su hijo temprano.',
    },
  },
  procedural_violation: {
    label: {
      en: 'The school did not follow the steps it must follow',
      es: 'La escuela no siguió los pasos que debe seguir',
    },
    help: {
      en: 'For example, a meeting without notice, or a decision without you.',
      es: 'Por ejemplo, una reunión sin aviso, o una decisión sin usted.',
    },
  },
  records_denied: {
    label: {
      en: "The school will not show me my child's records",
      es: 'La escuela no me muestra el archivo de mi hijo',
    },
    help: {
      en: 'You asked to see or copy records, and the school refused or is slow.',
      es: 'Usted pidió ver o copiar documentos, y la escuela se negó o tarda mucho.',
    },
  },
  communication_breakdown: {
    label: {
      en: 'The school and I cannot talk things through',
      es: 'La escuela y yo no logramos entendernos',
    },
    help: {
      en: 'Meetings go badly, or the school does not answer you.',
      es: 'Las reuniones salen mal, o la escuela no le contesta.',
    },
  },
  discrimination: {
    label: {
      en: 'My child is treated unfairly because of a disability',
      es: 'Tratan mal a mi hijo por su discapacidad',
    },
    help: {
      en: 'Or the school punished you or your child for speaking up.',
      es: 'O la escuela los castigó a usted o a su hijo por reclamar.',
    },
  },
};

const PLAN_CHOICES: Readonly<Record<(typeof planTypes)[number], Text>> = {
  iep: {
    en: 'Yes, an IEP (a special education plan)',
    es: 'Sí, un IEP (un plan de educación especial)',
  },
  '504': {
    en: 'Yes, a 504 plan (changes or help in class for a disability)',
    es: 'Sí, un plan 504 (cambios o ayuda en clase por una discapacidad)',
  },
  none: { en: 'No plan', es: 'No tiene plan' },
  unknown: { en: 'I am not sure', es: 'No estoy seguro' },
};

const URGENCY_CHOICES: Readonly<Record<(typeof urgencies)[number], Text>> = {
  low: { en: 'It can wait a few months', es: 'Puede esperar unos meses' },
  medium: {
    en: 'It needs action in the next few weeks',
    es: 'Hay que actuar en las próximas semanas',
  },
  high: { en: 'It is harming my child now', es: 'Está dañando a mi hijo ahora' },
};

interface QuestionSpec extends Omit<Question, 'label' | 'help' | 'choices'> {
  readonly label: Text;
  readonly help: Text;
  readonly choices?: (lang: Lang) => QuestionChoice[];
}

const QUESTIONS_2026_11_1: readonly QuestionSpec[] = [
  {
    id: 'state',
    type: 'single_choice',
    required: true,
    label: {
      en: 'In which state does your child go to school?',
      es: '¿En qué estado va su hijo a la escuela?',
    },
    help: {
      en: 'The rules and time limits depend on the state.',
      es: 'Las reglas y los plazos dependen del estado.',
    },
    choices: () =>
      listStates()
        .map((s) => ({ value: s.code, label: s.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  },
  {
    id: 'plan_type',
    type: 'single_choice',
    required: true,
    label: {
      en: 'Does your child have a plan at school?',
      es: '¿Su hijo tiene un plan en la escuela?',
    },
    help: {
      en: 'An IEP is a written special education plan. A 504 plan gives changes or help in class to a child with a disability.',
      es: 'Un IEP es un plan escrito de educación especial. Un plan 504 da cambios o ayuda en clase a un niño con una discapacidad.',
    },
    choices: (lang) => planTypes.map((value) => ({ value, label: PLAN_CHOICES[value][lang] })),
  },
  {
    id: 'issues',
    type: 'multi_choice',
    required: true,
    minChoices: 1,
    label: {
      en: 'What is going wrong? Choose all that fit.',
      es: '¿Qué está pasando? Elija todo lo que corresponda.',
    },
    help: {
      en: 'You can choose more than one. We use your answers to suggest next steps.',
      es: 'Puede elegir más de una opción. Usamos sus respuestas para sugerir los próximos pasos.',
    },
    choices: (lang) =>
      issueIds.map((value) => ({
        value,
        label: ISSUE_CHOICES[value].label[lang],
        help: ISSUE_CHOICES[value].help[lang],
      })),
  },
  {
    id: 'has_decision_date',
    type: 'yes_no',
    required: true,
    label: {
      en: 'Did the school make a decision you disagree with, and do you know about when?',
      es: '¿La escuela tomó una decisión con la que no está de acuerdo, y sabe más o menos cuándo?',
    },
    help: {
      en: 'For example, a letter, an email or a meeting where the school said no or proposed a change.',
      es: 'Por ejemplo, una carta, un correo o una reunión donde la escuela dijo que no o propuso un cambio.',
    },
  },
  {
    id: 'district_decision_date',
    type: 'date',
    required: true,
    notInFuture: true,
    showIf: { question: 'has_decision_date', equals: true },
    label: {
      en: 'When did the school make that decision?',
      es: '¿Cuándo tomó la escuela esa decisión?',
    },
    help: {
      en: 'If you are not sure, give your best guess. Some time limits start on this date.',
      es: 'Si no está seguro, ponga la fecha más cercana que recuerde. Algunos plazos empiezan en esta fecha.',
    },
  },
  {
    id: 'written_notice',
    type: 'yes_no',
    required: true,
    showIf: { question: 'has_decision_date', equals: true },
    label: {
      en: 'Did the school give you that decision in writing?',
      es: '¿La escuela le dio esa decisión por escrito?',
    },
    help: {
      en: 'A letter or form that says what the school decided and why. The law calls it prior written notice.',
      es: 'Una carta o formulario que dice qué decidió la escuela y por qué. La ley lo llama notificación previa por escrito.',
    },
  },
  {
    id: 'change_in_effect',
    type: 'yes_no',
    required: true,
    showIf: { question: 'issues', includes: 'placement_change' },
    label: {
      en: 'Has the change of class or school already started?',
      es: '¿Ya empezó el cambio de clase o de escuela?',
    },
    help: {
      en: 'If it has not started yet, acting now can keep your child where they are.',
      es: 'Si todavía no empezó, actuar ahora puede mantener a su hijo donde está.',
    },
  },
  {
    id: 'removal_school_days',
    type: 'number',
    required: true,
    integer: true,
    min: 0,
    max: 366,
    showIf: { question: 'issues', includes: 'discipline' },
    label: {
      en: 'How many school days has your child been sent out of school this school year?',
      es: '¿Cuántos días de clases han sacado a su hijo de la escuela este año escolar?',
    },
    help: {
      en: 'Count suspensions and days the school asked you to keep your child home.',
      es: 'Cuente las suspensiones y los días que la escuela le pidió dejar a su hijo en casa.',
    },
  },
  {
    id: 'open_to_negotiation',
    type: 'yes_no',
    required: false,
    label: {
      en: 'Are you willing to keep talking with the school to reach an agreement?',
      es: '¿Está dispuesto a seguir hablando con la escuela para llegar a un acuerdo?',
    },
    help: {
      en: 'There is no wrong answer. It helps us order your options.',
      es: 'No hay respuesta mala. Nos ayuda a ordenar sus opciones.',
    },
  },
  {
    id: 'urgency',
    type: 'single_choice',
    required: false,
    label: {
      en: 'How urgent is this for your child?',
      es: '¿Qué tan urgente es esto para su hijo?',
    },
    help: {
      en: 'Tell us how soon something must change.',
      es: 'Díganos qué tan pronto debe cambiar algo.',
    },
    choices: (lang) => urgencies.map((value) => ({ value, label: URGENCY_CHOICES[value][lang] })),
  },
  {
    id: 'summary',
    type: 'text',
    required: false,
    maxLength: 4000,
    label: {
      en: 'In your own words, what is happening?',
      es: 'Con sus propias palabras, ¿qué está pasando?',
    },
    help: {
      en: 'A few sentences are enough. Your advocate will read this.',
      es: 'Bastan unas pocas oraciones. Su defensor leerá esto.',
    },
  },
];

/**
 * 2026-12.1 adds one question: whether a meeting with the school is coming, so the records
 * request can go before it (general rule 3 of the reference's section C; 34 CFR 300.613(a)).
 * It follows the discipline question, since a manifestation determination is such a meeting.
 */
const MEETING_SCHEDULED: QuestionSpec = {
  id: 'meeting_scheduled',
  type: 'yes_no',
  required: false,
  label: {
    en: 'Is a meeting with the school coming up?',
    es: '¿Tiene pronto una reunión con la escuela?',
  },
  help: {
    en: 'For example, a plan meeting or a meeting about discipline. If so, we will tell you to ask for the records before it.',
    es: 'Por ejemplo, una reunión del plan o una reunión sobre disciplina. Si es así, le diremos que pida el archivo antes.',
  },
};

const QUESTIONS_2026_12_1: readonly QuestionSpec[] = QUESTIONS_2026_11_1.flatMap((q) =>
  q.id === 'removal_school_days' ? [q, MEETING_SCHEDULED] : [q],
);

const VERSIONS: Readonly<Record<string, readonly QuestionSpec[]>> = {
  '2026-11.1': QUESTIONS_2026_11_1,
  '2026-12.1': QUESTIONS_2026_12_1,
};

const TITLES: Record<Lang, { title: string; intro: string }> = {
  en: {
    title: 'Tell us what is happening at school',
    intro:
      'Your answers help us suggest next steps. It takes about five minutes. You can save and come back.',
  },
  es: {
    title: 'Cuéntenos qué pasa en la escuela',
    intro:
      'Sus respuestas nos ayudan a sugerir los próximos pasos. Toma unos cinco minutos. Puede guardar y volver después.',
  },
};

function specsFor(version: string): readonly QuestionSpec[] {
  const specs = VERSIONS[version];
  if (specs === undefined) {
    throw new RulesInputError(
      'version',
      version,
      `unknown questionnaire version; known: ${questionnaireVersions.join(', ')}`,
    );
  }
  return specs;
}

/**
 * The intake questionnaire in one language: its version, title, and questions with help
 * text, answer types, choices and show-if branching. Throws `RulesInputError` for an unknown
 * language (`lang`) or version (`version`).
 *
 * @example
 * ```ts
 * const q = getQuestionnaire('es');
 * q.version; // '2026-12.1'
 * q.questions.find((x) => x.id === 'removal_school_days')?.showIf;
 * // { question: 'issues', includes: 'discipline' }
 * ```
 */
export function getQuestionnaire(
  lang: Lang,
  version: string = currentQuestionnaireVersion,
): Questionnaire {
  const language = parseLang(lang);
  const specs = specsFor(version);
  return {
    version,
    lang: language,
    ...TITLES[language],
    questions: specs.map(({ label, help, choices, ...rest }) => ({
      ...rest,
      label: label[language],
      help: help[language],
      ...(choices === undefined ? {} : { choices: choices(language) }),
    })),
  };
}

/**
 * Whether a question is shown, given the answers so far.
 *
 * @example
 * ```ts
 * isQuestionShown({ question: 'issues', includes: 'discipline' }, { issues: ['discipline'] }); // true
 * ```
 */
export function isQuestionShown(
  showIf: ShowIf | undefined,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  if (showIf === undefined) return true;
  if ('all' in showIf) return showIf.all.every((c) => isQuestionShown(c, answers));
  if ('any' in showIf) return showIf.any.some((c) => isQuestionShown(c, answers));
  const answer = answers[showIf.question];
  if ('includes' in showIf) return Array.isArray(answer) && answer.includes(showIf.includes);
  return answer === showIf.equals;
}

const MESSAGES = {
  required: { en: 'Please answer this question.', es: 'Por favor, conteste esta pregunta.' },
  choice: { en: 'Please choose one of the options.', es: 'Por favor, elija una de las opciones.' },
  choices: { en: 'Please choose from the options.', es: 'Por favor, elija entre las opciones.' },
  minChoices: { en: 'Please choose at least one.', es: 'Por favor, elija al menos una.' },
  duplicate: {
    en: 'Each option can be chosen once.',
    es: 'Cada opción se puede elegir una sola vez.',
  },
  yesNo: { en: 'Please answer yes or no.', es: 'Por favor, conteste sí o no.' },
  number: { en: 'Please enter a number.', es: 'Por favor, escriba un número.' },
  integer: { en: 'Please enter a whole number.', es: 'Por favor, escriba un número entero.' },
  range: {
    en: 'Please enter a number from {min} to {max}.',
    es: 'Por favor, escriba un número de {min} a {max}.',
  },
  date: { en: 'Please enter a real date.', es: 'Por favor, escriba una fecha válida.' },
  future: { en: 'This date cannot be in the future.', es: 'Esta fecha no puede ser en el futuro.' },
  text: {
    en: 'Please type your answer as text.',
    es: 'Por favor, escriba su respuesta como texto.',
  },
  tooLong: {
    en: 'Please keep this under {max} characters.',
    es: 'Por favor, use menos de {max} caracteres.',
  },
  unknown: {
    en: 'This question is not in this version of the questionnaire.',
    es: 'Esta pregunta no está en esta versión del cuestionario.',
  },
  version: {
    en: 'This questionnaire version is unknown.',
    es: 'Esta versión del cuestionario no existe.',
  },
  answers: {
    en: 'Answers must be an object keyed by question id.',
    es: 'Las respuestas deben ser un objeto con el id de cada pregunta.',
  },
} as const satisfies Record<string, Text>;

/** Checks one answer against its question; returns the clean value or an error message. */
function checkAnswer(
  question: QuestionSpec,
  value: unknown,
  lang: Lang,
  today: IsoDate | undefined,
): { value: AnswerValue } | { error: string } {
  const choices = question.choices?.('en').map((c) => c.value) ?? [];
  switch (question.type) {
    case 'single_choice':
      return typeof value === 'string' && choices.includes(value)
        ? { value }
        : { error: MESSAGES.choice[lang] };
    case 'multi_choice': {
      if (
        !Array.isArray(value) ||
        !value.every((v): v is string => typeof v === 'string' && choices.includes(v))
      ) {
        return { error: MESSAGES.choices[lang] };
      }
      if (new Set(value).size !== value.length) return { error: MESSAGES.duplicate[lang] };
      if (value.length < (question.minChoices ?? 0)) return { error: MESSAGES.minChoices[lang] };
      return { value: [...value] };
    }
    case 'yes_no':
      return typeof value === 'boolean' ? { value } : { error: MESSAGES.yesNo[lang] };
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { error: MESSAGES.number[lang] };
      if (question.integer === true && !Number.isInteger(value))
        return { error: MESSAGES.integer[lang] };
      const min = question.min ?? -Infinity;
      const max = question.max ?? Infinity;
      if (value < min || value > max) {
        return {
          error: MESSAGES.range[lang].replace('{min}', String(min)).replace('{max}', String(max)),
        };
      }
      return { value };
    }
    case 'date': {
      let date: IsoDate;
      try {
        date = parseIsoDate(value, question.id);
      } catch (error) {
        if (error instanceof RulesInputError) return { error: MESSAGES.date[lang] };
        throw error;
      }
      if (question.notInFuture === true && today !== undefined && daysBetween(today, date) > 0) {
        return { error: MESSAGES.future[lang] };
      }
      return { value: date };
    }
    case 'text': {
      if (typeof value !== 'string') return { error: MESSAGES.text[lang] };
      const max = question.maxLength ?? Infinity;
      if (value.length > max)
        return { error: MESSAGES.tooLong[lang].replace('{max}', String(max)) };
      return { value: value.trim() };
    }
  }
}

/**
 * Options for `validateIntakeAnswers`.
 *
 * - `lang`: the language of the error messages (default English).
 * - `today`: the submission date; with it, a date answer after today is an error.
 * - `partial`: a saved draft: required questions may be unanswered.
 *
 * @example
 * ```ts
 * const options: ValidateIntakeOptions = { lang: 'es', today: '2026-11-23', partial: true };
 * ```
 */
export interface ValidateIntakeOptions {
  readonly lang?: Lang;
  readonly today?: IsoDate;
  readonly partial?: boolean;
}

/**
 * Validates answers against a questionnaire version, the way the API stores them. Questions
 * are checked in order, so branching uses the earlier clean answers; an answer to a question
 * that is hidden by branching is dropped, an answer to a question the version does not have
 * is an error. Never throws for bad answers: it returns every problem found, each with the
 * question id and a message in `options.lang`.
 *
 * @example
 * ```ts
 * validateIntakeAnswers('2026-11.1', { state: 'TX', plan_type: 'iep', issues: ['discipline'], has_decision_date: false });
 * // { ok: false, errors: [{ field: 'removal_school_days', message: 'Please answer this question.' }] }
 * ```
 */
export function validateIntakeAnswers(
  version: string,
  answers: unknown,
  options: ValidateIntakeOptions = {},
): IntakeValidation {
  const lang = options.lang === 'es' ? 'es' : 'en';
  const specs = VERSIONS[typeof version === 'string' ? version : ''];
  if (specs === undefined)
    return { ok: false, errors: [{ field: 'version', message: MESSAGES.version[lang] }] };
  if (!isRecord(answers))
    return { ok: false, errors: [{ field: 'answers', message: MESSAGES.answers[lang] }] };
  const today = options.today === undefined ? undefined : parseIsoDate(options.today, 'today');
  const errors: IntakeFieldError[] = [];
  const clean: Record<string, AnswerValue> = {};
  const known = new Set(specs.map((q) => q.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: key, message: MESSAGES.unknown[lang] });
  }
  for (const question of specs) {
    if (!isQuestionShown(question.showIf, clean)) continue;
    const raw = answers[question.id];
    if (raw === undefined || raw === null || raw === '') {
      if (question.required && options.partial !== true)
        errors.push({ field: question.id, message: MESSAGES.required[lang] });
      continue;
    }
    const result = checkAnswer(question, raw, lang, today);
    if ('error' in result) errors.push({ field: question.id, message: result.error });
    else if (!(question.type === 'text' && result.value === '')) clean[question.id] = result.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: clean as unknown as IntakeAnswers };
}

/**
 * Turns validated intake answers into the input of `recommend`. `today` is the submission
 * date (the package never reads a clock). Throws `RulesInputError` if `today` is not a date
 * or the answers lack what `recommend` needs (`state`, `plan_type`, `issues`).
 *
 * @example
 * ```ts
 * const result = validateIntakeAnswers('2026-11.1', answers);
 * if (result.ok) recommend(answersToRecommendInput(result.value, '2026-11-23'), 'es');
 * ```
 */
export function answersToRecommendInput(answers: IntakeAnswers, today: IsoDate): RecommendInput {
  const date = parseIsoDate(today, 'today');
  if (!isRecord(answers))
    throw new RulesInputError('answers', answers, 'must be validated intake answers');
  if (typeof answers.state !== 'string')
    throw new RulesInputError('state', answers.state, 'is required');
  if (typeof answers.plan_type !== 'string')
    throw new RulesInputError('plan_type', answers.plan_type, 'is required');
  if (!Array.isArray(answers.issues))
    throw new RulesInputError('issues', answers.issues, 'is required');
  const input: RecommendInput = {
    state: answers.state,
    planType: answers.plan_type,
    issues: [...answers.issues],
    today: date,
  };
  if (answers.has_decision_date === true && answers.district_decision_date !== undefined) {
    input.districtDecisionDate = answers.district_decision_date;
  }
  if (answers.written_notice !== undefined) input.writtenNotice = answers.written_notice;
  if (answers.change_in_effect !== undefined) input.changeInEffect = answers.change_in_effect;
  if (answers.removal_school_days !== undefined)
    input.removalSchoolDays = answers.removal_school_days;
  if (answers.meeting_scheduled !== undefined) input.meetingScheduled = answers.meeting_scheduled;
  if (answers.open_to_negotiation !== undefined)
    input.openToNegotiation = answers.open_to_negotiation;
  if (answers.urgency !== undefined) input.urgency = answers.urgency;
  return input;
}
