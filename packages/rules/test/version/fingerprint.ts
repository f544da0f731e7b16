import { createHash } from 'node:crypto';
import { PROCEEDING_KINDS, computeDeadlines, listStates, proceedingDefinition, type DeadlineInput, type ProceedingEvent } from '../../src/index.js';
import { TEXAS_2026_27, YEAR_2026_27 } from '../fixtures/calendars.js';

/** Plain-date arithmetic for building scenarios (UTC, no zone involved). */
function plus(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The scenarios whose computed deadlines make the rules-data fingerprint: for every
 * jurisdiction and kind, every event of the kind one at a time and all of them together, with
 * and without a district calendar; plus the hand-picked cases whose rules hinge on event order
 * (300.510(c), district filings, the Texas end of year, discipline removals).
 */
export function fingerprintScenarios(): DeadlineInput[] {
  const out: DeadlineInput[] = [];
  for (const state of listStates().map((s) => s.code)) {
    for (const kind of PROCEEDING_KINDS) {
      const types = Object.keys(proceedingDefinition(kind).events);
      const all: ProceedingEvent[] = types.map((type, i) => ({ type, date: plus('2026-09-01', 4 * i) }));
      for (const calendar of [undefined, YEAR_2026_27]) {
        const base = calendar === undefined ? { state, kind } : { state, kind, calendar };
        out.push({ ...base, events: all });
        for (const e of all) out.push({ ...base, events: [e] });
      }
    }
    const dp = (events: ProceedingEvent[], filedBy: 'parent' | 'district' = 'parent'): DeadlineInput => ({ state, kind: 'due_process', filedBy, events });
    out.push(
      dp([{ type: 'complaint_received', date: '2026-03-02' }], 'district'),
      dp([{ type: 'complaint_received', date: '2026-03-02' }, { type: 'mediation_continued', date: '2026-03-30' }, { type: 'mediation_withdrawn', date: '2026-04-11' }]),
      dp([{ type: 'complaint_received', date: '2026-03-02' }, { type: 'mediation_continued', date: '2026-03-30' }]),
      dp([{ type: 'complaint_received', date: '2026-03-02' }, { type: 'mediation_withdrawn', date: '2026-03-20' }]),
      dp([{ type: 'district_notice', date: '2025-09-01' }, { type: 'knew_or_should_have_known', date: '2025-09-15' }, { type: 'decision_issued', date: '2026-06-01' }, { type: 'review_decision_issued', date: '2026-08-03' }]),
      dp([{ type: 'knew_or_should_have_known', date: '2025-09-15' }]),
      dp([{ type: 'district_notice', date: '2025-09-01' }]),
    );
    for (const consent of ['2027-03-24', '2027-03-25', '2027-04-08', '2027-04-09']) {
      out.push({ state, kind: 'evaluation', calendar: TEXAS_2026_27, events: [{ type: 'consent_received', date: consent }] });
    }
    out.push({
      state,
      kind: 'discipline',
      calendar: YEAR_2026_27,
      events: [
        { type: 'removal', date: '2026-10-05', schoolDays: 5 },
        { type: 'removal', date: '2026-11-02', schoolDays: 8 },
        { type: 'removal_decision', date: '2026-11-20' },
      ],
    });
  }
  return out;
}

/** SHA-256 of every scenario's computed deadlines, in order. */
export function rulesDataFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of fingerprintScenarios()) hash.update(`${JSON.stringify(computeDeadlines(input))}\n`);
  return hash.digest('hex');
}
