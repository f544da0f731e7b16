import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A PostgreSQL server the API runs as a child process (the embedded one). */
export interface PostgresServer {
  /** The cluster's data folder: its postmaster.pid names the running postmaster. */
  readonly dataDir: string;
  /** Starts the postmaster; resolves once it accepts connections, rejects if it gives up. */
  start(): Promise<void>;
  /** Stops a running postmaster; resolves at once when none is running. */
  stop(): Promise<void>;
}

interface SupervisorLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SupervisorOptions {
  /** How often the postmaster's pid is checked. */
  pollMs?: number;
  /** The first retry's delay after a failed restart; it doubles up to `maxBackoffMs`. */
  firstBackoffMs?: number;
  maxBackoffMs?: number;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster's pid from the first line of postmaster.pid, if the file is there. */
export async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(text.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * PostgreSQL processes whose working folder is the data folder: every process of this cluster
 * chdirs there. After the postmaster dies its backends notice and exit, but one busy in a
 * long query, or a postmaster that hung while starting, would keep the shared memory block in
 * use and the next postmaster refuses to start ("pre-existing shared memory block is still in
 * use"). Linux only; elsewhere the back-off simply retries.
 */
export async function clusterProcesses(dataDir: string): Promise<number[]> {
  const target = await realpath(dataDir).catch(() => dataDir);
  const entries = await readdir('/proc').catch(() => [] as string[]);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cwd !== target) continue;
    // Not a shell someone opened in the data folder.
    const name = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (name.trim() === 'postgres') found.push(Number(entry));
  }
  return found;
}

/**
 * Keeps an embedded PostgreSQL running: when its postmaster dies (a crash, the OOM killer,
 * `kill -9`) the supervisor clears what is left of it and starts it again, retrying with
 * exponential back-off, and says so in the log. PostgreSQL's crash recovery replays the WAL;
 * a stale postmaster.pid whose pid is dead is ignored by PostgreSQL itself. The API's pools
 * drop their broken connections and open new ones, so requests succeed again once it is up.
 */
export class PostgresSupervisor {
  private readonly pollMs: number;
  private readonly firstBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly halt = new AbortController();
  private pid: number | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly server: PostgresServer,
    private readonly log: SupervisorLog,
    options: SupervisorOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 200;
    this.firstBackoffMs = options.firstBackoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
  }

  /** Starts watching a postmaster that is already running. */
  async watch(): Promise<void> {
    this.pid = await postmasterPid(this.server.dataDir);
    this.loop = this.run();
  }

  /** Stops watching (a restart under way finishes first), then stops PostgreSQL. */
  async stop(): Promise<void> {
    this.halt.abort();
    await this.loop;
    await this.server.stop();
  }

  private async run(): Promise<void> {
    const { signal } = this.halt;
    while (!signal.aborted) {
      if (!(await this.pause(this.pollMs))) return;
      if (this.pid !== undefined && isAlive(this.pid)) continue;
      await this.restart();
    }
  }

  private async restart(): Promise<void> {
    const lostAt = Date.now();
    this.log.warn({ pid: this.pid }, 'PostgreSQL exited unexpectedly; restarting it');
    for (let attempt = 1; !this.halt.signal.aborted; attempt++) {
      try {
        await this.clearLeftovers();
        await this.server.start();
        this.pid = await postmasterPid(this.server.dataDir);
        this.log.info(
          { pid: this.pid, attempt, ms: Date.now() - lostAt },
          'PostgreSQL restarted after it exited',
        );
        return;
      } catch (error) {
        const delay = Math.min(this.firstBackoffMs * 2 ** (attempt - 1), this.maxBackoffMs);
        this.log.error(
          { err: error, attempt, retryInMs: delay },
          'PostgreSQL did not restart; trying again',
        );
        if (!(await this.pause(delay))) return;
      }
    }
  }

  /** Waits up to 2 s for the old cluster's processes to exit, then kills those that remain. */
  private async clearLeftovers(): Promise<void> {
    const deadline = Date.now() + 2_000;
    let left = await clusterProcesses(this.server.dataDir);
    while (left.length && Date.now() < deadline) {
      await sleep(50);
      left = await clusterProcesses(this.server.dataDir);
    }
    if (!left.length) return;
    this.log.warn({ pids: left }, 'killing processes left over from the PostgreSQL that exited');
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    const killDeadline = Date.now() + 2_000;
    while ((await clusterProcesses(this.server.dataDir)).length && Date.now() < killDeadline) {
      await sleep(50);
    }
  }

  /** false when the supervisor was stopped while waiting. */
  private async pause(ms: number): Promise<boolean> {
    try {
      await sleep(ms, undefined, { signal: this.halt.signal, ref: false });
      return true;
    } catch {
      return false;
    }
  }
}
