import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { AuditService } from '../audit/audit.service';
import { NotesService } from '../case-logs/notes.service';
import { CasesService } from '../cases/cases.service';
import { DocumentsService } from '../documents/documents.service';
import type { CaseRecordHitModel } from './record-search.model';
import { RecordSearchErrors } from './record-search.errors';

const QUERY_MAX = 200;
const HITS_MAX = 50;

/**
 * One search over a case's records: documents (titles and extracted text) and notes. Each
 * module finds its own hits under its own abilities (a parent: shared documents and shared
 * notes only); this merges them by rank. Ranks share one scale: see NotesService.searchHits.
 */
@Injectable()
export class RecordSearchService {
  constructor(
    private readonly cases: CasesService,
    private readonly documents: DocumentsService,
    private readonly notes: NotesService,
    private readonly audit: AuditService,
  ) {}

  async search(ctx: RequestContext, caseId: string, query: string): Promise<CaseRecordHitModel[]> {
    const words = query.trim();
    if (words.length < 1 || words.length > QUERY_MAX) throw RecordSearchErrors.invalidQuery();
    const caseFile = await this.cases.findCase(ctx, caseId, 'read');
    const documents = await this.documents.searchHits(ctx, caseFile, words, HITS_MAX);
    const notes = await this.notes.searchHits(ctx, caseFile, words, HITS_MAX);
    const hits: CaseRecordHitModel[] = [
      ...documents.map(({ document, ...hit }) => ({
        kind: 'document' as const,
        id: document.id,
        ...hit,
        document,
        note: null,
      })),
      ...notes.map(({ note, ...hit }) => ({
        kind: 'note' as const,
        id: note.id,
        ...hit,
        document: null,
        note,
      })),
    ]
      .sort((a, b) => b.rank - a.rank || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
      .slice(0, HITS_MAX);
    await this.audit.record(
      ctx,
      'case_records.search',
      { type: 'Case', id: caseFile.id },
      {
        count: hits.length,
        documents: hits.filter((h) => h.kind === 'document').length,
        notes: hits.filter((h) => h.kind === 'note').length,
      },
    );
    return hits;
  }
}
