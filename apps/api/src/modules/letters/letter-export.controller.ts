import { Controller, Get, Header, Param, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { HttpErrorFilter } from '../../platform/http/http-error.filter';
import { LetterExportService } from './letter-export.service';
import { contentDisposition } from '../../platform/http/download-file-name';
import type { LetterExportFormat } from './letter-file-name';
import { LettersErrors } from './letters.errors';

function parseVersion(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) {
    throw LettersErrors.invalid(
      'version',
      'LETTER_VERSION_INVALID',
      'version must be a whole number from 1 up.',
    );
  }
  return Number(value);
}

/**
 * Letter downloads, authenticated by the session cookie like every API route. The request's
 * transaction (with its audit event) is committed before the file is sent.
 */
@Controller('letters')
@UseFilters(HttpErrorFilter)
export class LetterExportController {
  constructor(
    private readonly exports: LetterExportService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  // A student's record: no shared cache may keep a copy.
  @Get(':letterId/export.docx')
  @Header('Cache-Control', 'private, no-store')
  docx(
    @Ctx() ctx: RequestContext,
    @Param('letterId') letterId: string,
    @Query('version') version?: string,
  ): Promise<StreamableFile> {
    return this.send(ctx, letterId, 'docx', version);
  }

  @Get(':letterId/export.pdf')
  @Header('Cache-Control', 'private, no-store')
  pdf(
    @Ctx() ctx: RequestContext,
    @Param('letterId') letterId: string,
    @Query('version') version?: string,
  ): Promise<StreamableFile> {
    return this.send(ctx, letterId, 'pdf', version);
  }

  private async send(
    ctx: RequestContext,
    letterId: string,
    format: LetterExportFormat,
    version: string | undefined,
  ): Promise<StreamableFile> {
    const file = await this.exports.render(ctx, letterId, format, parseVersion(version));
    await this.unitOfWork.finish(ctx, 'commit');
    return new StreamableFile(Buffer.from(file.bytes), {
      type: file.contentType,
      disposition: contentDisposition(file.fileName),
      length: file.bytes.byteLength,
    });
  }
}
