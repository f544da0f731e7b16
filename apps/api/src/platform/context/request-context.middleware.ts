import type { NextFunction, Request, Response } from 'express';
import type { UnitOfWork } from '../database/unit-of-work';
import { RequestContext, requestContextStorage } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Creates the request's context before anything else runs: its id (the caller's
 * x-request-id when well-formed), address, user agent and session token. If the response
 * closes with the transaction still open (the client went away, a crash before Apollo's
 * hooks), the transaction is rolled back and its connection returned to the pool, and the
 * request is ended: a resolver still running cannot open a second transaction and commit
 * what the first one rolled back.
 */
export function requestContextMiddleware(unitOfWork: UnitOfWork, cookieName: string) {
  return (req: Request & { continuum?: RequestContext }, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const ctx = new RequestContext(
      incoming && REQUEST_ID.test(incoming) ? incoming : undefined,
      req.ip ?? null,
      req.get('user-agent') ?? null,
      (req.cookies as Record<string, string> | undefined)?.[cookieName] ?? null,
    );
    req.continuum = ctx;
    res.setHeader('x-request-id', ctx.requestId);
    res.on('close', () => {
      const reason = res.writableFinished ? 'response-sent' : 'client-closed';
      void unitOfWork.end(ctx, 'rollback', reason).catch(() => undefined);
    });
    requestContextStorage.run(ctx, next);
  };
}
