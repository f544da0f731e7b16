import type ExcelJS from 'exceljs';
import type { Bilingual, LetterBlock } from '@continuum/rules';
import { escapeFormulas, toCsv } from '../../platform/http/csv';
import { requireOnUse } from '../../platform/modules/require-on-use';
import type { AnnualReportData } from './annual-report.types';

export type ExportLanguage = 'en' | 'es';

const WORDS = {
  title: {
    en: 'Parent Center Data Collection, Part 1',
    es: 'Recolección de datos del Centro de Padres, Parte 1',
  },
  organization: { en: 'Organization', es: 'Organización' },
  period: { en: 'Program year', es: 'Año del programa' },
  timeZone: { en: 'Counted in the time zone', es: 'Contado en la zona horaria' },
  submitted: { en: 'Marked as submitted', es: 'Marcado como enviado' },
  notSubmitted: {
    en: 'Not submitted: the numbers are today’s',
    es: 'Sin enviar: los números son los de hoy',
  },
  code: { en: 'Form line', es: 'Renglón' },
  line: { en: 'What it counts', es: 'Qué cuenta' },
  number: { en: 'Number', es: 'Número' },
  confidence: { en: 'Confirmed?', es: '¿Confirmado?' },
  section: { en: 'Section', es: 'Sección' },
  category: { en: 'Category', es: 'Categoría' },
  'I.A': { en: 'I.A Trainings', es: 'I.A Capacitaciones' },
  'I.B': { en: 'I.B Individual assistance contacts', es: 'I.B Contactos de asistencia individual' },
  II: {
    en: 'II Unduplicated number of parents served',
    es: 'II Número no duplicado de padres atendidos',
  },
  III: { en: 'III Demographics', es: 'III Datos demográficos' },
  IV: { en: 'IV Meetings attended', es: 'IV Reuniones a las que asistió' },
  V: { en: 'V Outreach and dissemination', es: 'V Difusión' },
  ADR: {
    en: 'Disputes resolved through alternative dispute resolution',
    es: 'Desacuerdos resueltos por métodos alternativos',
  },
  audience1: { en: 'Parents', es: 'Padres' },
  audience2: { en: 'Professionals/others', es: 'Profesionales/otros' },
  audience3: { en: 'Students', es: 'Estudiantes' },
  modea: { en: 'a. Phone calls', es: 'a. Llamadas' },
  modeb: { en: 'b. Letters', es: 'b. Cartas' },
  modec: { en: 'c. Emails/texts/electronic', es: 'c. Correos/textos/electrónicos' },
  moded: { en: 'd. Individual assistance meetings', es: 'd. Reuniones de asistencia individual' },
  ageBands: { en: 'Children’s ages', es: 'Edad de los niños' },
  disabilityCategories: {
    en: 'Children’s disability categories',
    es: 'Categorías de discapacidad de los niños',
  },
  raceEthnicity: { en: 'Children’s race and ethnicity', es: 'Raza y origen étnico de los niños' },
  languages: { en: 'Parents’ primary language', es: 'Idioma principal de los padres' },
  C: { en: 'Confirmed', es: 'Confirmado' },
  'C-old': { en: 'Only in the pre-2021 form', es: 'Solo en el formulario anterior a 2021' },
  U: {
    en: 'Not confirmed: check the current worksheet',
    es: 'Sin confirmar: revise la hoja de trabajo actual',
  },
  notes: { en: 'Notes', es: 'Notas' },
  notesIntro: {
    en: 'Lines and lists marked "Not confirmed" could not be confirmed from the sources the reference was built from. Check them against the current CPIR worksheet and key. Your organization can change the lists and counting rules in its settings.',
    es: 'Los renglones y listas marcados "Sin confirmar" no se pudieron confirmar con las fuentes de la referencia. Revíselos con la hoja de trabajo y la guía actuales de CPIR. Su organización puede cambiar las listas y reglas de conteo en su configuración.',
  },
} satisfies Record<string, Bilingual>;

const say = (key: keyof typeof WORDS, lang: ExportLanguage) => WORDS[key][lang];

/** Every number of the report, one row each, as CSV (the page's order). */
export function annualReportCsv(data: AnnualReportData, lang: ExportLanguage): string {
  const rows: (string | number)[][] = [
    ...data.lines.map((l) => [
      l.section,
      l.code,
      l.label[lang],
      l.value,
      say(l.confidence as 'C', lang),
    ]),
    ...data.demographics.flatMap((table) =>
      table.rows.map((r) => [
        'III',
        '',
        `${say(table.list, lang)}: ${r.label[lang]}`,
        r.value,
        say(table.confidence as 'C', lang),
      ]),
    ),
    ...data.outreach.map((r) => ['V', '', r.label[lang], r.value, say('U', lang)]),
  ];
  return toCsv(
    [
      say('section', lang),
      say('code', lang),
      say('line', lang),
      say('number', lang),
      say('confidence', lang),
    ],
    rows,
  );
}

/**
 * The report as an Excel workbook laid out like the form's worksheet: the header, then each
 * section in the form's order, Section I.B as its grid of audiences by mode. Column A holds the
 * form code of every number that has one, so a reader (and the test) can find each line.
 */
export async function annualReportWorkbook(
  data: AnnualReportData,
  lang: ExportLanguage,
): Promise<Buffer> {
  const { Workbook } = requireOnUse<typeof import('exceljs')>('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Continuum';
  workbook.created = new Date(data.submitted?.at ?? Date.now());
  const sheet = workbook.addWorksheet(lang === 'es' ? 'Parte 1' : 'Part 1', {
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  sheet.columns = [
    { key: 'code', width: 12 },
    { key: 'line', width: 62 },
    { key: 'a', width: 16 },
    { key: 'b', width: 16 },
    { key: 'c', width: 22 },
    { key: 'd', width: 24 },
  ];
  const text = (value: string) => escapeFormulas(value);
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  bold(sheet.addRow([text(say('title', lang))]));
  sheet.addRow([say('organization', lang), text(data.organizationName)]);
  sheet.addRow([
    say('period', lang),
    `${data.start} – ${data.end} (${say('timeZone', lang)} ${data.timeZone})`,
  ]);
  sheet.addRow([
    say(data.submitted ? 'submitted' : 'notSubmitted', lang),
    data.submitted
      ? `${data.submitted.at.slice(0, 10)} ${text(data.submitted.byName ?? '')}`.trim()
      : '',
  ]);

  const heading = (
    title: string,
    columns: string[] = [say('code', lang), say('line', lang), say('number', lang)],
  ) => {
    sheet.addRow([]);
    bold(sheet.addRow(['', title]));
    bold(sheet.addRow(columns));
  };
  const lineRows = (section: string) => {
    for (const line of data.lines.filter((l) => l.section === section)) {
      const note = line.confidence === 'C' ? '' : ` (${say(line.confidence, lang)})`;
      sheet.addRow([line.code, `${line.label[lang]}${note}`, line.value]);
    }
  };

  heading(say('I.A', lang));
  lineRows('I.A');

  heading(say('I.B', lang), [
    '',
    '',
    say('modea', lang),
    say('modeb', lang),
    say('modec', lang),
    say('moded', lang),
  ]);
  for (const audience of ['1', '2', '3'] as const) {
    const value = (mode: string) =>
      data.lines.find((l) => l.code === `I.B${audience}${mode}`)?.value ?? 0;
    sheet.addRow([
      `I.B${audience}`,
      say(`audience${audience}`, lang),
      value('a'),
      value('b'),
      value('c'),
      value('d'),
    ]);
  }

  heading(say('II', lang));
  lineRows('II');

  heading(say('III', lang), ['', say('category', lang), say('number', lang)]);
  for (const table of data.demographics) {
    const note = table.confidence === 'C' ? '' : ` (${say(table.confidence, lang)})`;
    bold(sheet.addRow(['', `${say(table.list, lang)}${note}`]));
    for (const row of table.rows) sheet.addRow(['', text(row.label[lang]), row.value]);
  }

  heading(say('IV', lang));
  lineRows('IV');

  heading(`${say('V', lang)} (${say('U', lang)})`, [
    '',
    say('category', lang),
    say('number', lang),
  ]);
  for (const row of data.outreach) sheet.addRow(['', text(row.label[lang]), row.value]);

  heading(say('ADR', lang));
  lineRows('ADR');

  const notes = workbook.addWorksheet(say('notes', lang));
  notes.columns = [{ width: 14 }, { width: 100 }];
  bold(notes.addRow([say('notes', lang)]));
  notes.addRow(['', say('notesIntro', lang)]);
  for (const line of data.lines.filter((l) => l.confidence !== 'C'))
    notes.addRow([line.code, `${line.label[lang]}: ${say(line.confidence, lang)}`]);
  for (const table of data.demographics.filter((t) => t.confidence !== 'C'))
    notes.addRow(['III', `${say(table.list, lang)}: ${say(table.confidence, lang)}`]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A short PDF summary of the year (tagged, like the letters: the same renderer), every number
 * with its form code and words, for a board packet or the grant file.
 */
export async function annualReportPdf(
  data: AnnualReportData,
  lang: ExportLanguage,
): Promise<Buffer> {
  const items = (section: string) =>
    data.lines
      .filter((l) => l.section === section)
      .map(
        (l) =>
          `${l.code} ${l.label[lang]}: ${l.value}${l.confidence === 'U' ? ` (${say('U', lang)})` : ''}`,
      );
  const blocks: LetterBlock[] = [
    { type: 'heading', level: 1, text: say('title', lang) },
    { type: 'paragraph', text: `${say('organization', lang)}: ${data.organizationName}` },
    {
      type: 'paragraph',
      text: `${say('period', lang)}: ${data.start} – ${data.end} (${say('timeZone', lang)} ${data.timeZone})`,
    },
    {
      type: 'paragraph',
      text: data.submitted
        ? `${say('submitted', lang)}: ${data.submitted.at.slice(0, 10)} ${data.submitted.byName ?? ''}`.trim()
        : say('notSubmitted', lang),
    },
  ];
  for (const section of ['I.A', 'I.B', 'II', 'IV', 'ADR'] as const) {
    blocks.push({ type: 'heading', level: 2, text: say(section, lang) });
    blocks.push({ type: 'list', ordered: false, items: items(section) });
  }
  blocks.push({ type: 'heading', level: 2, text: say('III', lang) });
  for (const table of data.demographics) {
    blocks.push({ type: 'heading', level: 3, text: say(table.list, lang) });
    blocks.push({
      type: 'list',
      ordered: false,
      items: table.rows.map((r) => `${r.label[lang]}: ${r.value}`),
    });
  }
  blocks.push({ type: 'heading', level: 2, text: `${say('V', lang)} (${say('U', lang)})` });
  blocks.push({
    type: 'list',
    ordered: false,
    items: data.outreach.map((r) => `${r.label[lang]}: ${r.value}`),
  });
  blocks.push({ type: 'paragraph', text: say('notesIntro', lang) });
  const { renderPdf } =
    requireOnUse<typeof import('@continuum/rules/render')>('@continuum/rules/render');
  const bytes = await renderPdf({
    lang,
    date: (data.submitted?.at ?? new Date().toISOString()).slice(0, 10),
    title: `${say('title', lang)} ${data.programYear}`,
    blocks,
  });
  return Buffer.from(bytes);
}

/** One parent on the family survey list (Part 2). */
export interface SurveyPerson {
  name: string;
  phone: string | null;
  email: string | null;
  language: Bilingual | null;
  services: ('individual_assistance' | 'meeting_support' | 'training')[];
  lastServed: string;
}

const SERVICE_WORDS: Record<SurveyPerson['services'][number], Bilingual> = {
  individual_assistance: { en: 'Individual assistance', es: 'Asistencia individual' },
  meeting_support: { en: 'Support at a meeting', es: 'Apoyo en una reunión' },
  training: { en: 'Training', es: 'Capacitación' },
};

/**
 * The stored name split for the survey's two name columns: the last word is the last name
 * ("María de la Cruz" gives "María de la" and "Cruz"; staff correct such names in the file).
 */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { first: words[0] ?? '', last: '' };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1)! };
}

export function surveyCsv(people: SurveyPerson[], lang: ExportLanguage): string {
  const header =
    lang === 'es'
      ? [
          'Nombre',
          'Apellido',
          'Teléfono',
          'Correo',
          'Idioma principal',
          'Servicios recibidos',
          'Último servicio',
        ]
      : [
          'First name',
          'Last name',
          'Phone',
          'Email',
          'Primary language',
          'Services received',
          'Date of last service',
        ];
  return toCsv(
    header,
    people.map((p) => {
      const { first, last } = splitName(p.name);
      return [
        first,
        last,
        p.phone ?? '',
        p.email ?? '',
        p.language?.[lang] ?? '',
        p.services.map((s) => SERVICE_WORDS[s][lang]).join('; '),
        p.lastServed,
      ];
    }),
  );
}
