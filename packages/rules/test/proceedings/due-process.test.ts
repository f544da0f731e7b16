import { describe, expect, it } from 'vitest';
import { UNKNOWN_NOTE, type DeadlineInput } from '../../src/index.js';
import { YEAR_2026_27 } from '../fixtures/calendars.js';
import { deadline, ev, ids } from './helpers.js';

const dp = (state: string, ...events: ReturnType<typeof ev>[]): DeadlineInput => ({ state, kind: 'due_process', events });

describe('due process, parent-filed: from complaint_received', () => {
  it.each([
    ['34 CFR 300.508(e): LEA response 10 days after receipt', 'lea_response', '2026-03-02', '2026-03-12'],
    ['34 CFR 300.508(d)(1): sufficiency challenge 15 days after receipt', 'sufficiency_challenge', '2026-03-02', '2026-03-17'],
    ['34 CFR 300.510(a)(1): resolution meeting 15 days after receipt', 'resolution_meeting', '2026-03-02', '2026-03-17'],
    ['34 CFR 300.510(b)(1): resolution period ends 30 days after receipt', 'resolution_period_end', '2026-03-02', '2026-04-01'],
    ['34 CFR 300.515(a): hearing decision 45 days after the resolution period ends', 'hearing_decision', '2026-03-02', '2026-05-16'],
    ['34 CFR 300.510(b)(1): resolution period across the new year ends Saturday 2027-01-09', 'resolution_period_end', '2026-12-10', '2027-01-09'],
    ['34 CFR 300.515(a): hearing decision across the new year', 'hearing_decision', '2026-12-10', '2027-02-23'],
    ['34 CFR 300.510(b)(1): resolution period across a leap-year February', 'resolution_period_end', '2028-02-01', '2028-03-02'],
    ['34 CFR 300.515(a): hearing decision after a leap-year February', 'hearing_decision', '2028-02-01', '2028-04-16'],
  ])('%s', (_name, id, received, due) => {
    const d = deadline(dp('CA', ev('complaint_received', received)), id);
    expect(d.due).toBe(due);
    expect(d.status).toBe('computed');
    expect(d.basis.length).toBeGreaterThan(0);
  });

  it('34 CFR 300.508(d)(1): a deadline on Christmas Day keeps its date and says it falls on a non-business day', () => {
    const d = deadline(dp('CA', ev('complaint_received', '2026-12-10')), 'sufficiency_challenge');
    expect(d.due).toBe('2026-12-25');
    expect(d.fallsOnNonBusinessDay).toBe(true);
  });

  // 300.510(c): the 45-day timeline "starts the day after" the event, and (b)(2) it "begins at
  // the expiration" of the 30-day period. Received 2026-03-02 (day 0): day 30 is 2026-04-01, so
  // day 1 of the 45 is 2026-04-02 and day 45 is 2026-04-01 + 45 = 2026-05-16. For an event on
  // E, day 1 is E + 1 and day 45 is E + 45: the same arithmetic as the period's end, no extra day.
  it.each([
    // Waived 2026-03-10: day 1 is 03-11; 21 days to 03-31, 24 more to 04-24 = 45.
    ['34 CFR 300.510(c)(1)', 'resolution_waived', '2026-03-10', '2026-04-24'],
    // Agreed no agreement possible 2026-03-20: day 1 is 03-21; 11 days to 03-31, 34 more to 05-04 = 45.
    ['34 CFR 300.510(c)(2)', 'resolution_agreement_impossible', '2026-03-20', '2026-05-04'],
  ])('%s: %s on %s starts the 45-day clock the day after: decision by %s', (_rule, type, date, due) => {
    const d = deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev(type, date)), 'hearing_decision');
    expect(d.due).toBe(due);
    expect(d.basis).toEqual(['34 CFR 300.510(c)', '34 CFR 300.515(a)']);
    expect(d.confidence).toBe('high');
  });

  it('34 CFR 300.510(c)(3): mediation continued in writing past day 30 and withdrawn on day 40 starts the 45-day clock the day after the withdrawal', () => {
    // Received 2026-03-02; day 30 is 2026-04-01. Both agreed in writing on 2026-03-30 to
    // continue mediation; a party withdrew on 2026-04-11 (day 40). Day 1 of the 45 is 04-12:
    // 19 days to 04-30, 26 more to 05-26 = 45. Decision by 2026-05-26, not 2026-05-16.
    const d = deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('mediation_continued', '2026-03-30'), ev('mediation_withdrawn', '2026-04-11')), 'hearing_decision');
    expect(d).toMatchObject({ due: '2026-05-26', status: 'computed', confidence: 'high' });
    expect(d.basis).toEqual(['34 CFR 300.510(c)(3)', '34 CFR 300.515(a)']);
  });

  it('34 CFR 300.510(c)(3): a withdrawal from mediation before day 30 changes nothing: decision 45 days after the period ends', () => {
    // Received 2026-03-02; withdrawn 2026-03-31 (day 29). Only (c)(1) and (c)(2) start the clock
    // early, so it begins when day 30 (2026-04-01) expires: 2026-04-01 + 45 = 2026-05-16.
    expect(deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('mediation_withdrawn', '2026-03-31')), 'hearing_decision').due).toBe('2026-05-16');
    // Even when both had agreed to continue mediation, a withdrawal before day 30 ends it early.
    expect(deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('mediation_continued', '2026-03-20'), ev('mediation_withdrawn', '2026-03-25')), 'hearing_decision').due).toBe('2026-05-16');
  });

  it('34 CFR 300.510(c)(3): a withdrawal after day 30 from mediation nobody agreed in writing to continue changes nothing', () => {
    // No mediation_continued: the clock began when day 30 (2026-04-01) expired: 2026-05-16.
    const d = deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('mediation_withdrawn', '2026-04-11')), 'hearing_decision');
    expect(d.due).toBe('2026-05-16');
    expect(d.note).toContain('300.510(c)(3)');
  });

  it('34 CFR 300.510(c)(3): an agreement to continue signed after day 30 comes too late to hold the clock', () => {
    // Agreed 2026-04-03 (day 32), after the 45 days began on 2026-04-02: still 2026-05-16.
    expect(deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('mediation_continued', '2026-04-03'), ev('mediation_withdrawn', '2026-04-11')), 'hearing_decision').due).toBe('2026-05-16');
  });

  it('34 CFR 300.510(c)(3): while continued mediation goes on, the 45-day clock has not started: no date yet', () => {
    const d = deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('mediation_continued', '2026-03-30')), 'hearing_decision');
    expect(d).toMatchObject({ due: null, status: 'no_fixed_deadline' });
    expect(d.note).toContain('withdraws from mediation');
  });

  it('34 CFR 300.510(c)(1): a written waiver before day 30 wins over a later continued mediation', () => {
    // Waived 2026-03-10: 2026-03-10 + 45 = 2026-04-24.
    expect(deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('resolution_waived', '2026-03-10'), ev('mediation_continued', '2026-03-30'), ev('mediation_withdrawn', '2026-04-11')), 'hearing_decision').due).toBe('2026-04-24');
  });

  it('34 CFR 300.510(c): a waiver after the resolution period ended does not move the decision date', () => {
    expect(deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('resolution_waived', '2026-04-05')), 'hearing_decision').due).toBe('2026-05-16');
  });

  it('34 CFR 300.508(d)(4): an amended complaint restarts every timeline', () => {
    const input = dp('CA', ev('complaint_received', '2026-03-02'), ev('complaint_amended', '2026-03-20'));
    expect(deadline(input, 'lea_response').due).toBe('2026-03-30');
    expect(deadline(input, 'resolution_period_end').due).toBe('2026-04-19');
  });

  it('34 CFR 300.515(c): after an extension the decision date is the one the hearing officer sets', () => {
    const d = deadline(dp('CA', ev('complaint_received', '2026-03-02'), ev('extension_granted', '2026-05-01')), 'hearing_decision');
    expect(d.status).toBe('no_fixed_deadline');
    expect(d.due).toBeNull();
  });

  it('34 CFR 300.510: a district-filed complaint has no resolution meeting; its decision date is unknown until confirmed per state', () => {
    const input: DeadlineInput = { state: 'CA', kind: 'due_process', filedBy: 'district', events: [ev('complaint_received', '2026-03-02')] };
    expect(ids(input)).toEqual(['parent_response', 'sufficiency_challenge', 'hearing_decision']);
    const d = deadline(input, 'hearing_decision');
    expect(d.status).toBe('unknown');
    expect(d.note).toContain(UNKNOWN_NOTE);
  });
});

describe('due process: business-day deadlines', () => {
  it('34 CFR 300.512(a)(3): five-day disclosure is 5 business days before the hearing, skipping Thanksgiving', () => {
    const d = deadline(dp('CA', ev('hearing_scheduled', '2026-11-30')), 'five_day_disclosure');
    expect(d).toMatchObject({ due: '2026-11-20', unit: 'business_days', fallsOnNonBusinessDay: false });
  });

  it('34 CFR 300.512(a)(3): five-day disclosure before a hearing on 2027-01-04 skips New Year’s Day and Christmas', () => {
    expect(deadline(dp('CA', ev('hearing_scheduled', '2027-01-04')), 'five_day_disclosure').due).toBe('2026-12-24');
  });

  it('34 CFR 300.510(e): a settlement signed Wednesday 2026-11-25 may be voided through Tuesday 2026-12-01', () => {
    expect(deadline(dp('CA', ev('settlement_signed', '2026-11-25')), 'settlement_void').due).toBe('2026-12-01');
  });

  it('34 CFR 300.510(e) with a state holiday passed in: through Wednesday 2026-12-02', () => {
    const input: DeadlineInput = { ...dp('CA', ev('settlement_signed', '2026-11-25')), holidays: ['2026-11-27'] };
    expect(deadline(input, 'settlement_void').due).toBe('2026-12-02');
  });
});

describe('due process: filing limit from knew_or_should_have_known', () => {
  it('N.C.G.S. 115C-109.6(b): North Carolina, 1 year: 2025-03-15 to Sunday 2026-03-15', () => {
    const d = deadline(dp('NC', ev('knew_or_should_have_known', '2025-03-15')), 'filing_limit');
    expect(d).toMatchObject({ due: '2026-03-15', confidence: 'high', fallsOnNonBusinessDay: true });
    expect(d.basis[0]).toContain('115C-109.6(b)');
  });

  it('Cal. Ed. Code 56505(l): California, 2 years from a leap day ends February 28', () => {
    expect(deadline(dp('CA', ev('knew_or_should_have_known', '2024-02-29')), 'filing_limit').due).toBe('2026-02-28');
  });

  it('34 CFR 300.507(a)(2): Florida has no limit of its own, so the federal 2 years applies and the note says so', () => {
    const d = deadline(dp('FL', ev('knew_or_should_have_known', '2025-06-30')), 'filing_limit');
    expect(d.due).toBe('2027-06-30');
    expect(d.note).toContain('federal limit');
    expect(d.basis).toEqual(['34 CFR 300.507(a)(2)', '34 CFR 300.511(e)']);
  });

  it('MUSER XVI.13.E (Ms. S. v. RSU 72, 1st Cir. 2019): Maine, two years from when the parent knew: 2025-03-10 to 2027-03-10', () => {
    const d = deadline(dp('ME', ev('knew_or_should_have_known', '2025-03-10')), 'filing_limit');
    expect(d).toMatchObject({ due: '2027-03-10', status: 'computed', confidence: 'high' });
    expect(d.basis[0]).toBe('MUSER XVI.13.E; Ms. S. v. RSU 72, 916 F.3d 41 (1st Cir. 2019)');
  });

  it('N.J.A.C. 6A:14-2.7(a)1: New Jersey’s two years are the state’s own limit, not the federal default: 2025-03-10 to 2027-03-10', () => {
    const d = deadline(dp('NJ', ev('knew_or_should_have_known', '2025-03-10')), 'filing_limit');
    expect(d).toMatchObject({ due: '2027-03-10', confidence: 'high' });
    expect(d.basis[0]).toBe('N.J.A.C. 6A:14-2.7(a)1');
    expect(d.note).toContain('the New Jersey limit');
    expect(d.note).not.toContain('federal limit');
  });

  it('Alabama: no verified limit, so the answer is unknown (with the federal fallback only in the note)', () => {
    const d = deadline(dp('AL', ev('knew_or_should_have_known', '2025-06-30')), 'filing_limit');
    expect(d).toMatchObject({ due: null, status: 'unknown' });
    expect(d.note.startsWith(UNKNOWN_NOTE)).toBe(true);
    expect(d.note).toContain('June 30, 2027');
  });
});

describe('due process: filing limits that start at the district’s action (district_notice)', () => {
  it('Wis. Stat. 115.80(1)(a)1: Wisconsin, one year from the district’s written notice of 2025-10-06: 2026-10-06', () => {
    // One year after the refusal or proposal: same month and day a year later, a Tuesday.
    const d = deadline(dp('WI', ev('knew_or_should_have_known', '2025-11-20'), ev('district_notice', '2025-10-06')), 'filing_limit');
    expect(d).toMatchObject({ due: '2026-10-06', status: 'computed', confidence: 'high', fallsOnNonBusinessDay: false });
    expect(d.basis[0]).toBe('Wis. Stat. 115.80(1)(a)1');
  });

  it('Wis. Stat. 115.80(1)(a)1: Wisconsin without the district’s notice is unknown, never a date counted from when the parent knew', () => {
    const d = deadline(dp('WI', ev('knew_or_should_have_known', '2025-11-20')), 'filing_limit');
    expect(d).toMatchObject({ due: null, status: 'unknown' });
    expect(d.note.startsWith(UNKNOWN_NOTE)).toBe(true);
    expect(d.note).toContain('written notice of the proposal or refusal');
    expect(d.note).not.toContain('November 20, 2026');
  });

  it('AS 14.30.193(a): Alaska, 12 months from the district’s written notice of 2025-08-29: Saturday 2026-08-29, not rolled', () => {
    // The parent learned of it later (2025-10-01); that date does not count in Alaska.
    const d = deadline(dp('AK', ev('district_notice', '2025-08-29'), ev('knew_or_should_have_known', '2025-10-01')), 'filing_limit');
    expect(d).toMatchObject({ due: '2026-08-29', status: 'computed', confidence: 'high', fallsOnNonBusinessDay: true });
    expect(d.basis[0]).toBe('AS 14.30.193(a); 4 AAC 52.550(a)');
  });

  it('AS 14.30.193(a): Alaska without the district’s notice is unknown', () => {
    expect(deadline(dp('AK', ev('knew_or_should_have_known', '2025-10-01')), 'filing_limit')).toMatchObject({ due: null, status: 'unknown' });
  });

  it.each([
    // Two years after 2025-09-01: 2027-09-01 (a Wednesday).
    ['ORS 343.165(3)(a): Oregon', 'OR', 'high'],
    ['K.S.A. 72-3415(a)(1)(A): Kansas', 'KS', 'high'],
    ['Colorado (CDE: violation within two years of filing)', 'CO', 'medium'],
  ])('%s counts two years from the district’s action: notice 2025-09-01 -> 2027-09-01', (_rule, state, confidence) => {
    const d = deadline(dp(state, ev('district_notice', '2025-09-01'), ev('knew_or_should_have_known', '2025-12-01')), 'filing_limit');
    expect(d).toMatchObject({ due: '2027-09-01', status: 'computed', confidence });
    expect(deadline(dp(state, ev('knew_or_should_have_known', '2025-12-01')), 'filing_limit').status).toBe('unknown');
  });

  it('34 CFR 300.511(e): in a state that counts from when the parent knew, the district’s notice alone gives no date (the parent may have known earlier)', () => {
    const d = deadline(dp('CA', ev('district_notice', '2025-09-01')), 'filing_limit');
    expect(d).toMatchObject({ due: null, status: 'unknown' });
    // With both, California counts from when the parent knew: 2025-08-15 + 2 years.
    expect(deadline(dp('CA', ev('knew_or_should_have_known', '2025-08-15'), ev('district_notice', '2025-09-01')), 'filing_limit').due).toBe('2027-08-15');
  });
});

describe('due process: after the decision', () => {
  it('Cal. Ed. Code 56505(k): California civil action 90 days after the decision (Sunday, not rolled)', () => {
    expect(deadline(dp('CA', ev('decision_issued', '2026-06-01')), 'civil_action')).toMatchObject({ due: '2026-08-30', fallsOnNonBusinessDay: true });
  });

  it('Md. Code, Educ. 8-413: Maryland civil action 120 days after the decision', () => {
    expect(deadline(dp('MD', ev('decision_issued', '2026-06-01')), 'civil_action').due).toBe('2026-09-29');
  });

  it('92 NAC 55-009.02: Nebraska state-court petition within 2 years, counted as years', () => {
    expect(deadline(dp('NE', ev('decision_issued', '2026-06-01')), 'civil_action')).toMatchObject({ due: '2028-06-01', unit: 'years' });
  });

  it('34 CFR 300.516(b): Arizona has no verified period, so civil action is unknown', () => {
    expect(deadline(dp('AZ', ev('decision_issued', '2026-06-01')), 'civil_action').status).toBe('unknown');
  });

  it('8 NYCRR 279.4(a): New York (two tiers) review request 40 days after the decision; no civil action until the review decision', () => {
    const input = dp('NY', ev('decision_issued', '2026-06-01'));
    // 2026-06-01 + 40: 29 days to 06-30, 11 more to Saturday 07-11.
    expect(deadline(input, 'state_review_request')).toMatchObject({ due: '2026-07-11', confidence: 'high', fallsOnNonBusinessDay: true });
    expect(ids(input)).not.toContain('civil_action');
  });

  it('8 NYCRR 279.2: New York notice of intention to seek review 25 days after the decision, before the 40-day request', () => {
    // 2026-06-01 + 25 = Friday 2026-06-26.
    const input = dp('NY', ev('decision_issued', '2026-06-01'));
    const d = deadline(input, 'notice_of_intention');
    expect(d).toMatchObject({ due: '2026-06-26', status: 'computed', confidence: 'medium', fallsOnNonBusinessDay: false });
    expect(d.basis[0]).toBe('8 NYCRR 279.2');
    expect(ids(input)).toEqual(['notice_of_intention', 'state_review_request']);
    // No other two-tier state has the notice.
    expect(ids(dp('NC', ev('decision_issued', '2026-06-01')))).not.toContain('notice_of_intention');
  });

  it('34 CFR 300.515(b): the state review decision is due 30 days after the request', () => {
    expect(deadline(dp('NY', ev('review_requested', '2026-07-01')), 'state_review_decision').due).toBe('2026-07-31');
  });

  it('Ohio Rev. Code 3323.05: Ohio, federal court within 90 days or the court of common pleas within 45 days of the review decision; the earlier is the safe date', () => {
    const input = dp('OH', ev('review_decision_issued', '2026-09-01'));
    // 2026-09-01 + 90: 29 days to 09-30, 31 to 10-31, 30 more to Monday 11-30.
    const federal = deadline(input, 'civil_action');
    // 2026-09-01 + 45: 29 days to 09-30, 16 more to Friday 10-16.
    const state = deadline(input, 'civil_action_state_court');
    expect(federal).toMatchObject({ due: '2026-11-30', status: 'computed', confidence: 'medium' });
    expect(state).toMatchObject({ due: '2026-10-16', status: 'computed', confidence: 'medium' });
    expect(state.basis[0]).toBe('Ohio Rev. Code 3323.05');
    expect(state.note).toContain('the safe date');
    expect(federal.note).toContain('not the safe date');
    expect(federal.note).toContain('October 16, 2026');
    expect(ids(input)).toEqual(['civil_action', 'civil_action_state_court']);
  });

  it('N.C.G.S. 115C-109.9(a): North Carolina review request 30 days after the decision', () => {
    expect(deadline(dp('NC', ev('decision_issued', '2026-06-01')), 'state_review_request').due).toBe('2026-07-01');
  });

  it('South Carolina: two tiers but no verified review period: unknown', () => {
    expect(deadline(dp('SC', ev('decision_issued', '2026-06-01')), 'state_review_request').status).toBe('unknown');
  });

  it('34 CFR 300.516(b): Texas sets no civil-action period of its own, so the federal 90 days apply and are labelled so: 2026-06-01 to 2026-08-30', () => {
    // 2026-06-01 + 90: 29 days to 06-30, 31 to 07-31, 30 more to Sunday 08-30.
    const d = deadline(dp('TX', ev('decision_issued', '2026-06-01')), 'civil_action');
    expect(d).toMatchObject({ due: '2026-08-30', confidence: 'medium', basis: ['34 CFR 300.516(b)'] });
    expect(d.note).toContain('the federal period');
  });

  it('Tenn. Code 49-10-606(a), (e): Tennessee has one hearing tier: no state review, the civil action follows the hearing decision (its period unknown)', () => {
    const input = dp('TN', ev('decision_issued', '2026-06-01'));
    expect(ids(input)).toEqual(['civil_action']);
    expect(deadline(input, 'civil_action').status).toBe('unknown');
  });

  it('one-tier states have no state review request', () => {
    expect(ids(dp('CA', ev('decision_issued', '2026-06-01')))).toEqual(['civil_action']);
  });
});

describe('expedited due process (34 CFR 300.532)', () => {
  const withCalendar = (...events: ReturnType<typeof ev>[]): DeadlineInput => ({ state: 'CA', kind: 'expedited_due_process', events, calendar: YEAR_2026_27 });

  it('34 CFR 300.532(c)(3)(i): resolution meeting 7 days after receipt', () => {
    expect(deadline(withCalendar(ev('complaint_received', '2026-11-20')), 'expedited_resolution_meeting').due).toBe('2026-11-27');
  });

  it('34 CFR 300.532(c)(3)(ii): hearing may proceed 15 days after receipt (Saturday, flagged)', () => {
    expect(deadline(withCalendar(ev('complaint_received', '2026-11-20')), 'expedited_resolution_period_end')).toMatchObject({ due: '2026-12-05', fallsOnNonBusinessDay: true });
  });

  it('34 CFR 300.532(c)(2): hearing within 20 school days, across Thanksgiving and winter breaks', () => {
    expect(deadline(withCalendar(ev('complaint_received', '2026-11-20')), 'expedited_hearing')).toMatchObject({ due: '2027-01-06', unit: 'school_days', status: 'computed' });
  });

  it('34 CFR 300.532(c)(2): the hearing is counted from the filing when it is recorded: filed 2026-11-18, hearing by 2027-01-04', () => {
    const d = deadline(withCalendar(ev('complaint_filed', '2026-11-18'), ev('complaint_received', '2026-11-20')), 'expedited_hearing');
    // Nov 19, 20, 23, 24, 30, Dec 1-4, 7-11, 14-18 are 19 school days; Jan 4 is the 20th.
    expect(d.due).toBe('2027-01-04');
  });

  it('34 CFR 300.532(c)(2): decision 10 school days after the hearing, across the winter break', () => {
    expect(deadline(withCalendar(ev('hearing_held', '2026-12-16')), 'expedited_decision').due).toBe('2027-01-13');
  });

  it('34 CFR 300.532(c)(2): without a calendar the school-day deadlines answer needs_calendar', () => {
    const d = deadline({ state: 'CA', kind: 'expedited_due_process', events: [ev('complaint_received', '2026-11-20')] }, 'expedited_hearing');
    expect(d).toMatchObject({ due: null, status: 'needs_calendar', unit: 'school_days' });
  });

  it('a calendar that ends too soon answers needs_calendar too', () => {
    const d = deadline({ state: 'CA', kind: 'expedited_due_process', events: [ev('complaint_received', '2026-11-20')], calendar: { firstDay: '2026-11-02', lastDay: '2026-12-04', nonSchoolDays: [] } }, 'expedited_hearing');
    expect(d.status).toBe('needs_calendar');
  });
});
