import { Injectable } from '@nestjs/common';
import { assertCan } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { bilingualTsQuery, HEADLINE_OPTIONS } from '../../platform/database/full-text-search';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import type { CaseWithPeople } from '../cases/cases.service';
import { UserEntity } from '../identity/user.entity';
import { CaseLogAccess } from './case-log-access';
import { CaseRecordKit, CaseRecords } from './case-records';
import { NOTE_VISIBILITIES, NoteEntity, type NoteVisibility } from './case-logs.entities';
import { CaseLogsErrors } from './case-logs.errors';
import { requireOneOf, requireText } from '../../platform/errors/validate';
import type { AddNoteInput, NoteModel, UpdateNoteInput } from './case-logs.model';

type NoteWithAuthor = NoteEntity & { author?: UserEntity };
const SEARCH_LIMIT = 50;
const TITLE_MAX = 80;

/** A note matching a search, with its rank and the matching words in context. */
export interface NoteHit {
  title: string;
  snippet: string;
  rank: number;
  note: NoteModel;
}

/** Notes have no title: a hit shows the note's first line, shortened. */
function noteTitle(body: string): string {
  const line = body.trim().split('\n', 1)[0]!.replace(/\s+/g, ' ');
  return line.length > TITLE_MAX ? `${line.slice(0, TITLE_MAX - 1).trimEnd()}…` : line;
}

function toModel(n: NoteWithAuthor): NoteModel {
  return {
    id: n.id,
    caseId: n.caseId,
    visibility: n.visibility,
    body: n.body,
    authorUserId: n.authorUserId,
    authorName: n.author?.name ?? null,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

const noteFields = (n: NoteEntity) => ({ visibility: n.visibility, authorUserId: n.authorUserId });

/**
 * Notes on a case, INTERNAL (staff only) or SHARED with the family. A parent never receives
 * an internal note: lists and search narrow to shared notes in SQL for a parent, and CASL
 * checks every row (abilities.ts) whatever the SQL returned.
 */
@Injectable()
export class NotesService {
  private readonly records: CaseRecordKit<NoteWithAuthor, NoteModel>;

  constructor(
    records: CaseRecords,
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseLogAccess,
    private readonly audit: AuditService,
  ) {
    this.records = records.of({
      subject: 'Note',
      noun: 'note',
      idField: 'noteId',
      entity: NoteEntity,
      load: async (ctx, scope) =>
        'id' in scope
          ? (await this.withAuthor(ctx)).andWhere('n.id = :noteId', { noteId: scope.id }).getMany()
          : (await this.query(ctx, scope.caseFile)).orderBy('n.createdAt', 'DESC').getMany(),
      models: (_ctx, rows) => rows.map(toModel),
      fields: noteFields,
      created: (n) => ({
        kind: 'note_added',
        summary:
          n.visibility === 'SHARED'
            ? 'A note was shared with the family.'
            : 'An internal note was added.',
        details: { noteId: n.id, visibility: n.visibility },
        internal: n.visibility === 'INTERNAL',
      }),
    });
  }

  list(ctx: RequestContext, caseId: string): Promise<NoteModel[]> {
    return this.records.list(ctx, caseId);
  }

  note(ctx: RequestContext, noteId: string): Promise<NoteModel> {
    return this.records.read(ctx, noteId);
  }

  /**
   * Full-text search of a case's notes (PostgreSQL tsvector, English and Spanish stemming),
   * best matches first; the query is read as web-search syntax ("quoted phrase", or, -word).
   */
  async search(ctx: RequestContext, caseId: string, query: string): Promise<NoteModel[]> {
    const caseFile = await this.access.caseFile(ctx, caseId);
    const text = query.trim();
    if (!text || text.length > 200) throw CaseLogsErrors.emptySearch();
    const match = bilingualTsQuery('searchText');
    const rows = await (
      await this.query(ctx, caseFile)
    )
      .andWhere(`n.search @@ ${match}`, { searchText: text })
      .orderBy(`ts_rank(n.search, ${match})`, 'DESC')
      .addOrderBy('n.createdAt', 'DESC')
      .limit(SEARCH_LIMIT)
      .getMany();
    const visible = await this.access.readable(ctx, 'Note', caseFile, rows, noteFields);
    await this.audit.record(
      ctx,
      'note.search',
      { type: 'Case', id: caseFile.id },
      { count: visible.length },
    );
    return visible.map(toModel);
  }

  /**
   * The case's notes matching `words` that the actor may read (a parent: shared ones), best
   * first, at most `limit`, for the search over all of a case's records (record-search). The
   * rank weighs a note's body like a document's text: the notes' vector is unweighted (D), so
   * D counts 0.4 here, as B does for documents' text (whose titles, A, count 1.0).
   */
  async searchHits(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
    words: string,
    limit: number,
  ): Promise<NoteHit[]> {
    const match = bilingualTsQuery('searchText');
    const { entities, raw } = await (
      await this.query(ctx, caseFile)
    )
      .addSelect(`ts_rank('{0.4, 0.2, 0.4, 1.0}', n.search, ${match})`, 'rank')
      .addSelect(`ts_headline('english', n.body, ${match}, '${HEADLINE_OPTIONS}')`, 'snippet')
      .andWhere(`n.search @@ ${match}`, { searchText: words })
      .orderBy('rank', 'DESC')
      .addOrderBy('n.id', 'ASC')
      .limit(limit)
      .getRawAndEntities<{ n_id: string; rank: number; snippet: string }>();
    const visible = await this.access.readable(ctx, 'Note', caseFile, entities, noteFields);
    const found = new Map(raw.map((r) => [r.n_id, r]));
    return visible.map((n) => ({
      title: noteTitle(n.body),
      snippet: found.get(n.id)!.snippet,
      rank: Number(found.get(n.id)!.rank),
      note: toModel(n),
    }));
  }

  async add(ctx: RequestContext, input: AddNoteInput): Promise<NoteModel> {
    const visibility: NoteVisibility = input.visibility
      ? requireOneOf(input.visibility, NOTE_VISIBILITIES, 'visibility')
      : ctx.actor?.role === 'PARENT'
        ? 'SHARED'
        : 'INTERNAL';
    const authorUserId = ctx.actor!.userId;
    const caseFile = await this.records.caseToAddTo(ctx, input.caseId, {
      visibility,
      authorUserId,
    });
    const row = await this.records.insert(
      ctx,
      caseFile,
      { visibility, body: requireText(input.body, 'body', 20_000, 1), authorUserId },
      { audit: { visibility } },
    );
    return this.note(ctx, row.id);
  }

  async update(ctx: RequestContext, input: UpdateNoteInput): Promise<NoteModel> {
    const found = await this.records.find(ctx, input.noteId, 'update');
    const { row, people } = found;
    const changes: Partial<NoteEntity> = {};
    if (input.body != null) changes.body = requireText(input.body, 'body', 20_000, 1);
    if (input.visibility != null) {
      changes.visibility = requireOneOf(input.visibility, NOTE_VISIBILITIES, 'visibility');
      // Moving a note between audiences is checked as the note it becomes.
      assertCan(
        await this.access.abilities(ctx),
        'update',
        this.access.subject('Note', row.organizationId, people, noteFields({ ...row, ...changes })),
      );
    }
    await this.records.change(ctx, found, changes, {
      audit: { visibility: changes.visibility ?? row.visibility },
    });
    return this.note(ctx, row.id);
  }

  remove(ctx: RequestContext, noteId: string): Promise<boolean> {
    return this.records.remove(ctx, noteId);
  }

  /**
   * The case's notes with their authors, narrowed in SQL to the visibilities CASL lets the
   * actor read here (a parent: shared ones), so a limit counts only readable notes.
   */
  private async query(ctx: RequestContext, caseFile: CaseWithPeople) {
    const visibilities = await this.access.readableValues(
      ctx,
      'Note',
      caseFile,
      'visibility',
      NOTE_VISIBILITIES,
    );
    return (await this.withAuthor(ctx))
      .andWhere('n.caseId = :noteCaseId', { noteCaseId: caseFile.id })
      .andWhere(visibilities.length ? 'n.visibility IN (:...noteVisibilities)' : 'FALSE', {
        noteVisibilities: visibilities,
      });
  }

  /** The organization's notes with their authors' names. */
  private async withAuthor(ctx: RequestContext) {
    const manager = await this.unitOfWork.manager(ctx);
    return manager
      .createQueryBuilder(NoteEntity, 'n')
      .leftJoinAndMapOne('n.author', UserEntity, 'u', 'u.id = n.authorUserId')
      .where(...tenantScope.sql(ctx, 'n'));
  }
}
