import {
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Query,
  Res,
  StreamableFile,
  UseFilters,
} from '@nestjs/common';
import type { Response } from 'express';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { sendCsv } from '../../platform/http/csv';
import { contentDisposition } from '../../platform/http/download-file-name';
import { HttpErrorFilter } from '../../platform/http/http-error.filter';
import { CommonErrors } from '../../platform/errors/domain-error';
import { AnnualReportService } from './annual-report.service';

const FORMATS = ['csv', 'xlsx', 'pdf', 'survey'] as const;

/**
 * The annual report's downloads: `GET /annual-report/<year>/<csv|xlsx|pdf|survey>?lang=en|es`.
 * Authenticated by the session cookie through the global guard, like GraphQL; the request's
 * transaction is committed here because no GraphQL plugin ends it.
 */
@Controller('annual-report')
@UseFilters(HttpErrorFilter)
export class AnnualReportController {
  constructor(
    private readonly reports: AnnualReportService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  @Get(':year/:format')
  async download(
    @Ctx() ctx: RequestContext,
    @Param('year', ParseIntPipe) year: number,
    @Param('format') format: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    if (!(FORMATS as readonly string[]).includes(format))
      throw CommonErrors.notFound('organization');
    const file = await this.reports.download(
      ctx,
      year,
      format as (typeof FORMATS)[number],
      lang === 'es' ? 'es' : 'en',
    );
    await this.unitOfWork.finish(ctx, 'commit');
    if (typeof file.bytes === 'string') return sendCsv(res, file.fileName, file.bytes);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: contentDisposition(file.fileName),
      length: file.bytes.byteLength,
    });
  }
}
