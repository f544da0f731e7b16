import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import {
  Controller,
  Get,
  HttpStatus,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { HttpErrorFilter } from '../../platform/http/http-error.filter';
import { DocumentsErrors } from './documents.errors';
import type { DocumentModel } from './documents.model';
import { DocumentsService } from './documents.service';
import { contentDisposition } from './file-names';
import { receiveUpload } from './upload-receiver';

/**
 * Uploads and downloads: plain HTTP, because files stream; authenticated by the session
 * cookie like GraphQL. Uploads need `x-continuum-upload: 1`: a browser cannot send that
 * header cross-site without a CORS preflight, which the API never grants, so a forged form
 * post from another site is refused (the same defence as Apollo's CSRF prevention).
 */
@Controller()
@UseFilters(HttpErrorFilter)
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly unitOfWork: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * multipart/form-data: `file`, and optional `title`, `type` (iep, evaluation, ...),
   * `documentDate` (YYYY-MM-DD), `visibility` (shared | internal). With `?replaces=<id>`,
   * the file becomes that document's next version.
   */
  @Post('cases/:caseId/documents')
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('caseId') caseId: string,
    @Query('replaces') replaces: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (req.get('x-continuum-upload') !== '1') throw DocumentsErrors.csrf();
    await this.documents.checkUpload(ctx, caseId, replaces || undefined);
    // No transaction stays open while the bytes arrive: a slow upload must not hold a
    // connection (or locks) for minutes. The insert later runs in a short one of its own.
    await this.unitOfWork.finish(ctx, 'commit');
    const upload = await receiveUpload(
      req,
      this.config.documents.spoolDir,
      this.config.documents.maxBytes,
    );
    let model: DocumentModel;
    try {
      model = await this.documents.store(ctx, caseId, replaces || undefined, upload);
    } finally {
      await rm(upload.path, { force: true });
    }
    res.status(HttpStatus.CREATED).json(model);
  }

  /** The bytes of a document's newest version, or of `?version=<id>`. */
  @Get('documents/:documentId/content')
  async download(
    @Ctx() ctx: RequestContext,
    @Param('documentId') documentId: string,
    @Query('version') version: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.documents.download(ctx, documentId, version || undefined);
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    // Nothing from a stored file may run in the API's origin, even if opened inline.
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    await pipeline(file.stream, res);
  }
}
