import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../src/errors.js';
import {
  issueIds,
  pathwayIds,
  recommend,
  warningIds,
  type IssueId,
  type PathwayId,
  type RecommendInput,
  type WarningId,
} from '../../src/pathways/index.js';

const TODAY = '2026-11-23';

function input(overrides: Partial<RecommendInput> & { issues: IssueId[] }): RecommendInput {
  return { state: 'CA', planType: 'iep', today: TODAY, ...overrides };
}

const ids = (r: ReturnType<typeof recommend>): PathwayId[] => r.pathways.map((p) => p.id);
const warningOf = (r: ReturnType<typeof recommend>, id: WarningId) =>
  r.warnings.find((w) => w.id === id);

function errorOf(run: () => unknown): RulesInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
  throw new Error('expected a RulesInputError');
}

describe('recommend: the decision guide of idea-rules.md section C, one issue at a time', () => {
  it.each<[string, IssueId, PathwayId[]]>([
    [
      'District refuses to evaluate: request, PWN, state complaint, due process, records before mediation',
      'evaluation_refused',
      [
        'evaluation_request',
        'pwn_request',
        'state_complaint',
        'due_process',
        'records_request',
        'mediation',
      ],
    ],
    ['Evaluation not completed on time: state complaint', 'evaluation_late', ['state_complaint']],
    [
      'Eligibility denied: PWN, IEE, records before the meeting, mediation, due process',
      'eligibility_denied',
      [
        'pwn_request',
        'iee_request',
        'records_request',
        'iep_meeting_request',
        'mediation',
        'due_process',
      ],
    ],
    [
      'Disagree with district evaluation: IEE (300.502), state complaint, due process',
      'evaluation_disputed',
      ['iee_request', 'state_complaint', 'due_process'],
    ],
    [
      'Services insufficient: records first (rule 3), meeting, facilitation, mediation, due process',
      'services_insufficient',
      ['records_request', 'iep_meeting_request', 'facilitation', 'mediation', 'due_process'],
    ],
    [
      'Missed services: records, written notice, state complaint (300.151(b)), due process',
      'services_not_provided',
      ['records_request', 'written_follow_up', 'state_complaint', 'due_process'],
    ],
    [
      'Discipline: records, manifestation determination (300.530(e)), expedited hearing (300.532)',
      'discipline',
      ['records_request', 'manifestation_determination_request', 'expedited_due_process'],
    ],
    [
      'Procedural violation: written request to cure, state complaint',
      'procedural_violation',
      ['written_follow_up', 'state_complaint'],
    ],
    [
      'Records denied (300.613, 99.63): written request, state complaint, FERPA complaint',
      'records_denied',
      ['records_request', 'state_complaint', 'ferpa_complaint'],
    ],
    [
      'Communication breakdown: records, meeting, facilitation, mediation',
      'communication_breakdown',
      ['records_request', 'iep_meeting_request', 'facilitation', 'mediation'],
    ],
    [
      'Discrimination: district 504 grievance (104.7(b)), OCR (100.7(b))',
      'discrimination',
      ['section_504_grievance', 'ocr_complaint'],
    ],
  ])('%s', (_rule, issue, expected) => {
    const r = recommend(input({ issues: [issue] }), 'en');
    expect(ids(r)).toEqual(expected);
    expect(r.pathways.map((p) => p.rank)).toEqual(expected.map((_, i) => i + 1));
    for (const p of r.pathways) {
      expect(p.basis.length).toBeGreaterThan(0);
      expect(p.issues).toEqual([issue]);
    }
  });

  it('Placement change already in effect: PWN, due process, records, mediation, facilitation', () => {
    const r = recommend(input({ issues: ['placement_change'], changeInEffect: true }), 'en');
    expect(ids(r)).toEqual([
      'pwn_request',
      'due_process',
      'records_request',
      'mediation',
      'facilitation',
    ]);
    expect(warningOf(r, 'stay_put')).toBeUndefined();
  });
});

describe('recommend: general rules and the family facts', () => {
  it('300.518 stay-put: a proposed placement change puts due process first and warns', () => {
    const r = recommend(input({ issues: ['placement_change'], changeInEffect: false }), 'en');
    expect(ids(r)[0]).toBe('due_process');
    expect(r.pathways[0]?.basis).toContain('34 CFR 300.518');
    expect(r.pathways[0]?.reason).toContain('before the change starts');
    expect(warningOf(r, 'stay_put')?.basis).toEqual(['34 CFR 300.518']);
  });

  it('300.518 stay-put does not apply to a 504-only student (IDEA rule)', () => {
    const r = recommend(
      input({ issues: ['placement_change'], changeInEffect: false, planType: '504' }),
      'en',
    );
    expect(warningOf(r, 'stay_put')).toBeUndefined();
  });

  it('Rule 1 (300.503): no written notice puts the PWN request first, for any issue, and warns', () => {
    const r = recommend(input({ issues: ['services_insufficient'], writtenNotice: false }), 'en');
    expect(ids(r)[0]).toBe('pwn_request');
    expect(r.pathways[0]?.confidence).toBe('high');
    expect(warningOf(r, 'no_written_notice')?.basis).toContain('34 CFR 300.503(a)');
  });

  it('Rule 1 (300.503): with the decision already in writing, asking for it is not a step', () => {
    const r = recommend(input({ issues: ['eligibility_denied'], writtenNotice: true }), 'en');
    expect(ids(r)).not.toContain('pwn_request');
    expect(warningOf(r, 'no_written_notice')).toBeUndefined();
  });

  it.each([
    [10, false],
    [11, true],
    [25, true],
  ])('300.536 change of placement: %i school days of removal warns = %s', (days, warns) => {
    const r = recommend(input({ issues: ['discipline'], removalSchoolDays: days }), 'en');
    expect(warningOf(r, 'change_of_placement') !== undefined).toBe(warns);
    if (warns) {
      expect(warningOf(r, 'change_of_placement')?.message).toContain(`${days} school days`);
      expect(warningOf(r, 'change_of_placement')?.basis).toEqual([
        '34 CFR 300.536',
        '34 CFR 300.530(e)',
        '34 CFR 300.530(d)',
      ]);
    }
  });

  it('300.536 with more than 10 days of removal puts the manifestation determination first among several issues, after the records', () => {
    const r = recommend(
      input({ issues: ['services_insufficient', 'discipline'], removalSchoolDays: 12 }),
      'en',
    );
    expect(ids(r).slice(0, 2)).toEqual(['records_request', 'manifestation_determination_request']);
  });

  it.each(['none', 'unknown'] as const)(
    '300.534: a child without a plan (%s) keeps discipline protections (basis of knowledge)',
    (planType) => {
      const r = recommend(input({ issues: ['discipline'], planType }), 'en');
      for (const id of ['manifestation_determination_request', 'expedited_due_process']) {
        const p = r.pathways.find((x) => x.id === id);
        expect(p?.basis).toContain('34 CFR 300.534');
        expect(p?.reason).toContain('already had reason to think your child has a disability');
      }
    },
  );

  it('Combining issues: each pathway once, with every issue it serves, records before meetings', () => {
    const r = recommend(
      input({
        issues: ['services_not_provided', 'communication_breakdown', 'services_insufficient'],
      }),
      'en',
    );
    expect(new Set(ids(r)).size).toBe(ids(r).length);
    expect(ids(r).slice(0, 2)).toEqual(['records_request', 'iep_meeting_request']);
    // The records serve the missed services (service logs) and go before every meeting.
    expect(r.pathways[0]?.issues).toEqual([
      'services_not_provided',
      'services_insufficient',
      'communication_breakdown',
    ]);
    const dueProcess = r.pathways.find((p) => p.id === 'due_process');
    expect(dueProcess?.basis).toContain('Endrew F. v. Douglas County, 580 U.S. 386 (2017)');
  });

  it('300.506(b)(1) mediation is voluntary: a family not open to negotiation sees it last', () => {
    const r = recommend(
      input({ issues: ['communication_breakdown'], openToNegotiation: false }),
      'en',
    );
    expect(ids(r)).toEqual(['records_request', 'iep_meeting_request', 'facilitation', 'mediation']);
    const open = recommend(
      input({
        issues: ['services_not_provided', 'communication_breakdown'],
        openToNegotiation: false,
      }),
      'en',
    );
    expect(ids(open).slice(-2)).toEqual(['facilitation', 'mediation']);
  });

  it('High urgency moves binding steps ahead of voluntary ones at the same place', () => {
    const calm = recommend(
      input({ issues: ['evaluation_disputed', 'communication_breakdown'], urgency: 'low' }),
      'en',
    );
    const urgent = recommend(
      input({ issues: ['evaluation_disputed', 'communication_breakdown'], urgency: 'high' }),
      'en',
    );
    expect(ids(calm).indexOf('state_complaint')).toBeGreaterThan(ids(calm).indexOf('facilitation'));
    expect(ids(urgent).indexOf('state_complaint')).toBeLessThan(
      ids(urgent).indexOf('facilitation'),
    );
  });

  it('Facilitation is a state program: a state that offers it is named as such', () => {
    const offered = recommend(input({ state: 'ID', issues: ['communication_breakdown'] }), 'en');
    expect(offered.pathways.find((p) => p.id === 'facilitation')?.reason).toContain(
      'Your state offers this help.',
    );
    const unknown = recommend(input({ state: 'CA', issues: ['communication_breakdown'] }), 'en');
    expect(unknown.pathways.find((p) => p.id === 'facilitation')?.reason).toContain(
      'Ask your state if it offers this help.',
    );
  });

  it('every issue, alone or together, yields known pathway ids with reasons in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const r = recommend(input({ issues: [...issueIds] }), lang);
      for (const p of r.pathways) {
        expect(pathwayIds).toContain(p.id);
        expect(p.reason.length).toBeGreaterThan(20);
      }
      for (const w of r.warnings) expect(warningIds).toContain(w.id);
    }
    const en = recommend(input({ issues: ['records_denied'] }), 'en');
    const es = recommend(input({ issues: ['records_denied'] }), 'es');
    expect(es.pathways[0]?.reason).not.toBe(en.pathways[0]?.reason);
    expect(es.pathways[0]?.basis).toEqual(en.pathways[0]?.basis);
  });
});

describe('recommend: limitation warnings from districtDecisionDate and today', () => {
  it.each<[string, Partial<RecommendInput> & { issues: IssueId[] }, WarningId, string, number]>([
    // N.C.G.S. 115C-109.6(b): 1 year. 2026-01-10 + 1 year = 2027-01-10; Nov 23 -> Jan 10 = 7 + 31 + 10 days.
    [
      'NC due process 1 year (115C-109.6(b)), 48 days left',
      { state: 'NC', issues: ['placement_change'], districtDecisionDate: '2026-01-10' },
      'due_process_limit_near',
      '2027-01-10',
      48,
    ],
    // 2025-06-01 + 1 year = 2026-06-01; Jun 1 -> Nov 23 = 29 + 31 + 31 + 30 + 31 + 23 = 175 days ago.
    [
      'NC due process 1 year, passed 175 days ago',
      { state: 'NC', issues: ['eligibility_denied'], districtDecisionDate: '2025-06-01' },
      'due_process_limit_passed',
      '2026-06-01',
      -175,
    ],
    // Ed. Code 56505(l): 2 years. 2024-12-01 + 2 years = 2026-12-01: 8 days left.
    [
      'CA due process 2 years (Ed. Code 56505(l)), 8 days left',
      { state: 'CA', issues: ['services_insufficient'], districtDecisionDate: '2024-12-01' },
      'due_process_limit_near',
      '2026-12-01',
      8,
    ],
    // Florida sets no limit of its own: federal 2 years (300.507(a)(2), 300.511(e)). Deadline is today.
    [
      'FL federal default 2 years (300.511(e)), last day today',
      { state: 'FL', issues: ['evaluation_disputed'], districtDecisionDate: '2024-11-23' },
      'due_process_limit_near',
      '2026-11-23',
      0,
    ],
    // 300.153(c): 1 year. 2025-12-15 + 1 year = 2026-12-15: 7 + 15 = 22 days left.
    [
      'State complaint 1 year (300.153(c)), 22 days left',
      { issues: ['records_denied'], districtDecisionDate: '2025-12-15' },
      'state_complaint_limit_near',
      '2026-12-15',
      22,
    ],
    // 300.153(c) from Feb 29: one year later is Feb 28. Jan 1 -> Feb 28, 2025 = 30 + 28 days.
    [
      'State complaint 1 year from a leap day ends Feb 28',
      { issues: ['evaluation_late'], districtDecisionDate: '2024-02-29', today: '2025-01-01' },
      'state_complaint_limit_near',
      '2025-02-28',
      58,
    ],
    [
      'State complaint 1 year, passed the day after',
      { issues: ['procedural_violation'], districtDecisionDate: '2025-11-22' },
      'state_complaint_limit_passed',
      '2026-11-22',
      -1,
    ],
    // 100.7(b): 180 days. 2026-06-01 + 180 = 2026-11-28 (29 + 31 + 31 + 30 + 31 + 28).
    [
      'OCR 180 days (100.7(b)), 5 days left',
      { issues: ['discrimination'], districtDecisionDate: '2026-06-01' },
      'ocr_limit_near',
      '2026-11-28',
      5,
    ],
    [
      'OCR 180 days, passed',
      { issues: ['discrimination'], districtDecisionDate: '2026-01-02' },
      'ocr_limit_passed',
      '2026-07-01',
      -145,
    ],
    // 90 days is still near; 91 is not (checked below).
    [
      'Near means within 90 days',
      { issues: ['records_denied'], districtDecisionDate: '2026-02-21' },
      'state_complaint_limit_near',
      '2027-02-21',
      90,
    ],
  ])('%s', (_rule, overrides, id, deadline, daysLeft) => {
    for (const lang of ['en', 'es'] as const) {
      const warning = warningOf(recommend(input(overrides), lang), id);
      expect(warning).toMatchObject({ deadline, daysLeft });
      expect(warning?.basis.length).toBeGreaterThan(0);
    }
  });

  it('300.511(f): a passed due process limit cites its exceptions', () => {
    const r = recommend(
      input({ state: 'NC', issues: ['eligibility_denied'], districtDecisionDate: '2025-06-01' }),
      'en',
    );
    expect(warningOf(r, 'due_process_limit_passed')?.basis).toContain('34 CFR 300.511(f)');
    expect(warningOf(r, 'due_process_limit_passed')?.message).toContain('misled you');
  });

  it('Near means within 90 days: 91 days left gives no warning', () => {
    const r = recommend(
      input({ issues: ['records_denied'], districtDecisionDate: '2026-02-22' }),
      'en',
    );
    expect(warningOf(r, 'state_complaint_limit_near')).toBeUndefined();
  });

  it('The federal default says so', () => {
    const r = recommend(
      input({ state: 'FL', issues: ['evaluation_disputed'], districtDecisionDate: '2024-12-20' }),
      'en',
    );
    expect(warningOf(r, 'due_process_limit_near')?.message).toContain('federal limit of 2 years');
    expect(warningOf(r, 'due_process_limit_near')?.basis).toEqual([
      '34 CFR 300.507(a)(2)',
      '34 CFR 300.511(e)',
    ]);
  });

  it("A state's own limit is cited with its source", () => {
    const r = recommend(
      input({ state: 'WI', issues: ['placement_change'], districtDecisionDate: '2026-01-10' }),
      'en',
    );
    expect(warningOf(r, 'due_process_limit_near')?.basis[0]).toBe('Wis. Stat. 115.80(1)(a)1');
    expect(warningOf(r, 'due_process_limit_near')?.message).toContain(
      'Your state gives you 1 year',
    );
  });

  it.each(['en', 'es'] as const)('An unknown state limit is never guessed (%s)', (lang) => {
    const r = recommend(
      input({ state: 'DC', issues: ['services_insufficient'], districtDecisionDate: '2020-01-01' }),
      lang,
    );
    const warning = warningOf(r, 'due_process_limit_near');
    expect(warning?.deadline).toBeNull();
    expect(warning?.confidence).toBe('unknown');
    expect(warning?.message).toContain(
      lang === 'en'
        ? "unknown — check your state's procedural safeguards notice"
        : 'desconocido — consulte el aviso de garantías procesales de su estado',
    );
    expect(warningOf(r, 'due_process_limit_passed')).toBeUndefined();
  });

  it('Every clock that applies is computed, whether or not its pathway ranks first', () => {
    const r = recommend(
      input({
        state: 'NC',
        issues: ['evaluation_refused', 'discrimination'],
        writtenNotice: false,
        districtDecisionDate: '2025-12-01',
      }),
      'en',
    );
    expect(ids(r)[0]).toBe('pwn_request');
    expect(r.warnings.map((w) => w.id).sort()).toEqual(
      [
        'due_process_limit_near',
        'no_written_notice',
        'ocr_limit_passed',
        'state_complaint_limit_near',
      ].sort(),
    );
  });

  it('Clocks for pathways the issues do not lead to are not shown', () => {
    const r = recommend(
      input({ issues: ['communication_breakdown'], districtDecisionDate: '2020-01-01' }),
      'en',
    );
    expect(r.warnings).toEqual([]);
  });

  it('Without a decision date there is no limitation warning', () => {
    const r = recommend(input({ state: 'DC', issues: ['services_insufficient'] }), 'en');
    expect(r.warnings).toEqual([]);
  });
});

describe('recommend: the TSDoc example holds', () => {
  it('NC placement change not yet in effect plus missed services', () => {
    const r = recommend(
      {
        state: 'NC',
        planType: 'iep',
        issues: ['placement_change', 'services_not_provided'],
        districtDecisionDate: '2026-01-10',
        writtenNotice: true,
        changeInEffect: false,
        today: '2026-11-23',
      },
      'en',
    );
    expect(r.pathways[0]?.id).toBe('due_process');
    expect(r.warnings.map((w) => w.id)).toEqual([
      'stay_put',
      'due_process_limit_near',
      'state_complaint_limit_near',
    ]);
  });
});

describe('recommend: bad input is a RulesInputError naming the field', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'CA', 'input'],
    ['unknown state', { ...input({ issues: ['discipline'] }), state: 'ZZ' }, 'state'],
    ['state of the wrong type', { ...input({ issues: ['discipline'] }), state: 6 }, 'state'],
    ['unknown plan type', { ...input({ issues: ['discipline'] }), planType: 'ifsp' }, 'planType'],
    [
      'issues not an array',
      { ...input({ issues: ['discipline'] }), issues: 'discipline' },
      'issues',
    ],
    ['no issues', input({ issues: [] }), 'issues'],
    [
      'unknown issue',
      { ...input({ issues: ['discipline'] }), issues: ['discipline', 'bullying'] },
      'issues[1]',
    ],
    ['unknown urgency', { ...input({ issues: ['discipline'] }), urgency: 'extreme' }, 'urgency'],
    [
      'impossible date',
      input({ issues: ['discipline'], districtDecisionDate: '2026-02-30' }),
      'districtDecisionDate',
    ],
    [
      'decision after today',
      input({ issues: ['discipline'], districtDecisionDate: '2026-12-01' }),
      'districtDecisionDate',
    ],
    ['missing today', { state: 'CA', planType: 'iep', issues: ['discipline'] }, 'today'],
    [
      'boolean of the wrong type',
      { ...input({ issues: ['discipline'] }), writtenNotice: 'no' },
      'writtenNotice',
    ],
    [
      'meeting yes/no of the wrong type',
      { ...input({ issues: ['discipline'] }), meetingScheduled: 'soon' },
      'meetingScheduled',
    ],
    [
      'removal days not a whole number',
      input({ issues: ['discipline'], removalSchoolDays: 2.5 }),
      'removalSchoolDays',
    ],
    [
      'negative removal days',
      input({ issues: ['discipline'], removalSchoolDays: -1 }),
      'removalSchoolDays',
    ],
  ])('%s', (_label, value, field) => {
    expect(errorOf(() => recommend(value as RecommendInput, 'en')).field).toBe(field);
  });

  it('an unknown language names lang', () => {
    expect(errorOf(() => recommend(input({ issues: ['discipline'] }), 'fr' as 'en')).field).toBe(
      'lang',
    );
  });
});
