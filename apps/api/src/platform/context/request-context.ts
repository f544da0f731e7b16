import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import type { Role } from '../../modules/identity/membership.entity';

/** Who is acting: set once the session is resolved, before any tenant data is read. */
export interface Actor {
  userId: string;
  sessionId: string | null;
  organizationId: string | null;
  role: Role | null;
}

/**
 * An attempt the request made on a record it may not reach: hidden from the actor (answered
 * "not found", so ids reveal nothing) or refused outright. The audit trail keeps each one,
 * whatever becomes of the request's own transaction (UnitOfWork.finish).
 */
export interface Denial {
  /** What was asked for (`document`, `student`, ...), when the check knew it. */
  what: string | null;
  id: string | null;
  reason: 'hidden' | 'forbidden';
}

/**
 * Everything about one request that services need, passed first to every service method
 * (vendure's ctx). The organization is never a global: it is the actor's active one.
 */
export class RequestContext {
  actor: Actor | null = null;
  /** Set by the unit of work when the request's transaction is opened. */
  transaction: QueryRunner | null = null;
  /** Memoised session lookup, so guards and resolvers resolve it once per request. */
  authentication: Promise<Actor | null> | null = null;
  /** Denied attempts, written to the audit trail when the request's transaction ends. */
  readonly denials: Denial[] = [];

  constructor(
    readonly requestId: string = randomUUID(),
    readonly ipAddress: string | null = null,
    readonly userAgent: string | null = null,
    readonly sessionToken: string | null = null,
  ) {}

  get organizationId(): string | null {
    return this.actor?.organizationId ?? null;
  }
}

export const requestContextStorage = new AsyncLocalStorage<RequestContext>();

export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage.getStore();
}
