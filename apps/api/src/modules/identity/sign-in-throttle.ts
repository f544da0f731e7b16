import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../platform/clock/clock';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { DomainError } from '../../platform/errors/domain-error';

/**
 * How long failures are remembered: a failure more than a day after the last one starts the
 * count again, so an account's history of typos does not follow it for ever.
 */
const WINDOW_SECONDS = 24 * 60 * 60;

/**
 * OWASP's Authentication Cheat Sheet: slow guessing down by exponential back-off rather than
 * lock the account, or anyone who knows an address can keep its owner out. After `free`
 * failures the next attempt waits 1 s, then 2 s, 4 s, … up to `maxWaitSeconds`; a correct
 * password after the wait signs in. An account allows few free failures and waits up to
 * 5 minutes (about 300 guesses a day against a 12-character password); an address, which
 * many people may share behind one NAT, allows many and waits at most a minute, so an
 * attacker there delays other people's sign-ins by a minute at most and never locks them out.
 */
export interface BackOff {
  free: number;
  maxWaitSeconds: number;
}

export function accountBackOff(config: AppConfig): BackOff {
  return { free: config.signIn.accountFreeFailures, maxWaitSeconds: 5 * 60 };
}

export function addressBackOff(config: AppConfig): BackOff {
  return { free: config.signIn.addressFreeFailures, maxWaitSeconds: 60 };
}

/** The wait after the n-th failure in a row, in seconds (0 while failures are free). */
export function backOffSeconds(failures: number, backOff: BackOff): number {
  if (failures <= backOff.free) return 0;
  return Math.min(backOff.maxWaitSeconds, 2 ** Math.min(30, failures - backOff.free - 1));
}

/**
 * Keys are hashed, so the table holds no email address and no IP address. Sign-up requests
 * are counted in the same table under their own kinds (`modules/sign-up`), so the counts of
 * the two never mix.
 */
export function throttleKey(
  kind: 'account' | 'address' | 'sign_up_account' | 'sign_up_address',
  value: string,
): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('hex');
}

const key = throttleKey;

/** The instant the first of these keys may try again, or null when none must wait. */
export async function retryAt(
  manager: EntityManager,
  keys: string[],
  now: Date,
): Promise<Date | null> {
  const rows = await manager.query<{ retry_at: Date | null }[]>(
    `SELECT max(retry_at) AS retry_at FROM sign_in_attempts
      WHERE key = ANY($1) AND retry_at > $2`,
    [keys, now],
  );
  const at = rows[0]?.retry_at;
  return at ? new Date(at) : null;
}

/**
 * Counts one attempt against a key and sets when the next may come. A single
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`: PostgreSQL takes the row's lock for the
 * update, so forty concurrent attempts count forty. Returns the count.
 */
export async function countAttempt(
  manager: EntityManager,
  now: Date,
  k: string,
  backOff: BackOff,
  purpose: 'sign_in' | 'sign_up',
): Promise<number> {
  // The count after this attempt, as the row's update sees it (a stale count restarts).
  const next = `CASE WHEN a.last_failure_at < $2::timestamptz - make_interval(secs => $3)
                     THEN 1 ELSE a.failures + 1 END`;
  const wait = (n: string) =>
    `CASE WHEN ${n} > $4 THEN $2::timestamptz + make_interval(secs =>
       least($5::double precision, power(2, least(30, ${n} - $4 - 1)))) END`;
  const rows = await manager.query<{ failures: number }[]>(
    `INSERT INTO sign_in_attempts AS a (key, failures, last_failure_at, retry_at, purpose)
     VALUES ($1, 1, $2, ${wait('1')}, $6)
     ON CONFLICT (key) DO UPDATE SET
       failures = ${next},
       last_failure_at = $2,
       retry_at = ${wait(next)}
     RETURNING failures`,
    [k, now, WINDOW_SECONDS, backOff.free, backOff.maxWaitSeconds, purpose],
  );
  return rows[0]!.failures;
}

function accountKey(email: string): string {
  return key('account', email.trim().toLowerCase());
}

export function tooManyAttempts(seconds: number): DomainError {
  const wait = Math.max(1, Math.ceil(seconds));
  const minutes = Math.ceil(wait / 60);
  const spoken =
    wait < 60
      ? `${wait} second${wait === 1 ? '' : 's'}`
      : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new DomainError(
    'TOO_MANY_ATTEMPTS',
    'TOO_MANY_ATTEMPTS',
    `Too many failed sign-ins. For your security, wait ${spoken} before trying again. You can also reset your password.`,
    undefined,
    { seconds: wait, minutes },
  );
}

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL (shared by every
 * API process), on the manager it is given: the caller decides which transaction the count
 * lives in (see IdentityService.signIn), so a request never needs a second pooled connection.
 *
 * rate-limiter-flexible was replaced: its PostgreSQL store takes its own pooled connection
 * for every call (the cause of the sign-in deadlock in issue 13), and it models fixed windows
 * with hard blocks, not back-off. What remains is two statements, each atomic.
 */
@Injectable()
export class SignInThrottle {
  private readonly account: BackOff;
  private readonly address: BackOff;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.account = accountBackOff(config);
    this.address = addressBackOff(config);
  }

  /** Throws TOO_MANY_ATTEMPTS, with the seconds left, while the account or address must wait. */
  async assertAllowed(
    manager: EntityManager,
    email: string,
    address: string | null,
  ): Promise<void> {
    const keys = [accountKey(email), ...(address ? [key('address', address)] : [])];
    const now = this.clock.now();
    const at = await retryAt(manager, keys, now);
    if (at) throw tooManyAttempts((at.getTime() - now.getTime()) / 1000);
  }

  /**
   * Counts one failure for the account and one for the address. Each is a single
   * `INSERT … ON CONFLICT DO UPDATE … RETURNING`: PostgreSQL takes the row's lock for the
   * update, so forty concurrent failures count forty. Returns the account's count.
   */
  async recordFailure(
    manager: EntityManager,
    email: string,
    address: string | null,
  ): Promise<number> {
    const failures = await this.count(manager, accountKey(email), this.account);
    if (address) await this.count(manager, key('address', address), this.address);
    return failures;
  }

  async recordSuccess(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`DELETE FROM sign_in_attempts WHERE key = $1`, [accountKey(email)]);
  }

  private count(manager: EntityManager, k: string, backOff: BackOff): Promise<number> {
    return countAttempt(manager, this.clock.now(), k, backOff, 'sign_in');
  }
}
