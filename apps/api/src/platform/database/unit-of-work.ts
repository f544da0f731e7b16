import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { type Actor, RequestContext } from '../context/request-context';

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
  private readonly opening = new WeakMap<RequestContext, Promise<EntityManager>>();

  /** Writes that a request's end makes whatever its outcome (features register them). */
  private readonly lasting: ((manager: EntityManager, ctx: RequestContext) => Promise<void>)[] = [];

  /**
   * Registers a write that outlives the request's own outcome: the audit trail's denied
   * attempts, which a failed request rolls back with everything else. It runs when the
   * request's transaction ends, on that request's connection (a committed request: inside its
   * transaction; a rolled-back one: in a short transaction after the rollback), so it never
   * needs a second pooled connection while the request holds one.
   */
  registerLastingWrite(write: (manager: EntityManager, ctx: RequestContext) => Promise<void>) {
    this.lasting.push(write);
  }

  /**
   * The request's transactional EntityManager, opening the transaction on first use. Apollo
   * resolves a query's root fields concurrently: they all get the same transaction.
   */
  async manager(ctx: RequestContext): Promise<EntityManager> {
    if (ctx.transaction) return ctx.transaction.manager;
    let opening = this.opening.get(ctx);
    if (!opening) {
      opening = this.open(ctx);
      this.opening.set(ctx, opening);
      opening.then(
        () => this.opening.delete(ctx),
        () => this.opening.delete(ctx),
      );
    }
    return opening;
  }

  private async open(ctx: RequestContext): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    oneStatementAtATime(runner);
    await runner.connect();
    try {
      await runner.startTransaction('READ COMMITTED');
      ctx.transaction = runner;
      // A new transaction starts with both settings empty (SET LOCAL values end with the
      // transaction that set them), so there is nothing to send until someone acts.
      if (ctx.actor) await this.applySettings(ctx);
    } catch (error) {
      ctx.transaction = null;
      await runner.release();
      throw error;
    }
    return runner.manager;
  }

  /** Changes who is acting (after sign-in, or switching organization) inside the transaction. */
  async setActor(ctx: RequestContext, actor: Actor | null): Promise<void> {
    ctx.actor = actor;
    if (ctx.transaction) await this.applySettings(ctx);
  }

  /** Commits or rolls back the request's transaction, if it opened one. Safe to call twice. */
  async finish(ctx: RequestContext, outcome: 'commit' | 'rollback'): Promise<void> {
    // A transaction still being opened (a resolver began it as another failed) is finished
    // too, rather than left open on a connection nobody releases.
    await this.opening.get(ctx)?.catch(() => undefined);
    // Taken once, so finishing twice writes them once.
    const lasting = ctx.denials.length > 0 && ctx.organizationId ? this.lasting : [];
    // A request refused before its first query holds no connection: it takes one now.
    if (!ctx.transaction && lasting.length) await this.manager(ctx);
    const runner = ctx.transaction;
    if (!runner) return;
    ctx.transaction = null;
    try {
      if (runner.isTransactionActive && outcome === 'commit') {
        for (const write of lasting) await write(runner.manager, ctx);
        await runner.commitTransaction();
      } else {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        if (lasting.length) {
          await runner.startTransaction('READ COMMITTED');
          ctx.transaction = runner;
          try {
            await this.applySettings(ctx);
            for (const write of lasting) await write(runner.manager, ctx);
            await runner.commitTransaction();
          } finally {
            ctx.transaction = null;
            if (runner.isTransactionActive) await runner.rollbackTransaction();
          }
        }
      }
    } finally {
      await runner.release();
    }
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

/**
 * Concurrent resolvers share the request's one connection; a PostgreSQL connection runs one
 * statement at a time, and pg's own queueing of a second statement on a busy client is
 * deprecated (removed in pg 9). Each statement waits here for the one before it, failed or not.
 */
function oneStatementAtATime(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const result = previous.then(() => query(...args));
    previous = result.catch(() => undefined);
    return result;
  }) as QueryRunner['query'];
}
