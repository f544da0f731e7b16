/**
 * The Parent Center annual report to OSEP (Part 1 counts, Part 2 survey list), as far as the
 * reference confirms it: ../shared/domain/parent-center-report.md. Every line and every list
 * carries the reference's tag: 'C' confirmed (current form), 'C-old' confirmed only in a
 * pre-2021 copy, 'U' unconfirmed. Unconfirmed lists are only defaults: an organization's admin
 * edits them (organization settings), and the report prints what the organization uses.
 */
import type { IsoDate } from '../days/index.js';

export type ReportConfidence = 'C' | 'C-old' | 'U';
export interface Bilingual {
  en: string;
  es: string;
}
export interface ReportListItem {
  /** Stored on records; never shown to a reader. */
  code: string;
  label: Bilingual;
}
export interface ReportList {
  items: ReportListItem[];
  confidence: ReportConfidence;
  /** Why the list is what it is, for the settings page. */
  note: Bilingual;
}

/** The program year that ends in September of `year`: October 1 of the year before to September 30. */
export function programYear(year: number): { start: IsoDate; end: IsoDate } {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) {
    throw new RangeError(`program year out of range: ${year}`);
  }
  return { start: `${year - 1}-10-01`, end: `${year}-09-30` };
}

/** The program year a date falls in (a date in October or later belongs to the next year's report). */
export function programYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

/** Part 2's survey list: parents served in the last six months of the program year, April 1 to September 30 [C]. */
export function surveyWindow(year: number): { start: IsoDate; end: IsoDate } {
  programYear(year);
  return { start: `${year}-04-01`, end: `${year}-09-30` };
}

/** The Part 1 deadline is set each year; only the 2022-23 date (November 17, 2023) was read [C]. */
export const REPORT_DEADLINES_KNOWN: Record<number, IsoDate> = { 2023: '2023-11-17' };

const list = (items: [string, string, string][]): ReportListItem[] =>
  items.map(([code, en, es]) => ({ code, label: { en, es } }));

/**
 * Topics of a contact or training. The reference could not read the form's topic list, so this
 * is the project's default, built from the steps of the dispute ladder; edit it in settings. [U]
 */
export const DEFAULT_CONTACT_TOPICS: ReportList = {
  confidence: 'U',
  note: {
    en: 'The form’s own topic list could not be read. These are Continuum’s defaults; change them to match your worksheet.',
    es: 'No se pudo leer la lista de temas del formulario. Estos son los temas de Continuum; cámbielos según su hoja de trabajo.',
  },
  items: list([
    ['evaluation', 'Evaluation and eligibility', 'Evaluación y elegibilidad'],
    ['iep', 'IEP or IFSP', 'IEP o IFSP'],
    ['plan_504', 'Section 504 plan', 'Plan de la Sección 504'],
    ['discipline', 'Discipline', 'Disciplina'],
    ['placement', 'Placement and inclusion', 'Ubicación e inclusión'],
    ['transition', 'Transition to adult life', 'Transición a la vida adulta'],
    ['early_intervention', 'Early intervention', 'Intervención temprana'],
    ['dispute_resolution', 'Dispute resolution', 'Resolución de desacuerdos'],
    ['rights', 'Parent rights', 'Derechos de los padres'],
    ['other', 'Other', 'Otro'],
  ]),
};

/** Section V's kinds: none was readable, so these are the plausible defaults the reference names. [U] */
export const DEFAULT_OUTREACH_KINDS: ReportList = {
  confidence: 'U',
  note: {
    en: 'Section V’s items could not be read. These defaults come from the reference’s examples.',
    es: 'No se pudieron leer los renglones de la Sección V. Estos vienen de los ejemplos de la referencia.',
  },
  items: list([
    ['website', 'Website visits', 'Visitas al sitio web'],
    ['social_media', 'Social media posts', 'Publicaciones en redes sociales'],
    ['publications', 'Publications given out', 'Publicaciones entregadas'],
    ['newsletter', 'Newsletters and mass emails', 'Boletines y correos masivos'],
    ['media', 'Media (radio, TV, press)', 'Medios (radio, TV, prensa)'],
    ['exhibit', 'Exhibits and booths', 'Exhibiciones y mesas informativas'],
  ]),
};

/** IDEA's categories, 34 CFR 300.8, as the likely Section III rows, plus "unknown". [U] */
export const DEFAULT_DISABILITY_CATEGORIES: ReportList = {
  confidence: 'U',
  note: {
    en: 'The form’s rows could not be read. These are IDEA’s categories (34 CFR 300.8).',
    es: 'No se pudieron leer los renglones del formulario. Estas son las categorías de IDEA (34 CFR 300.8).',
  },
  items: list([
    ['autism', 'Autism', 'Autismo'],
    ['deaf_blindness', 'Deaf-blindness', 'Sordoceguera'],
    ['deafness', 'Deafness', 'Sordera'],
    ['developmental_delay', 'Developmental delay', 'Retraso en el desarrollo'],
    ['emotional_disturbance', 'Emotional disturbance', 'Trastorno emocional'],
    ['hearing_impairment', 'Hearing impairment', 'Impedimento auditivo'],
    ['intellectual_disability', 'Intellectual disability', 'Discapacidad intelectual'],
    ['multiple_disabilities', 'Multiple disabilities', 'Discapacidades múltiples'],
    ['orthopedic_impairment', 'Orthopedic impairment', 'Impedimento ortopédico'],
    ['other_health_impairment', 'Other health impairment', 'Otro impedimento de salud'],
    [
      'specific_learning_disability',
      'Specific learning disability',
      'Discapacidad específica del aprendizaje',
    ],
    [
      'speech_language_impairment',
      'Speech or language impairment',
      'Impedimento del habla o lenguaje',
    ],
    ['traumatic_brain_injury', 'Traumatic brain injury', 'Lesión cerebral traumática'],
    [
      'visual_impairment',
      'Visual impairment (including blindness)',
      'Impedimento visual (incluida la ceguera)',
    ],
  ]),
};

/** The Department of Education's seven-category set, the likely Section III rows. [U] */
export const DEFAULT_RACE_ETHNICITY: ReportList = {
  confidence: 'U',
  note: {
    en: 'The form’s rows could not be read. These are the federal seven categories; the 2024 OMB change is not applied.',
    es: 'No se pudieron leer los renglones del formulario. Estas son las siete categorías federales; no se aplica el cambio de 2024.',
  },
  items: list([
    ['hispanic_latino', 'Hispanic or Latino (any race)', 'Hispano o latino (de cualquier raza)'],
    [
      'american_indian_alaska_native',
      'American Indian or Alaska Native',
      'Indígena americano o nativo de Alaska',
    ],
    ['asian', 'Asian', 'Asiático'],
    ['black_african_american', 'Black or African American', 'Negro o afroamericano'],
    [
      'native_hawaiian_pacific_islander',
      'Native Hawaiian or Other Pacific Islander',
      'Nativo de Hawái u otra isla del Pacífico',
    ],
    ['white', 'White', 'Blanco'],
    ['two_or_more', 'Two or more races', 'Dos o más razas'],
  ]),
};

/** Parents' primary languages: the form's categories are unknown. [U] */
export const DEFAULT_LANGUAGES: ReportList = {
  confidence: 'U',
  note: {
    en: 'The form’s language rows could not be read. Add the languages your families speak.',
    es: 'No se pudieron leer los idiomas del formulario. Agregue los idiomas de sus familias.',
  },
  items: list([
    ['en', 'English', 'Inglés'],
    ['es', 'Spanish', 'Español'],
    ['other', 'Other', 'Otro'],
  ]),
};

/**
 * Children's age bands: PTIs serve birth to 26 [C, ed.gov], the bands themselves are unknown [U].
 * A code is `<from>-<to>` in whole years, inclusive.
 */
export const DEFAULT_AGE_BANDS: ReportList = {
  confidence: 'U',
  note: {
    en: 'Parent Centers serve children from birth to age 26. The form’s age groups could not be read.',
    es: 'Los Centros de Padres atienden a niños desde el nacimiento hasta los 26 años. No se pudieron leer los grupos de edad del formulario.',
  },
  items: list([
    ['0-2', 'Birth to 2', 'Del nacimiento a 2'],
    ['3-5', '3 to 5', '3 a 5'],
    ['6-9', '6 to 9', '6 a 9'],
    ['10-13', '10 to 13', '10 a 13'],
    ['14-17', '14 to 17', '14 a 17'],
    ['18-21', '18 to 21', '18 a 21'],
    ['22-26', '22 to 26', '22 a 26'],
  ]),
};

export type ReportListName =
  | 'contactTopics'
  | 'outreachKinds'
  | 'disabilityCategories'
  | 'raceEthnicity'
  | 'languages'
  | 'ageBands';

export const DEFAULT_REPORT_LISTS: Record<ReportListName, ReportList> = {
  contactTopics: DEFAULT_CONTACT_TOPICS,
  outreachKinds: DEFAULT_OUTREACH_KINDS,
  disabilityCategories: DEFAULT_DISABILITY_CATEGORIES,
  raceEthnicity: DEFAULT_RACE_ETHNICITY,
  languages: DEFAULT_LANGUAGES,
  ageBands: DEFAULT_AGE_BANDS,
};

/** The counting rules the reference leaves open [U]; each is an organization setting with this default. */
export interface ReportRules {
  /** A multi-session event counts each attendee once for the whole event (the likely intent of the Key). */
  multiSessionCountsOnce: boolean;
  /** Students/youth are included in Section II's unduplicated count (CPIR's FAQ says "parents and youth"). */
  unduplicatedIncludesStudents: boolean;
  /** Staff attendance at a Section IV meeting also makes an individual-assistance meeting contact (I.B?d) [C-old]. */
  meetingsCountAsContacts: boolean;
}
export const DEFAULT_REPORT_RULES: ReportRules = {
  multiSessionCountsOnce: true,
  unduplicatedIncludesStudents: false,
  meetingsCountAsContacts: true,
};

/** One line of Part 1: its code on the form and how firmly the reference supports it. */
export interface ReportLine {
  code: string;
  section: 'I.A' | 'I.B' | 'II' | 'III' | 'IV' | 'V' | 'ADR';
  label: Bilingual;
  confidence: ReportConfidence;
}

const audiences = [
  ['1', 'parents', 'padres'],
  ['2', 'professionals/others', 'profesionales/otros'],
  ['3', 'students', 'estudiantes'],
] as const;

/**
 * Part 1's fixed lines. Section III's rows come from the organization's lists; Section V's from its
 * outreach kinds. The ADR line is the statute's count of parents whose dispute was resolved
 * through alternative dispute resolution (issue 15), not a line of the worksheet.
 */
export const REPORT_LINES: ReportLine[] = [
  ...(['in_person', 'virtual'] as const)
    .flatMap((delivery, d) =>
      audiences.map(([, en, es], a): ReportLine => ({
        code: `I.A${a * 2 + d + 1}`,
        section: 'I.A',
        label:
          delivery === 'in_person'
            ? {
                en: `Number of ${en} attending in-person trainings`,
                es: `Número de ${es} en capacitaciones en persona`,
              }
            : {
                en: `Number of ${en} attending virtual trainings`,
                es: `Número de ${es} en capacitaciones virtuales`,
              },
        confidence: 'C-old',
      })),
    )
    .sort((x, y) => x.code.localeCompare(y.code)),
  ...audiences.flatMap(([n, en, es]) =>
    (
      [
        ['a', 'phone calls', 'llamadas telefónicas'],
        ['b', 'letters', 'cartas'],
        [
          'c',
          'emails, texts and other electronic modes',
          'correos, mensajes de texto y otros medios electrónicos',
        ],
        ['d', 'individual assistance meetings', 'reuniones de asistencia individual'],
      ] as const
    ).map(([m, men, mes]): ReportLine => ({
      code: `I.B${n}${m}`,
      section: 'I.B',
      label: {
        en: `${en[0]!.toUpperCase()}${en.slice(1)} reached through ${men}`,
        es: `${es[0]!.toUpperCase()}${es.slice(1)} atendidos por ${mes}`,
      },
      confidence: m === 'c' || m === 'd' ? 'C' : 'C-old',
    })),
  ),
  {
    code: 'II.1',
    section: 'II',
    label: {
      en: 'Unduplicated number of parents reached through individual assistance, support at meetings, and trainings',
      es: 'Número no duplicado de padres atendidos por asistencia individual, apoyo en reuniones y capacitaciones',
    },
    confidence: 'C-old',
  },
  {
    code: 'IV.A1',
    section: 'IV',
    label: {
      en: 'IFSP/IEP/504 meetings attended',
      es: 'Reuniones de IFSP/IEP/504 a las que asistió',
    },
    confidence: 'C',
  },
  {
    code: 'IV.A2',
    section: 'IV',
    label: {
      en: 'Facilitated IEP meetings attended',
      es: 'Reuniones de IEP facilitadas a las que asistió',
    },
    confidence: 'C',
  },
  {
    code: 'IV.A3',
    section: 'IV',
    label: {
      en: 'Due process hearings attended',
      es: 'Audiencias de debido proceso a las que asistió',
    },
    confidence: 'C',
  },
  {
    code: 'IV.A4',
    section: 'IV',
    label: { en: 'Mediation sessions attended', es: 'Sesiones de mediación a las que asistió' },
    confidence: 'U',
  },
  {
    code: 'IV.A5',
    section: 'IV',
    label: { en: 'Resolution sessions attended', es: 'Reuniones de resolución a las que asistió' },
    confidence: 'U',
  },
  {
    code: 'ADR',
    section: 'ADR',
    label: {
      en: 'Parents whose disputes were resolved through alternative dispute resolution',
      es: 'Padres cuyos desacuerdos se resolvieron por métodos alternativos',
    },
    confidence: 'U',
  },
];
