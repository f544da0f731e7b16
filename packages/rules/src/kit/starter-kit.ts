import { RulesInputError } from '../errors.js';
import { addDays, daysBetween, parseIsoDate, type IsoDate } from '../days/index.js';
import { answersToRecommendInput } from '../intake/questionnaire.js';
import { formatLongDate, parseLang, type Lang } from '../intake/lang.js';
import type { IntakeAnswers } from '../intake/types.js';
import { buildLetter } from '../letters/build.js';
import type { LetterBlock, LetterDocument, PrintableDocument } from '../letters/document.js';
import type { LetterFacts } from '../letters/facts.js';
import { isIdeaPlan } from '../pathways/guide.js';
import {
  clockDeadline,
  dueProcessClock,
  ferpaClock,
  ocrClock,
  stateComplaintClock,
  type Clock,
} from '../pathways/limits.js';
import { recommend } from '../pathways/recommend.js';
import type { PathwayId, Recommendation } from '../pathways/types.js';
import { getState, UNKNOWN_NOTE, type Confidence } from '../states/index.js';
import { chooseKitLetter, type KitLetterChoice } from './letter-choice.js';
import {
  BLANKS,
  CHECKLIST_COMMON,
  CHECKLIST_ISSUES,
  CHECKLIST_PLAN,
  CHECKLIST_WRITTEN_NOTICE,
  DATE_LABELS,
  KIT_TEXT,
  LETTER_DECISIONS,
  LETTER_OBJECTIONS,
  LETTER_REASONS,
} from './text.js';

/**
 * What a starter kit is made from: the public assessment's validated answers, the reader's
 * language, today (the package reads no clock) and the names the family typed. Only the child's
 * first name is required; a missing parent or school prints as a line to fill in by hand.
 *
 * @example
 * ```ts
 * const input: StarterKitInput = {
 *   answers: { state: 'AZ', plan_type: 'iep', issues: ['services_not_provided'] },
 *   lang: 'es', today: '2026-12-04', child: 'Sofía',
 * };
 * ```
 */
export interface StarterKitInput {
  readonly answers: IntakeAnswers;
  readonly lang: Lang;
  readonly today: IsoDate;
  readonly child: string;
  readonly parent?: string | null;
  readonly school?: string | null;
}

/**
 * Where a date of the plan comes from: the 45 days to see the records, or a limitation clock.
 *
 * @example
 * ```ts
 * const id: KitDateId = 'due_process';
 * ```
 */
export type KitDateId = 'records_response' | 'due_process' | 'state_complaint' | 'ocr' | 'ferpa';

/**
 * One date of the action plan with the rule it comes from. `date` is null when it cannot be
 * known: the state's limit is unknown or low confidence (`unknownState`), or the answers give
 * no decision date to count from.
 *
 * @example
 * ```ts
 * const d: KitDate = { id: 'records_response', date: '2027-01-18', text: 'The school must ...',
 *   basis: ['34 CFR 300.613(a)'], confidence: 'high', passed: false, unknownState: false };
 * ```
 */
export interface KitDate {
  readonly id: KitDateId;
  readonly date: IsoDate | null;
  readonly text: string;
  readonly basis: readonly string[];
  readonly confidence: Confidence;
  readonly passed: boolean;
  readonly unknownState: boolean;
}

/**
 * A starter kit: a printable document (for `renderPdf` / `renderDocx`) whose last part, on a
 * page of its own, is the filled letter; and, for the page and tests, what it was made of.
 *
 * @example
 * ```ts
 * const kit: StarterKit = buildStarterKit(input);
 * kit.letter.template; // 'records_request'
 * ```
 */
export interface StarterKit extends PrintableDocument {
  readonly kind: 'starter_kit';
  readonly child: string;
  readonly recommendation: Recommendation;
  readonly letterChoice: KitLetterChoice;
  readonly letter: LetterDocument;
  readonly dates: readonly KitDate[];
  readonly checklist: readonly string[];
}

const MAX_NAME = 100;
const MAX_SCHOOL = 200;

function cleanName(value: unknown, field: string, max: number, required: boolean): string | null {
  if (value === undefined || value === null || value === '') {
    if (required) throw new RulesInputError(field, value, 'is required');
    return null;
  }
  if (typeof value !== 'string') throw new RulesInputError(field, value, 'must be a string');
  // Line breaks and control characters would break the letter's address lines and the DOCX XML.
  const text = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') {
    if (required) throw new RulesInputError(field, value, 'is required');
    return null;
  }
  if (text.length > max)
    throw new RulesInputError(field, `${text.slice(0, 20)}…`, `must be at most ${max} characters`);
  return text;
}

const LIMIT_CLOCKS: readonly {
  readonly id: Exclude<KitDateId, 'records_response'>;
  readonly pathways: readonly PathwayId[];
  readonly clock: (state: ReturnType<typeof getState>) => Clock;
}[] = [
  { id: 'due_process', pathways: ['due_process', 'expedited_due_process'], clock: dueProcessClock },
  { id: 'state_complaint', pathways: ['state_complaint'], clock: stateComplaintClock },
  { id: 'ocr', pathways: ['ocr_complaint'], clock: () => ocrClock() },
  { id: 'ferpa', pathways: ['ferpa_complaint'], clock: () => ferpaClock() },
];

/** A state fact graded unknown or low is not printed as a date (the reference's rule). */
function trusted(confidence: Confidence): boolean {
  return confidence === 'high' || confidence === 'medium';
}

function planDates(
  answers: IntakeAnswers,
  recommendation: Recommendation,
  letter: KitLetterChoice,
  today: IsoDate,
  lang: Lang,
): KitDate[] {
  const ranked = new Set(recommendation.pathways.map((p) => p.id));
  const dates: KitDate[] = [];
  if (letter.template === 'records_request' || ranked.has('records_request')) {
    // 45 days from the request at the latest (300.613(a); FERPA 99.10(b) for a child outside
    // Part B), counted from today because the kit says to send it today.
    dates.push({
      id: 'records_response',
      date: addDays(today, 45),
      text: DATE_LABELS.records_response[lang],
      basis: isIdeaPlan(answers.plan_type) ? ['34 CFR 300.613(a)'] : ['34 CFR 99.10(b)'],
      confidence: 'high',
      passed: false,
      unknownState: false,
    });
  }
  const state = getState(answers.state, 'state');
  const decided =
    answers.has_decision_date === true ? (answers.district_decision_date ?? null) : null;
  for (const limit of LIMIT_CLOCKS) {
    if (!limit.pathways.some((id) => ranked.has(id))) continue;
    const clock = limit.clock(state);
    const known = clock.duration !== null && trusted(clock.confidence);
    const date = known && decided !== null ? clockDeadline(clock, decided) : null;
    dates.push({
      id: limit.id,
      date,
      text:
        known && decided === null
          ? `${DATE_LABELS[limit.id][lang]} ${KIT_TEXT.noDecisionDate[lang]}`
          : DATE_LABELS[limit.id][lang],
      basis: [...clock.basis],
      confidence: clock.confidence,
      passed: date !== null && daysBetween(today, date) < 0,
      unknownState: !known || (date === null && decided !== null),
    });
  }
  // Soonest first; dates that cannot be known last, in the order above.
  return dates
    .map((d, index) => ({ d, index }))
    .sort((a, b) => {
      if (a.d.date === null || b.d.date === null)
        return a.d.date === b.d.date ? a.index - b.index : a.d.date === null ? 1 : -1;
      return a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : a.index - b.index;
    })
    .map(({ d }) => d);
}

const UNKNOWN_TEXT: Readonly<Record<Lang, string>> = {
  en: UNKNOWN_NOTE,
  es: 'desconocido — consulte el aviso de garantías procesales de su estado',
};

const NO_DATE_YET: Readonly<Record<Lang, string>> = {
  en: 'No date yet',
  es: 'Sin fecha todavía',
};

function dateLine(d: KitDate, lang: Lang): string {
  const when =
    d.date !== null
      ? formatLongDate(d.date, lang)
      : d.unknownState
        ? UNKNOWN_TEXT[lang]
        : NO_DATE_YET[lang];
  const passed = d.passed ? ` ${KIT_TEXT.passed[lang]}` : '';
  return `${when}: ${d.text}${passed} ${KIT_TEXT.rule[lang]}: ${d.basis.join('; ')}.`;
}

function checklistFor(answers: IntakeAnswers, lang: Lang): string[] {
  const plan = CHECKLIST_PLAN[answers.plan_type];
  return [
    ...(plan === undefined ? [] : [plan[lang]]),
    ...(answers.written_notice === true ? [CHECKLIST_WRITTEN_NOTICE[lang]] : []),
    ...answers.issues.map((issue) => CHECKLIST_ISSUES[issue][lang]),
    ...CHECKLIST_COMMON.map((text) => text[lang]),
  ];
}

function letterFacts(
  choice: KitLetterChoice,
  answers: IntakeAnswers,
  names: { child: string; parent: string | null; school: string | null },
  today: IsoDate,
  lang: Lang,
): LetterFacts {
  const decided = answers.has_decision_date === true ? answers.district_decision_date : undefined;
  const base: LetterFacts = {
    date: today,
    state: answers.state,
    parent: {
      name: names.parent ?? BLANKS.name[lang],
      address: `${BLANKS.address[lang]}\n${BLANKS.phone[lang]}`,
    },
    student: { name: names.child, ...(names.school === null ? {} : { school: names.school }) },
    district: { name: BLANKS.district[lang] },
  };
  switch (choice.template) {
    case 'pwn_request': {
      const decisions = answers.issues.map((issue) => LETTER_DECISIONS[issue][lang]);
      const text = decisions.join('; ');
      return {
        ...base,
        decision: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
        ...(decided === undefined ? {} : { decisionDate: decided }),
      };
    }
    case 'iep_objection':
      return {
        ...base,
        // Rule 2 of chooseKitLetter only picks this letter with a decision date.
        ...(decided === undefined ? {} : { meetingDate: decided }),
        objections: [
          ...answers.issues.flatMap((issue) => {
            const objection = LETTER_OBJECTIONS[issue];
            return objection === undefined ? [] : [objection[lang]];
          }),
          BLANKS.more[lang],
        ],
      };
    case 'iee_request':
      return { ...base, ...(decided === undefined ? {} : { evaluationDate: decided }) };
    case 'records_request':
      return { ...base, respondBy: addDays(today, 45) };
  }
}

/**
 * Builds a family's starter kit from the public assessment: the action plan (the first letter
 * to send today, then the recommendation's steps in rank order, its warnings first), the dates
 * to know (the 45 days to see the records; the limitation clocks of every ranked complaint or
 * hearing, counted from the decision date with the same rules as the recommendation's warnings,
 * each with its citation; "unknown — check your state's procedural safeguards notice" where the
 * state's limit is unknown or low confidence), a checklist of papers to gather (by plan, written
 * notice and issue) and the first letter filled in (chosen by `chooseKitLetter`), in English or
 * Spanish. The letter starts on a page of its own (`newPageBefore`).
 *
 * Pure: throws `RulesInputError` naming the field for a missing or too long `child` (100
 * characters), `parent` (100) or `school` (200), a bad `lang` or `today`, and whatever
 * `recommend` refuses in the answers.
 *
 * @example
 * ```ts
 * const kit = buildStarterKit({
 *   answers: { state: 'AZ', plan_type: 'iep', issues: ['services_not_provided'],
 *     has_decision_date: true, district_decision_date: '2026-10-01', written_notice: true },
 *   lang: 'es', today: '2026-12-04', child: 'Sofía',
 * });
 * kit.dates.map((d) => d.date); // ['2027-01-18', '2027-10-01', '2028-10-01']
 * await renderPdf(kit);         // from '@continuum/rules/render'
 * ```
 */
export function buildStarterKit(input: StarterKitInput): StarterKit {
  const lang = parseLang(input.lang);
  const today = parseIsoDate(input.today, 'today');
  const child = cleanName(input.child, 'child', MAX_NAME, true) ?? '';
  const parent = cleanName(input.parent, 'parent', MAX_NAME, false);
  const school = cleanName(input.school, 'school', MAX_SCHOOL, false);
  const { answers } = input;
  const recommendation = recommend(answersToRecommendInput(answers, today), lang);
  const letterChoice = chooseKitLetter(answers, recommendation);
  const letter = buildLetter(
    letterChoice.template,
    letterFacts(letterChoice, answers, { child, parent, school }, today, lang),
    lang,
  );
  const dates = planDates(answers, recommendation, letterChoice, today, lang);
  const checklist = checklistFor(answers, lang);
  const longToday = formatLongDate(today, lang);
  const title = KIT_TEXT.title[lang](child);

  const steps = [
    KIT_TEXT.sendLetter[lang](letter.title, longToday),
    ...recommendation.pathways.filter((p) => p.id !== letterChoice.template).map((p) => p.reason),
  ];
  const blocks: LetterBlock[] = [
    { type: 'heading', level: 1, text: title },
    { type: 'paragraph', text: KIT_TEXT.intro[lang](longToday) },
  ];
  if (recommendation.warnings.length > 0) {
    blocks.push(
      { type: 'heading', level: 2, text: KIT_TEXT.warnings[lang] },
      { type: 'list', ordered: false, items: recommendation.warnings.map((w) => w.message) },
    );
  }
  blocks.push(
    { type: 'heading', level: 2, text: KIT_TEXT.plan[lang] },
    { type: 'paragraph', text: KIT_TEXT.planIntro[lang] },
    { type: 'list', ordered: true, items: steps },
    { type: 'heading', level: 2, text: KIT_TEXT.dates[lang] },
  );
  if (dates.length === 0) blocks.push({ type: 'paragraph', text: KIT_TEXT.noDates[lang] });
  else
    blocks.push(
      { type: 'paragraph', text: KIT_TEXT.datesIntro[lang] },
      { type: 'list', ordered: false, items: dates.map((d) => dateLine(d, lang)) },
    );
  blocks.push(
    { type: 'heading', level: 2, text: KIT_TEXT.checklist[lang] },
    { type: 'paragraph', text: KIT_TEXT.checklistIntro[lang] },
    { type: 'list', ordered: false, items: checklist },
    { type: 'heading', level: 2, text: KIT_TEXT.letter[lang] },
    { type: 'paragraph', bold: true, text: letter.title },
    { type: 'paragraph', text: LETTER_REASONS[letterChoice.rule][lang] },
    { type: 'paragraph', text: KIT_TEXT.letterBlanks[lang] },
  );
  const letterStart = blocks.length;
  blocks.push(...letter.blocks);

  return {
    kind: 'starter_kit',
    lang,
    date: today,
    title,
    blocks,
    newPageBefore: [letterStart],
    child,
    recommendation,
    letterChoice,
    letter,
    dates,
    checklist,
  };
}
