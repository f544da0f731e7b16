import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { assertCan } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { bilingualTsQuery, HEADLINE_OPTIONS } from '../../platform/database/full-text-search';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseTimeline } from '../cases/case-timeline';
import type { CaseWithPeople } from '../cases/cases.service';
import { UserEntity } from '../identity/user.entity';
import { CaseLogAccess } from './case-log-access';
import { NOTE_VISIBILITIES, NoteEntity, type NoteVisibility } from './case-logs.entities';
import { CaseLogsErrors, requireOneOf, requireText } from './case-logs.errors';
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
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseLogAccess,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, caseId: string): Promise<NoteModel[]> {
    const caseFile = await this.access.caseFile(ctx, caseId);
    const rows = await (await this.query(ctx, caseFile)).orderBy('n.createdAt', 'DESC').getMany();
    const visible = await this.access.readable(ctx, 'Note', caseFile, rows, noteFields);
    await this.audit.record(
      ctx,
      'note.list',
      { type: 'Case', id: caseFile.id },
      { count: visible.length },
    );
    return visible.map(toModel);
  }

  async note(ctx: RequestContext, noteId: string): Promise<NoteModel> {
    const row = await this.find(ctx, noteId, 'read');
    await this.audit.record(ctx, 'note.read', { type: 'Note', id: row.id });
    return toModel(row);
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
    const caseFile = await this.access.caseFile(ctx, input.caseId);
    const visibility: NoteVisibility = input.visibility
      ? requireOneOf(input.visibility, NOTE_VISIBILITIES, 'visibility')
      : ctx.actor?.role === 'PARENT'
        ? 'SHARED'
        : 'INTERNAL';
    const authorUserId = ctx.actor!.userId;
    await this.access.assertCreate(ctx, 'Note', caseFile, { visibility, authorUserId });
    const row = {
      organizationId: caseFile.organizationId,
      id: randomUUID(),
      caseId: caseFile.id,
      visibility,
      body: requireText(input.body, 'body', 20_000, 1),
      authorUserId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(NoteEntity, row);
    await this.timeline.add(
      ctx,
      caseFile.id,
      'note_added',
      visibility === 'SHARED'
        ? 'A note was shared with the family.'
        : 'An internal note was added.',
      { noteId: row.id, visibility },
      visibility === 'INTERNAL',
    );
    await this.audit.record(ctx, 'note.create', { type: 'Note', id: row.id }, { visibility });
    return this.note(ctx, row.id);
  }

  async update(ctx: RequestContext, input: UpdateNoteInput): Promise<NoteModel> {
    const row = await this.find(ctx, input.noteId, 'update');
    const changes: Partial<NoteEntity> = {};
    if (input.body != null) changes.body = requireText(input.body, 'body', 20_000, 1);
    if (input.visibility != null) {
      changes.visibility = requireOneOf(input.visibility, NOTE_VISIBILITIES, 'visibility');
      // Moving a note between audiences is checked as the note it becomes.
      const people = (await this.access.caseFile(ctx, row.caseId)).people;
      assertCan(
        await this.access.abilities(ctx),
        'update',
        this.access.subject('Note', row.organizationId, people, noteFields({ ...row, ...changes })),
      );
    }
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(NoteEntity, { organizationId: row.organizationId, id: row.id }, changes);
    await this.audit.record(
      ctx,
      'note.update',
      { type: 'Note', id: row.id },
      { visibility: changes.visibility ?? row.visibility },
    );
    return this.note(ctx, row.id);
  }

  async remove(ctx: RequestContext, noteId: string): Promise<boolean> {
    const row = await this.find(ctx, noteId, 'delete');
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(NoteEntity, { organizationId: row.organizationId, id: row.id });
    await this.audit.record(
      ctx,
      'note.delete',
      { type: 'Note', id: row.id },
      { caseId: row.caseId },
    );
    return true;
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
    const manager = await this.unitOfWork.manager(ctx);
    return manager
      .createQueryBuilder(NoteEntity, 'n')
      .leftJoinAndMapOne('n.author', UserEntity, 'u', 'u.id = n.authorUserId')
      .where(...tenantScope.sql(ctx, 'n'))
      .andWhere('n.caseId = :noteCaseId', { noteCaseId: caseFile.id })
      .andWhere(visibilities.length ? 'n.visibility IN (:...noteVisibilities)' : 'FALSE', {
        noteVisibilities: visibilities,
      });
  }

  private async find(
    ctx: RequestContext,
    noteId: string,
    action: 'read' | 'update' | 'delete',
  ): Promise<NoteWithAuthor> {
    const id = requireUuid(noteId, 'noteId');
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager
      .createQueryBuilder(NoteEntity, 'n')
      .leftJoinAndMapOne('n.author', UserEntity, 'u', 'u.id = n.authorUserId')
      .where(...tenantScope.sql(ctx, 'n'))
      .andWhere('n.id = :noteId', { noteId: id })
      .getOne();
    return (await this.access.authorize(ctx, 'Note', row, action, 'note', noteFields)).row;
  }
}
