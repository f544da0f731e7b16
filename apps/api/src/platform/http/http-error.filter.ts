import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpStatus,
  Injectable,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { type RequestContext, RequestEndedError } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { DomainError } from '../errors/domain-error';

/** Codes that are not a plain 400; every other DomainError is the caller's input. */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  CSRF_HEADER_REQUIRED: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** What a client may read for an HTTP error that is no DomainError (a route, a body parser). */
const HTTP_CODES: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Every REST route (uploads, downloads, exports, feeds) answers errors as JSON
 * `{ code, key, params, message, field }`, what GraphQL puts in `extensions`, with a fitting
 * status, never cached. Anything unexpected is logged and answers a bare 500. Applied per
 * controller with `@UseFilters(HttpErrorFilter)`, not globally: a global filter would also
 * see GraphQL's errors, which format-error.ts owns.
 */
@Catch()
@Injectable()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly logger: PinoLogger,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & { continuum?: RequestContext }>();
    const res = http.getResponse<Response>();
    // Nothing of a failed request is kept, and its connection goes back to the pool now.
    if (req.continuum) await this.unitOfWork.finish(req.continuum, 'rollback').catch(() => {});
    // A download that failed midway cannot change its status: cut it, so the client sees
    // a truncated transfer rather than a complete-looking file.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (error instanceof DomainError) {
      res.status(STATUS[error.code] ?? HttpStatus.BAD_REQUEST).json({
        code: error.code,
        key: error.key,
        params: error.params,
        message: error.message,
        field: error.field ?? null,
      });
      return;
    }
    const status = (error as { getStatus?: () => number }).getStatus?.();
    const code = status !== undefined ? HTTP_CODES[status] : undefined;
    if (status !== undefined && code) {
      res.status(status).json({
        code,
        message: status === 404 ? 'Not found.' : 'The request could not be handled.',
        field: null,
      });
      return;
    }
    // A request whose client left: its work was stopped on purpose, nobody reads the answer.
    if (!(error instanceof RequestEndedError) && !req.continuum?.clientLeft)
      this.logger.error({ err: error }, 'HTTP request failed');
    res
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong.', field: null });
  }
}
