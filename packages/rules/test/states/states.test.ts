import { describe, expect, it } from 'vitest';
import { RulesInputError, UNKNOWN_NOTE, getState, listStates, type Sourced } from '../../src/index.js';

const CODES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');

function fields(s: ReturnType<typeof getState>): [string, Sourced<unknown>][] {
  return [
    ['educationAgency', s.educationAgency],
    ['hearingBody', s.hearingBody],
    ['hearingTiers', s.hearingTiers],
    ['dueProcessLimitation', s.dueProcessLimitation],
    ['dueProcessLimitationTrigger', s.dueProcessLimitationTrigger],
    ['dueProcessLimitationStart', s.dueProcessLimitationStart],
    ['civilActionPeriod', s.civilActionPeriod],
    ['stateReview', s.stateReview],
    ['evaluationTimeline', s.evaluationTimeline],
    ['stateComplaintOffice', s.stateComplaintOffice],
    ['stateComplaintLimitation', s.stateComplaintLimitation],
    ['ieeResponse', s.ieeResponse],
    ['facilitation', s.facilitation],
  ];
}

describe('state procedures (state-procedures.json)', () => {
  it('lists the 50 states and DC, once each', () => {
    expect(listStates().map((s) => s.code).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)('%s: every field carries status, source and confidence; unknown fields have no value and the standard note', (code) => {
    const s = getState(code);
    for (const [, f] of fields(s)) {
      expect(['state', 'federal_default', 'unknown']).toContain(f.status);
      expect(['high', 'medium', 'low', 'unknown']).toContain(f.confidence);
      if (f.status === 'unknown') {
        expect(f.value).toBeNull();
        expect(f.note?.startsWith(UNKNOWN_NOTE)).toBe(true);
      } else {
        expect(f.source).toBeTruthy();
        // A low-graded or ungraded fact is never shipped as a rule.
        expect(['high', 'medium']).toContain(f.confidence);
      }
      expect(f.federalDefault).toBe(f.status === 'federal_default');
    }
  });

  it('N.C.G.S. 115C-109.6(b): North Carolina limits due process to 1 year, high confidence, and has two tiers', () => {
    const nc = getState('NC');
    expect(nc.dueProcessLimitation).toMatchObject({ value: { amount: 1, unit: 'years' }, status: 'state', confidence: 'high', federalDefault: false });
    expect(nc.dueProcessLimitation.source).toContain('115C-109.6(b)');
    expect(nc.hearingTiers.value).toBe(2);
    expect(nc.stateReview.value?.requestPeriod).toEqual({ amount: 30, unit: 'days' });
    expect(nc.stateReview.source).toBe('N.C.G.S. 115C-109.9(a)');
  });

  it('AS 14.30.193(a): Alaska gives parents 12 months from written notice of the decision', () => {
    const ak = getState('AK');
    expect(ak.dueProcessLimitation.value).toEqual({ amount: 1, unit: 'years' });
    expect(ak.dueProcessLimitation.confidence).toBe('high');
    expect(ak.dueProcessLimitationTrigger.value).toContain('written notice');
  });

  it('34 CFR 300.507(a)(2): where the reference found no state limit (Florida), the 2-year federal default applies and says so', () => {
    const fl = getState('FL');
    expect(fl.dueProcessLimitation).toMatchObject({ value: { amount: 2, unit: 'years' }, status: 'federal_default', federalDefault: true });
    expect(fl.dueProcessLimitation.source).toContain('34 CFR 300.507(a)(2)');
    expect(fl.civilActionPeriod).toMatchObject({ value: { amount: 90, unit: 'days' }, federalDefault: true, source: expect.stringContaining('300.516(b)') as unknown });
  });

  it('Alabama: null and low-confidence fields are unknown, the verified complaint office is kept', () => {
    const al = getState('AL');
    expect(al.dueProcessLimitation.status).toBe('unknown');
    expect(al.dueProcessLimitation.note).toBe(UNKNOWN_NOTE);
    expect(al.hearingTiers.status).toBe('unknown');
    expect(al.evaluationTimeline.status).toBe('unknown');
    expect(al.stateComplaintOffice).toMatchObject({ status: 'state', confidence: 'high' });
    expect(al.stateComplaintOffice.source).toContain('290-8-9-.08');
  });

  it('Arizona: civil action graded "unknown" in the dataset stays unknown (the 35-day lead is not shipped)', () => {
    expect(getState('AZ').civilActionPeriod.status).toBe('unknown');
  });

  it('Nebraska: the dataset’s 730 civil-action days are the rule’s two years', () => {
    expect(getState('NE').civilActionPeriod.value).toEqual({ amount: 2, unit: 'years' });
  });

  it('Texas: 45 school days from consent (19 TAC 89.1011), high confidence', () => {
    const tx = getState('TX');
    expect(tx.evaluationTimeline.value?.duration).toEqual({ amount: 45, unit: 'school_days' });
    expect(tx.evaluationTimeline.confidence).toBe('high');
  });

  it('California and Pennsylvania: clocks that stop for breaks are marked so', () => {
    expect(getState('CA').evaluationTimeline.value?.pausesForBreaks).toBe(true);
    expect(getState('PA').evaluationTimeline.value?.pausesForBreaks).toBe(true);
    expect(getState('NY').evaluationTimeline.value?.pausesForBreaks).toBe(false);
  });

  it('34 CFR 300.153(c): the state complaint limit is the federal one year everywhere', () => {
    for (const s of listStates()) {
      expect(s.stateComplaintLimitation).toMatchObject({ value: { amount: 1, unit: 'years' }, federalDefault: true, source: '34 CFR 300.153(c)' });
    }
  });

  it('getState is case-insensitive and rejects anything else with a RulesInputError naming the field', () => {
    expect(getState('ca').code).toBe('CA');
    expect(getState(' dc ').code).toBe('DC');
    for (const bad of ['ZZ', 'California', '', 42, null, undefined, {}]) {
      try {
        getState(bad, 'intake.state');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RulesInputError);
        expect((error as RulesInputError).field).toBe('intake.state');
      }
    }
  });
});
