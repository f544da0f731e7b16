import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCliAsync, type CliResult } from './run-cli.js';

beforeAll(() => {
  ensureBuilt();
}, 120_000);

const FACTS = {
  date: '2026-11-23',
  state: 'CA',
  parent: { name: 'Ana Pérez', address: '1 Main St\nFresno, CA 93701', phone: '555-0100', email: 'ana@example.org' },
  student: { name: 'Luis Pérez', dateOfBirth: '2016-02-29', grade: '4', school: 'Lincoln Elementary', address: '1 Main St' },
  district: { name: 'Fresno Unified', recipient: 'Director of Special Education', address: '2309 Tulare St' },
  decision: 'The district refused to evaluate.',
  decisionDate: '2026-10-02',
  meetingDate: '2026-11-10',
  objections: ['Speech therapy was cut.'],
  evaluationDate: '2026-09-15',
  evaluationDescription: 'psychoeducational evaluation',
  concerns: ['Reading'],
  availability: ['Monday 3 pm'],
  violations: ['Services not provided.'],
  supportingFacts: ['No therapy since September.'],
  problem: 'Services are not provided.',
  proposedResolution: ['Compensatory services.'],
};
const DEADLINES = {
  state: 'TX',
  kind: 'discipline',
  events: [{ type: 'removal', date: '2026-09-14', schoolDays: 5 }, { type: 'removal_decision', date: '2026-10-05' }],
  calendar: { firstDay: '2026-08-24', lastDay: '2027-06-11', nonSchoolDays: ['2026-11-26'] },
};
const RECOMMEND = {
  state: 'NC',
  planType: 'iep',
  issues: ['placement_change', 'discipline'],
  districtDecisionDate: '2025-12-01',
  removalSchoolDays: 12,
  urgency: 'high',
  today: '2026-11-23',
};

/** Every command, with the arguments and flags it can take, and one valid input to mutate. */
const COMMANDS: { args: string[]; valid: unknown }[] = [
  { args: ['states'], valid: {} },
  { args: ['state'], valid: {} },
  { args: ['deadlines'], valid: DEADLINES },
  { args: ['recommend'], valid: RECOMMEND },
  { args: ['recommend', '--lang', 'es'], valid: RECOMMEND },
  { args: ['questionnaire'], valid: {} },
  { args: ['questionnaire', '--lang', 'es'], valid: {} },
  { args: ['letter'], valid: FACTS },
  { args: ['letter', 'records_request'], valid: FACTS },
  { args: ['letter', 'due_process_complaint', '--lang', 'es'], valid: FACTS },
  { args: ['letter', 'state_complaint', '--format', 'docx'], valid: FACTS },
  { args: ['letter', 'iep_objection', '--format', 'pdf', '--lang', 'es'], valid: FACTS },
];

const dateLike = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).chain((y) =>
    fc.tuple(fc.constant(y), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })),
  ).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string(),
);
const word = fc.constantFrom(
  'CA', 'NC', 'ZZ', 'due_process', 'expedited_due_process', 'discipline', 'evaluation', 'records_request', 'iep', 'mediation',
  'complaint_received', 'decision_issued', 'removal', 'consent_received', 'knew_or_should_have_known', 'iep', '504', 'none',
  'services_insufficient', 'discrimination', 'high', 'en', 'es', 'parent', 'district', '__proto__', 'constructor',
);
/** Random JSON that sometimes looks like the real input shapes, so deep paths get exercised. */
const shaped = fc.record(
  {
    state: fc.oneof(word, fc.jsonValue()),
    kind: fc.oneof(word, fc.jsonValue()),
    filedBy: fc.oneof(word, fc.jsonValue()),
    events: fc.oneof(fc.array(fc.record({ type: fc.oneof(word, fc.jsonValue()), date: fc.oneof(dateLike, fc.jsonValue()), schoolDays: fc.jsonValue() }, { requiredKeys: [] }), { maxLength: 6 }), fc.jsonValue()),
    calendar: fc.oneof(fc.record({ firstDay: dateLike, lastDay: dateLike, nonSchoolDays: fc.array(dateLike, { maxLength: 4 }) }), fc.record({ schoolDays: fc.array(dateLike, { maxLength: 4 }) }), fc.jsonValue()),
    planType: fc.oneof(word, fc.jsonValue()),
    issues: fc.oneof(fc.array(word, { maxLength: 4 }), fc.jsonValue()),
    districtDecisionDate: fc.oneof(dateLike, fc.jsonValue()),
    today: fc.oneof(dateLike, fc.jsonValue()),
    urgency: fc.oneof(word, fc.jsonValue()),
    removalSchoolDays: fc.jsonValue(),
    student: fc.jsonValue(),
    parent: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
/** A valid input with one top-level field replaced by random JSON, or removed. */
function mutated(valid: unknown): fc.Arbitrary<string> {
  const keys = valid !== null && typeof valid === 'object' ? Object.keys(valid) : [];
  if (keys.length === 0) return fc.constant(JSON.stringify(valid));
  return fc.tuple(fc.constantFrom(...keys), fc.option(fc.oneof(fc.jsonValue(), dateLike, word), { nil: undefined })).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return JSON.stringify(copy);
  });
}

const stdinArb = (valid: unknown) =>
  fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    shaped.map((v) => JSON.stringify(v)),
    mutated(valid),
    mutated(valid),
    fc.constant(JSON.stringify(valid)),
    fc.string(),
    fc.constant(''),
  );
const argArb = fc.oneof(word, fc.string({ maxLength: 8 }));

/** Bounded: this many runs per command keeps the whole test well under 60 s on two cores. */
const RUNS_PER_COMMAND = 10;
const CONCURRENCY = 4;
/** Fixed so a failure reproduces; FUZZ_SEED=<n> explores other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 4242);

async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task !== undefined) results[i] = await task();
    }
  }
  await Promise.all(Array.from({ length: limit }, () => worker()));
  return results;
}

describe('fuzz: random JSON to every CLI command', () => {
  it('exits 0 or 2, never crashes, never prints a stack trace', async () => {
    const cases: { args: string[]; stdin: string }[] = [];
    for (const { args: base, valid } of COMMANDS) {
      const samples = fc.sample(fc.tuple(stdinArb(valid), fc.option(argArb, { nil: undefined })), { numRuns: RUNS_PER_COMMAND, seed: SEED + cases.length });
      for (const [stdin, extra] of samples) {
        // A random positional where the command takes one (state CODE, letter TEMPLATE).
        const args = base.length === 1 && extra !== undefined ? [...base, extra] : base;
        cases.push({ args, stdin });
      }
    }
    const results = await pool(cases.map((c) => () => runCliAsync(c.args, c.stdin)), CONCURRENCY);
    const failures: string[] = [];
    results.forEach((r: CliResult, i) => {
      const c = cases[i];
      const ok =
        (r.status === 0 || r.status === 2) &&
        r.signal === null &&
        !/\n\s+at /.test(r.stderr) &&
        (r.status === 0 || r.stderr.trim().split('\n').length === 1);
      if (!ok) failures.push(`${JSON.stringify(c)} -> status ${String(r.status)} ${String(r.signal)}: ${r.stderr.slice(0, 300)}`);
    });
    expect(failures).toEqual([]);
    // The mutated valid inputs must reach the success paths too, not only the input checks.
    const succeeded = new Set(results.flatMap((r, i) => (r.status === 0 ? [cases[i]?.args.join(' ')] : [])));
    expect(succeeded.size).toBeGreaterThanOrEqual(COMMANDS.length / 2);
  }, 60_000);
});
