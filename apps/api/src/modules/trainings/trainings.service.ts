import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { assertCan, defineAbilitiesFor, type Action } from '../../platform/auth/abilities';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import {
  requireDate,
  requireMinutes,
  requireNames,
  requireOneOf,
  requireText,
} from '../../platform/errors/validate';
import { OrganizationEntity } from '../identity/organization.entity';
import { reportSettingsOf } from '../organizations/report-settings';
import {
  DELIVERIES,
  OutreachActivityEntity,
  PERSON_ROLES,
  PersonEntity,
  type PersonRole,
  TrainingAttendanceEntity,
  TrainingEntity,
  TrainingSessionEntity,
} from '../parent-center/parent-center.entities';
import { PeopleService } from '../people/people.service';
import { readSignInSheet } from './sign-in-sheet';
import type {
  AddTrainingAttendeeInput,
  CreateTrainingInput,
  LogOutreachInput,
  OutreachActivityModel,
  SignInSheetImportModel,
  TrainingModel,
} from './trainings.model';

/** A whole number of people or items, 0 to `max`. */
function requireCount(value: number, field: string, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw CommonErrors.invalidInput(
      field,
      'COUNT_INVALID',
      `Enter a whole number from 0 to ${max}.`,
      { max },
    );
  return value;
}

/**
 * Trainings and events (report Section I.A), their attendance by known person, by head count
 * or from an imported sign-in sheet, and outreach (Section V).
 */
@Injectable()
export class TrainingsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly people: PeopleService,
  ) {}

  private assert(ctx: RequestContext, action: Action, type: 'Training' | 'OutreachActivity'): void {
    if (!ctx.organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject(type, { organizationId: ctx.organizationId }),
    );
  }

  async create(ctx: RequestContext, input: CreateTrainingInput): Promise<TrainingModel> {
    this.assert(ctx, 'create', 'Training');
    if (input.sessions.length < 1 || input.sessions.length > 50)
      throw CommonErrors.invalidInput(
        'sessions',
        'TRAINING_SESSIONS_INVALID',
        'Give from 1 to 50 sessions.',
      );
    const training = {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      title: requireText(input.title, 'title', 300, 1),
      delivery: requireOneOf(input.delivery, DELIVERIES, 'delivery'),
      funded: input.funded,
      topics: await this.topics(ctx, input.topics ?? []),
      presenters: requireNames(input.presenters, 'presenters'),
      notes: '',
      createdByUserId: ctx.actor!.userId,
    };
    const sessions = input.sessions.map((s, i) => {
      if (Number.isNaN(s.startsAt.getTime()))
        throw CommonErrors.invalidInput(
          `sessions.${i}.startsAt`,
          'DATE_INVALID',
          'Enter the date and time of the session.',
        );
      return {
        organizationId: training.organizationId,
        id: randomUUID(),
        trainingId: training.id,
        startsAt: s.startsAt,
        minutes:
          s.minutes == null ? null : requireMinutes(s.minutes, `sessions.${i}.minutes`, 1, 1440),
      };
    });
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(TrainingEntity, training);
    await manager.insert(TrainingSessionEntity, sessions);
    await this.audit.record(
      ctx,
      'training.create',
      { type: 'Training', id: training.id },
      { sessions: sessions.length },
    );
    return this.get(ctx, training.id);
  }

  async list(ctx: RequestContext, first: number): Promise<TrainingModel[]> {
    this.assert(ctx, 'read', 'Training');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(TrainingEntity, 't')
      .where(...tenantScope.sql(ctx, 't'))
      .orderBy(
        '(SELECT min(s.starts_at) FROM training_sessions s WHERE s.organization_id = t.organization_id AND s.training_id = t.id)',
        'DESC',
      )
      .limit(Math.min(Math.max(first, 1), 200))
      .getMany();
    return Promise.all(rows.map((t) => this.model(ctx, t)));
  }

  async get(ctx: RequestContext, id: string): Promise<TrainingModel> {
    this.assert(ctx, 'read', 'Training');
    return this.model(ctx, await this.find(ctx, id));
  }

  async addAttendee(ctx: RequestContext, input: AddTrainingAttendeeInput): Promise<TrainingModel> {
    this.assert(ctx, 'update', 'Training');
    const training = await this.find(ctx, input.trainingId);
    let person: PersonEntity;
    if (input.personId) person = await this.people.get(ctx, input.personId);
    else if (input.newPerson) person = await this.people.create(ctx, input.newPerson, 'newPerson');
    else
      throw CommonErrors.invalidInput(
        'personId',
        'CONTACT_PERSON_REQUIRED',
        'Choose who attended, or add them.',
      );
    const manager = await this.unitOfWork.manager(ctx);
    if (
      await manager.existsBy(TrainingAttendanceEntity, {
        organizationId: training.organizationId,
        trainingId: training.id,
        personId: person.id,
      })
    )
      throw CommonErrors.invalidInput(
        'personId',
        'TRAINING_ATTENDEE_DUPLICATE',
        `${person.name} is already on the roster.`,
      );
    await manager.insert(TrainingAttendanceEntity, {
      organizationId: training.organizationId,
      id: randomUUID(),
      trainingId: training.id,
      personId: person.id,
      role: person.role,
      headcount: 1,
      source: 'roster',
      createdByUserId: ctx.actor!.userId,
    });
    return this.model(ctx, training);
  }

  /** The number of one audience counted without names; 0 removes it. */
  async setHeadcount(
    ctx: RequestContext,
    trainingId: string,
    role: string,
    count: number,
  ): Promise<TrainingModel> {
    this.assert(ctx, 'update', 'Training');
    const training = await this.find(ctx, trainingId);
    const audience = requireOneOf(role, PERSON_ROLES, 'role');
    const total = requireCount(count, 'count', 100_000);
    const manager = await this.unitOfWork.manager(ctx);
    const where = {
      organizationId: training.organizationId,
      trainingId: training.id,
      role: audience,
      source: 'count' as const,
    };
    await manager.delete(TrainingAttendanceEntity, where);
    if (total > 0)
      await manager.insert(TrainingAttendanceEntity, {
        ...where,
        id: randomUUID(),
        personId: null,
        headcount: total,
        createdByUserId: ctx.actor!.userId,
      });
    await this.audit.record(
      ctx,
      'training.headcount',
      { type: 'Training', id: training.id },
      { role: audience, count: total },
    );
    return this.model(ctx, training);
  }

  /**
   * A sign-in sheet: each row matched to a person by email (any case), then phone digits, or
   * a new person; people already on the roster skipped. Any unreadable row imports nothing.
   */
  async importSignInSheet(
    ctx: RequestContext,
    trainingId: string,
    csv: string,
  ): Promise<SignInSheetImportModel> {
    this.assert(ctx, 'update', 'Training');
    const training = await this.find(ctx, trainingId);
    const sheet = readSignInSheet(csv);
    const result = { added: 0, matched: 0, created: 0, skipped: 0, errors: sheet.errors };
    if (sheet.errors.length) return { ...result, training: await this.model(ctx, training) };
    const manager = await this.unitOfWork.manager(ctx);
    const seen = new Set<string>();
    for (const row of sheet.rows) {
      let person = row.email
        ? await manager
            .createQueryBuilder(PersonEntity, 'p')
            .where(...tenantScope.sql(ctx, 'p'))
            .andWhere('lower(p.email) = lower(:email)', { email: row.email })
            .orderBy('p.created_at')
            .getOne()
        : null;
      if (!person && row.phone)
        person = await manager
          .createQueryBuilder(PersonEntity, 'p')
          .where(...tenantScope.sql(ctx, 'p'))
          .andWhere('p.phone_digits = :digits', { digits: row.phone.replace(/\D/g, '') })
          .orderBy('p.created_at')
          .getOne();
      const known = person !== null;
      person ??= await this.people.create(ctx, {
        name: row.name,
        email: row.email,
        phone: row.phone,
        role: row.role,
      });
      const onRoster =
        seen.has(person.id) ||
        (await manager.existsBy(TrainingAttendanceEntity, {
          organizationId: training.organizationId,
          trainingId: training.id,
          personId: person.id,
        }));
      seen.add(person.id);
      if (onRoster) {
        result.skipped++;
        continue;
      }
      await manager.insert(TrainingAttendanceEntity, {
        organizationId: training.organizationId,
        id: randomUUID(),
        trainingId: training.id,
        personId: person.id,
        role: row.role,
        headcount: 1,
        source: 'sign_in_sheet',
        createdByUserId: ctx.actor!.userId,
      });
      result.added++;
      if (known) result.matched++;
      else result.created++;
    }
    await this.audit.record(
      ctx,
      'training.sign_in_sheet',
      { type: 'Training', id: training.id },
      {
        added: result.added,
        matched: result.matched,
        created: result.created,
        skipped: result.skipped,
      },
    );
    return { ...result, training: await this.model(ctx, training) };
  }

  async logOutreach(ctx: RequestContext, input: LogOutreachInput): Promise<OutreachActivityModel> {
    this.assert(ctx, 'create', 'OutreachActivity');
    const lists = await this.lists(ctx);
    const row = {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      kind: requireOneOf(
        input.kind,
        lists.outreachKinds.items.map((i) => i.code),
        'kind',
      ),
      occurredOn: requireDate(input.occurredOn, 'occurredOn'),
      description: requireText(input.description, 'description', 2000),
      count: requireCount(input.count, 'count', 100_000_000),
      createdByUserId: ctx.actor!.userId,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(OutreachActivityEntity, row);
    await this.audit.record(
      ctx,
      'outreach.create',
      { type: 'Organization', id: row.organizationId },
      { kind: row.kind, count: row.count },
    );
    return row;
  }

  async outreach(ctx: RequestContext, first: number): Promise<OutreachActivityModel[]> {
    this.assert(ctx, 'read', 'OutreachActivity');
    const manager = await this.unitOfWork.manager(ctx);
    return manager.find(OutreachActivityEntity, {
      where: tenantScope.where(ctx),
      order: { occurredOn: 'DESC', id: 'ASC' },
      take: Math.min(Math.max(first, 1), 200),
    });
  }

  private async find(ctx: RequestContext, id: string): Promise<TrainingEntity> {
    const manager = await this.unitOfWork.manager(ctx);
    const training = await manager.findOneBy(TrainingEntity, {
      ...tenantScope.where(ctx),
      id: requireUuid(id, 'trainingId'),
    });
    if (!training) throw CommonErrors.notFound('training');
    return training;
  }

  private async model(ctx: RequestContext, t: TrainingEntity): Promise<TrainingModel> {
    const manager = await this.unitOfWork.manager(ctx);
    const sessions = await manager.find(TrainingSessionEntity, {
      where: { organizationId: t.organizationId, trainingId: t.id },
      order: { startsAt: 'ASC' },
    });
    const attendance = await manager.query<
      {
        id: string;
        person_id: string | null;
        name: string | null;
        role: PersonRole;
        headcount: number;
        source: string;
      }[]
    >(
      `SELECT a.id, a.person_id, p.name, a.role, a.headcount, a.source
       FROM training_attendance a
       LEFT JOIN people p ON p.organization_id = a.organization_id AND p.id = a.person_id
       WHERE a.organization_id = $1 AND a.training_id = $2
       ORDER BY a.person_id IS NULL, lower(p.name), a.role`,
      [t.organizationId, t.id],
    );
    return {
      id: t.id,
      title: t.title,
      delivery: t.delivery,
      funded: t.funded,
      topics: t.topics,
      presenters: t.presenters,
      sessions: sessions.map((s) => ({ id: s.id, startsAt: s.startsAt, minutes: s.minutes })),
      attendance: attendance.map((a) => ({
        id: a.id,
        personId: a.person_id,
        name: a.name,
        role: a.role,
        headcount: a.headcount,
        source: a.source,
      })),
      total: attendance.reduce((sum, a) => sum + a.headcount, 0),
    };
  }

  private async lists(ctx: RequestContext) {
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: ctx.organizationId! });
    return reportSettingsOf(organization?.settings).lists;
  }

  private async topics(ctx: RequestContext, values: string[]): Promise<string[]> {
    const codes = (await this.lists(ctx)).contactTopics.items.map((i) => i.code);
    return [...new Set(values.map((v) => v.trim()).filter(Boolean))].map((v) =>
      requireOneOf(v, codes, 'topics'),
    );
  }
}
