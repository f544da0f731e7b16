import { describe, expect, it } from 'vitest';
import { listStates } from '../../src/states/index.js';
import { IDENTIFICATION_ISSUES } from '../../src/pathways/guide.js';
import {
  issueIds,
  planTypes,
  recommend,
  type IssueId,
  type PathwayId,
  type PlanType,
  type RecommendInput,
  type WarningId,
} from '../../src/pathways/index.js';

/*
 * The recommendation corrections of rules-corrections-2026-12.md (Federal and Spanish terms)
 * and the reference's general rule 3, each worked example named after its rule.
 */

const TODAY = '2026-11-23';

function input(overrides: Partial<RecommendInput> & { issues: IssueId[] }): RecommendInput {
  return { state: 'CA', planType: 'iep', today: TODAY, ...overrides };
}

const ids = (r: ReturnType<typeof recommend>): PathwayId[] => r.pathways.map((p) => p.id);
const pathwayOf = (r: ReturnType<typeof recommend>, id: PathwayId) =>
  r.pathways.find((p) => p.id === id);
const warningOf = (r: ReturnType<typeof recommend>, id: WarningId) =>
  r.warnings.find((w) => w.id === id);

const NOT_IDEA: readonly PlanType[] = ['504', 'none'];

/** Steps that exist only under Part B of IDEA. */
const PART_B: readonly PathwayId[] = [
  'pwn_request',
  'iee_request',
  'state_complaint',
  'iep_meeting_request',
  'facilitation',
  'mediation',
  'due_process',
];
/** Part B citations: 300.502 (IEE), 300.503 (PWN), 300.506 (mediation), 300.151-153. */
const PART_B_CITATION = /300\.(50[236]|15[123]|507|613)/;

describe('34 CFR 104.36, 104.7(b): a child with only a 504 plan or no plan gets the Section 504 routes, never a Part B step', () => {
  // A request to be found eligible under IDEA is governed by Part B for every child (below).
  const matrix = NOT_IDEA.flatMap((planType) =>
    issueIds
      .filter((issue) => !IDENTIFICATION_ISSUES.has(issue))
      .map((issue) => [planType, issue] as [PlanType, IssueId]),
  );

  it.each(matrix)(
    '%s plan, %s: no Part B step or citation; grievance and OCR',
    (planType, issue) => {
      for (const writtenNotice of [false, undefined]) {
        const r = recommend(
          // CA's 2 years from 2024-12-01 end 2026-12-01: an IDEA child would be warned.
          input({ planType, issues: [issue], writtenNotice, districtDecisionDate: '2024-12-01' }),
          'en',
        );
        for (const id of PART_B) expect(ids(r)).not.toContain(id);
        // 300.534: a child with no plan keeps the discipline protections if the district had a
        // basis of knowledge; a 504 child's removal review is 104.35.
        if (!(planType === 'none' && issue === 'discipline')) {
          expect(ids(r)).not.toContain('expedited_due_process');
          expect(warningOf(r, 'due_process_limit_near')).toBeUndefined();
          for (const p of r.pathways) {
            for (const b of p.basis) expect(b).not.toMatch(PART_B_CITATION);
          }
        }
        expect(ids(r)).toContain('section_504_grievance');
        expect(ids(r)).toContain('ocr_complaint');
        expect(warningOf(r, 'stay_put')).toBeUndefined();
        expect(warningOf(r, 'state_complaint_limit_passed')).toBeUndefined();
      }
    },
  );

  it.each<[PlanType, IssueId, PathwayId[]]>([
    [
      '504',
      'services_insufficient',
      [
        'records_request',
        'section_504_meeting',
        'section_504_grievance',
        'section_504_hearing',
        'ocr_complaint',
      ],
    ],
    // 104.35: the 504 team evaluates before a significant change in placement.
    [
      '504',
      'placement_change',
      [
        'section_504_notice_request',
        'records_request',
        'section_504_meeting',
        'section_504_grievance',
        'section_504_hearing',
        'ocr_complaint',
      ],
    ],
    [
      '504',
      'discipline',
      [
        'records_request',
        'manifestation_determination_request',
        'section_504_grievance',
        'section_504_hearing',
        'ocr_complaint',
      ],
    ],
    [
      '504',
      'records_denied',
      ['records_request', 'ferpa_complaint', 'section_504_grievance', 'ocr_complaint'],
    ],
    // 300.534: basis of knowledge.
    [
      'none',
      'discipline',
      [
        'records_request',
        'manifestation_determination_request',
        'expedited_due_process',
        'section_504_grievance',
        'ocr_complaint',
      ],
    ],
    ['none', 'discrimination', ['section_504_grievance', 'ocr_complaint']],
  ])('%s plan, %s: %j', (planType, issue, expected) => {
    const r = recommend(input({ planType, issues: [issue] }), 'en');
    expect(ids(r)).toEqual(expected);
  });

  it('104.36 and 104.7(b): every 504 route, the 504 team meeting a step of its own', () => {
    const r = recommend(
      input({ planType: '504', issues: ['services_insufficient'], writtenNotice: false }),
      'en',
    );
    expect(ids(r)).toEqual([
      'section_504_notice_request',
      'records_request',
      'section_504_meeting',
      'section_504_grievance',
      'section_504_hearing',
      'ocr_complaint',
    ]);
    expect(pathwayOf(r, 'section_504_notice_request')).toMatchObject({
      basis: ['34 CFR 104.36'],
      confidence: 'high',
    });
    expect(pathwayOf(r, 'records_request')?.basis).toEqual(['34 CFR 104.36', '34 CFR 99.10']);
    expect(pathwayOf(r, 'section_504_meeting')?.basis).toEqual(['34 CFR 104.35']);
    expect(pathwayOf(r, 'section_504_grievance')?.basis).toEqual(['34 CFR 104.7(b)']);
    expect(pathwayOf(r, 'section_504_hearing')?.basis).toEqual(['34 CFR 104.36']);
    expect(pathwayOf(r, 'ocr_complaint')?.basis).toEqual(['34 CFR 100.7(b)', '34 CFR 104.61']);
    expect(warningOf(r, 'no_written_notice')?.basis).toEqual(['34 CFR 104.36']);
    // FERPA's 45 days (99.10(b)): the IDEA "before any meeting" rule is not promised.
    expect(pathwayOf(r, 'records_request')?.reason).toContain('within 45 days.');
    expect(pathwayOf(r, 'records_request')?.reason).not.toContain('before any meeting');
  });

  it('104.61, 100.7(b): a 504 child gets the OCR clock, 180 days (2026-06-01 + 180 = 2026-11-28)', () => {
    const r = recommend(
      input({
        planType: '504',
        issues: ['services_not_provided'],
        districtDecisionDate: '2026-06-01',
      }),
      'en',
    );
    expect(warningOf(r, 'ocr_limit_near')).toMatchObject({ deadline: '2026-11-28', daysLeft: 5 });
    expect(warningOf(r, 'due_process_limit_near')).toBeUndefined();
  });

  it('A parent not sure of the plan keeps the IDEA routes (dropping them could cost a right)', () => {
    const r = recommend(input({ planType: 'unknown', issues: ['services_insufficient'] }), 'en');
    expect(ids(r)).toEqual([
      'records_request',
      'iep_meeting_request',
      'facilitation',
      'mediation',
      'due_process',
    ]);
  });
});

describe('FERPA 34 CFR 99.10, 99.63-99.64; IDEA 300.613: records denied', () => {
  it.each<[string, string, WarningId, string, number]>([
    // 2026-06-01 + 180 days: 29 (Jun) + 31 + 31 + 30 + 31 + 28 = 2026-11-28; 5 days left.
    ['180 days from the refusal, 5 days left', '2026-06-01', 'ferpa_limit_near', '2026-11-28', 5],
    // 2026-05-01 + 180 days: 30 (May) + 30 + 31 + 31 + 30 + 28 = 2026-10-28; Oct 28 -> Nov 23 = 3 + 23.
    ['180 days, passed 26 days ago', '2026-05-01', 'ferpa_limit_passed', '2026-10-28', -26],
  ])('99.64(c): %s', (_label, decided, id, deadline, daysLeft) => {
    for (const planType of planTypes) {
      for (const lang of ['en', 'es'] as const) {
        const r = recommend(
          input({ planType, issues: ['records_denied'], districtDecisionDate: decided }),
          lang,
        );
        expect(ids(r)[0]).toBe('records_request');
        expect(ids(r)).toContain('ferpa_complaint');
        expect(warningOf(r, id)).toMatchObject({
          deadline,
          daysLeft,
          basis: ['34 CFR 99.63', '34 CFR 99.64(c)'],
          confidence: 'high',
        });
      }
    }
  });

  it('99.64(c): the complaint reason gives the 180 days from the refusal or from when the parent knew', () => {
    const r = recommend(input({ issues: ['records_denied'] }), 'en');
    expect(pathwayOf(r, 'ferpa_complaint')).toMatchObject({
      basis: ['34 CFR 99.63', '34 CFR 99.64'],
      confidence: 'high',
    });
    expect(pathwayOf(r, 'ferpa_complaint')?.reason).toContain(
      '180 days from the refusal, or from when you learned of it',
    );
    const passed = recommend(
      input({ issues: ['records_denied'], districtDecisionDate: '2026-05-01' }),
      'en',
    );
    expect(warningOf(passed, 'ferpa_limit_passed')?.message).toContain(
      'If you learned of the problem later, the 180 days may count from then.',
    );
  });

  it('300.613, 99.10: a written records request first; prior written notice is not the tool for records', () => {
    const r = recommend(input({ issues: ['records_denied'], writtenNotice: false }), 'en');
    expect(ids(r)).toEqual(['records_request', 'state_complaint', 'ferpa_complaint']);
    expect(warningOf(r, 'no_written_notice')).toBeUndefined();
    expect(pathwayOf(r, 'records_request')?.reason).toMatch(/^Ask in writing/);
    expect(pathwayOf(r, 'records_request')?.basis).toEqual(['34 CFR 300.613(a)', '34 CFR 99.10']);
    // With another issue the notice request serves that issue only.
    const both = recommend(
      input({ issues: ['records_denied', 'eligibility_denied'], writtenNotice: false }),
      'en',
    );
    expect(pathwayOf(both, 'pwn_request')?.issues).toEqual(['eligibility_denied']);
  });
});

describe('General rule 3 (idea-rules.md C; 34 CFR 300.613(a)): records before any contested meeting', () => {
  const MEETINGS: readonly PathwayId[] = [
    'iep_meeting_request',
    'section_504_meeting',
    'facilitation',
    'mediation',
    'manifestation_determination_request',
  ];
  const cases = planTypes.flatMap((planType) =>
    issueIds.flatMap((first, index) =>
      [true, false].map(
        (open) =>
          [planType, first, issueIds[(index + 4) % issueIds.length] ?? first, open] as [
            PlanType,
            IssueId,
            IssueId,
            boolean,
          ],
      ),
    ),
  );

  it.each(cases)(
    '%s plan, %s + %s (open to negotiation %s): the records request precedes every meeting step',
    (planType, first, second, open) => {
      const r = recommend(
        input({
          planType,
          issues: [first, second],
          openToNegotiation: open,
          removalSchoolDays: 12,
          urgency: open ? 'high' : 'low',
        }),
        'en',
      );
      const meetings = ids(r).filter((id) => MEETINGS.includes(id));
      if (meetings.length === 0) return;
      const records = ids(r).indexOf('records_request');
      expect(records).toBeGreaterThanOrEqual(0);
      for (const m of meetings) expect(records).toBeLessThan(ids(r).indexOf(m));
    },
  );

  it('A meeting already coming puts the records request first, for every issue', () => {
    const r = recommend(input({ issues: ['procedural_violation'], meetingScheduled: true }), 'en');
    expect(ids(r)).toEqual(['records_request', 'written_follow_up', 'state_complaint']);
    expect(pathwayOf(r, 'records_request')?.issues).toEqual(['procedural_violation']);
    expect(pathwayOf(r, 'records_request')?.reason).toContain(
      'A meeting is coming. Ask now, so you have the records before it.',
    );
    const none = recommend(
      input({ issues: ['procedural_violation'], meetingScheduled: false }),
      'en',
    );
    expect(ids(none)).toEqual(['written_follow_up', 'state_complaint']);
  });

  it('A meeting already coming: after the written notice request and a stay-put filing', () => {
    const r = recommend(
      input({
        issues: ['placement_change'],
        changeInEffect: false,
        writtenNotice: false,
        meetingScheduled: true,
      }),
      'en',
    );
    expect(ids(r).slice(0, 3)).toEqual(['pwn_request', 'due_process', 'records_request']);
  });
});

describe('34 CFR 300.530-300.533: discipline', () => {
  it.each([5, 12, 30])(
    '300.530(e): the records request comes before the manifestation determination meeting (%i days removed)',
    (days) => {
      const r = recommend(
        input({ issues: ['discipline', 'services_insufficient'], removalSchoolDays: days }),
        'en',
      );
      expect(ids(r)[0]).toBe('records_request');
      // Past 10 school days the manifestation determination is due (300.536): next.
      if (days > 10) expect(ids(r)[1]).toBe('manifestation_determination_request');
      else expect(ids(r)).toContain('manifestation_determination_request');
      expect(pathwayOf(r, 'records_request')?.basis).toEqual(
        expect.arrayContaining(['34 CFR 300.613(a)', '34 CFR 300.530(e)']),
      );
      expect(pathwayOf(r, 'records_request')?.reason).toContain(
        'before the meeting about the behavior',
      );
    },
  );

  it('300.533: during an appeal the child stays in the interim setting, unlike stay-put (300.518)', () => {
    for (const lang of ['en', 'es'] as const) {
      const r = recommend(
        input({ issues: ['discipline', 'placement_change'], changeInEffect: false }),
        lang,
      );
      const interim = warningOf(r, 'interim_setting');
      const stayPut = warningOf(r, 'stay_put');
      expect(interim).toMatchObject({
        basis: ['34 CFR 300.533', '34 CFR 300.532'],
        confidence: 'high',
      });
      expect(stayPut?.basis).toEqual(['34 CFR 300.518']);
      expect(interim?.message).not.toBe(stayPut?.message);
    }
    const en = recommend(input({ issues: ['discipline'] }), 'en');
    expect(warningOf(en, 'interim_setting')?.message).toContain(
      'your child stays where the school sent your child for the discipline',
    );
    expect(warningOf(en, 'interim_setting')?.message).toContain(
      'until the hearing officer decides or the removal ends, whichever comes first',
    );
    expect(warningOf(en, 'stay_put')).toBeUndefined();
  });

  it('300.533 is an IDEA rule: a 504 child appeals through the 504 hearing, without that warning', () => {
    const r = recommend(input({ planType: '504', issues: ['discipline'] }), 'en');
    expect(warningOf(r, 'interim_setting')).toBeUndefined();
    const none = recommend(input({ planType: 'none', issues: ['discipline'] }), 'en');
    expect(warningOf(none, 'interim_setting')?.basis).toContain('34 CFR 300.533');
  });
});

describe("Reasons quote the state's own numbers (rules-corrections-2026-12.md)", () => {
  const reasonOf = (state: string, issue: IssueId, id: PathwayId, lang: 'en' | 'es' = 'en') =>
    pathwayOf(recommend(input({ state, issues: [issue] }), lang), id);

  it.each<[string, string[], string[]]>([
    // 19 TAC 89.1011: an answer within 15 school days; TEC 29.004: 45 school days from consent.
    [
      'TX',
      [
        'Your state gives the school 15 school days to answer your request.',
        'your state gives the school 45 school days to finish.',
      ],
      ['19 TAC 89.1011'],
    ],
    // R 340.1721b(1)(a): 10 school days to answer; 30 school days to the offer of FAPE.
    [
      'MI',
      ['10 school days to answer your request', 'gives the school 30 school days to finish.'],
      ['Mich. Admin. Code R 340.1721b(1)(a)'],
    ],
    // Delaware: 45 school days or 90 calendar days from consent, whichever is less.
    [
      'DE',
      ['gives the school 45 school days or 90 days, whichever comes first, to finish.'],
      ['925-2.4'],
    ],
    // Ed. Code 56344: 60 days, not counting breaks of more than 5 school days.
    [
      'CA',
      ['gives the school 60 days to finish. Some school breaks do not count.'],
      ['Ed. Code 56344'],
    ],
    ['NJ', ['gives the school 90 days to finish.'], []],
    [
      'NC',
      [
        "Your state's time limit for the testing: unknown — check your state's procedural safeguards notice.",
      ],
      [],
    ],
  ])('300.301(c)(1): the evaluation request quotes %s', (state, texts, sources) => {
    const p = reasonOf(state, 'evaluation_refused', 'evaluation_request');
    for (const text of texts) expect(p?.reason).toContain(text);
    expect(p?.basis).toEqual(expect.arrayContaining(['34 CFR 300.301(b)', ...sources]));
  });

  it.each<[string, string, string[]]>([
    ['NC', 'In your state, you have 1 year to ask for this hearing.', ['115C-109.6(b)']],
    ['CA', 'In your state, you have 2 years to ask for this hearing.', ['Ed. Code 56505(l)']],
    ['FL', 'Your state has no time limit of its own, so the federal limit of 2 years applies.', []],
    [
      'DC',
      "Your state's time limit to ask for this hearing is unknown — check your state's procedural safeguards notice.",
      [],
    ],
  ])('300.507(a)(2), 300.511(e): the due process reason quotes %s', (state, text, sources) => {
    const p = reasonOf(state, 'evaluation_disputed', 'due_process');
    expect(p?.reason).toContain(text);
    expect(p?.basis).toEqual(expect.arrayContaining(['34 CFR 300.507', ...sources]));
  });

  it.each<[string, string, string]>([
    [
      'TX',
      "File a complaint with your state's education office, the Texas Education Agency.",
      'Presente una queja ante la oficina de educación de su estado: Texas Education Agency.',
    ],
    [
      'MA',
      "File a complaint with your state's education office, the Department of Elementary and Secondary Education.",
      'Presente una queja ante la oficina de educación de su estado: Department of Elementary and Secondary Education.',
    ],
    // The reference does not know DC's education agency: the office is not named.
    [
      'DC',
      "File a complaint with your state's education office.",
      'Presente una queja ante la oficina de educación de su estado.',
    ],
  ])('300.151: the state complaint names %s’s education agency', (state, en, es) => {
    expect(reasonOf(state, 'evaluation_late', 'state_complaint')?.reason).toMatch(
      new RegExp(`^${en.replace(/[.()]/g, '\\$&')}`),
    );
    expect(reasonOf(state, 'evaluation_late', 'state_complaint', 'es')?.reason).toMatch(
      new RegExp(`^${es.replace(/[.()]/g, '\\$&')}`),
    );
  });

  it('never "unless your state sets a different time", in any state or language', () => {
    for (const state of listStates()) {
      for (const lang of ['en', 'es'] as const) {
        const r = recommend(
          input({ state: state.code, issues: ['evaluation_refused', 'evaluation_disputed'] }),
          lang,
        );
        for (const p of r.pathways) {
          expect(p.reason).not.toMatch(
            /unless your state|different time|salvo que su estado|otro plazo/,
          );
        }
        const evaluation = pathwayOf(r, 'evaluation_request')?.reason ?? '';
        const known = state.evaluationTimeline.value !== null;
        expect(
          evaluation.includes(lang === 'en' ? 'unknown — check' : 'desconocido — consulte'),
        ).toBe(!known);
        if (known)
          expect(evaluation).toContain(String(state.evaluationTimeline.value?.duration.amount));
      }
    }
  });
});

describe('Spanish terms of the corrections; no English basis text in Spanish', () => {
  it.each<[string, Partial<RecommendInput> & { issues: IssueId[] }, PathwayId | WarningId, string]>(
    [
      [
        'prior written notice',
        { issues: ['eligibility_denied'] },
        'pwn_request',
        'notificación previa por escrito',
      ],
      [
        'impartial hearing officer',
        { issues: ['evaluation_disputed'] },
        'due_process',
        'funcionario de audiencias imparcial',
      ],
      [
        'impartial hearing officer (Section 504)',
        { planType: '504', issues: ['evaluation_disputed'] },
        'section_504_hearing',
        'funcionario de audiencias imparcial',
      ],
      ['facilitator', { issues: ['communication_breakdown'] }, 'facilitation', 'facilitador'],
      ['OCR', { issues: ['discrimination'] }, 'ocr_complaint', 'Oficina para Derechos Civiles'],
      [
        'OCR limit',
        { issues: ['discrimination'], districtDecisionDate: '2026-06-01' },
        'ocr_limit_near',
        'Oficina para Derechos Civiles',
      ],
      [
        'hearing officer (300.533)',
        { issues: ['discipline'] },
        'interim_setting',
        'funcionario de audiencias',
      ],
    ],
  )('%s: "%s"', (_term, overrides, id, text) => {
    const r = recommend(input(overrides), 'es');
    const found =
      r.pathways.find((p) => p.id === id)?.reason ?? r.warnings.find((w) => w.id === id)?.message;
    expect(found).toContain(text);
  });

  it('the old words are gone from every Spanish message', () => {
    for (const planType of planTypes) {
      const r = recommend(
        input({ planType, issues: [...issueIds], districtDecisionDate: '2026-06-01' }),
        'es',
      );
      for (const text of [
        ...r.pathways.map((p) => p.reason),
        ...r.warnings.map((w) => w.message),
      ]) {
        expect(text).not.toMatch(
          /aviso previo|Oficina de Derechos Civiles|oficial neutral|guía neutral/,
        );
      }
    }
  });

  it('facilitation without a state source is described in Spanish; citations stay verbatim', () => {
    const en = recommend(input({ issues: ['communication_breakdown'] }), 'en');
    const es = recommend(input({ issues: ['communication_breakdown'] }), 'es');
    expect(pathwayOf(en, 'facilitation')?.basis).toEqual([
      'State IEP facilitation program (where offered)',
    ]);
    expect(pathwayOf(es, 'facilitation')?.basis).toEqual([
      'Programa estatal de facilitación del IEP (donde se ofrece)',
    ]);
    expect(pathwayOf(es, 'iep_meeting_request')?.basis).toEqual(
      pathwayOf(en, 'iep_meeting_request')?.basis,
    );
    for (const planType of planTypes) {
      const all = recommend(input({ planType, issues: [...issueIds] }), 'es');
      for (const p of all.pathways) {
        for (const b of p.basis) expect(b).not.toMatch(/\b(program|where|offered|the)\b/);
      }
    }
  });
});

describe('34 CFR 300.111, 300.503(a)(2), 300.507(a)(1): a parent who asks for special education keeps the Part B routes, whatever plan the child has', () => {
  // idea-rules.md section C, "District refuses to evaluate": written request, prior written
  // notice of the refusal, state complaint (child find), due process on identification and
  // evaluation, mediation optional. The 504-only rule of the corrections covers disputes about a
  // 504 plan; it does not take these routes from a child the family wants found eligible.
  it.each<[PlanType, IssueId]>([
    ['none', 'evaluation_refused'],
    ['504', 'evaluation_refused'],
    ['none', 'evaluation_late'],
    ['504', 'eligibility_denied'],
    ['none', 'eligibility_denied'],
  ])('%s plan, %s: the IEP child’s routes, then the 504 grievance and OCR', (planType, issue) => {
    const iep = ids(recommend(input({ planType: 'iep', issues: [issue] }), 'en'));
    const r = recommend(input({ planType, issues: [issue] }), 'en');
    expect(ids(r)).toEqual([...iep, 'section_504_grievance', 'ocr_complaint']);
  });

  it('34 CFR 300.503(a)(2): a refused evaluation of a child with no plan asks for prior written notice first, then the state complaint and due process', () => {
    const r = recommend(input({ planType: 'none', issues: ['evaluation_refused'] }), 'en');
    expect(ids(r).slice(0, 4)).toEqual([
      'evaluation_request',
      'pwn_request',
      'state_complaint',
      'due_process',
    ]);
    expect(pathwayOf(r, 'pwn_request')?.basis).toContain('34 CFR 300.503(a)(2)');
    expect(pathwayOf(r, 'state_complaint')?.basis).toContain('34 CFR 300.111');
  });

  it('the limitation clocks of the Part B routes are warned for a child with no plan', () => {
    // CA: 2 years from 2024-12-01 end 2026-12-01, 8 days after 2026-11-23: near.
    const r = recommend(
      input({
        planType: 'none',
        issues: ['evaluation_refused'],
        districtDecisionDate: '2024-12-01',
      }),
      'en',
    );
    expect(warningOf(r, 'due_process_limit_near')).toBeDefined();
  });
});
