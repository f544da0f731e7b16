import { proceedingKindLabel } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import type { RequestContext } from '../../platform/context/request-context';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { CasesService } from '../cases/cases.service';
import type { DocumentModel } from '../documents/documents.model';
import { DocumentsService } from '../documents/documents.service';
import { FamiliesService } from '../families/families.service';
import { ProceedingsService } from '../proceedings/proceedings.service';
import {
  assembleBinder,
  type BinderExhibit,
  BinderInputError,
  type BinderLang,
} from './binder-pdf';

/** What a binder may weigh in all, read into memory to be bound (about 40 typical exhibits). */
export const BINDER_MAX_BYTES = 150 * 1024 * 1024;
const MAX_DOCUMENTS = 200;

export interface Binder {
  caseId: string;
  fileName: string;
  title: string;
  pdf: Uint8Array;
}

/**
 * The evidence binder of a proceeding: the chosen documents of its case, in the chosen order,
 * bound into one PDF (binder-pdf.ts). Whoever may read the proceeding and each document may
 * bind them; every binder made is audited with the documents it holds.
 */
@Injectable()
export class BindersService {
  constructor(
    private readonly proceedings: ProceedingsService,
    private readonly cases: CasesService,
    private readonly families: FamiliesService,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async assemble(
    ctx: RequestContext,
    proceedingId: string,
    documentIds: readonly string[],
    lang: BinderLang,
    includeInternal: boolean,
  ): Promise<Binder> {
    const proceeding = await this.proceedings.proceeding(ctx, proceedingId);
    if (documentIds.length === 0) {
      throw CommonErrors.invalidInput(
        'documentIds',
        'BINDER_EMPTY',
        'Choose at least one document for the binder.',
      );
    }
    if (documentIds.length > MAX_DOCUMENTS) {
      throw CommonErrors.invalidInput(
        'documentIds',
        'BINDER_TOO_MANY',
        `A binder holds at most ${MAX_DOCUMENTS} documents.`,
        { max: MAX_DOCUMENTS },
      );
    }
    const ids = documentIds.map((id, i) => requireUuid(id, `documentIds[${i}]`));
    if (new Set(ids).size !== ids.length) {
      throw CommonErrors.invalidInput(
        'documentIds',
        'BINDER_DUPLICATE',
        'Each document can appear in the binder once.',
      );
    }
    const caseFile = await this.cases.findCase(ctx, proceeding.caseId, 'read');
    const student = await this.families.findStudent(ctx, caseFile.studentId, 'read');
    const family = await this.families.findFamily(ctx, student.familyId, 'read');

    let total = 0;
    const exhibits: BinderExhibit[] = [];
    for (const [i, id] of ids.entries()) {
      const field = `documentIds[${i}]`;
      const doc = await this.documents.readCurrent(ctx, id, field);
      if (doc.document.caseId !== caseFile.id) throw CommonErrors.notFound('document');
      const internal = doc.document.visibility === 'internal';
      // A binder goes to the district and the hearing officer: staff-only notes get in only
      // when the person said so, and are then marked as such on every page.
      if (internal && !includeInternal) {
        throw CommonErrors.invalidInput(
          field,
          'BINDER_INTERNAL_NOT_CONFIRMED',
          `“${doc.document.title}” is internal, not shared with the family; choose to include internal documents to bind it.`,
          { title: doc.document.title },
        );
      }
      total += doc.sizeBytes;
      if (total > BINDER_MAX_BYTES) {
        throw CommonErrors.invalidInput(
          field,
          'BINDER_TOO_LARGE',
          `The chosen documents pass ${BINDER_MAX_BYTES / 1024 / 1024} MB; split the binder into volumes.`,
          { megabytes: BINDER_MAX_BYTES / 1024 / 1024 },
        );
      }
      exhibits.push({
        description: doc.document.title,
        date: doc.document.documentDate,
        contentType: doc.contentType,
        bytes: doc.bytes,
        internal,
      });
    }

    const date = await this.clock.today(ctx);
    // The proceeding named on the cover, from the rules' catalog like every page's.
    const title = proceedingKindLabel(proceeding.kind, lang);
    let pdf: Uint8Array;
    try {
      ({ pdf } = await assembleBinder({
        lang,
        proceeding: title,
        student: student.name,
        family: family.name,
        date,
        exhibits,
      }));
    } catch (error) {
      if (error instanceof BinderInputError)
        throw CommonErrors.invalidInput(error.field, error.key, error.message, error.params);
      throw error;
    }
    await this.audit.record(
      ctx,
      'binder.export',
      { type: 'Proceeding', id: proceeding.id },
      {
        caseId: caseFile.id,
        documentIds: ids.join(','),
        internalDocumentIds: ids.filter((_, i) => exhibits[i]!.internal).join(','),
        lang,
        bytes: pdf.byteLength,
      },
    );
    const label = lang === 'es' ? 'pruebas' : 'exhibits';
    return {
      caseId: caseFile.id,
      title: `${title} — ${lang === 'es' ? 'Pruebas' : 'Exhibits'} (${date})`,
      fileName: `${proceeding.kind.replace(/_/g, '-')}-${label}-${date}.pdf`,
      pdf,
    };
  }

  /** Binds and keeps the binder in the case's documents (internal until shared). */
  async saveToDocuments(
    ctx: RequestContext,
    proceedingId: string,
    documentIds: readonly string[],
    lang: BinderLang,
    includeInternal: boolean,
  ): Promise<DocumentModel> {
    const binder = await this.assemble(ctx, proceedingId, documentIds, lang, includeInternal);
    return this.documents.storeGenerated(ctx, binder.caseId, {
      bytes: binder.pdf,
      fileName: binder.fileName,
      title: binder.title,
      type: 'other',
      visibility: 'internal',
    });
  }
}
