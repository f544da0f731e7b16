import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { In } from 'typeorm';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { MembershipEntity } from '../identity/membership.entity';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import type { DocumentModel } from '../documents/documents.model';
import { CaseRecordKit, CaseRecords } from './case-records';
import { MEETING_KINDS, MeetingEntity } from './case-logs.entities';
import {
  requireDate,
  requireNames,
  requireOneOf,
  requireText,
} from '../../platform/errors/validate';
import type { LogMeetingInput, MeetingModel, UpdateMeetingInput } from './case-logs.model';

const LONG_TEXT = 10_000;

function toModel(m: MeetingEntity, documents: DocumentModel[]): MeetingModel {
  return {
    id: m.id,
    caseId: m.caseId,
    heldOn: m.heldOn,
    kind: m.kind,
    attendees: m.attendees,
    staffUserIds: m.staffUserIds,
    proposed: m.proposed,
    parentObjections: m.parentObjections,
    followUps: m.followUps,
    documentIds: documents.map((d) => d.id),
    documents,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** The meeting log: IEP, eligibility, resolution, mediation, facilitation and other meetings. */
@Injectable()
export class MeetingsService {
  private readonly records: CaseRecordKit<MeetingEntity, MeetingModel>;

  constructor(
    records: CaseRecords,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {
    this.records = records.of({
      subject: 'Meeting',
      noun: 'meeting',
      idField: 'meetingId',
      entity: MeetingEntity,
      load: records.byFind(MeetingEntity, { heldOn: 'DESC', createdAt: 'DESC' }),
      models: (_ctx, rows, documents) => rows.map((m) => toModel(m, documents.get(m.id) ?? [])),
      documents: 'meeting',
      created: (m) => ({
        kind: 'meeting_logged',
        summary: `A ${m.kind} meeting held on ${m.heldOn} was logged.`,
        details: { meetingId: m.id, kind: m.kind, heldOn: m.heldOn },
      }),
      deleted: (m) => ({
        kind: 'meeting_deleted',
        summary: `The ${m.kind} meeting of ${m.heldOn} was removed from the log.`,
        details: { meetingId: m.id, kind: m.kind, heldOn: m.heldOn },
      }),
    });
  }

  list(ctx: RequestContext, caseId: string): Promise<MeetingModel[]> {
    return this.records.list(ctx, caseId);
  }

  meeting(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    return this.records.read(ctx, meetingId);
  }

  async log(ctx: RequestContext, input: LogMeetingInput): Promise<MeetingModel> {
    const caseFile = await this.records.caseToAddTo(ctx, input.caseId);
    const documentIds = await this.records.linkable(ctx, caseFile, input.documentIds);
    return this.records.create(
      ctx,
      caseFile,
      {
        heldOn: requireDate(input.heldOn, 'heldOn', await this.clock.today(ctx)),
        kind: requireOneOf(input.kind, MEETING_KINDS, 'kind'),
        attendees: requireNames(input.attendees, 'attendees'),
        proposed: requireText(input.proposed, 'proposed', LONG_TEXT),
        parentObjections: requireText(input.parentObjections, 'parentObjections', LONG_TEXT),
        followUps: requireText(input.followUps, 'followUps', LONG_TEXT),
        staffUserIds: await this.staff(ctx, input.staffUserIds),
        createdByUserId: ctx.actor!.userId,
      },
      { documentIds },
    );
  }

  async update(ctx: RequestContext, input: UpdateMeetingInput): Promise<MeetingModel> {
    const found = await this.records.find(ctx, input.meetingId, 'update');
    const changes: Partial<MeetingEntity> = {};
    if (input.heldOn != null)
      changes.heldOn = requireDate(input.heldOn, 'heldOn', await this.clock.today(ctx));
    if (input.kind != null) changes.kind = requireOneOf(input.kind, MEETING_KINDS, 'kind');
    if (input.attendees != null) changes.attendees = requireNames(input.attendees, 'attendees');
    if (input.staffUserIds != null)
      changes.staffUserIds = await this.staff(ctx, input.staffUserIds);
    if (input.proposed != null)
      changes.proposed = requireText(input.proposed, 'proposed', LONG_TEXT);
    if (input.parentObjections != null)
      changes.parentObjections = requireText(input.parentObjections, 'parentObjections', LONG_TEXT);
    if (input.followUps != null)
      changes.followUps = requireText(input.followUps, 'followUps', LONG_TEXT);
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

  remove(ctx: RequestContext, meetingId: string): Promise<boolean> {
    return this.records.remove(ctx, meetingId);
  }

  /** Staff who attended: each an org admin or advocate of the organization, once. */
  private async staff(ctx: RequestContext, ids: string[] | null | undefined): Promise<string[]> {
    const unique = [...new Set((ids ?? []).map((id) => requireUuid(id, 'staffUserIds')))];
    if (unique.length === 0) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const found = await manager.find(MembershipEntity, {
      where: { ...tenantScope.where(ctx), userId: In(unique), role: In(['ORG_ADMIN', 'ADVOCATE']) },
    });
    if (found.length !== unique.length)
      throw CommonErrors.invalidInput(
        'staffUserIds',
        'MEETING_STAFF_INVALID',
        'Choose staff members of your organization.',
      );
    return unique;
  }
}
