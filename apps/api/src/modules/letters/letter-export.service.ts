import { requireOnUse } from '../../platform/modules/require-on-use';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { AuditService } from '../audit/audit.service';
import { LETTER_CONTENT_TYPES, type LetterExportFormat, letterFileName } from './letter-file-name';
import { LettersErrors } from './letters.errors';
import { LettersService } from './letters.service';

/** A rendered letter, ready to send as a download or to store as a case document. */
export interface LetterExport {
  letterId: string;
  caseId: string;
  version: number;
  format: LetterExportFormat;
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
}

/**
 * Renders a letter's version to DOCX or PDF with packages/rules' renderers. This is the seam
 * for saving an export into the case's documents: a `saveLetterToDocuments` mutation calls
 * `render` and hands bytes, file name and content type to the documents storage.
 */
@Injectable()
export class LetterExportService {
  constructor(
    private readonly letters: LettersService,
    private readonly audit: AuditService,
  ) {}

  /** The letter's current version, or `version`, rendered; every export is audited. */
  async render(
    ctx: RequestContext,
    letterId: string,
    format: LetterExportFormat,
    version?: number,
  ): Promise<LetterExport> {
    const letter = await this.letters.findLetter(ctx, letterId, 'read');
    const number = version ?? letter.currentVersion;
    if (!Number.isInteger(number) || number < 1) throw LettersErrors.unknownVersion();
    const stored = await this.letters.version(ctx, letter, number);
    const { renderDocx, renderPdf } =
      requireOnUse<typeof import('@continuum/rules/render')>('@continuum/rules/render');
    const bytes =
      format === 'docx' ? await renderDocx(stored.document) : await renderPdf(stored.document);
    await this.audit.record(
      ctx,
      'letter.export',
      { type: 'Letter', id: letter.id },
      { caseId: letter.caseId, format, version: number },
    );
    return {
      letterId: letter.id,
      caseId: letter.caseId,
      version: number,
      format,
      bytes,
      fileName: letterFileName(stored.title, number, format),
      contentType: LETTER_CONTENT_TYPES[format],
    };
  }
}
