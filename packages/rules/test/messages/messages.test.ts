import { describe, expect, it } from 'vitest';
import {
  PROCEEDING_KINDS,
  computeDeadlines,
  deadlineTitle,
  eventLabel,
  languages,
  listStates,
  proceedingDefinition,
  proceedingKindLabel,
  renderRulesMessage,
  type Deadline,
  type DeadlineInput,
} from '../../src/index.js';
import { YEAR_2026_27 } from '../fixtures/calendars.js';
import { fingerprintScenarios } from '../version/fingerprint.js';

/** Every deadline of every scenario: all states, kinds and events (the rules-data fingerprint set). */
const ALL: Deadline[] = fingerprintScenarios().flatMap((input) => computeDeadlines(input));

/** The golden file's scenario for every state (test/states/golden.test.ts). */
function goldenDeadlines(): Deadline[] {
  return listStates().flatMap((s) => {
    const inputs: DeadlineInput[] = [
      {
        state: s.code,
        kind: 'due_process',
        events: [
          { type: 'district_notice', date: '2025-09-01' },
          { type: 'knew_or_should_have_known', date: '2025-09-15' },
          { type: 'decision_issued', date: '2026-06-01' },
          { type: 'review_decision_issued', date: '2026-08-03' },
        ],
      },
      { state: s.code, kind: 'evaluation', calendar: YEAR_2026_27, events: [{ type: 'consent_received', date: '2026-10-01' }] },
      { state: s.code, kind: 'iee_request', events: [{ type: 'request_received', date: '2026-10-01' }] },
    ];
    return inputs.flatMap((input) => computeDeadlines(input));
  });
}

const LEFTOVER_PARAM = /\{[A-Za-z]+\}/;
const SNAKE_CASE = /\b[a-z]+_[a-z_]+\b/;

/**
 * Common English words that never occur in Spanish prose (no "no", "a", "once", "me", "con"…).
 * A Spanish note with one of them, outside citations and proper names, has English in it.
 */
const ENGLISH = new Set(
  'the and of to within after before from must district parent parents school days day which when is are be for with notice date this that or by may file hearing decision complaint record calendar counted unknown check your state states state’s rule limit period request review court written days until its their it has have not any every law sets'.split(' '),
);

/** The Spanish text with citations, parameters and state names taken out, as words. */
function spanishWords(d: Deadline, text: string): string[] {
  let rest = text;
  // Citations are verbatim (the basis and the `source` parameters); state names are proper names.
  const citations = ['source', 'endOfYearSource'].map((k) => d.message.params[k]).filter((v): v is string => typeof v === 'string');
  const strip = [...d.basis, ...citations, ...listStates().map((s) => s.name)];
  for (const s of strip.sort((a, b) => b.length - a.length)) rest = rest.split(s).join(' ');
  // Citations written into the templates themselves: "(34 CFR 300.510(c)(3))", "(19 TAC 89.1185(a))".
  rest = rest.replace(/\((?:\d+ [A-Z]+ [\d.]+|[\d.]+|Fed\. R\. Civ\. P\.|ORS|Regs\. Conn\. State Agencies|CSDE)[^)]*(?:\([^)]*\))*\)?/g, ' ');
  return rest.toLowerCase().split(/[^a-záéíóúñü’']+/).filter((w) => w !== '');
}

describe('every deadline note is a message that renders in English and Spanish', () => {
  it('covers every kind with many deadlines', () => {
    expect(new Set(ALL.map((d) => d.message.key)).size).toBeGreaterThan(45);
  });

  it('every key used by any deadline of every kind renders in both languages with no {param} left and no snake_case token', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const d of ALL) {
      const id = `${d.message.key} ${JSON.stringify(d.message.params)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const lang of languages) {
        const text = renderRulesMessage(d.message, lang);
        if (text === null) problems.push(`${lang} ${id}: does not render`);
        else if (LEFTOVER_PARAM.test(text)) problems.push(`${lang} ${id}: leftover ${LEFTOVER_PARAM.exec(text)?.[0]}`);
        else if (SNAKE_CASE.test(text)) problems.push(`${lang} ${id}: code ${SNAKE_CASE.exec(text)?.[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('note is the English rendering of the message', () => {
    for (const d of ALL.slice(0, 5000)) expect(d.note).toBe(renderRulesMessage(d.message, 'en'));
  });

  it('parameters are language-neutral: ISO dates, numbers, booleans, codes and citations, never a sentence', () => {
    for (const d of ALL) {
      for (const [name, value] of Object.entries(d.message.params)) {
        if (typeof value !== 'string') continue;
        // A citation may be long; anything else is a short code or an ISO date.
        if (name === 'source' || name === 'endOfYearSource') continue;
        expect(value, `${d.message.key}.${name}`).toMatch(/^(\d{4}-\d{2}-\d{2}|[A-Za-z_]{1,40})$/);
      }
    }
  });

  it('a Spanish rendering of every deadline the golden states produce has no English sentence', () => {
    const problems: string[] = [];
    for (const d of goldenDeadlines()) {
      const es = renderRulesMessage(d.message, 'es') ?? '';
      const english = spanishWords(d, es).filter((w) => ENGLISH.has(w));
      if (english.length > 0) problems.push(`${d.message.key}: ${english.join(', ')} in "${es}"`);
    }
    expect(problems).toEqual([]);
  });

  it('the same check over every deadline of every scenario', () => {
    const problems = new Set<string>();
    for (const d of ALL) {
      const es = renderRulesMessage(d.message, 'es') ?? '';
      const english = spanishWords(d, es).filter((w) => ENGLISH.has(w));
      if (english.length > 0) problems.add(`${d.message.key}: ${english.join(', ')}`);
    }
    expect([...problems]).toEqual([]);
  });

  it('the check can fail: English in a Spanish note is found', () => {
    const d = ALL[0] as Deadline;
    expect(spanishWords(d, 'el distrito responde within 10 days').filter((w) => ENGLISH.has(w))).toEqual(['within', 'days']);
  });

  it('no needs_calendar note speaks developer notation', () => {
    for (const d of ALL.filter((x) => x.status === 'needs_calendar')) {
      for (const lang of languages) expect(renderRulesMessage(d.message, lang)).not.toMatch(/[{}]|firstDay|nonSchoolDays|schoolDays/);
    }
  });

  it('the Spanish notes use the corrections file’s legal terms', () => {
    const es = (key: string) => ALL.filter((d) => d.message.key === key).map((d) => renderRulesMessage(d.message, 'es') ?? '');
    expect(es('deadline.lea_response')[0]).toContain('notificación previa por escrito');
    expect(es('deadline.hearing_decision')[0]).toContain('funcionario de audiencias imparcial');
    expect(es('deadline.ocr.filing_limit')[0]).toContain('Oficina para Derechos Civiles');
    expect(es('deadline.facilitation_response').join(' ')).toContain('facilitador');
  });
});

describe('renderRulesMessage', () => {
  it('renders dates with formatLongDate and durations in each language', () => {
    const m = { key: 'deadline.hearing_decision.extended', params: { date: '2026-05-01' } };
    expect(renderRulesMessage(m, 'en')).toBe('the hearing officer granted an extension on May 1, 2026; the decision is due on the date the officer set');
    expect(renderRulesMessage(m, 'es')).toBe('el funcionario de audiencias imparcial concedió una prórroga el 1 de mayo de 2026; la decisión vence en la fecha que él fijó');
    const limit = { key: 'deadline.filing_limit.needs_knew', params: { state: 'CA', amount: 2, unit: 'years', unknown: true } };
    expect(renderRulesMessage(limit, 'en')).toMatch(/^unknown — check your state's procedural safeguards notice\. California counts 2 years from/);
    expect(renderRulesMessage(limit, 'es')).toMatch(/^desconocido — consulte el aviso de garantías procesales de su estado\. California cuenta 2 años desde/);
  });

  it('adds the calendar sentence in words, never notation', () => {
    const m = { key: 'deadline.manifestation_determination', params: { calendar: 'missing' } };
    expect(renderRulesMessage(m, 'en')).toContain("add the district's school calendar to date it");
    expect(renderRulesMessage(m, 'es')).toContain('agregue el calendario escolar del distrito');
  });

  it('answers null for an unknown key or parameters it does not expect (a message stored by another version)', () => {
    expect(renderRulesMessage({ key: 'deadline.no_such_rule', params: {} }, 'en')).toBeNull();
    expect(renderRulesMessage({ key: 'deadline.hearing_decision.extended', params: {} }, 'es')).toBeNull();
    expect(renderRulesMessage({ key: 'deadline.hearing_decision.extended', params: { date: 'soon' } }, 'en')).toBeNull();
    expect(renderRulesMessage({ key: 'deadline.filing_limit.needs_knew', params: { state: 'ZZ', amount: 2, unit: 'years' } }, 'en')).toBeNull();
    expect(renderRulesMessage({ key: 'toString', params: {} }, 'en')).toBeNull();
  });
});

describe('titles and labels', () => {
  it('deadlineTitle: the examples of the contract', () => {
    expect(deadlineTitle('resolution_period_end', 'en')).toBe('End of the resolution period');
    expect(deadlineTitle('resolution_period_end', 'es')).toBe('Fin del período de resolución');
    expect(deadlineTitle('no_such_rule', 'es')).toBe('Fecha límite');
  });

  it('every rule id the engine produces has its own title in both languages', () => {
    for (const id of new Set(ALL.map((d) => d.id))) {
      expect(deadlineTitle(id, 'en'), id).not.toBe('Deadline');
      expect(deadlineTitle(id, 'es'), id).not.toBe('Fecha límite');
    }
  });

  it('eventLabel: the example of the contract, and every event of every kind in both languages', () => {
    expect(eventLabel('due_process', 'complaint_received', 'en')).toBe('Complaint received');
    expect(eventLabel('due_process', 'complaint_received', 'es')).toBe('Queja recibida');
    for (const kind of PROCEEDING_KINDS) {
      for (const type of Object.keys(proceedingDefinition(kind).events)) {
        for (const lang of languages) {
          const label = eventLabel(kind, type, lang);
          expect(label, `${kind} ${type}`).not.toMatch(SNAKE_CASE);
          expect(label, `${kind} ${type}`).not.toBe(lang === 'en' ? 'Event' : 'Evento');
        }
        expect(eventLabel(kind, type, 'es')).not.toBe(eventLabel(kind, type, 'en'));
      }
    }
    expect(eventLabel('mediation', 'no_such_event', 'en')).toBe('Event');
  });

  it('proceedingKindLabel names every kind in both languages', () => {
    for (const kind of PROCEEDING_KINDS) {
      expect(proceedingKindLabel(kind, 'en')).not.toMatch(SNAKE_CASE);
      expect(proceedingKindLabel(kind, 'es')).not.toBe(proceedingKindLabel(kind, 'en'));
    }
    expect(proceedingKindLabel('ocr_complaint', 'es')).toBe('Queja ante la Oficina para Derechos Civiles');
  });
});
