import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors } from '../../platform/errors/domain-error';
import { HttpErrorFilter } from '../../platform/http/http-error.filter';
import { contentDisposition } from '../documents/file-names';
import { BindersService } from './binders.service';

/**
 * `GET /proceedings/:proceedingId/binder.pdf?documents=<id>,<id>,…&lang=en|es&includeInternal=
 * true|false`: the evidence binder, exhibits in the order given; Internal documents only with
 * `includeInternal=true` (false by default), and then marked as such. A GET so the portal can offer it as a plain download
 * link; it changes nothing but the audit trail. Errors answer JSON `{code, message, field}`.
 */
@Controller()
@UseFilters(HttpErrorFilter)
export class BindersController {
  constructor(
    private readonly binders: BindersService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  @Get('proceedings/:proceedingId/binder.pdf')
  async download(
    @Ctx() ctx: RequestContext,
    @Param('proceedingId') proceedingId: string,
    @Query('documents') documents: string | undefined,
    @Query('lang') lang: string | undefined,
    @Query('includeInternal') includeInternal: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (lang !== undefined && lang !== 'en' && lang !== 'es') {
      throw CommonErrors.invalidInput('lang', 'LANGUAGE_INVALID', 'Choose the language: en or es.');
    }
    if (
      includeInternal !== undefined &&
      includeInternal !== 'true' &&
      includeInternal !== 'false'
    ) {
      throw CommonErrors.invalidInput(
        'includeInternal',
        'BINDER_INCLUDE_INTERNAL_INVALID',
        'Say whether to include internal documents: true or false.',
      );
    }
    const ids = (documents ?? '').split(',').filter((id) => id !== '');
    const binder = await this.binders.assemble(
      ctx,
      proceedingId,
      ids,
      lang ?? 'en',
      includeInternal === 'true',
    );
    // The audit row is committed before a byte leaves.
    await this.unitOfWork.finish(ctx, 'commit');
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(binder.pdf.byteLength));
    res.setHeader('Content-Disposition', contentDisposition(binder.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(Buffer.from(binder.pdf));
  }
}
