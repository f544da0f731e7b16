import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../src/errors.js';
import { filingDeadlines, type RecommendInput } from '../../src/pathways/index.js';
import { listStates } from '../../src/states/index.js';

const TODAY = '2026-11-23';

function input(overrides: Partial<RecommendInput>): RecommendInput {
  return {
    state: 'AZ',
    planType: 'iep',
    issues: ['services_not_provided'],
    districtDecisionDate: '2026-11-01',
    writtenNotice: false,
    today: TODAY,
    ...overrides,
  };
}

describe('filingDeadlines', () => {
  it('34 CFR 300.153(c) and 300.507(a)(2): an Arizona IEP decision gives the state complaint year and the federal two years, as dates', () => {
    const deadlines = filingDeadlines(input({}), 'en');
    expect(deadlines.map((d) => [d.kind, d.deadline, d.daysLeft])).toEqual([
      ['state_complaint', '2027-11-01', 343],
      ['due_process', '2028-11-01', 709],
    ]);
    const dueProcess = deadlines[1];
    expect(dueProcess?.title).toBe('Last day to ask for a due process hearing');
    expect(dueProcess?.basis).toEqual(['34 CFR 300.507(a)(2)', '34 CFR 300.511(e)']);
    expect(dueProcess?.note).toContain('federal limit of 2 years');
    expect(deadlines[0]?.basis).toEqual(['34 CFR 300.153(c)']);
  });

  it('lists limits far from today, which recommend does not warn about (the warnings start 90 days before)', () => {
    expect(filingDeadlines(input({ districtDecisionDate: TODAY }), 'en')).toHaveLength(2);
  });

  it('a passed limit keeps its date with negative days left', () => {
    const [stateComplaint] = filingDeadlines(input({ districtDecisionDate: '2025-10-01' }), 'en');
    expect(stateComplaint).toMatchObject({ deadline: '2026-10-01', daysLeft: -53 });
  });

  it('34 CFR 100.7(b): a discrimination issue gives the OCR 180 days', () => {
    const kinds = filingDeadlines(
      input({ planType: '504', issues: ['discrimination'], districtDecisionDate: '2026-10-01' }),
      'en',
    ).map((d) => [d.kind, d.deadline]);
    expect(kinds).toContainEqual(['ocr', '2027-03-30']);
  });

  it('34 CFR 99.64(c): records denied gives the FERPA 180 days', () => {
    const ferpa = filingDeadlines(
      input({ planType: '504', issues: ['records_denied'], districtDecisionDate: '2026-10-01' }),
      'en',
    ).find((d) => d.kind === 'ferpa');
    expect(ferpa).toMatchObject({
      deadline: '2027-03-30',
      basis: ['34 CFR 99.63', '34 CFR 99.64(c)'],
    });
  });

  it('a state whose limit the reference does not know: no date, and "unknown — check your state\'s procedural safeguards notice"', () => {
    const unknown = listStates().find((s) => s.dueProcessLimitation.value === null);
    if (unknown === undefined) throw new Error('expected a state with an unknown limit');
    const dueProcess = filingDeadlines(input({ state: unknown.code }), 'en').find(
      (d) => d.kind === 'due_process',
    );
    expect(dueProcess).toMatchObject({ deadline: null, daysLeft: null, confidence: 'unknown' });
    expect(dueProcess?.note).toContain("unknown — check your state's procedural safeguards notice");
  });

  it('no decision date, no dates', () => {
    expect(filingDeadlines(input({ districtDecisionDate: null }), 'en')).toEqual([]);
  });

  it('speaks Spanish', () => {
    const [first] = filingDeadlines(input({}), 'es');
    expect(first?.title).toBe('Último día para presentar una queja ante el estado');
    expect(first?.note).toBe('El plazo es de 1 año desde la decisión de la escuela.');
  });

  it('refuses a decision after today, naming the field', () => {
    expect(() => filingDeadlines(input({ districtDecisionDate: '2026-12-01' }), 'en')).toThrow(
      RulesInputError,
    );
  });
});
