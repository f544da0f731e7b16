// Throughput of the built package on one core (Node runs this loop on a single thread).
// `npm run bench -w packages/rules` (build first: `npm run build -w packages/rules`).
//
// A "deadline computation" is one call of computeDeadlinesFromInput on untrusted JSON-like
// input (validation included): one proceeding's events in, all its deadlines out. The mix
// below rotates through kinds, states and calendars so no single path is measured alone.
import { performance } from 'node:perf_hooks';
import * as rules from '../dist/index.js';

const DURATION_MS = Number(process.env.BENCH_MS ?? 2000);

const calendar = {
  firstDay: '2026-08-24',
  lastDay: '2027-06-11',
  nonSchoolDays: ['2026-09-07', '2026-11-25', '2026-11-26', '2026-11-27', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'],
};

const deadlineInputs = [
  { state: 'CA', kind: 'due_process', events: [{ type: 'complaint_received', date: '2026-03-02' }] },
  {
    state: 'NC',
    kind: 'due_process',
    events: [
      { type: 'knew_or_should_have_known', date: '2025-09-15' },
      { type: 'complaint_received', date: '2026-03-02' },
      { type: 'resolution_waived', date: '2026-03-10' },
      { type: 'hearing_scheduled', date: '2026-04-20' },
      { type: 'decision_issued', date: '2026-04-24' },
    ],
  },
  { state: 'TX', kind: 'expedited_due_process', calendar, events: [{ type: 'complaint_received', date: '2026-11-20' }, { type: 'hearing_held', date: '2026-12-16' }] },
  { state: 'NY', kind: 'state_complaint', events: [{ type: 'violation_occurred', date: '2025-12-01' }, { type: 'complaint_received', date: '2026-11-02' }] },
  { state: 'TX', kind: 'evaluation', calendar, events: [{ type: 'consent_received', date: '2026-10-01' }] },
  { state: 'WA', kind: 'iep', events: [{ type: 'eligibility_determined', date: '2026-12-15' }, { type: 'iep_meeting_held', date: '2026-01-10' }, { type: 'evaluation_completed', date: '2025-05-01' }] },
  { state: 'CA', kind: 'discipline', calendar, events: [{ type: 'removal', date: '2026-09-14', schoolDays: 5 }, { type: 'removal', date: '2026-10-05', schoolDays: 8 }, { type: 'removal_decision', date: '2026-10-20' }] },
  { state: 'CA', kind: 'records_request', events: [{ type: 'request_received', date: '2026-01-05' }, { type: 'meeting_scheduled', date: '2026-02-02' }] },
  { state: 'OH', kind: 'ocr_complaint', events: [{ type: 'discrimination_occurred', date: '2026-01-15' }] },
  { state: 'FL', kind: 'due_process', events: [{ type: 'settlement_signed', date: '2026-11-25' }, { type: 'hearing_scheduled', date: '2026-11-30' }] },
];

function measure(name, fn, inputs) {
  // Warm up so the JIT has compiled the hot paths before timing.
  for (let i = 0; i < 20_000; i++) fn(inputs[i % inputs.length]);
  let calls = 0;
  let produced = 0;
  const start = performance.now();
  let now = start;
  while (now - start < DURATION_MS) {
    for (let i = 0; i < 1000; i++) {
      const out = fn(inputs[calls % inputs.length]);
      produced += Array.isArray(out) ? out.length : 1;
      calls++;
    }
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  return { name, perSecond: Math.round(calls / seconds), producedPerSecond: Math.round(produced / seconds), calls };
}

const results = [];
const d = measure('deadline computations', (input) => rules.computeDeadlinesFromInput(input), deadlineInputs);
results.push(d);
console.log(`deadline computations/sec: ${d.perSecond.toLocaleString('en-US')} (one proceeding per call; ${d.producedPerSecond.toLocaleString('en-US')} deadlines/sec)`);

// Recommendations come from the pathways module: like the CLI, untrusted input is checked
// (parseRecommendInput) and then ranked (recommend), alternating English and Spanish.
const recommend =
  typeof rules.recommend === 'function' && typeof rules.parseRecommendInput === 'function'
    ? (input) => rules.recommend(rules.parseRecommendInput(input.facts), input.lang)
    : undefined;
if (recommend === undefined) {
  console.log('recommendations/sec: n/a (no recommend function exported by this build)');
} else {
  const today = '2026-11-23';
  const intakes = [
    { state: 'CA', planType: 'iep', issues: ['services_insufficient'], districtDecisionDate: '2026-10-01', today },
    { state: 'NC', planType: 'iep', issues: ['placement_change', 'discipline'], districtDecisionDate: '2025-12-01', changeInEffect: false, removalSchoolDays: 12, urgency: 'high', today },
    { state: 'TX', planType: '504', issues: ['discrimination', 'records_denied'], districtDecisionDate: '2026-06-10', today },
    { state: 'AL', planType: 'none', issues: ['evaluation_refused'], writtenNotice: false, today },
    { state: 'NY', planType: 'iep', issues: ['services_not_provided', 'procedural_violation', 'communication_breakdown'], districtDecisionDate: '2024-12-15', today },
  ];
  const inputs = intakes.flatMap((facts) => [{ facts, lang: 'en' }, { facts, lang: 'es' }]);
  const r = measure('recommendations', (input) => recommend(input), inputs);
  results.push(r);
  console.log(`recommendations/sec: ${r.perSecond.toLocaleString('en-US')}`);
}

// Why dates are integers inside: the same arithmetic with Temporal.PlainDate, for reference.
const { Temporal } = await import('temporal-polyfill');
const ops = (fn) => {
  const n = 200_000;
  for (let i = 0; i < 10_000; i++) fn(i);
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return Math.round(n / ((performance.now() - t) / 1000));
};
const epochOps = ops((i) => rules.addDays('2026-03-02', i % 400));
const temporalOps = ops((i) => Temporal.PlainDate.from('2026-03-02').add({ days: i % 400 }).toString());
console.log(`addDays/sec: ${epochOps.toLocaleString('en-US')} (integer days) vs ${temporalOps.toLocaleString('en-US')} (Temporal.PlainDate)`);

console.log(`node ${process.version}, one core, ${DURATION_MS} ms per measurement`);
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
