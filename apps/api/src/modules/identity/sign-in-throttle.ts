import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DomainError } from '../../platform/errors/domain-error';

/** OWASP's guidance: lock an account briefly after a few failures, and slow a noisy address. */
const ACCOUNT = { points: 5, duration: 15 * 60, blockDuration: 15 * 60 };
const ADDRESS = { points: 30, duration: 15 * 60, blockDuration: 15 * 60 };

function key(kind: string, value: string): string {
  return createHash('sha256').update(`${kind}:${value}`).digest('hex');
}

function lockedError(msBeforeNext: number): DomainError {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return new DomainError(
    'TOO_MANY_ATTEMPTS',
    'TOO_MANY_ATTEMPTS',
    `Too many failed sign-ins. For your security, sign-in is paused for ${minutes} minute${minutes === 1 ? '' : 's'}. You can also reset your password.`,
    undefined,
    { minutes },
  );
}

/**
 * Counts failed sign-ins per account and per address in PostgreSQL (rate-limiter-flexible), on
 * the pool directly rather than the request's transaction, so a failure still counts when
 * the request rolls back, and every API process shares the counts.
 */
@Injectable()
export class SignInThrottle {
  private readonly account: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const pool = (dataSource.driver as PostgresDriver).master as unknown;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'sign_in_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.account = new RateLimiterPostgres({ ...common, ...ACCOUNT, keyPrefix: 'account' });
    this.address = new RateLimiterPostgres({ ...common, ...ADDRESS, keyPrefix: 'address' });
  }

  /** Throws TOO_MANY_ATTEMPTS while the account or the address is locked. */
  async assertAllowed(email: string, address: string | null): Promise<void> {
    const checks = await Promise.all([
      this.account.get(key('account', email.toLowerCase())),
      address ? this.address.get(key('address', address)) : null,
    ]);
    const limits = [ACCOUNT, ADDRESS];
    checks.forEach((res, i) => {
      if (res && res.consumedPoints >= limits[i]!.points) throw lockedError(res.msBeforeNext);
    });
  }

  async recordFailure(email: string, address: string | null): Promise<void> {
    const consume = (limiter: RateLimiterPostgres, k: string) =>
      limiter.consume(k).catch((rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) return rejection; // now locked: the next try says so
        throw rejection;
      });
    await consume(this.account, key('account', email.toLowerCase()));
    if (address) await consume(this.address, key('address', address));
  }

  async recordSuccess(email: string): Promise<void> {
    await this.account.delete(key('account', email.toLowerCase()));
  }
}
