import { expect, it } from 'vitest';
import { computeDeadlines, listStates } from '../../src/index.js';
import { YEAR_2026_27 } from '../fixtures/calendars.js';

/**
 * Golden fixture: the state-dependent deadlines of every jurisdiction for one fixed scenario.
 * A change to the dataset or the converter shows up here as a reviewable diff.
 */
it('state-dependent deadlines for all 51 jurisdictions match the golden fixture', async () => {
  const golden = listStates().map((s) => {
    const dp = computeDeadlines({
      state: s.code,
      kind: 'due_process',
      events: [
        { type: 'district_notice', date: '2025-09-01' },
        { type: 'knew_or_should_have_known', date: '2025-09-15' },
        { type: 'decision_issued', date: '2026-06-01' },
        { type: 'review_decision_issued', date: '2026-08-03' },
      ],
    });
    const evaluation = computeDeadlines({ state: s.code, kind: 'evaluation', calendar: YEAR_2026_27, events: [{ type: 'consent_received', date: '2026-10-01' }] });
    const iee = computeDeadlines({ state: s.code, kind: 'iee_request', events: [{ type: 'request_received', date: '2026-10-01' }] });
    const pick = (list: typeof dp) => Object.fromEntries(list.map((d) => [d.id, { due: d.due, status: d.status, confidence: d.confidence, basis: d.basis }]));
    return { code: s.code, dueProcess: pick(dp), evaluation: pick(evaluation), ieeRequest: pick(iee) };
  });
  await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot('./golden/state-deadlines.json');
});
