import { formatLongDate, type Lang } from '../../intake/lang.js';
import { UNKNOWN_NOTE } from '../../states/index.js';
import type { LetterBlock } from '../document.js';
import type { LetterFacts } from '../facts.js';

/** What a template builder works with: the validated facts and the language. */
export interface TemplateContext {
  readonly facts: LetterFacts;
  readonly lang: Lang;
  /** Picks the English or the Spanish text. */
  readonly t: (en: string, es: string) => string;
  /** A date in words in the letter's language. */
  readonly date: (iso: string) => string;
}

export function templateContext(facts: LetterFacts, lang: Lang): TemplateContext {
  return {
    facts,
    lang,
    t: (en, es) => (lang === 'en' ? en : es),
    date: (iso) => formatLongDate(iso, lang),
  };
}

export function lines(text: string | undefined): string[] {
  return text === undefined
    ? []
    : text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
}

/**
 * The sender block, the date and the recipient block that open every letter. The recipient
 * lines are a name (an attention line first, where there is one) and an address: nothing else,
 * since they are printed as they are on the letter and its envelope.
 */
export function letterHead(ctx: TemplateContext, to: readonly string[]): LetterBlock[] {
  const { parent } = ctx.facts;
  const sender = [
    parent.name,
    ...lines(parent.address),
    ...(parent.phone === undefined ? [] : [parent.phone]),
    ...(parent.email === undefined ? [] : [parent.email]),
  ];
  return [
    { type: 'address', lines: sender },
    { type: 'paragraph', text: ctx.date(ctx.facts.date) },
    { type: 'address', lines: to },
  ];
}

/** The district's lines: the named person or the special education director, name, address. */
export function districtLines(ctx: TemplateContext, attention?: string): string[] {
  const { district } = ctx.facts;
  return [
    district.recipient ??
      attention ??
      ctx.t('Director of Special Education', 'Director(a) de Educación Especial'),
    district.name,
    ...lines(district.address),
  ];
}

/** The district as recipient, addressed to the named person or the special education director. */
export function districtHead(ctx: TemplateContext): LetterBlock[] {
  return letterHead(ctx, districtLines(ctx));
}

/** "Re: <subject>" with the student's identifying details. */
export function subjectLine(ctx: TemplateContext, subject: string): LetterBlock {
  const { student } = ctx.facts;
  const details = [
    student.dateOfBirth === undefined
      ? undefined
      : ctx.t(
          `date of birth ${ctx.date(student.dateOfBirth)}`,
          `fecha de nacimiento: ${ctx.date(student.dateOfBirth)}`,
        ),
    student.grade === undefined
      ? undefined
      : ctx.t(`grade ${student.grade}`, `grado: ${student.grade}`),
    student.school,
  ].filter((item): item is string => item !== undefined);
  const who = details.length === 0 ? student.name : `${student.name} (${details.join('; ')})`;
  return {
    type: 'paragraph',
    bold: true,
    text: ctx.t(`Re: ${subject}, for ${who}`, `Asunto: ${subject}, para ${who}`),
  };
}

export function salutation(ctx: TemplateContext, to?: string): LetterBlock {
  const name = to ?? ctx.facts.district.recipient;
  return {
    type: 'paragraph',
    text:
      name === undefined
        ? ctx.t(
            'Dear Director of Special Education:',
            'Estimado(a) Director(a) de Educación Especial:',
          )
        : ctx.t(`Dear ${name}:`, `Estimado(a) ${name}:`),
  };
}

/** Closing, signature line, name, relationship and contact lines. */
export function signature(ctx: TemplateContext, withContact = false): LetterBlock {
  const { parent, student } = ctx.facts;
  const relationship =
    parent.relationship ??
    ctx.t(`Parent of ${student.name}`, `Madre, padre o tutor(a) de ${student.name}`);
  const contact = withContact
    ? [
        ...lines(parent.address),
        ...(parent.phone === undefined ? [] : [parent.phone]),
        ...(parent.email === undefined ? [] : [parent.email]),
      ]
    : [];
  return {
    type: 'signature',
    closing: ctx.t('Sincerely,', 'Atentamente,'),
    name: parent.name,
    lines: [relationship, ...contact],
  };
}

export function paragraph(text: string, bold = false): LetterBlock {
  return bold ? { type: 'paragraph', text, bold } : { type: 'paragraph', text };
}

export function list(items: readonly string[], ordered = false): LetterBlock {
  return { type: 'list', ordered, items };
}

export function heading(text: string, level: 1 | 2 | 3 = 2): LetterBlock {
  return { type: 'heading', level, text };
}

/** Appends " on <date>" / " el <date>" when the date is known. */
export function onDate(ctx: TemplateContext, iso: string | undefined): string {
  return iso === undefined ? '' : ctx.t(` on ${ctx.date(iso)}`, ` el ${ctx.date(iso)}`);
}

/**
 * What a letter says where the states data does not know a fact (or grades it low): the
 * product's one wording for it, in the letter's language.
 */
export function unknownFact(ctx: TemplateContext): string {
  return ctx.t(
    UNKNOWN_NOTE,
    'desconocido — consulte el aviso de garantías procesales de su estado',
  );
}
