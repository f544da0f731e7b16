import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(() => {
  ensureBuilt();
}, 120_000);

function expectOneLineError(result: ReturnType<typeof runCli>, ...parts: string[]): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const p of parts) expect(result.stderr).toContain(p);
}

describe('continuum-rules CLI contract', () => {
  it('states: an array of 51 {code, name, ...}', () => {
    const r = runCli(['states']);
    expect(r.status).toBe(0);
    const states = JSON.parse(r.stdout) as { code: string; name: string }[];
    expect(states).toHaveLength(51);
    expect(states.find((s) => s.code === 'DC')?.name).toBe('District of Columbia');
  });

  it('state CA: that state’s procedures', () => {
    const r = runCli(['state', 'CA']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: 'CA', name: 'California', dueProcessLimitation: { value: { amount: 2, unit: 'years' } } });
  });

  it('deadlines: {"deadlines": [...]} for a parent-filed due process complaint', () => {
    const r = runCli(['deadlines'], JSON.stringify({ state: 'CA', kind: 'due_process', events: [{ type: 'complaint_received', date: '2026-03-02' }] }));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { deadlines: { id: string; due: string }[] };
    expect(out.deadlines.find((d) => d.id === 'resolution_period_end')?.due).toBe('2026-04-01');
  });

  it('deadlines accepts district_notice: Wisconsin counts its one year from the district’s written notice (Wis. Stat. 115.80(1)(a)1)', () => {
    // Notice 2025-10-06 + 1 year = 2026-10-06; the later day the parent knew does not count.
    const input = { state: 'WI', kind: 'due_process', events: [{ type: 'district_notice', date: '2025-10-06' }, { type: 'knew_or_should_have_known', date: '2025-11-20' }] };
    const r = runCli(['deadlines'], JSON.stringify(input));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { deadlines: { id: string; due: string | null; status: string }[] };
    expect(out.deadlines.find((d) => d.id === 'filing_limit')).toMatchObject({ due: '2026-10-06', status: 'computed' });
  });

  it('deadlines: district_notice on a kind that does not take it exits 2 with one line naming the field', () => {
    const r = runCli(['deadlines'], JSON.stringify({ state: 'WI', kind: 'state_complaint', events: [{ type: 'district_notice', date: '2025-10-06' }] }));
    expectOneLineError(r, 'events[0].type', 'district_notice');
  });

  it('state WI: the filing limit counts from the district’s notice', () => {
    const r = runCli(['state', 'WI']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dueProcessLimitationStart: { value: 'district_notice', source: 'Wis. Stat. 115.80(1)(a)1' } });
  });

  it('deadlines --lang es: each note in Spanish, the message unchanged; --lang fr exits 2 naming lang', () => {
    const input = JSON.stringify({ state: 'CA', kind: 'due_process', events: [{ type: 'complaint_received', date: '2026-03-02' }] });
    const r = runCli(['deadlines', '--lang', 'es'], input);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { deadlines: { id: string; note: string; message: { key: string } }[] };
    const end = out.deadlines.find((d) => d.id === 'resolution_period_end');
    expect(end?.note).toBe('termina el período de resolución de 30 días; si la queja no se resuelve, la audiencia puede seguir adelante');
    expect(end?.message.key).toBe('deadline.resolution_period_end');
    // English stays the default: the contract of `note` holds without the flag.
    const en = JSON.parse(runCli(['deadlines'], input).stdout) as { deadlines: { id: string; note: string }[] };
    expect(en.deadlines.find((d) => d.id === 'resolution_period_end')?.note).toBe('the 30-day resolution period ends; if the complaint is not resolved, the hearing may go ahead');
    expectOneLineError(runCli(['deadlines', '--lang', 'fr'], input), 'lang', 'fr');
  });

  it('--help prints usage and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: continuum-rules');
    for (const name of ['states', 'state', 'deadlines', 'recommend', 'questionnaire', 'letter']) expect(r.stdout).toContain(name);
  });

  it('an unknown command exits 2 with one line', () => {
    expectOneLineError(runCli(['frobnicate']), 'command', 'frobnicate');
  });

  it('no command exits 2 with one line', () => {
    expectOneLineError(runCli([]), 'command');
  });

  it('an unknown state exits 2 naming the field and value', () => {
    expectOneLineError(runCli(['state', 'ZZ']), 'state', 'ZZ');
  });

  it('malformed JSON exits 2 naming stdin', () => {
    expectOneLineError(runCli(['deadlines'], '{"state": "CA",'), 'stdin');
  });

  it('an impossible date exits 2 naming the field and value', () => {
    const r = runCli(['deadlines'], JSON.stringify({ state: 'CA', kind: 'due_process', events: [{ type: 'complaint_received', date: '2025-02-30' }] }));
    expectOneLineError(r, 'events[0].date', '2025-02-30');
  });

  it('an unknown event exits 2 naming the field and value', () => {
    const r = runCli(['deadlines'], JSON.stringify({ state: 'CA', kind: 'mediation', events: [{ type: 'decision_issued', date: '2026-01-02' }] }));
    expectOneLineError(r, 'events[0].type', 'decision_issued');
  });

  it('an unknown kind exits 2 naming the field and value', () => {
    expectOneLineError(runCli(['deadlines'], JSON.stringify({ state: 'CA', kind: 'lawsuit', events: [] })), 'kind', 'lawsuit');
  });

  it('flags take --name value and --name=value', () => {
    expect(runCli(['state', '--lang=es', 'NC']).status).toBe(0);
    expect(runCli(['state', '--lang', 'es', 'NC']).status).toBe(0);
  });
});
