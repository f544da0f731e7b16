import { Injectable } from '@nestjs/common';
import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import type { CaseWithPeople } from '../cases/cases.service';
import type { DocumentModel } from '../documents/documents.model';
import { DocumentsService } from '../documents/documents.service';
import { CommunicationDocumentEntity, MeetingDocumentEntity } from './case-logs.entities';
import { CaseLogsErrors, requireDocumentIds } from './case-logs.errors';

/** The records that link documents, each with its own join table. */
export type LinkingRecord = 'meeting' | 'communication';

type CaseOf = Pick<CaseWithPeople, 'id' | 'people'>;

/** Each record's join table and the column naming the record; the rest of a link is alike. */
const JOIN_TABLES: Record<LinkingRecord, { entity: EntityTarget<ObjectLiteral>; column: string }> =
  {
    meeting: { entity: MeetingDocumentEntity, column: 'meetingId' },
    communication: { entity: CommunicationDocumentEntity, column: 'communicationId' },
  };

/**
 * Documents linked to meetings and communications. The documents module decides what the
 * actor may read (a parent, shared documents only), so a link never shows more than the
 * document itself would: a link the actor may not read is left out, not revealed.
 */
@Injectable()
export class CaseLogDocuments {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * The ids to link, in order, once each: every one a document of this case that the actor
   * may read. Otherwise a BAD_USER_INPUT naming `documentIds` (the same for a document that is
   * missing, of another case or organization, or hidden from the actor: ids reveal nothing).
   */
  async check(
    ctx: RequestContext,
    caseFile: CaseOf,
    values: string[] | null | undefined,
  ): Promise<string[]> {
    const ids = requireDocumentIds(values);
    const readable = await this.documents.readableInCase(ctx, caseFile, ids);
    if (readable.length !== ids.length) throw CaseLogsErrors.unknownDocuments();
    return ids;
  }

  /** Makes `ids` the record's links, in that order (linking, reordering and unlinking at once). */
  async replace(
    ctx: RequestContext,
    kind: LinkingRecord,
    record: { organizationId: string; id: string },
    ids: readonly string[],
  ): Promise<void> {
    const { entity, column } = JOIN_TABLES[kind];
    const manager = await this.unitOfWork.manager(ctx);
    const { organizationId, id } = record;
    await manager.delete(entity, { organizationId, [column]: id });
    if (ids.length)
      await manager.insert(
        entity,
        ids.map((documentId, position) => ({ organizationId, [column]: id, documentId, position })),
      );
  }

  /**
   * The linked documents the actor may read, per record of one case, in position order:
   * one statement for the links of every record, then the documents module's own three.
   */
  async linked(
    ctx: RequestContext,
    kind: LinkingRecord,
    caseFile: CaseOf,
    recordIds: readonly string[],
  ): Promise<Map<string, DocumentModel[]>> {
    const byRecord = new Map<string, DocumentModel[]>(recordIds.map((id) => [id, []]));
    if (!recordIds.length) return byRecord;
    const { entity, column } = JOIN_TABLES[kind];
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(entity, 'l')
      .where(...tenantScope.sql(ctx, 'l'))
      .andWhere({ [column]: In([...recordIds]) })
      .orderBy('l.position', 'ASC')
      .getMany();
    const links = rows.map((l) => ({
      recordId: l[column] as string,
      documentId: l.documentId as string,
    }));
    const documents = new Map(
      (
        await this.documents.readableInCase(ctx, caseFile, [
          ...new Set(links.map((l) => l.documentId)),
        ])
      ).map((d) => [d.id, d]),
    );
    for (const { recordId, documentId } of links) {
      const document = documents.get(documentId);
      if (document) byRecord.get(recordId)?.push(document);
    }
    return byRecord;
  }
}
