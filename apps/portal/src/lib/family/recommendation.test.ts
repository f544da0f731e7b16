import { describe, expect, it } from 'vitest';
import { LADDER, parseRecommendation, warningsForPathway } from './recommendation';

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
});

describe('LADDER', () => {
  it('starts at intake and climbs to the formal hearings', () => {
    expect(LADDER[0]).toBe('intake');
    expect(LADDER.indexOf('mediation')).toBeLessThan(LADDER.indexOf('due_process'));
    expect(new Set(LADDER).size).toBe(LADDER.length);
  });
});
