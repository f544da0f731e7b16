import { describe, expect, it } from 'vitest';
import { LADDER, ladderFor, parseRecommendation, warningsForPathway } from './recommendation';

describe('parseRecommendation', () => {
  it('reads the stored recommendation, best pathway first', () => {
    const parsed = parseRecommendation({
      pathways: [
        {
          id: 'state_complaint',
          rank: 2,
          reason: 'File',
          basis: ['34 CFR 300.153'],
          confidence: 'medium',
          issues: ['services_not_provided'],
        },
        {
          id: 'pwn_request',
          rank: 1,
          reason: 'Ask',
          basis: ['34 CFR 300.503'],
          confidence: 'high',
          issues: [],
        },
      ],
      warnings: [
        {
          id: 'due_process_limit_near',
          message: 'unknown',
          basis: [],
          confidence: 'unknown',
          deadline: null,
          daysLeft: null,
        },
      ],
    });
    expect(parsed?.pathways.map((p) => p.id)).toEqual(['pwn_request', 'state_complaint']);
    expect(parsed?.warnings[0]).toMatchObject({ deadline: null, daysLeft: null });
  });

  it('is null for a draft (no recommendation) or another shape', () => {
    expect(parseRecommendation(null)).toBeNull();
    expect(parseRecommendation({ pathways: 'x' })).toBeNull();
  });
});

describe('warningsForPathway', () => {
  const warnings = [
    {
      id: 'state_complaint_limit_near',
      message: '',
      basis: [],
      confidence: 'high',
      deadline: '2027-01-10',
      daysLeft: 40,
    },
    {
      id: 'due_process_limit_passed',
      message: '',
      basis: [],
      confidence: 'medium',
      deadline: '2026-01-10',
      daysLeft: -3,
    },
    { id: 'no_written_notice', message: '', basis: [], confidence: 'high' },
  ];

  it('gives each filing pathway its own limitation clock', () => {
    expect(warningsForPathway('state_complaint', warnings).map((w) => w.id)).toEqual([
      'state_complaint_limit_near',
    ]);
    expect(warningsForPathway('expedited_due_process', warnings).map((w) => w.id)).toEqual([
      'due_process_limit_passed',
    ]);
    expect(warningsForPathway('mediation', warnings)).toEqual([]);
  });

  it('99.64(c): the FERPA complaint carries its 180-day clock', () => {
    const ferpa = { id: 'ferpa_limit_near', message: '', basis: [], confidence: 'high' };
    expect(warningsForPathway('ferpa_complaint', [...warnings, ferpa])).toEqual([ferpa]);
  });
});

describe('LADDER', () => {
  it('starts at intake and climbs to the formal hearings', () => {
    expect(LADDER[0]).toBe('intake');
    expect(LADDER.indexOf('mediation')).toBeLessThan(LADDER.indexOf('due_process'));
    expect(new Set(LADDER).size).toBe(LADDER.length);
  });

  it('sets each Section 504 route beside its IDEA counterpart', () => {
    const at = (id: string) => LADDER.indexOf(id);
    expect(at('section_504_notice_request')).toBe(at('pwn_request') + 1);
    expect(at('section_504_meeting')).toBe(at('iep_meeting_request') + 1);
    expect(at('section_504_hearing')).toBe(at('due_process') - 1);
    expect(at('ferpa_complaint')).toBeGreaterThan(at('records_request'));
  });
});

describe('ladderFor', () => {
  it('34 CFR 104.36: a 504-only family sees the Section 504 rungs, not the Part B ones', () => {
    const rungs = ladderFor([
      'intake',
      'records_request',
      'section_504_meeting',
      'section_504_grievance',
      'section_504_hearing',
      'ocr_complaint',
    ]);
    expect(rungs).toEqual([
      'intake',
      'written_follow_up',
      'section_504_notice_request',
      'records_request',
      'evaluation_request',
      'section_504_meeting',
      'manifestation_determination_request',
      'section_504_grievance',
      'ferpa_complaint',
      'ocr_complaint',
      'section_504_hearing',
    ]);
  });

  it('a family under IDEA sees the IDEA rungs, and a 504 step it was given', () => {
    const rungs = ladderFor(['intake', 'pwn_request', 'section_504_grievance', 'ocr_complaint']);
    expect(rungs).toContain('due_process');
    expect(rungs).toContain('section_504_grievance');
    expect(rungs).not.toContain('section_504_hearing');
    expect(ladderFor(['intake'])).toEqual(LADDER.filter((id) => !id.startsWith('section_504_')));
  });
});
