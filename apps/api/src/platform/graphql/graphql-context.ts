import type { Request, Response } from 'express';
import type { RequestContext } from '../context/request-context';

export interface GraphQLContext {
  req: Request;
  res: Response;
  ctx: RequestContext;
}
