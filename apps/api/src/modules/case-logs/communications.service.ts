import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseTimeline } from '../cases/case-timeline';
import type { DocumentModel } from '../documents/documents.model';
import type { CaseFilePeople } from '../families/case-file-access';
import { PersonEntity } from '../parent-center/parent-center.entities';
import { CaseLogAccess } from './case-log-access';
import { CaseLogDocuments } from './case-log-documents';
import { COMMUNICATION_MODES, CommunicationEntity } from './case-logs.entities';
import { requireDate, requireNames, requireOneOf, requireText } from './case-logs.errors';
import type {
  CommunicationModel,
  LogCommunicationInput,
  UpdateCommunicationInput,
} from './case-logs.model';

function toModel(
  c: CommunicationEntity,
  documents: DocumentModel[],
  personName: string | null,
): CommunicationModel {
  return {
    id: c.id,
    caseId: c.caseId,
    occurredOn: c.occurredOn,
    mode: c.mode,
    parties: c.parties,
    summary: c.summary,
    personId: c.personId,
    personName,
    documentIds: documents.map((d) => d.id),
    documents,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/**
 * The communications log: calls, letters, emails or texts and meetings about the case. The
 * family took part in most of them, so a parent reads the log of their own case.
 */
@Injectable()
export class CommunicationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseLogAccess,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    private readonly links: CaseLogDocuments,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, caseId: string): Promise<CommunicationModel[]> {
    const caseFile = await this.access.caseFile(ctx, caseId);
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.find(CommunicationEntity, {
      where: { ...tenantScope.where(ctx), caseId: caseFile.id },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    const visible = await this.access.readable(ctx, 'Communication', caseFile, rows);
    await this.audit.record(
      ctx,
      'communication.list',
      { type: 'Case', id: caseFile.id },
      { count: visible.length },
    );
    const documents = await this.links.linked(
      ctx,
      'communication',
      caseFile,
      visible.map((c) => c.id),
    );
    const names = await this.personNames(ctx, visible);
    return visible.map((c) =>
      toModel(c, documents.get(c.id) ?? [], c.personId ? (names.get(c.personId) ?? null) : null),
    );
  }

  async log(ctx: RequestContext, input: LogCommunicationInput): Promise<CommunicationModel> {
    const caseFile = await this.access.caseFile(ctx, input.caseId);
    await this.access.assertCreate(ctx, 'Communication', caseFile);
    const documentIds = await this.links.check(ctx, caseFile, input.documentIds);
    const row: Omit<CommunicationEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: caseFile.organizationId,
      id: randomUUID(),
      caseId: caseFile.id,
      occurredOn: requireDate(input.occurredOn, 'occurredOn', await this.clock.today(ctx)),
      mode: requireOneOf(input.mode, COMMUNICATION_MODES, 'mode'),
      parties: requireNames(input.parties, 'parties'),
      summary: requireText(input.summary, 'summary', 10_000, 1),
      personId: input.personId ? await this.person(ctx, input.personId) : null,
      createdByUserId: ctx.actor!.userId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(CommunicationEntity, row);
    await this.links.replace(ctx, 'communication', row, documentIds);
    await this.timeline.add(
      ctx,
      caseFile.id,
      'communication_logged',
      `A ${row.mode.replaceAll('_', ' ')} contact on ${row.occurredOn} was logged.`,
      { communicationId: row.id, mode: row.mode, date: row.occurredOn },
    );
    await this.audit.record(ctx, 'communication.create', { type: 'Communication', id: row.id });
    return this.model(
      ctx,
      await manager.findOneByOrFail(CommunicationEntity, { ...tenantScope.where(ctx), id: row.id }),
      caseFile.people,
    );
  }

  async update(ctx: RequestContext, input: UpdateCommunicationInput): Promise<CommunicationModel> {
    const { row, people } = await this.find(ctx, input.communicationId, 'update');
    const changes: Partial<CommunicationEntity> = {};
    if (input.occurredOn != null)
      changes.occurredOn = requireDate(input.occurredOn, 'occurredOn', await this.clock.today(ctx));
    if (input.mode != null) changes.mode = requireOneOf(input.mode, COMMUNICATION_MODES, 'mode');
    if (input.parties != null) changes.parties = requireNames(input.parties, 'parties');
    if (input.summary != null) changes.summary = requireText(input.summary, 'summary', 10_000, 1);
    if (input.personId != null)
      changes.personId = input.personId === '' ? null : await this.person(ctx, input.personId);
    const documentIds =
      input.documentIds != null
        ? await this.links.check(ctx, { id: row.caseId, people }, input.documentIds)
        : null;
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(
        CommunicationEntity,
        { organizationId: row.organizationId, id: row.id },
        changes,
      );
    if (documentIds) await this.links.replace(ctx, 'communication', row, documentIds);
    await this.audit.record(ctx, 'communication.update', { type: 'Communication', id: row.id });
    return this.model(
      ctx,
      await manager.findOneByOrFail(CommunicationEntity, { ...tenantScope.where(ctx), id: row.id }),
      people,
    );
  }

  async remove(ctx: RequestContext, communicationId: string): Promise<boolean> {
    const { row } = await this.find(ctx, communicationId, 'delete');
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(CommunicationEntity, { organizationId: row.organizationId, id: row.id });
    await this.audit.record(
      ctx,
      'communication.delete',
      { type: 'Communication', id: row.id },
      { caseId: row.caseId },
    );
    return true;
  }

  private async model(
    ctx: RequestContext,
    row: CommunicationEntity,
    people: CaseFilePeople,
  ): Promise<CommunicationModel> {
    const documents = await this.links.linked(ctx, 'communication', { id: row.caseId, people }, [
      row.id,
    ]);
    const names = await this.personNames(ctx, [row]);
    return toModel(
      row,
      documents.get(row.id) ?? [],
      row.personId ? (names.get(row.personId) ?? null) : null,
    );
  }

  /**
   * Who was spoken with must be one of the organization's people; another organization's
   * person (hidden by row-level security) is refused the same way as an unknown id.
   */
  private async person(ctx: RequestContext, personId: string): Promise<string> {
    const id = requireUuid(personId, 'personId');
    const manager = await this.unitOfWork.manager(ctx);
    if (!(await manager.existsBy(PersonEntity, { ...tenantScope.where(ctx), id })))
      throw CommonErrors.invalidInput(
        'personId',
        'COMMUNICATION_PERSON_UNKNOWN',
        'Choose who was spoken with from the organization’s people.',
      );
    return id;
  }

  private async personNames(
    ctx: RequestContext,
    rows: CommunicationEntity[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))];
    if (!ids.length) return new Map();
    const manager = await this.unitOfWork.manager(ctx);
    const people = await manager
      .createQueryBuilder(PersonEntity, 'p')
      .select(['p.id', 'p.name'])
      .where(...tenantScope.sql(ctx, 'p'))
      .andWhere('p.id IN (:...ids)', { ids })
      .getMany();
    return new Map(people.map((p) => [p.id, p.name]));
  }

  private async find(ctx: RequestContext, communicationId: string, action: 'update' | 'delete') {
    const id = requireUuid(communicationId, 'communicationId');
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager.findOneBy(CommunicationEntity, { ...tenantScope.where(ctx), id });
    return this.access.authorize(ctx, 'Communication', row, action, 'communication');
  }
}
