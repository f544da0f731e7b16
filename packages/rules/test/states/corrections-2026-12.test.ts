import { describe, expect, it } from 'vitest';
import { getState, listStates } from '../../src/index.js';

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

  it.each([
    ['Wis. Stat. 115.80(1)(a)1: Wisconsin', 'WI', 'Wis. Stat. 115.80(1)(a)1', 'high'],
    ['AS 14.30.193(a): Alaska', 'AK', 'AS 14.30.193(a); 4 AAC 52.550(a)', 'high'],
    ['ORS 343.165(3)(a): Oregon', 'OR', 'ORS 343.165(3)(a)', 'high'],
    ['K.S.A. 72-3415(a)(1)(A): Kansas', 'KS', 'K.S.A. 72-3415(a)(1)(A)', 'high'],
    ['Colorado', 'CO', 'Colorado Department of Education, due process complaints page', 'medium'],
  ])('%s: the filing limit counts from the district’s action', (_rule, code, source, confidence) => {
    expect(getState(code).dueProcessLimitationStart).toMatchObject({ value: 'district_notice', status: 'state', source, confidence });
  });

  it('34 CFR 300.511(e): every other state counts from when the parent knew or should have known, or is unknown', () => {
    const fromDistrict = listStates().filter((s) => s.dueProcessLimitationStart.value === 'district_notice').map((s) => s.code);
    expect(fromDistrict.sort()).toEqual(['AK', 'CO', 'KS', 'OR', 'WI']);
    expect(getState('CA').dueProcessLimitationStart.value).toBe('knew_or_should_have_known');
    // Connecticut's trigger is the board's proposal or refusal, but the reference grades it low.
    expect(getState('CT').dueProcessLimitationStart).toMatchObject({ value: null, status: 'unknown' });
  });

  it('WAC 392-172A-05005(2)(c)(i) and N.J.A.C. 6A:14-2.5(c): Washington 15 and New Jersey 20 calendar days to answer an IEE request; elsewhere no fixed number', () => {
    expect(getState('WA').ieeResponse).toMatchObject({ value: { amount: 15, unit: 'days' }, status: 'state', source: 'WAC 392-172A-05005(2)(c)(i)', confidence: 'high' });
    expect(getState('NJ').ieeResponse).toMatchObject({ value: { amount: 20, unit: 'days' }, status: 'state', source: 'N.J.A.C. 6A:14-2.5(c)', confidence: 'medium' });
    expect(getState('CA').ieeResponse).toMatchObject({ value: null, status: 'federal_default', source: '34 CFR 300.502(b)(2)', federalDefault: true });
    expect(listStates().filter((s) => s.ieeResponse.value !== null).map((s) => s.code).sort()).toEqual(['NJ', 'WA']);
  });

  it('8 NYCRR 279.2, 279.4(a): New York, notice of intention 25 days (medium) and request for review 40 days (high) after the decision', () => {
    const review = getState('NY').stateReview;
    expect(review).toMatchObject({ status: 'state', source: '8 NYCRR 279.4(a)', confidence: 'high' });
    expect(review.value?.requestPeriod).toEqual({ amount: 40, unit: 'days' });
    expect(review.value?.noticeOfIntention).toMatchObject({ period: { amount: 25, unit: 'days' }, source: '8 NYCRR 279.2', confidence: 'medium' });
  });

  it('Ohio Rev. Code 3323.05: Ohio names two courts for the civil action, each with its period (medium); other states name none', () => {
    expect(getState('OH').civilActionCourts).toEqual([
      { court: 'federal', name: 'federal district court', period: { amount: 90, unit: 'days' }, source: 'Ohio Rev. Code 3323.05', confidence: 'medium' },
      { court: 'state', name: 'court of common pleas', period: { amount: 45, unit: 'days' }, source: 'Ohio Rev. Code 3323.05', confidence: 'medium' },
    ]);
    expect(listStates().filter((s) => s.civilActionCourts.length > 0).map((s) => s.code)).toEqual(['OH']);
  });

  it('Regs. Conn. State Agencies 10-76d-13: Connecticut’s evaluation timeline is unknown while its sources disagree', () => {
    const t = getState('CT').evaluationTimeline;
    expect(t).toMatchObject({ value: null, status: 'unknown', confidence: 'low' });
    expect(t.contested).toEqual(['Regs. Conn. State Agencies 10-76d-13', 'CSDE Evaluation Timelines data page']);
    expect(t.note).toContain('45 school days from referral');
  });

  it('MUSER XVI.13.E; Ms. S. v. RSU 72, 916 F.3d 41: Maine’s filing limit is two years, high', () => {
    const me = getState('ME');
    expect(me.dueProcessLimitation).toMatchObject({ value: { amount: 2, unit: 'years' }, status: 'state', source: 'MUSER XVI.13.E; Ms. S. v. RSU 72, 916 F.3d 41 (1st Cir. 2019)', confidence: 'high', federalDefault: false });
    expect(me.dueProcessLimitationStart).toMatchObject({ value: 'knew_or_should_have_known', status: 'state', confidence: 'high' });
  });

  it('N.J.A.C. 6A:14-2.7(a)1: New Jersey’s two-year filing limit is set by the state, high, not the federal default', () => {
    expect(getState('NJ').dueProcessLimitation).toMatchObject({ value: { amount: 2, unit: 'years' }, status: 'state', source: 'N.J.A.C. 6A:14-2.7(a)1', confidence: 'high', federalDefault: false });
  });

  it('Tenn. Code 49-10-606(a), (e): Tennessee has one hearing tier, high', () => {
    const tn = getState('TN');
    expect(tn.hearingTiers).toMatchObject({ value: 1, status: 'state', source: 'Tenn. Code 49-10-606(a), (e)', confidence: 'high' });
    expect(tn.stateReview).toMatchObject({ value: null, status: 'state', source: 'Tenn. Code 49-10-606(a), (e)', confidence: 'high' });
  });

  it('34 CFR 300.516(b): Texas’s civil-action period is the federal default, labelled so', () => {
    expect(getState('TX').civilActionPeriod).toMatchObject({ value: { amount: 90, unit: 'days' }, status: 'federal_default', federalDefault: true, source: '34 CFR 300.516(b); 20 U.S.C. 1415(i)(2)(B)', confidence: 'medium' });
  });
});
