import { Controller, Get, Param, Res, StreamableFile, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { sendCsv } from '../../platform/http/csv';
import { HttpErrorFilter } from '../../platform/http/http-error.filter';
import { ServiceLogService } from './service-log.service';

/**
 * The service-delivery log as a CSV download, for a spreadsheet or a state complaint's
 * exhibit. Authenticated by the session cookie through the global guard, like GraphQL; the
 * request's transaction is committed here because no GraphQL plugin ends it.
 */
@Controller('cases')
@UseFilters(HttpErrorFilter)
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
  ): Promise<StreamableFile> {
    const { fileName, text } = await this.services.csv(ctx, caseId);
    await this.unitOfWork.finish(ctx, 'commit');
    return sendCsv(res, fileName, text);
  }
}
