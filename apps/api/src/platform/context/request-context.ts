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
 * The acting organization's clock and settings, read with the session when the request opens
 * (app_open_request) or on first use, so a request reads its organization row once.
 */
export interface OrganizationFacts {
  id: string;
  timeZone: string;
  settings: Record<string, unknown>;
}

/**
 * Thrown by the unit of work when a request's work goes on after the request ended: the
 * client went away, or the response was already sent. Nobody reads it; it stops the work.
 */
export class RequestEndedError extends Error {
  constructor(readonly reason: 'client-closed' | 'response-sent') {
    super(
      reason === 'client-closed'
        ? 'the client closed the request; its work was rolled back and stopped'
        : 'the response was already sent; no more work runs for this request',
    );
    this.name = 'RequestEndedError';
  }
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
  /** The actor's organization's clock and settings, once read (platform/tenancy). */
  organization: OrganizationFacts | null = null;
  /** Memoised session lookup, so guards and resolvers resolve it once per request. */
  authentication: Promise<Actor | null> | null = null;
  private readonly ending = new AbortController();
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

  /** Aborted once the request has ended (see `end`); long work may listen to it. */
  get signal(): AbortSignal {
    return this.ending.signal;
  }

  /**
   * Marks the request over. From then on the unit of work refuses it a transaction, so a
   * resolver still running after its client left cannot save anything in a new one.
   */
  end(reason: RequestEndedError['reason']): void {
    if (!this.ending.signal.aborted) this.ending.abort(new RequestEndedError(reason));
  }

  /** Whether the client went away before its answer (nobody reads what fails after that). */
  get clientLeft(): boolean {
    const reason: unknown = this.ending.signal.reason;
    return reason instanceof RequestEndedError && reason.reason === 'client-closed';
  }

  /** Throws the `RequestEndedError` once the request has ended. */
  assertOpen(): void {
    this.ending.signal.throwIfAborted();
  }
}

export const requestContextStorage = new AsyncLocalStorage<RequestContext>();

export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage.getStore();
}
