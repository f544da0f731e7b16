import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, PostgresSupervisor, type PostgresServer } from './postgres-supervisor';
import { waitFor } from '../../../test/support/wait-for';

/**
 * The supervisor's bookkeeping with a stand-in server: a real process and a real pid file,
 * and a start that fails a given number of times. PostgreSQL itself is killed and restarted
 * in test/database-recovery.int-spec.ts.
 */
class StandInServer implements PostgresServer {
  readonly processes: ChildProcess[] = [];
  readonly startCalls: number[] = [];
  /** How many of the next starts fail. */
  failures = 0;

  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    this.startCalls.push(Date.now());
    if (this.failures > 0) {
      this.failures--;
      throw new Error('could not bind IPv4 address "127.0.0.1": Address already in use');
    }
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    this.processes.push(child);
    await writeFile(join(this.dataDir, 'postmaster.pid'), `${child.pid}\n${this.dataDir}\n`);
  }

  stop(): Promise<void> {
    for (const child of this.processes) child.kill('SIGKILL');
    return Promise.resolve();
  }
}

function collectingLog() {
  const lines: { level: string; message: string; details: object }[] = [];
  const at = (level: string) => (details: object, message: string) =>
    lines.push({ level, message, details });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

const until = (condition: () => boolean, timeoutMs: number) =>
  waitFor('the condition', condition, { timeoutMs, everyMs: 20 });

describe(PostgresSupervisor.name, () => {
  let dir: string;
  let server: StandInServer | undefined;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-supervisor-'));
  });
  afterEach(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('restarts a killed server, retrying failed starts with doubling delays, and logs each step', async () => {
    server = new StandInServer(dir);
    await server.start();
    server.failures = 2;
    const log = collectingLog();
    const supervisor = new PostgresSupervisor(server, log, {
      pollMs: 20,
      firstBackoffMs: 100,
      maxBackoffMs: 1_000,
    });
    await supervisor.watch();

    const first = server.processes[0]!;
    first.kill('SIGKILL');
    await until(() => log.lines.some((line) => line.level === 'info'), 5_000);

    const [, a, b, c] = server.startCalls;
    expect(b! - a!).toBeGreaterThanOrEqual(100);
    expect(c! - b!).toBeGreaterThanOrEqual(200);
    expect(log.lines.map((line) => `${line.level}: ${line.message}`)).toEqual([
      'warn: PostgreSQL exited unexpectedly; restarting it',
      'error: PostgreSQL did not restart; trying again',
      'error: PostgreSQL did not restart; trying again',
      'info: PostgreSQL restarted after it exited',
    ]);
    expect(log.lines[2]!.details).toMatchObject({ attempt: 2, retryInMs: 200 });

    const restarted = server.processes[1]!;
    await supervisor.stop();
    await until(() => !isAlive(restarted.pid!), 2_000);
  });

  it('stops the server it watches, and does not take that stop for a crash', async () => {
    server = new StandInServer(dir);
    await server.start();
    const log = collectingLog();
    const supervisor = new PostgresSupervisor(server, log, { pollMs: 20 });
    await supervisor.watch();

    // stop() returns after the watch loop has ended: no restart can follow it.
    await supervisor.stop();
    await until(() => !isAlive(server!.processes[0]!.pid!), 2_000);
    expect(server.startCalls).toHaveLength(1);
    expect(log.lines).toEqual([]);
  });
});
