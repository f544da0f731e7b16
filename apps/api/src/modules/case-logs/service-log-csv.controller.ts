import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  Param,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { DomainError } from '../../platform/errors/domain-error';
import { ServiceLogService } from './service-log.service';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/** Answers this controller's domain errors (the global guard's too) as plain HTTP statuses. */
@Catch(DomainError)
class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[error.code] ?? 400)
      .json({ code: error.code, message: error.message, field: error.field ?? null });
  }
}

/**
 * The service-delivery log as a CSV download, for a spreadsheet or a state complaint's
 * exhibit. Authenticated by the session cookie through the global guard, like GraphQL; the
 * request's transaction is committed here because no GraphQL plugin ends it.
 */
@Controller('cases')
@UseFilters(DomainErrorHttpFilter)
export class ServiceLogCsvController {
  constructor(
    private readonly services: ServiceLogService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  @Get(':caseId/services.csv')
  async csv(
    @Ctx() ctx: RequestContext,
    @Param('caseId') caseId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const body = await this.services.csv(ctx, caseId);
    await this.unitOfWork.finish(ctx, 'commit');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="services.csv"');
    res.setHeader('Cache-Control', 'private, no-store');
    return body;
  }
}
