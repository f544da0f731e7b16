import { describe, expect, it } from 'vitest';
import { UNKNOWN_NOTE, addDays, computeDeadlines, type DeadlineInput } from '../../src/index.js';
import { TEXAS_2026_27, TEXAS_2026_28, YEAR_2026_27 } from '../fixtures/calendars.js';
import { deadline, ev } from './helpers.js';

describe('state complaint', () => {
  it('34 CFR 300.152(a): decision 60 days after receipt, landing on New Year’s Day', () => {
    const d = deadline({ state: 'CA', kind: 'state_complaint', events: [ev('complaint_received', '2026-11-02')] }, 'complaint_decision');
    expect(d).toMatchObject({ due: '2027-01-01', fallsOnNonBusinessDay: true, basis: ['34 CFR 300.152(a)'] });
  });

  it.each([
    ['2025-03-10', '2026-03-10'],
    ['2024-02-29', '2025-02-28'],
  ])('34 CFR 300.153(c): a violation on %s must be complained of by %s', (violation, due) => {
    expect(deadline({ state: 'TX', kind: 'state_complaint', events: [ev('violation_occurred', violation)] }, 'filing_limit').due).toBe(due);
  });

  it('34 CFR 300.152(b)(1): after an extension there is no fixed date', () => {
    const d = deadline({ state: 'TX', kind: 'state_complaint', events: [ev('complaint_received', '2026-11-02'), ev('extension_granted', '2026-12-20')] }, 'complaint_decision');
    expect(d.status).toBe('no_fixed_deadline');
  });
});

describe('records request (34 CFR 300.613(a))', () => {
  it('45 days after the request', () => {
    expect(deadline({ state: 'CA', kind: 'records_request', events: [ev('request_received', '2026-01-05')] }, 'records_access').due).toBe('2026-02-19');
  });

  it('the day before an earlier IEP meeting (a Sunday, flagged)', () => {
    const d = deadline({ state: 'CA', kind: 'records_request', events: [ev('request_received', '2026-01-05'), ev('meeting_scheduled', '2026-02-02')] }, 'records_access');
    expect(d).toMatchObject({ due: '2026-02-01', fallsOnNonBusinessDay: true });
  });

  it('the day before an earlier hearing', () => {
    expect(deadline({ state: 'CA', kind: 'records_request', events: [ev('request_received', '2026-01-05'), ev('hearing_scheduled', '2026-01-20')] }, 'records_access').due).toBe('2026-01-19');
  });

  it('a meeting after the 45 days, or before the request, does not change it', () => {
    const input: DeadlineInput = { state: 'CA', kind: 'records_request', events: [ev('meeting_scheduled', '2026-01-02'), ev('request_received', '2026-01-05'), ev('meeting_scheduled', '2026-03-01')] };
    expect(deadline(input, 'records_access').due).toBe('2026-02-19');
  });
});

describe('initial evaluation (34 CFR 300.301(c)(1) or the state timeline)', () => {
  it('8 NYCRR 200.4(b)(7): New York, 60 calendar days from consent', () => {
    expect(deadline({ state: 'NY', kind: 'evaluation', events: [ev('consent_received', '2026-11-02')] }, 'initial_evaluation').due).toBe('2027-01-01');
  });

  it('19 TAC 89.1011: Texas, 45 school days from consent, across Thanksgiving', () => {
    const d = deadline({ state: 'TX', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')], calendar: YEAR_2026_27 }, 'initial_evaluation');
    expect(d).toMatchObject({ due: '2026-12-08', unit: 'school_days', confidence: 'high' });
  });

  describe('Tex. Educ. Code 29.004: the end of the Texas school year', () => {
    // TEXAS_2026_27 ends Thursday 2027-05-27; 2027-03-25 is the 45th school day before it
    // (fixtures/calendars.ts counts it). "N school days before the last instructional day" is
    // the school days after the consent date up to and including that last day.
    const tx = (consent: string, calendar = TEXAS_2026_27) =>
      deadline({ state: 'TX', kind: 'evaluation', events: [ev('consent_received', consent)], calendar }, 'initial_evaluation');

    it('Tex. Educ. Code 29.004(a): consent 45 school days before the last instructional day: the 45th school day is that last day', () => {
      // After 2027-03-24: Mar 25, 29, 30, 31 (4) + April 22 + May 3-27 19 = 45 -> 2027-05-27.
      expect(tx('2027-03-24')).toMatchObject({ due: '2027-05-27', status: 'computed', unit: 'school_days' });
    });

    it('Tex. Educ. Code 29.004(a-1): consent 44 school days before the last instructional day: the report is due June 30', () => {
      // After 2027-03-25: Mar 29-31 (3) + 22 + 19 = 44: at least 35, fewer than 45.
      const d = tx('2027-03-25');
      expect(d).toMatchObject({ due: '2027-06-30', status: 'computed', confidence: 'high' });
      expect(d.basis[0]).toBe('Tex. Educ. Code 29.004(a-1)');
      expect(d.note).toContain('44 school days');
    });

    it('Tex. Educ. Code 29.004(a-1): consent exactly 35 school days before the last instructional day: June 30, with no calendar for next year needed', () => {
      // After 2027-04-08: Apr 9 (1) + Apr 12-16, 19-23, 26-30 (15) + May 19 = 35.
      expect(tx('2027-04-08')).toMatchObject({ due: '2027-06-30', status: 'computed' });
    });

    it('Tex. Educ. Code 29.004(a): consent 34 school days before the last instructional day runs into next school year: needs next year’s calendar', () => {
      // After 2027-04-09: Apr 12-30 (15) + May 19 = 34, fewer than 35.
      const d = tx('2027-04-09');
      expect(d).toMatchObject({ due: null, status: 'needs_calendar' });
      expect(d.note).toContain('next school year');
      expect(d.note).toContain('May 27, 2027');
    });

    it('Tex. Educ. Code 29.004(a): with next year’s calendar the 45 school days run on past the summer', () => {
      // 34 school days in 2026-27, then 11 in 2027-28: Aug 16-20 (5), 23-27 (5), Mon Aug 30 (11th).
      expect(tx('2027-04-09', TEXAS_2026_28)).toMatchObject({ due: '2027-08-30', status: 'computed' });
    });

    it('Tex. Educ. Code 29.004(a-1): a calendar listing two school years still finds the June 30 case in the first', () => {
      expect(tx('2027-03-25', TEXAS_2026_28).due).toBe('2027-06-30');
    });
  });

  it('19 TAC 89.1011: Texas without a calendar answers needs_calendar', () => {
    expect(deadline({ state: 'TX', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')] }, 'initial_evaluation').status).toBe('needs_calendar');
  });

  it('LAC 28:XLIII.302: Louisiana, 60 business days from consent, skipping Columbus Day, Veterans Day and Thanksgiving', () => {
    expect(deadline({ state: 'LA', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')] }, 'initial_evaluation').due).toBe('2026-12-30');
  });

  it('Cal. Ed. Code 56344(a): California’s clock stops for breaks, so it needs the break calendar and gives the earliest date', () => {
    const d = deadline({ state: 'CA', kind: 'evaluation', events: [ev('consent_received', '2026-09-14')], calendar: YEAR_2026_27 }, 'initial_evaluation');
    expect(d.status).toBe('needs_calendar');
    expect(d.note).toContain('November 13, 2026');
  });

  it('14 DE Admin. Code 925-2.4: Delaware, 45 school days or 90 calendar days, whichever is less: the school days here', () => {
    const d = deadline({ state: 'DE', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')], calendar: YEAR_2026_27 }, 'initial_evaluation');
    expect(d).toMatchObject({ due: '2026-12-08', unit: 'school_days' });
  });

  it('14 DE Admin. Code 925-2.4: Delaware, when school days are sparse the 90 calendar days come first', () => {
    // One school day a week: the 45th is months away, so 90 days after 2026-10-01 governs.
    const mondays = Array.from({ length: 60 }, (_, i) => addDays('2026-10-05', 7 * i));
    const d = deadline({ state: 'DE', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')], calendar: { schoolDays: mondays } }, 'initial_evaluation');
    expect(d).toMatchObject({ due: '2026-12-30', unit: 'days' });
  });

  it('14 DE Admin. Code 925-2.4: Delaware without a calendar needs one, and gives the 90-day ceiling', () => {
    const d = deadline({ state: 'DE', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')] }, 'initial_evaluation');
    expect(d.status).toBe('needs_calendar');
    expect(d.note).toContain('no later than December 30, 2026');
  });

  it('Regs. Conn. State Agencies 10-76d-13: Connecticut’s sources disagree (45 school days from referral vs 60 days from consent): unknown, both in the note, no date', () => {
    const d = deadline({ state: 'CT', kind: 'evaluation', events: [ev('consent_received', '2026-10-01')], calendar: YEAR_2026_27 }, 'initial_evaluation');
    expect(d).toMatchObject({ due: null, status: 'unknown', confidence: 'low' });
    expect(d.note.startsWith(UNKNOWN_NOTE)).toBe(true);
    expect(d.note).toContain('10-76d-13');
    expect(d.note).toContain('45 school days from referral');
    expect(d.note).toContain('60 days from consent');
    // 2026-10-01 + 60 = 2026-11-30 would be the data page's date: it is not offered.
    expect(d.note).not.toContain('November 30, 2026');
    expect(d.basis).toEqual(['Regs. Conn. State Agencies 10-76d-13', 'CSDE Evaluation Timelines data page', '34 CFR 300.301(c)(1)']);
  });

  it('Alabama: no verified timeline, so unknown', () => {
    const d = deadline({ state: 'AL', kind: 'evaluation', events: [ev('consent_received', '2026-09-14')] }, 'initial_evaluation');
    expect(d.status).toBe('unknown');
    expect(d.note.startsWith(UNKNOWN_NOTE)).toBe(true);
  });
});

describe('IEP cycle', () => {
  it('34 CFR 300.323(c)(1): initial IEP meeting 30 days after eligibility, across the new year', () => {
    expect(deadline({ state: 'CA', kind: 'iep', events: [ev('eligibility_determined', '2026-12-15')] }, 'initial_iep_meeting').due).toBe('2027-01-14');
  });

  it('34 CFR 300.324(b)(1): annual review 1 year after a meeting on February 29 is February 28', () => {
    expect(deadline({ state: 'CA', kind: 'iep', events: [ev('iep_meeting_held', '2024-02-29')] }, 'annual_review').due).toBe('2025-02-28');
  });

  it('34 CFR 300.303(b)(2): reevaluation 3 years after the evaluation', () => {
    expect(deadline({ state: 'CA', kind: 'iep', events: [ev('evaluation_completed', '2026-03-15')] }, 'reevaluation').due).toBe('2029-03-15');
  });
});

describe('discipline (34 CFR 300.530, 300.536)', () => {
  it('34 CFR 300.530(e): manifestation determination 10 school days after the removal decision, across Thanksgiving', () => {
    const d = deadline({ state: 'CA', kind: 'discipline', events: [ev('removal_decision', '2026-11-20')], calendar: YEAR_2026_27 }, 'manifestation_determination');
    expect(d.due).toBe('2026-12-09');
  });

  it('34 CFR 300.530(e): without a calendar it needs one', () => {
    expect(deadline({ state: 'CA', kind: 'discipline', events: [ev('removal_decision', '2026-11-20')] }, 'manifestation_determination').status).toBe('needs_calendar');
  });

  it('34 CFR 300.536: removals of 5 + 5 + 2 school days: the 11th day is the first day of the third removal', () => {
    const d = deadline({ state: 'CA', kind: 'discipline', calendar: YEAR_2026_27, events: [ev('removal', '2026-09-14', 5), ev('removal', '2026-10-05', 5), ev('removal', '2026-11-02', 2)] }, 'change_of_placement');
    expect(d.due).toBe('2026-11-02');
    expect(d.note).toContain('12 school days');
  });

  it('34 CFR 300.536: removals of 5 + 8 school days: the 11th day is 5 school days into the second', () => {
    const events = [ev('removal', '2026-09-14', 5), ev('removal', '2026-10-05', 8)];
    expect(deadline({ state: 'CA', kind: 'discipline', calendar: YEAR_2026_27, events }, 'change_of_placement').due).toBe('2026-10-12');
  });

  it('34 CFR 300.536: 10 school days of removal are not yet a change of placement', () => {
    const out = computeDeadlines({ state: 'CA', kind: 'discipline', events: [ev('removal', '2026-09-14', 5), ev('removal', '2026-10-05', 5)] });
    expect(out.map((d) => d.id)).not.toContain('change_of_placement');
  });

  it('34 CFR 300.530(g): interim setting for at most 45 school days', () => {
    expect(deadline({ state: 'CA', kind: 'discipline', calendar: YEAR_2026_27, events: [ev('special_circumstances_removal', '2026-11-02')] }, 'interim_setting_limit').due).toBe('2027-01-22');
  });
});

describe('other proceedings', () => {
  it('34 CFR 100.7(b): OCR complaint within 180 days of the discrimination', () => {
    expect(deadline({ state: 'NC', kind: 'ocr_complaint', events: [ev('discrimination_occurred', '2026-01-15')] }, 'filing_limit').due).toBe('2026-07-14');
  });

  it('34 CFR 300.502(b)(2): IEE request has no fixed deadline: "without unnecessary delay"', () => {
    const d = deadline({ state: 'CA', kind: 'iee_request', events: [ev('request_sent', '2026-01-15')] }, 'district_response');
    expect(d).toMatchObject({ status: 'no_fixed_deadline', due: null });
    expect(d.note).toContain('without unnecessary delay');
  });

  it('WAC 392-172A-05005(2)(c)(i): Washington, the district funds the IEE or files for due process within 15 calendar days of the request', () => {
    // Received Thursday 2026-10-01: 15 days later is Friday 2026-10-16.
    const d = deadline({ state: 'WA', kind: 'iee_request', events: [ev('request_sent', '2026-09-28'), ev('request_received', '2026-10-01')] }, 'district_response');
    expect(d).toMatchObject({ due: '2026-10-16', status: 'computed', confidence: 'high', unit: 'days' });
    expect(d.basis).toEqual(['WAC 392-172A-05005(2)(c)(i)', '34 CFR 300.502(b)(2)']);
  });

  it('N.J.A.C. 6A:14-2.5(c): New Jersey, 20 calendar days to fund the IEE or file for due process', () => {
    // Received Thursday 2026-10-01: 20 days later is Wednesday 2026-10-21.
    const d = deadline({ state: 'NJ', kind: 'iee_request', events: [ev('request_received', '2026-10-01')] }, 'district_response');
    expect(d).toMatchObject({ due: '2026-10-21', status: 'computed', confidence: 'medium' });
  });

  it('WAC 392-172A-05005(2)(c)(i): with only the day it was sent, Washington counts from that day and says so', () => {
    // Sent 2026-09-28: 15 days later is 2026-10-13, earlier than counting from receipt.
    const d = deadline({ state: 'WA', kind: 'iee_request', events: [ev('request_sent', '2026-09-28')] }, 'district_response');
    expect(d.due).toBe('2026-10-13');
    expect(d.note).toContain('counts from receipt');
  });

  it('34 CFR 300.503(a): PWN request has no fixed number of days', () => {
    expect(deadline({ state: 'CA', kind: 'pwn_request', events: [ev('request_sent', '2026-01-15')] }, 'district_response').status).toBe('no_fixed_deadline');
  });

  it('WAC 392-172A-03005(2)(c): Washington decides whether to evaluate within 25 school days', () => {
    const d = deadline({ state: 'WA', kind: 'evaluation_request', events: [ev('request_received', '2026-11-20')], calendar: YEAR_2026_27 }, 'district_response');
    expect(d.basis[0]).toBe('WAC 392-172A-03005(2)(c)');
    expect(d.status).toBe('computed');
  });

  it('22 Pa. Code 14.123(c): Pennsylvania, permission-to-evaluate form 10 calendar days after the request', () => {
    expect(deadline({ state: 'PA', kind: 'evaluation_request', events: [ev('request_received', '2026-11-20')] }, 'district_response').due).toBe('2026-11-30');
  });

  it.each(['iep_meeting_request', 'mediation', 'facilitation'] as const)('%s has no fixed deadline', (kind) => {
    const type = kind === 'iep_meeting_request' ? 'request_sent' : 'requested';
    const out = computeDeadlines({ state: 'ID', kind, events: [ev(type, '2026-01-15')] });
    expect(out).toHaveLength(1);
    expect(out[0]?.status).toBe('no_fixed_deadline');
  });
});
