import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { In } from 'typeorm';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { MembershipEntity } from '../identity/membership.entity';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseTimeline } from '../cases/case-timeline';
import type { CaseFilePeople } from '../families/case-file-access';
import type { DocumentModel } from '../documents/documents.model';
import { CaseLogAccess } from './case-log-access';
import { CaseLogDocuments } from './case-log-documents';
import { MEETING_KINDS, MeetingEntity } from './case-logs.entities';
import { requireDate, requireNames, requireOneOf, requireText } from './case-logs.errors';
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
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseLogAccess,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    private readonly links: CaseLogDocuments,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, caseId: string): Promise<MeetingModel[]> {
    const caseFile = await this.access.caseFile(ctx, caseId);
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.find(MeetingEntity, {
      where: { ...tenantScope.where(ctx), caseId: caseFile.id },
      order: { heldOn: 'DESC', createdAt: 'DESC' },
    });
    const visible = await this.access.readable(ctx, 'Meeting', caseFile, rows);
    await this.audit.record(
      ctx,
      'meeting.list',
      { type: 'Case', id: caseFile.id },
      { count: visible.length },
    );
    const documents = await this.links.linked(
      ctx,
      'meeting',
      caseFile,
      visible.map((m) => m.id),
    );
    return visible.map((m) => toModel(m, documents.get(m.id) ?? []));
  }

  async meeting(ctx: RequestContext, meetingId: string): Promise<MeetingModel> {
    const { row, people } = await this.find(ctx, meetingId, 'read');
    await this.audit.record(ctx, 'meeting.read', { type: 'Meeting', id: row.id });
    return this.model(ctx, row, people);
  }

  async log(ctx: RequestContext, input: LogMeetingInput): Promise<MeetingModel> {
    const caseFile = await this.access.caseFile(ctx, input.caseId);
    await this.access.assertCreate(ctx, 'Meeting', caseFile);
    const documentIds = await this.links.check(ctx, caseFile, input.documentIds);
    const row: Omit<MeetingEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: caseFile.organizationId,
      id: randomUUID(),
      caseId: caseFile.id,
      heldOn: requireDate(input.heldOn, 'heldOn', await this.clock.today(ctx)),
      kind: requireOneOf(input.kind, MEETING_KINDS, 'kind'),
      attendees: requireNames(input.attendees, 'attendees'),
      proposed: requireText(input.proposed, 'proposed', LONG_TEXT),
      parentObjections: requireText(input.parentObjections, 'parentObjections', LONG_TEXT),
      followUps: requireText(input.followUps, 'followUps', LONG_TEXT),
      staffUserIds: await this.staff(ctx, input.staffUserIds),
      createdByUserId: ctx.actor!.userId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(MeetingEntity, row);
    await this.links.replace(ctx, 'meeting', row, documentIds);
    await this.timeline.add(
      ctx,
      caseFile.id,
      'meeting_logged',
      `A ${row.kind} meeting held on ${row.heldOn} was logged.`,
      { meetingId: row.id, kind: row.kind, heldOn: row.heldOn },
    );
    await this.audit.record(ctx, 'meeting.create', { type: 'Meeting', id: row.id });
    return this.model(
      ctx,
      await manager.findOneByOrFail(MeetingEntity, { ...tenantScope.where(ctx), id: row.id }),
      caseFile.people,
    );
  }

  async update(ctx: RequestContext, input: UpdateMeetingInput): Promise<MeetingModel> {
    const { row, people } = await this.find(ctx, input.meetingId, 'update');
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
        ? await this.links.check(ctx, { id: row.caseId, people }, input.documentIds)
        : null;
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(
        MeetingEntity,
        { organizationId: row.organizationId, id: row.id },
        changes,
      );
    if (documentIds) await this.links.replace(ctx, 'meeting', row, documentIds);
    await this.audit.record(ctx, 'meeting.update', { type: 'Meeting', id: row.id });
    return this.model(
      ctx,
      await manager.findOneByOrFail(MeetingEntity, { ...tenantScope.where(ctx), id: row.id }),
      people,
    );
  }

  async remove(ctx: RequestContext, meetingId: string): Promise<boolean> {
    const { row } = await this.find(ctx, meetingId, 'delete');
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(MeetingEntity, { organizationId: row.organizationId, id: row.id });
    await this.timeline.add(
      ctx,
      row.caseId,
      'meeting_deleted',
      `The ${row.kind} meeting of ${row.heldOn} was removed from the log.`,
      { meetingId: row.id, kind: row.kind, heldOn: row.heldOn },
    );
    await this.audit.record(
      ctx,
      'meeting.delete',
      { type: 'Meeting', id: row.id },
      { caseId: row.caseId },
    );
    return true;
  }

  private async model(
    ctx: RequestContext,
    row: MeetingEntity,
    people: CaseFilePeople,
  ): Promise<MeetingModel> {
    const documents = await this.links.linked(ctx, 'meeting', { id: row.caseId, people }, [row.id]);
    return toModel(row, documents.get(row.id) ?? []);
  }

  private async find(ctx: RequestContext, meetingId: string, action: 'read' | 'update' | 'delete') {
    const id = requireUuid(meetingId, 'meetingId');
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager.findOneBy(MeetingEntity, { ...tenantScope.where(ctx), id });
    return this.access.authorize(ctx, 'Meeting', row, action, 'meeting');
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
