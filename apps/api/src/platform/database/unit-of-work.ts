import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { type Actor, RequestContext, RequestEndedError } from '../context/request-context';
import { busyOnPoolTimeout } from './pool-timeout';

/** What `app_open_request` (migration 1764900000000) finds for a session token. */
export interface OpenedSession {
  sessionId: string;
  userId: string;
  /** Null when the session has no organization or its membership there is gone. */
  organizationId: string | null;
  role: string | null;
  lastSeenAt: Date;
  /** The organization's clock and settings, read with the session (null without one). */
  timeZone: string | null;
  settings: Record<string, unknown> | null;
}

interface OpenedSessionRow {
  session_id: string;
  user_id: string;
  organization_id: string | null;
  role: string | null;
  last_seen_at: Date;
  time_zone: string | null;
  settings: Record<string, unknown> | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A value inlined into the opening statement, which has no parameters (see `open`). */
function uuidLiteral(value: string | null | undefined): string {
  if (!value) return "''";
  if (!UUID.test(value)) throw new Error('an actor id is not a uuid');
  return `'${value}'`;
}

function timestampLiteral(value: Date): string {
  return `'${value.toISOString()}'::timestamptz`;
}

/**
 * One transaction per request. The first query of a request opens it and sets the actor's
 * organization and user with set_config(..., true), the function form of SET LOCAL: the
 * settings end with the transaction, so a pooled connection never carries them to the next
 * request. Repositories take their EntityManager from here, never from the global DataSource.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Transactions being opened, so that concurrent resolvers of one request share one. */
  private readonly opening = new WeakMap<
    RequestContext,
    Promise<{ manager: EntityManager; rows: unknown[] }>
  >();

  /** Closes a transaction's connection to statements sent after its COMMIT or ROLLBACK. */
  private readonly gates = new WeakMap<QueryRunner, Gate>();

  /** Writes that a request's end makes whatever its outcome (features register them). */
  private readonly lasting: ((manager: EntityManager, ctx: RequestContext) => Promise<void>)[] = [];

  /**
   * Registers a write that outlives the request's own outcome: the audit trail's denied
   * attempts, which a failed request rolls back with everything else. It runs when the
   * request's transaction ends: a committed request's inside its transaction, a rolled-back or
   * never-opened one's in a short transaction of its own once the request's connection has
   * gone back to the pool, so it never needs a second pooled connection while it holds one.
   */
  registerLastingWrite(write: (manager: EntityManager, ctx: RequestContext) => Promise<void>) {
    this.lasting.push(write);
  }

  /**
   * The request's transactional EntityManager, opening the transaction on first use. Apollo
   * resolves a query's root fields concurrently: they all get the same transaction.
   * Once the request has ended (`ctx.end`: its client left, or its response went out) it
   * throws instead: a second transaction would commit what the first one rolled back.
   */
  async manager(ctx: RequestContext): Promise<EntityManager> {
    ctx.assertOpen();
    if (ctx.transaction) return ctx.transaction.manager;
    const opening = this.opening.get(ctx) ?? this.startOpening(ctx, this.settingsSql(ctx));
    return (await opening).manager;
  }

  /**
   * Opens the request's transaction with its session: BEGIN and `app_open_request` (the
   * session, its membership, the organization's clock and settings, and both settings set)
   * in one round trip. Null when the token names no usable session (unknown, revoked,
   * expired, idle since before `idleSince`). When the transaction is already open (another
   * field of the operation opened it first) the function runs in it as a statement of its own.
   */
  async openWithSession(
    ctx: RequestContext,
    tokenHash: Buffer,
    now: Date,
    idleSince: Date,
  ): Promise<OpenedSession | null> {
    ctx.assertOpen();
    let row: OpenedSessionRow | undefined;
    if (ctx.transaction || this.opening.has(ctx)) {
      const manager = await this.manager(ctx);
      [row] = await manager.query<OpenedSessionRow[]>(
        'SELECT * FROM app_open_request($1, $2, $3)',
        [tokenHash, now, idleSince],
      );
    } else {
      const opened = await this.startOpening(
        ctx,
        `SELECT * FROM app_open_request('\\x${tokenHash.toString('hex')}'::bytea, ${timestampLiteral(now)}, ${timestampLiteral(idleSince)})`,
      );
      row = opened.rows[0] as OpenedSessionRow | undefined;
    }
    if (!row) return null;
    return {
      sessionId: row.session_id,
      userId: row.user_id,
      organizationId: row.organization_id,
      role: row.role,
      lastSeenAt: new Date(row.last_seen_at),
      timeZone: row.time_zone,
      settings: row.settings,
    };
  }

  private startOpening(
    ctx: RequestContext,
    statement: string | null,
  ): Promise<{ manager: EntityManager; rows: unknown[] }> {
    const opening = this.open(ctx, statement);
    this.opening.set(ctx, opening);
    opening.then(
      () => this.opening.delete(ctx),
      () => this.opening.delete(ctx),
    );
    return opening;
  }

  /**
   * BEGIN and the request's first statement (its settings, or its session) in one round trip:
   * one simple-protocol query of two statements, which takes no parameters, so the values in
   * `statement` are inlined, each checked for its form first (uuids, timestamps, hex).
   */
  private async open(
    ctx: RequestContext,
    statement: string | null,
  ): Promise<{ manager: EntityManager; rows: unknown[] }> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect().catch(busyOnPoolTimeout)) as PoolClient;
    preparingStatements(client);
    let rows: unknown[] = [];
    try {
      const sql = `BEGIN ISOLATION LEVEL READ COMMITTED${statement ? `; ${statement}` : ''}`;
      const results = (await client.query(sql)) as unknown as
        { rows: unknown[] }[] | { rows: unknown[] };
      rows = Array.isArray(results) ? (results[1]?.rows ?? []) : [];
      // TypeORM's own bookkeeping, as startTransaction leaves it (its START TRANSACTION and
      // SET TRANSACTION would cost two more round trips).
      transactionBookkeeping(runner, true);
      this.gates.set(runner, oneStatementAtATime(runner));
      // The request may have ended while a connection was awaited; `finish` then found
      // nothing to roll back, so this transaction must not outlive it.
      ctx.assertOpen();
      ctx.transaction = runner;
    } catch (error) {
      ctx.transaction = null;
      await client.query('ROLLBACK').catch(() => undefined);
      transactionBookkeeping(runner, false);
      await runner.release();
      throw error;
    }
    return { manager: runner.manager, rows };
  }

  /**
   * A new transaction starts with both settings empty (SET LOCAL values end with the
   * transaction that set them): nothing to send until someone acts.
   */
  private settingsSql(ctx: RequestContext): string | null {
    if (!ctx.actor) return null;
    return `SELECT set_config('app.organization_id', ${uuidLiteral(ctx.actor.organizationId)}, true), set_config('app.user_id', ${uuidLiteral(ctx.actor.userId)}, true)`;
  }

  /** Changes who is acting (after sign-in, or switching organization) inside the transaction. */
  async setActor(ctx: RequestContext, actor: Actor | null): Promise<void> {
    ctx.actor = actor;
    if (ctx.organization && ctx.organization.id !== actor?.organizationId) ctx.organization = null;
    if (ctx.transaction) await this.applySettings(ctx);
  }

  /**
   * One statement on a pooled connection of its own, committed by itself, that no request
   * waits for (a session's last_seen_at): it must never hold a request's row locks or run
   * inside a transaction that a failed request rolls back. Its failure is only logged by
   * the caller.
   */
  aside(sql: string, parameters: unknown[]): Promise<unknown> {
    return this.dataSource.query(sql, parameters);
  }

  /** Commits or rolls back the request's transaction, if it opened one. Safe to call twice. */
  async finish(ctx: RequestContext, outcome: 'commit' | 'rollback'): Promise<void> {
    // A transaction still being opened (a resolver began it as another failed) is finished
    // too, rather than left open on a connection nobody releases.
    await this.opening.get(ctx)?.catch(() => undefined);
    // Taken once (the writes empty ctx.denials), so finishing twice writes them once.
    const lasting = ctx.denials.length > 0 && ctx.organizationId ? this.lasting : [];
    const runner = ctx.transaction;
    let written = false;
    if (runner) {
      ctx.transaction = null;
      try {
        if (runner.isTransactionActive && outcome === 'commit') {
          for (const write of lasting) await write(runner.manager, ctx);
          written = true;
        }
        // A statement sent after this point would run after the COMMIT or ROLLBACK, outside
        // any transaction, on a connection about to go back to the pool.
        this.gates
          .get(runner)
          ?.close(() =>
            ctx.signal.aborted
              ? (ctx.signal.reason as RequestEndedError)
              : new Error('this transaction has already ended'),
          );
        if (runner.isTransactionActive) {
          if (outcome === 'commit') await runner.commitTransaction();
          else await runner.rollbackTransaction();
        }
      } finally {
        await runner.release();
      }
    }
    if (lasting.length && !written) await this.writeLasting(ctx, lasting);
  }

  /**
   * The lasting writes of a request that rolled back or never opened a transaction (refused
   * before its first query): in a short transaction of their own, taken only after the
   * request's own connection went back to the pool, and never open to the request's other work.
   */
  private async writeLasting(
    ctx: RequestContext,
    lasting: readonly ((manager: EntityManager, ctx: RequestContext) => Promise<void>)[],
  ): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect().catch(busyOnPoolTimeout);
    try {
      await runner.startTransaction('READ COMMITTED');
      await runner.query(
        `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
        [ctx.actor?.organizationId ?? '', ctx.actor?.userId ?? ''],
      );
      for (const write of lasting) await write(runner.manager, ctx);
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /**
   * Ends the request: `ctx.end(reason)`, then `finish`. Nothing runs in the request after
   * this; any later `manager(ctx)` throws `RequestEndedError`.
   */
  async end(
    ctx: RequestContext,
    outcome: 'commit' | 'rollback',
    reason: RequestEndedError['reason'],
  ): Promise<void> {
    ctx.end(reason);
    await this.finish(ctx, outcome);
  }

  /**
   * Runs work outside an HTTP request (seeding, jobs, tests) as the given actor, in its own
   * transaction, with the same settings a request would have.
   */
  async run<T>(
    actor: Actor | null,
    work: (manager: EntityManager, ctx: RequestContext) => Promise<T>,
  ): Promise<T> {
    const ctx = new RequestContext();
    ctx.actor = actor;
    try {
      const result = await work(await this.manager(ctx), ctx);
      await this.finish(ctx, 'commit');
      return result;
    } catch (error) {
      await this.finish(ctx, 'rollback');
      throw error;
    }
  }

  private async applySettings(ctx: RequestContext): Promise<void> {
    await ctx.transaction!.query(
      `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
      [ctx.actor?.organizationId ?? '', ctx.actor?.userId ?? ''],
    );
  }
}

const prepared = new WeakSet<PoolClient>();

/**
 * Makes every parameterised statement of a request's connection a named prepared statement,
 * named by its text: PostgreSQL then parses and plans each query shape once per connection
 * instead of on every request (planning cost more than execution on the case page: issue 16).
 * A connection's prepared statements end with it; the pool retires a connection after
 * `maxUses` checkouts (data-source.ts), which bounds how many one connection keeps.
 */
function preparingStatements(client: PoolClient): void {
  if (prepared.has(client)) return;
  prepared.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = createHash('sha1').update(text).digest('base64url');
      return query({ name, text, values }, ...args.slice(2));
    }
    return query(...args);
  };
}

/** TypeORM's record of an open transaction, as startTransaction and commit leave it. */
function transactionBookkeeping(runner: QueryRunner, open: boolean): void {
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = open;
  state.transactionDepth = open ? 1 : 0;
}

interface Gate {
  /** From now on only the transaction's own COMMIT or ROLLBACK is sent. */
  close(refusal: () => Error): void;
}

const ENDING_STATEMENTS = new Set(['COMMIT', 'ROLLBACK']);

/**
 * Concurrent resolvers share the request's one connection; a PostgreSQL connection runs one
 * statement at a time, and pg's own queueing of a second statement on a busy client is
 * deprecated (removed in pg 9). Each statement waits here for the one before it, failed or not.
 */
function oneStatementAtATime(runner: QueryRunner): Gate {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let previous: Promise<unknown> = Promise.resolve();
  let refusal: (() => Error) | null = null;
  runner.query = ((...args: unknown[]) => {
    if (refusal && !ENDING_STATEMENTS.has(String(args[0]))) {
      return Promise.reject(refusal());
    }
    const result = previous.then(() => query(...args));
    previous = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
  return {
    close(refuse) {
      refusal = refuse;
    },
  };
}
