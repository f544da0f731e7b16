import { describe, expect, it } from 'vitest';
import { getState } from '../../src/index.js';

/**
 * The state facts corrected by the December 2026 legal review
 * (rules-corrections-2026-12.md), as getState returns them: value, source and grade.
 */
describe('2026-12 corrections: getState', () => {
  it('Tex. Educ. Code 29.004(a), (a-1): Texas, 45 school days from consent, with the June 30 rule as typed data', () => {
    const t = getState('TX').evaluationTimeline;
    expect(t).toMatchObject({ status: 'state', source: 'Tex. Educ. Code 29.004(a)', confidence: 'high' });
    expect(t.value?.duration).toEqual({ amount: 45, unit: 'school_days' });
    expect(t.value?.endOfYear).toEqual({ minSchoolDays: 35, dueMonth: 6, dueDay: 30, source: 'Tex. Educ. Code 29.004(a-1)', confidence: 'high' });
    // No other state has an end-of-year rule.
    expect(getState('WA').evaluationTimeline.value?.endOfYear).toBeUndefined();
  });
});
