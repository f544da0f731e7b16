import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { subject } from '@casl/ability';
import { Inject, Injectable } from '@nestjs/common';
import { In, type SelectQueryBuilder } from 'typeorm';
import { assertCan, type AppAbility, type DocumentSubject } from '../../platform/auth/abilities';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { RequestContext } from '../../platform/context/request-context';
import { bilingualTsQuery, HEADLINE_OPTIONS } from '../../platform/database/full-text-search';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { OBJECT_STORAGE, type ObjectStorage } from '../../platform/storage/object-storage';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseTimeline } from '../cases/case-timeline';
import { CasesService, type CaseWithPeople } from '../cases/cases.service';
import { CaseFileAccess, type CaseFilePeople } from '../families/case-file-access';
import { UserEntity } from '../identity/user.entity';
import { DocumentInspector, ZIP_LIMITS } from './document-content';
import {
  DOCUMENT_TYPES,
  DOCUMENT_VISIBILITIES,
  DocumentEntity,
  type DocumentType,
  DocumentVersionEntity,
  type DocumentVisibility,
} from './document.entity';
import { DocumentsErrors } from './documents.errors';
import type {
  CaseDocumentsFilterInput,
  DocumentModel,
  DocumentVersionModel,
  UpdateDocumentInput,
} from './documents.model';
import { sanitizeFileName } from './file-names';
import type { ReceivedUpload } from './upload-receiver';
import { RecordSearchErrors } from '../record-search/record-search.errors';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEARCH_MAX = 200;

const TSQUERY = bilingualTsQuery('search');

type DocumentWithCase = DocumentEntity & { people: CaseFilePeople };

/** A document matching a search, with its rank and the matching words in context. */
export interface DocumentHit {
  title: string;
  snippet: string;
  rank: number;
  document: DocumentModel;
}

export interface DocumentDownload {
  stream: Readable;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

function requireTitle(value: string): string {
  const title = value.replace(/\s+/g, ' ').trim();
  if (title.length < 1 || title.length > 200) throw DocumentsErrors.invalidTitle();
  return title;
}

function requireType(value: string): DocumentType {
  if (!(DOCUMENT_TYPES as readonly string[]).includes(value)) throw DocumentsErrors.invalidType();
  return value as DocumentType;
}

function requireVisibility(value: string): DocumentVisibility {
  if (!(DOCUMENT_VISIBILITIES as readonly string[]).includes(value))
    throw DocumentsErrors.invalidVisibility();
  return value as DocumentVisibility;
}

/** A document's date: a real calendar day, not after `today`; empty clears it. */
function requireDate(value: string, today: string): string | null {
  if (value === '') return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !DATE.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value ||
    value > today
  )
    throw DocumentsErrors.invalidDate();
  return value;
}

/**
 * A case's documents. Uploads and downloads arrive over HTTP (documents.controller.ts); the
 * bytes never pass through a database transaction: they are spooled and checked first, stored
 * completely, and only then is the row inserted in a short transaction, so a committed row
 * always has its file (docs/operations.md, "Documents: crash consistency").
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly cases: CasesService,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inspector: DocumentInspector,
    private readonly clock: Clock,
  ) {}

  /**
   * Which visibilities CASL lets the actor read on this case, for narrowing a list in SQL by
   * exactly what the abilities allow (a limit then counts only readable documents).
   */
  private readableVisibilities(
    ability: AppAbility,
    organizationId: string,
    people: CaseFilePeople,
  ): DocumentVisibility[] {
    return DOCUMENT_VISIBILITIES.filter((visibility) =>
      ability.can('read', this.subject(organizationId, people, visibility)),
    );
  }

  /** Narrows a documents query (alias `d`) to what the actor may read; CASL still checks each row. */
  private narrowToReadable(
    ctx: RequestContext,
    query: SelectQueryBuilder<DocumentEntity>,
    ability: AppAbility,
    people: CaseFilePeople,
  ): void {
    const visible = this.readableVisibilities(ability, ctx.organizationId!, people);
    query.andWhere(visible.length ? 'd.visibility IN (:...readableVisibilities)' : 'FALSE', {
      readableVisibilities: visible,
    });
  }

  subject(
    organizationId: string,
    people: CaseFilePeople,
    visibility: DocumentVisibility,
  ): DocumentSubject {
    return subject('Document', {
      organizationId,
      parentUserIds: people.parentUserIds,
      advocateUserIds: people.advocateUserIds,
      visibility,
    });
  }

  /**
   * Checks, before a byte is read, that the actor may add a document to the case (or a
   * version to `replaces`): a refused upload costs the client one round trip, not the file.
   */
  async checkUpload(
    ctx: RequestContext,
    caseId: string,
    replaces: string | undefined,
  ): Promise<{ caseFile: CaseWithPeople; document: DocumentWithCase | null }> {
    const caseFile = await this.cases.findCase(ctx, caseId, 'read');
    if (replaces) {
      const document = await this.findDocument(ctx, replaces, 'update', 'replaces');
      if (document.caseId !== caseFile.id) throw CommonErrors.notFound('document');
      if (document.archivedAt) throw DocumentsErrors.archived();
      return { caseFile, document };
    }
    const ability = await this.access.abilities(ctx);
    const org = caseFile.organizationId;
    if (
      ability.cannot('create', this.subject(org, caseFile.people, 'shared')) &&
      ability.cannot('create', this.subject(org, caseFile.people, 'internal'))
    )
      throw CommonErrors.forbidden();
    return { caseFile, document: null };
  }

  /**
   * Stores a spooled upload as a new document of the case, or a new version of `replaces`,
   * and commits. Order matters for crash consistency: sniff and validate, write the object
   * completely, then insert the rows in one short transaction; if that transaction fails, the
   * object is deleted (and if the process dies first, the orphan sweep deletes it).
   */
  async store(
    ctx: RequestContext,
    caseId: string,
    replaces: string | undefined,
    upload: ReceivedUpload,
  ): Promise<DocumentModel> {
    const content = await this.inspector.inspect(upload.path);
    if (content.refused) throw DocumentsErrors.expandsTooLarge(ZIP_LIMITS.maxInflatedBytes);
    if (!content.contentType) throw DocumentsErrors.typeNotAllowed(content.detected);
    const contentType = content.contentType;
    const fileName = sanitizeFileName(upload.fileName, contentType);
    const fields = upload.fields;
    const title = fields.title !== undefined ? requireTitle(fields.title) : undefined;
    const type = fields.type !== undefined ? requireType(fields.type) : undefined;
    const documentDate =
      fields.documentDate !== undefined
        ? requireDate(fields.documentDate, await this.clock.today(ctx))
        : undefined;
    const requested =
      fields.visibility !== undefined ? requireVisibility(fields.visibility) : undefined;

    const organizationId = ctx.organizationId!;
    const documentId = replaces ? requireUuid(replaces, 'replaces') : randomUUID();
    const versionId = randomUUID();
    const key = `${organizationId}/documents/${documentId}/${versionId}`;
    await this.storage.putFile(key, upload.path, upload.size, contentType);
    try {
      const model = await this.insertVersion(ctx, caseId, replaces, {
        documentId,
        versionId,
        key,
        fileName,
        contentType,
        upload,
        text: content.text,
        title: title ?? (fileName.replace(/\.[^.]+$/, '') || fileName),
        type,
        documentDate,
        requested,
      });
      await this.unitOfWork.finish(ctx, 'commit');
      return model;
    } catch (error) {
      await this.unitOfWork.finish(ctx, 'rollback');
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  private async insertVersion(
    ctx: RequestContext,
    caseId: string,
    replaces: string | undefined,
    v: {
      documentId: string;
      versionId: string;
      key: string;
      fileName: string;
      contentType: string;
      upload: ReceivedUpload;
      text: string;
      title: string;
      type: DocumentType | undefined;
      documentDate: string | null | undefined;
      requested: DocumentVisibility | undefined;
    },
  ): Promise<DocumentModel> {
    // Checked again inside the transaction that writes: access may have changed meanwhile.
    const { caseFile, document } = await this.checkUpload(ctx, caseId, replaces);
    const ability = await this.access.abilities(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    let versionNumber = 1;
    if (document) {
      // Incremented in the row itself, so two uploads of a new version never share a number.
      const updated = await manager
        .createQueryBuilder()
        .update(DocumentEntity)
        .set({ versionCount: () => 'version_count + 1', contentText: v.text })
        .where({ ...tenantScope.where(ctx), id: document.id })
        .returning('version_count')
        .execute();
      versionNumber = (updated.raw as { version_count: number }[])[0]!.version_count;
    } else {
      // Staff uploads are internal unless shared on purpose; a parent's are always shared.
      const visibility: DocumentVisibility =
        v.requested ?? (ctx.actor?.role === 'PARENT' ? 'shared' : 'internal');
      const target = this.subject(caseFile.organizationId, caseFile.people, visibility);
      if (ability.cannot('create', target))
        throw visibility === 'internal'
          ? DocumentsErrors.parentsShareOnly()
          : CommonErrors.forbidden();
      await manager.insert(DocumentEntity, {
        organizationId: caseFile.organizationId,
        id: v.documentId,
        caseId: caseFile.id,
        title: v.title,
        type: v.type ?? 'other',
        documentDate: v.documentDate ?? null,
        visibility,
        contentText: v.text,
        versionCount: 1,
        archivedAt: null,
        createdByUserId: ctx.actor!.userId,
      });
    }
    await manager.insert(DocumentVersionEntity, {
      organizationId: caseFile.organizationId,
      id: v.versionId,
      documentId: v.documentId,
      versionNumber,
      fileName: v.fileName,
      contentType: v.contentType,
      sizeBytes: String(v.upload.size),
      sha256: v.upload.sha256,
      storageKey: v.key,
      uploadedByUserId: ctx.actor!.userId,
    });
    const stored = await this.findDocument(ctx, v.documentId, 'read');
    await this.timeline.add(
      ctx,
      caseFile.id,
      document ? 'document_version_added' : 'document_added',
      document
        ? `Version ${versionNumber} of “${stored.title}” was uploaded.`
        : `“${stored.title}” was uploaded.`,
      {
        documentId: v.documentId,
        versionId: v.versionId,
        title: stored.title,
        version: versionNumber,
      },
      stored.visibility === 'internal',
    );
    await this.audit.record(
      ctx,
      'document.upload',
      { type: 'Document', id: v.documentId },
      {
        caseId: caseFile.id,
        versionId: v.versionId,
        versionNumber,
        sha256: v.upload.sha256,
        sizeBytes: v.upload.size,
        contentType: v.contentType,
      },
    );
    return (await this.models(ctx, [stored]))[0]!;
  }

  async caseDocuments(
    ctx: RequestContext,
    caseId: string,
    filter: CaseDocumentsFilterInput = {},
  ): Promise<DocumentModel[]> {
    const caseFile = await this.cases.findCase(ctx, caseId, 'read');
    const ability = await this.access.abilities(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(DocumentEntity, 'd')
      .where(...tenantScope.sql(ctx, 'd'))
      .andWhere('d.caseId = :caseId', { caseId: caseFile.id });
    if (!filter.includeArchived) query.andWhere('d.archivedAt IS NULL');
    if (filter.type) query.andWhere('d.type = :type', { type: requireType(filter.type) });
    if (filter.visibility)
      query.andWhere('d.visibility = :visibility', {
        visibility: requireVisibility(filter.visibility),
      });
    this.narrowToReadable(ctx, query, ability, caseFile.people);
    const search = filter.search?.trim();
    if (search) {
      if (search.length > SEARCH_MAX) throw RecordSearchErrors.invalidQuery();
      query
        .andWhere(`d.search_vector @@ ${TSQUERY}`, { search })
        .orderBy(`ts_rank(d.search_vector, ${TSQUERY})`, 'DESC');
    } else {
      query.orderBy('d.documentDate', 'DESC', 'NULLS LAST').addOrderBy('d.createdAt', 'DESC');
    }
    const rows = await query.addOrderBy('d.id', 'ASC').limit(500).getMany();
    const visible = rows.filter((d) =>
      ability.can('read', this.subject(d.organizationId, caseFile.people, d.visibility)),
    );
    await this.audit.record(
      ctx,
      'document.list',
      { type: 'Case', id: caseFile.id },
      { count: visible.length, ...(search ? { search: true } : {}) },
    );
    return this.models(
      ctx,
      visible.map((d) => Object.assign(d, { people: caseFile.people })),
    );
  }

  async document(ctx: RequestContext, documentId: string): Promise<DocumentModel> {
    const document = await this.findDocument(ctx, documentId, 'read');
    await this.audit.record(ctx, 'document.read', { type: 'Document', id: document.id });
    return (await this.models(ctx, [document]))[0]!;
  }

  async update(ctx: RequestContext, input: UpdateDocumentInput): Promise<DocumentModel> {
    const document = await this.findDocument(ctx, input.documentId, 'update');
    if (document.archivedAt) throw DocumentsErrors.archived();
    const changes: Partial<DocumentEntity> = {};
    if (input.title != null) changes.title = requireTitle(input.title);
    if (input.type != null) changes.type = requireType(input.type);
    if (input.documentDate !== undefined)
      changes.documentDate = requireDate(input.documentDate ?? '', await this.clock.today(ctx));
    if (input.visibility != null) {
      changes.visibility = requireVisibility(input.visibility);
      const ability = await this.access.abilities(ctx);
      assertCan(
        ability,
        'update',
        this.subject(document.organizationId, document.people, changes.visibility),
      );
    }
    if (Object.keys(changes).length) {
      const manager = await this.unitOfWork.manager(ctx);
      await manager.update(
        DocumentEntity,
        { organizationId: document.organizationId, id: document.id },
        changes,
      );
    }
    await this.audit.record(
      ctx,
      'document.update',
      { type: 'Document', id: document.id },
      { fields: Object.keys(changes).join(',') },
    );
    return this.document(ctx, document.id);
  }

  async setArchived(
    ctx: RequestContext,
    documentId: string,
    archived: boolean,
  ): Promise<DocumentModel> {
    const document = await this.findDocument(ctx, documentId, 'update');
    if (Boolean(document.archivedAt) !== archived) {
      const manager = await this.unitOfWork.manager(ctx);
      await manager.update(
        DocumentEntity,
        { organizationId: document.organizationId, id: document.id },
        { archivedAt: archived ? new Date() : null },
      );
    }
    await this.audit.record(ctx, archived ? 'document.archive' : 'document.restore', {
      type: 'Document',
      id: document.id,
    });
    return (await this.models(ctx, [await this.findDocument(ctx, document.id, 'read')]))[0]!;
  }

  /**
   * The case's documents matching `words` (web-search syntax, English and Spanish word forms)
   * that the actor may read, best first, at most `limit`; archived ones drop out. Neither
   * validates the words nor audits: the caller (record-search) does both, once per search.
   */
  async searchHits(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
    words: string,
    limit: number,
  ): Promise<DocumentHit[]> {
    const ability = await this.access.abilities(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(DocumentEntity, 'd')
      .addSelect(`ts_rank(d.search_vector, ${TSQUERY})`, 'rank')
      .addSelect(
        `ts_headline('english', d.title || ' — ' || d.content_text, ${TSQUERY},
          '${HEADLINE_OPTIONS}')`,
        'snippet',
      )
      .where(...tenantScope.sql(ctx, 'd'))
      .andWhere('d.caseId = :caseId', { caseId: caseFile.id })
      .andWhere('d.archivedAt IS NULL')
      .andWhere(`d.search_vector @@ ${TSQUERY}`)
      .setParameter('search', words)
      .orderBy('rank', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .limit(limit);
    this.narrowToReadable(ctx, query, ability, caseFile.people);
    const { entities, raw } = await query.getRawAndEntities<{ rank: number; snippet: string }>();
    const hits = entities
      .map((d, i) => ({ d, rank: Number(raw[i]!.rank), snippet: raw[i]!.snippet }))
      .filter(({ d }) =>
        ability.can('read', this.subject(d.organizationId, caseFile.people, d.visibility)),
      );
    const models = await this.models(
      ctx,
      hits.map(({ d }) => d),
    );
    return hits.map(({ d, rank, snippet }, i) => ({
      title: d.title,
      snippet,
      rank,
      document: models[i]!,
    }));
  }

  /**
   * Authorizes and audits a download, commits, then opens the stored bytes. A version that
   * is not the document's answers "not found", like a document the actor may not read.
   */
  async download(
    ctx: RequestContext,
    documentId: string,
    versionId: string | undefined,
  ): Promise<DocumentDownload> {
    const document = await this.findDocument(ctx, documentId, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const version = await manager.findOne(DocumentVersionEntity, {
      where: {
        ...tenantScope.where(ctx),
        documentId: document.id,
        ...(versionId ? { id: requireUuid(versionId, 'version') } : {}),
      },
      order: { versionNumber: 'DESC' },
    });
    if (!version) throw CommonErrors.notFound('document');
    await this.audit.record(
      ctx,
      'document.download',
      { type: 'Document', id: document.id },
      { versionId: version.id, versionNumber: version.versionNumber, caseId: document.caseId },
    );
    await this.unitOfWork.finish(ctx, 'commit');
    const stream = await this.storage.read(version.storageKey);
    if (!stream) throw CommonErrors.notFound('document');
    return {
      stream,
      fileName: version.fileName,
      contentType: version.contentType,
      sizeBytes: Number(version.sizeBytes),
    };
  }

  /**
   * Stores bytes the API made itself (a letter's export, an evidence binder) as a new document
   * of the case, through the same path as an upload: sniffed, checked, stored, then recorded.
   */
  async storeGenerated(
    ctx: RequestContext,
    caseId: string,
    file: {
      bytes: Uint8Array;
      fileName: string;
      title: string;
      type: DocumentType;
      visibility: DocumentVisibility;
    },
  ): Promise<DocumentModel> {
    await this.checkUpload(ctx, caseId, undefined);
    const dir = this.config.documents.spoolDir;
    await mkdir(dir, { recursive: true });
    const path = join(dir, `generated-${randomUUID()}`);
    await writeFile(path, file.bytes);
    try {
      return await this.store(ctx, caseId, undefined, {
        path,
        size: file.bytes.byteLength,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        fileName: file.fileName,
        fields: { title: file.title, type: file.type, visibility: file.visibility },
      });
    } finally {
      await rm(path, { force: true });
    }
  }

  /**
   * A readable document's newest version, bytes in memory, for the API's own use (binding
   * exhibits). Callers bound the total; `field` names the input that chose the document.
   */
  async readCurrent(
    ctx: RequestContext,
    documentId: string,
    field: string,
  ): Promise<{
    document: DocumentWithCase;
    contentType: string;
    sizeBytes: number;
    bytes: Buffer;
  }> {
    const document = await this.findDocument(ctx, documentId, 'read', field);
    const manager = await this.unitOfWork.manager(ctx);
    const version = await manager.findOne(DocumentVersionEntity, {
      where: { ...tenantScope.where(ctx), documentId: document.id },
      order: { versionNumber: 'DESC' },
    });
    const stream = version && (await this.storage.read(version.storageKey));
    if (!version || !stream) throw CommonErrors.notFound('document');
    return {
      document,
      contentType: version.contentType,
      sizeBytes: Number(version.sizeBytes),
      bytes: await buffer(stream),
    };
  }

  /**
   * The documents of one case among `ids` that the actor may read, archived ones included, in
   * the order of `ids`: for records that link documents (meetings, communications), which
   * check their links with it and show them through it. Three statements whatever the count.
   */
  async readableInCase(
    ctx: RequestContext,
    caseFile: Pick<CaseWithPeople, 'id' | 'people'>,
    ids: readonly string[],
  ): Promise<DocumentModel[]> {
    if (!ids.length) return [];
    const ability = await this.access.abilities(ctx);
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(DocumentEntity, 'd')
      .where(...tenantScope.sql(ctx, 'd'))
      .andWhere('d.caseId = :caseId', { caseId: caseFile.id })
      .andWhere({ id: In([...ids]) });
    this.narrowToReadable(ctx, query, ability, caseFile.people);
    const rows = await query.getMany();
    const readable = new Map(
      rows
        .filter((d) =>
          ability.can('read', this.subject(d.organizationId, caseFile.people, d.visibility)),
        )
        .map((d) => [d.id, d]),
    );
    const ordered = ids.flatMap((id) => readable.get(id) ?? []);
    return this.models(ctx, ordered);
  }

  /** A document the actor may act on; missing and forbidden both answer "not found". */
  async findDocument(
    ctx: RequestContext,
    documentId: string,
    action: 'read' | 'update',
    field = 'documentId',
  ): Promise<DocumentWithCase> {
    const id = requireUuid(documentId, field);
    const manager = await this.unitOfWork.manager(ctx);
    const found = await manager.findOneBy(DocumentEntity, { ...tenantScope.where(ctx), id });
    const people = found && (await this.access.casePeople(ctx, [found.caseId])).get(found.caseId);
    if (!found || !people) throw CommonErrors.notFound('document');
    const ability: AppAbility = await this.access.abilities(ctx);
    const target = this.subject(found.organizationId, people, found.visibility);
    if (ability.cannot('read', target)) throw CommonErrors.hidden('document', found.id);
    if (action !== 'read') assertCan(ability, action, target);
    return Object.assign(found, { people });
  }

  /** Documents with every version and uploader's name, in two statements. */
  private async models(ctx: RequestContext, documents: DocumentEntity[]): Promise<DocumentModel[]> {
    if (!documents.length) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const versions = (await manager
      .createQueryBuilder(DocumentVersionEntity, 'v')
      .leftJoinAndMapOne('v.uploader', UserEntity, 'u', 'u.id = v.uploadedByUserId')
      .where(...tenantScope.sql(ctx, 'v'))
      .andWhere({ documentId: In(documents.map((d) => d.id)) })
      .orderBy('v.versionNumber', 'DESC')
      .getMany()) as (DocumentVersionEntity & { uploader?: UserEntity | null })[];
    return documents.map((d) => {
      const mine: DocumentVersionModel[] = versions
        .filter((v) => v.documentId === d.id)
        .map((v) => ({
          id: v.id,
          versionNumber: v.versionNumber,
          fileName: v.fileName,
          contentType: v.contentType,
          sizeBytes: Number(v.sizeBytes),
          sha256: v.sha256,
          uploadedByName: v.uploader?.name ?? null,
          createdAt: v.createdAt,
          downloadPath: `/documents/${d.id}/content?version=${v.id}`,
        }));
      return {
        id: d.id,
        caseId: d.caseId,
        title: d.title,
        type: d.type,
        documentDate: d.documentDate,
        visibility: d.visibility,
        archivedAt: d.archivedAt,
        createdAt: d.createdAt,
        updatedAt: d.updatedAt,
        currentVersion: mine[0]!,
        versions: mine,
      };
    });
  }

  get maxBytes(): number {
    return this.config.documents.maxBytes;
  }
}
