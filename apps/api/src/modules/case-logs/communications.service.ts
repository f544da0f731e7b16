import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import type { DocumentModel } from '../documents/documents.model';
import { PersonEntity } from '../parent-center/parent-center.entities';
import { CaseRecordKit, CaseRecords } from './case-records';
import { COMMUNICATION_MODES, CommunicationEntity } from './case-logs.entities';
import {
  requireDate,
  requireNames,
  requireOneOf,
  requireText,
} from '../../platform/errors/validate';
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
  private readonly records: CaseRecordKit<CommunicationEntity, CommunicationModel>;

  constructor(
    records: CaseRecords,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.records = records.of({
      subject: 'Communication',
      noun: 'communication',
      idField: 'communicationId',
      entity: CommunicationEntity,
      load: records.byFind(CommunicationEntity, { occurredOn: 'DESC', createdAt: 'DESC' }),
      models: async (ctx, rows, documents) => {
        const names = await this.personNames(ctx, rows);
        return rows.map((c) =>
          toModel(
            c,
            documents.get(c.id) ?? [],
            c.personId ? (names.get(c.personId) ?? null) : null,
          ),
        );
      },
      documents: 'communication',
      created: (c) => ({
        kind: 'communication_logged',
        summary: `A ${c.mode.replaceAll('_', ' ')} contact on ${c.occurredOn} was logged.`,
        details: { communicationId: c.id, mode: c.mode, date: c.occurredOn },
      }),
    });
  }

  list(ctx: RequestContext, caseId: string): Promise<CommunicationModel[]> {
    return this.records.list(ctx, caseId);
  }

  async log(ctx: RequestContext, input: LogCommunicationInput): Promise<CommunicationModel> {
    const caseFile = await this.records.caseToAddTo(ctx, input.caseId);
    const documentIds = await this.records.linkable(ctx, caseFile, input.documentIds);
    return this.records.create(
      ctx,
      caseFile,
      {
        occurredOn: requireDate(input.occurredOn, 'occurredOn', await this.clock.today(ctx)),
        mode: requireOneOf(input.mode, COMMUNICATION_MODES, 'mode'),
        parties: requireNames(input.parties, 'parties'),
        summary: requireText(input.summary, 'summary', 10_000, 1),
        personId: input.personId ? await this.person(ctx, input.personId) : null,
        createdByUserId: ctx.actor!.userId,
      },
      { documentIds },
    );
  }

  async update(ctx: RequestContext, input: UpdateCommunicationInput): Promise<CommunicationModel> {
    const found = await this.records.find(ctx, input.communicationId, 'update');
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
        ? await this.records.linkable(
            ctx,
            { id: found.row.caseId, people: found.people },
            input.documentIds,
          )
        : null;
    return this.records.update(ctx, found, changes, { documentIds });
  }

  remove(ctx: RequestContext, communicationId: string): Promise<boolean> {
    return this.records.remove(ctx, communicationId);
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
}
