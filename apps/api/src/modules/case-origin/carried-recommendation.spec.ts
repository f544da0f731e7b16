import { currentQuestionnaireVersion, type Recommendation } from '@continuum/rules';
import type { IntakeEntity } from '../intakes/intake.entity';
import { carriedRecommendation } from './carried-recommendation';

/** A submitted North Carolina intake: the decision on 2026-02-01, sent on 2026-11-28. */
function intake(overrides: Partial<IntakeEntity> = {}): IntakeEntity {
  return {
    organizationId: '00000000-0000-4000-8000-000000000001',
    id: '00000000-0000-4000-8000-000000000002',
    familyId: '00000000-0000-4000-8000-000000000003',
    studentId: null,
    status: 'TRIAGED',
    questionnaireVersion: currentQuestionnaireVersion,
    lang: 'es',
    answers: {
      state: 'NC',
      plan_type: 'iep',
      issues: ['services_not_provided'],
      has_decision_date: true,
      district_decision_date: '2026-02-01',
      written_notice: true,
    },
    recommendation: null,
    createdByUserId: null,
    submittedAt: new Date('2026-11-28T18:00:00Z'),
    submittedOn: '2026-11-28',
    createdAt: new Date('2026-11-20T18:00:00Z'),
    updatedAt: new Date('2026-11-28T18:00:00Z'),
    ...overrides,
  };
}

describe(carriedRecommendation.name, () => {
  it('N.C.G.S. 115C-109.6(b): one year from the decision of 2026-02-01 ends on 2027-02-01, carried as of the submission day, in the language asked for', () => {
    const english = carriedRecommendation(intake(), 'en')!;
    expect(english.lang).toBe('en');
    expect(english.submittedOn).toBe('2026-11-28');
    expect(english.warnings.map((w) => [w.id, w.deadline])).toEqual([
      ['due_process_limit_near', '2027-02-01'],
      ['state_complaint_limit_near', '2027-02-01'],
    ]);
    expect(english.warnings[0]!.message).toContain('February 1, 2027');
    const spanish = carriedRecommendation(intake(), 'es')!;
    expect(spanish.warnings[0]!.message).toContain('1 de febrero de 2027');
    expect(spanish.pathways.map((p) => p.id)).toEqual(english.pathways.map((p) => p.id));
  });

  it('says when the rules, corrected since, advise otherwise than what the family was shown', () => {
    const now = carriedRecommendation(intake(), 'es')!;
    const asShown: Recommendation = {
      pathways: now.pathways.map((p) => ({
        ...p,
        id: p.id as never,
        confidence: 'medium',
        issues: [],
      })),
      warnings: now.warnings.map((w) => ({ ...w, id: w.id as never, confidence: 'high' })),
    };
    expect(
      carriedRecommendation(intake({ recommendation: asShown }), 'en')!.revisedSinceSubmission,
    ).toBe(false);
    // Stored when the rules counted the limit to a later day: the case says the advice changed.
    const later: Recommendation = {
      ...asShown,
      warnings: asShown.warnings.map((w) => ({ ...w, deadline: '2027-03-01' })),
    };
    expect(
      carriedRecommendation(intake({ recommendation: later }), 'en')!.revisedSinceSubmission,
    ).toBe(true);
  });

  it('falls back to what was stored, in the family’s language, when the answers can no longer be read', () => {
    const stored: Recommendation = {
      pathways: [
        {
          id: 'written_follow_up',
          rank: 1,
          reason: 'Escriba a la escuela.',
          basis: [],
          confidence: 'medium',
          issues: [],
        },
      ],
      warnings: [],
    };
    const carried = carriedRecommendation(
      intake({ answers: { state: 'NC' }, recommendation: stored }),
      'en',
    )!;
    expect(carried).toMatchObject({ lang: 'es', revisedSinceSubmission: false });
    expect(carried.pathways.map((p) => p.reason)).toEqual(['Escriba a la escuela.']);
  });

  it('carries nothing from a draft', () => {
    expect(carriedRecommendation(intake({ status: 'DRAFT' }), 'en')).toBeNull();
  });
});
