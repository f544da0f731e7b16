import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityTarget, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import type { CaseFileFields, CaseLogSubjectType } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import type { CaseRecord } from '../../platform/database/tenant-row';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import type { AuditAction } from '../audit/audit.actions';
import type { AuditDetails } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { CaseTimeline } from '../cases/case-timeline';
import type { CaseWithPeople } from '../cases/cases.service';
import type { DocumentModel } from '../documents/documents.model';
import type { CaseFilePeople } from '../families/case-file-access';
import { CaseLogAccess } from './case-log-access';
import { CaseLogDocuments, type LinkingRecord } from './case-log-documents';

/** What a kind of record is called in audit actions (`meeting.create`) and "not found" answers. */
export type CaseRecordNoun = 'meeting' | 'communication' | 'note' | 'task';

/** The CASL fields a record carries beyond its case's people (a note's visibility, say). */
export type CaseRecordFields = Pick<
  CaseFileFields,
  'visibility' | 'authorUserId' | 'assigneeUserId'
>;

/** An entry on the case's timeline, written in the same transaction as the change. */
export interface TimelineEntry {
  kind: string;
  summary: string;
  details: Record<string, string | number | boolean | null>;
  /** Staff only: a parent's timeline leaves it out. */
  internal?: boolean;
}

/** Which rows to load: a case's (the actor may read the case), or one by its id. */
export type CaseRecordScope = { caseFile: CaseWithPeople } | { id: string };

/** The fields a new record is given; the kit adds its organization, id and case. */
export type NewCaseRecord<R extends CaseRecord> = Omit<
  R,
  'organizationId' | 'id' | 'caseId' | 'createdAt' | 'updatedAt'
>;

/**
 * One kind of case record, described once: the kit does the rest (list, read, create, update,
 * delete, access checks with abilities.ts, the audit trail, the timeline and linked documents).
 * docs/architecture.md, "Adding a kind of case record".
 */
export interface CaseRecordKind<R extends CaseRecord, M> {
  /** The CASL subject (abilities.ts) and the audit trail's subject type. */
  subject: CaseLogSubjectType;
  noun: CaseRecordNoun;
  /** The field of an update or delete call that names the record (`meetingId`). */
  idField: string;
  entity: EntityTarget<R>;
  /** The rows in scope, in the order a list shows them, with whatever the model joins. */
  load(ctx: RequestContext, scope: CaseRecordScope): Promise<R[]>;
  /** Models of readable rows of one case, with each row's readable linked documents. */
  models(
    ctx: RequestContext,
    rows: R[],
    documents: Map<string, DocumentModel[]>,
  ): M[] | Promise<M[]>;
  fields?: (row: R) => CaseRecordFields;
  /** The join table of the documents this kind links, if it links any. */
  documents?: LinkingRecord;
  created?: (row: R) => TimelineEntry;
  deleted?: (row: R) => TimelineEntry;
}

/** A loaded record the actor may act on, with its case's people. */
export interface Found<R> {
  row: R;
  people: CaseFilePeople;
}

/** The case-record kit for one kind: see CaseRecordKind. */
export class CaseRecordKit<R extends CaseRecord, M> {
  constructor(
    private readonly kit: CaseRecords,
    private readonly kind: CaseRecordKind<R, M>,
  ) {}

  /** The case to add a record to, once the actor may create this kind there with `fields`. */
  async caseToAddTo(
    ctx: RequestContext,
    caseId: string,
    fields: CaseRecordFields = {},
  ): Promise<CaseWithPeople> {
    const caseFile = await this.kit.access.caseFile(ctx, caseId);
    await this.kit.access.assertCreate(ctx, this.kind.subject, caseFile, fields);
    return caseFile;
  }

  /** The case's records the actor may read, audited as one list. */
  async list(ctx: RequestContext, caseId: string): Promise<M[]> {
    const caseFile = await this.kit.access.caseFile(ctx, caseId);
    const rows = await this.kind.load(ctx, { caseFile });
    const visible = await this.kit.access.readable(
      ctx,
      this.kind.subject,
      caseFile,
      rows,
      this.kind.fields,
    );
    await this.kit.audit.record(
      ctx,
      this.action('list'),
      { type: 'Case', id: caseFile.id },
      { count: visible.length },
    );
    return this.models(ctx, visible, caseFile);
  }

  /** One record the actor may read, audited as read. */
  async read(ctx: RequestContext, id: string): Promise<M> {
    const { row, people } = await this.find(ctx, id, 'read');
    await this.kit.audit.record(ctx, this.action('read'), { type: this.kind.subject, id: row.id });
    return this.model(ctx, row, people);
  }

  /**
   * The record named by `id` (the call's `idField`) if the actor may `action` it: missing or
   * unreadable answers NOT_FOUND, readable but not allowed FORBIDDEN.
   */
  async find(
    ctx: RequestContext,
    id: string,
    action: 'read' | 'update' | 'delete',
  ): Promise<Found<R>> {
    const [row] = await this.kind.load(ctx, { id: requireUuid(id, this.kind.idField) });
    return this.kit.access.authorize(
      ctx,
      this.kind.subject,
      row ?? null,
      action,
      this.kind.noun,
      this.kind.fields,
    );
  }

  /** The ids of documents to link, checked against the case (see CaseLogDocuments.check). */
  linkable(
    ctx: RequestContext,
    caseFile: Pick<CaseWithPeople, 'id' | 'people'>,
    ids: string[] | null | undefined,
  ): Promise<string[]> {
    return this.kit.links.check(ctx, caseFile, ids);
  }

  /** Inserts a record of the case with its links, timeline entry and audit event. */
  async insert(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
    values: NewCaseRecord<R>,
    options: { documentIds?: readonly string[]; audit?: AuditDetails } = {},
  ): Promise<R> {
    const row = {
      ...values,
      organizationId: caseFile.organizationId,
      id: randomUUID(),
      caseId: caseFile.id,
    } as R;
    const manager = await this.kit.unitOfWork.manager(ctx);
    await manager.insert(this.kind.entity, row as never);
    if (this.kind.documents)
      await this.kit.links.replace(ctx, this.kind.documents, row, options.documentIds ?? []);
    if (this.kind.created) await this.timeline(ctx, row, this.kind.created(row));
    await this.kit.audit.record(
      ctx,
      this.action('create'),
      { type: this.kind.subject, id: row.id },
      options.audit,
    );
    return row;
  }

  /** insert(), answering the new record's model. */
  async create(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
    values: NewCaseRecord<R>,
    options: { documentIds?: readonly string[]; audit?: AuditDetails } = {},
  ): Promise<M> {
    const row = await this.insert(ctx, caseFile, values, options);
    return this.reload(ctx, { row, people: caseFile.people });
  }

  /** Writes what changed (if anything) and the links given, then audits the update. */
  async change(
    ctx: RequestContext,
    { row }: Found<R>,
    changes: Partial<NewCaseRecord<R>>,
    options: { documentIds?: readonly string[] | null; audit?: AuditDetails } = {},
  ): Promise<void> {
    const manager = await this.kit.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(
        this.kind.entity,
        { organizationId: row.organizationId, id: row.id },
        changes as never,
      );
    if (this.kind.documents && options.documentIds)
      await this.kit.links.replace(ctx, this.kind.documents, row, options.documentIds);
    await this.kit.audit.record(
      ctx,
      this.action('update'),
      { type: this.kind.subject, id: row.id },
      options.audit,
    );
  }

  /** change(), answering the record's model as it now is. */
  async update(
    ctx: RequestContext,
    found: Found<R>,
    changes: Partial<NewCaseRecord<R>>,
    options: { documentIds?: readonly string[] | null; audit?: AuditDetails } = {},
  ): Promise<M> {
    await this.change(ctx, found, changes, options);
    return this.reload(ctx, found);
  }

  /** Deletes the record named by `id`, with its timeline entry and audit event. */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const { row } = await this.find(ctx, id, 'delete');
    const manager = await this.kit.unitOfWork.manager(ctx);
    await manager.delete(this.kind.entity, {
      organizationId: row.organizationId,
      id: row.id,
    });
    if (this.kind.deleted) await this.timeline(ctx, row, this.kind.deleted(row));
    await this.kit.audit.record(
      ctx,
      this.action('delete'),
      { type: this.kind.subject, id: row.id },
      { caseId: row.caseId },
    );
    return true;
  }

  /** The record's model as the database now holds it. */
  async reload(ctx: RequestContext, { row, people }: Found<R>): Promise<M> {
    const [now] = await this.kind.load(ctx, { id: row.id });
    return this.model(ctx, now!, people);
  }

  private async model(ctx: RequestContext, row: R, people: CaseFilePeople): Promise<M> {
    const [model] = await this.models(ctx, [row], { id: row.caseId, people });
    return model!;
  }

  private async models(
    ctx: RequestContext,
    rows: R[],
    caseFile: Pick<CaseWithPeople, 'id' | 'people'>,
  ): Promise<M[]> {
    const documents = this.kind.documents
      ? await this.kit.links.linked(
          ctx,
          this.kind.documents,
          caseFile,
          rows.map((r) => r.id),
        )
      : new Map<string, DocumentModel[]>();
    return await this.kind.models(ctx, rows, documents);
  }

  private timeline(ctx: RequestContext, row: R, entry: TimelineEntry): Promise<void> {
    return this.kit.timeline.add(
      ctx,
      row.caseId,
      entry.kind,
      entry.summary,
      entry.details,
      entry.internal ?? false,
    );
  }

  private action(verb: 'list' | 'read' | 'create' | 'update' | 'delete'): AuditAction {
    return `${this.kind.noun}.${verb}` as AuditAction;
  }
}

/**
 * The case-record kit: what every kind of case record shares, injected once. A service
 * describes its kind (CaseRecordKind) and calls `records.of(kind)`.
 */
@Injectable()
export class CaseRecords {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly access: CaseLogAccess,
    readonly timeline: CaseTimeline,
    readonly audit: AuditService,
    readonly links: CaseLogDocuments,
  ) {}

  of<R extends CaseRecord, M>(kind: CaseRecordKind<R, M>): CaseRecordKit<R, M> {
    return new CaseRecordKit(this, kind);
  }

  /** A `load` for kinds that join nothing: the rows of the table, in `order` for a list. */
  byFind<R extends CaseRecord>(
    entity: EntityTarget<R>,
    order: FindOptionsOrder<R>,
  ): CaseRecordKind<R, unknown>['load'] {
    return async (ctx, scope) => {
      const manager = await this.unitOfWork.manager(ctx);
      if ('id' in scope) {
        const row = await manager.findOneBy(entity, {
          ...tenantScope.where(ctx),
          id: scope.id,
        } as FindOptionsWhere<R>);
        return row ? [row] : [];
      }
      return manager.find(entity, {
        where: { ...tenantScope.where(ctx), caseId: scope.caseFile.id } as FindOptionsWhere<R>,
        order,
      });
    };
  }
}
