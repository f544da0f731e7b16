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
  requireOneOf,
  requireText,
} from '../../platform/errors/validate';
import { CasesService } from '../cases/cases.service';
import { requirePhone } from '../families/families.service';
import { OrganizationEntity } from '../identity/organization.entity';
import { reportSettingsOf } from '../organizations/report-settings';
import {
  CONTACT_MODES,
  ContactEntity,
  DELIVERIES,
  PERSON_ROLES,
  PersonEntity,
} from '../parent-center/parent-center.entities';
import type {
  ContactModel,
  LogCallInput,
  LogContactInput,
  UpdateContactInput,
} from './people.model';
import { PeopleService } from './people.service';

/** A field's value as the audit trail keeps it: text, a number, or nothing. */
function auditValue(
  value: string | number | string[] | Date | null | undefined,
): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

const FIELDS = [
  'role',
  'mode',
  'delivery',
  'occurredAt',
  'topics',
  'minutes',
  'notes',
  'followUp',
] as const;

/**
 * Individual-assistance contacts (report Section I.B): logged in three fields for a call, or in
 * full; changed and removed with a paper trail, because a submitted report counted them.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly people: PeopleService,
    private readonly cases: CasesService,
  ) {}

  private assert(ctx: RequestContext, action: Action, contact?: ContactEntity): void {
    if (!ctx.organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject('Contact', {
        organizationId: ctx.organizationId,
        staffUserId: contact?.staffUserId ?? ctx.actor?.userId ?? null,
        createdByUserId: contact?.createdByUserId ?? ctx.actor?.userId ?? null,
      }),
    );
  }

  /** A phone call in three fields: the caller (found by phone number, or new), now, by me. */
  async logCall(ctx: RequestContext, input: LogCallInput): Promise<ContactModel> {
    this.assert(ctx, 'create');
    const phone = requirePhone(input.phone, 'phone');
    const name = requireText(input.name, 'name', 200, 1);
    const topic = await this.topics(ctx, [input.topic], 'topic');
    const manager = await this.unitOfWork.manager(ctx);
    const digits = phone.replace(/\D/g, '');
    const known = await manager
      .createQueryBuilder(PersonEntity, 'p')
      .where(...tenantScope.sql(ctx, 'p'))
      .andWhere('p.phone_digits = :digits', { digits })
      .orderBy('p.created_at')
      .getOne();
    const person = known ?? (await this.people.create(ctx, { name, phone, role: 'parent' }));
    return this.insert(ctx, person, {
      role: person.role,
      mode: 'phone',
      delivery: null,
      occurredAt: new Date(),
      topics: topic,
      minutes: null,
      notes: '',
      followUp: '',
      followUpOn: null,
      caseId: null,
    });
  }

  async log(ctx: RequestContext, input: LogContactInput): Promise<ContactModel> {
    this.assert(ctx, 'create');
    let person: PersonEntity;
    if (input.personId) person = await this.people.get(ctx, input.personId);
    else if (input.newPerson) person = await this.people.create(ctx, input.newPerson, 'newPerson');
    else
      throw CommonErrors.invalidInput(
        'personId',
        'CONTACT_PERSON_REQUIRED',
        'Choose who the contact was with, or add them.',
      );
    const mode = requireOneOf(input.mode, CONTACT_MODES, 'mode');
    let caseId: string | null = null;
    if (input.caseId) {
      const caseFile = await this.cases.findCase(ctx, requireUuid(input.caseId, 'caseId'), 'read');
      caseId = caseFile.id;
    }
    return this.insert(ctx, person, {
      role: requireOneOf(input.role ?? person.role, PERSON_ROLES, 'role'),
      mode,
      delivery: this.delivery(mode, input.delivery ?? null),
      occurredAt: this.instant(input.occurredAt),
      topics: await this.topics(ctx, input.topics ?? [], 'topics'),
      minutes: input.minutes == null ? null : requireMinutes(input.minutes, 'minutes', 0, 1440),
      notes: requireText(input.notes, 'notes', 20_000),
      followUp: requireText(input.followUp, 'followUp', 2000),
      followUpOn: input.followUpOn ? requireDate(input.followUpOn, 'followUpOn') : null,
      caseId,
    });
  }

  async update(ctx: RequestContext, input: UpdateContactInput): Promise<ContactModel> {
    const contact = await this.find(ctx, input.id);
    this.assert(ctx, 'update', contact);
    const next: Partial<ContactEntity> = {};
    if (input.role != null) next.role = requireOneOf(input.role, PERSON_ROLES, 'role');
    if (input.mode != null) next.mode = requireOneOf(input.mode, CONTACT_MODES, 'mode');
    const mode = next.mode ?? contact.mode;
    if (input.delivery !== undefined || next.mode)
      next.delivery = this.delivery(
        mode,
        input.delivery === undefined ? contact.delivery : input.delivery,
      );
    if (input.occurredAt) next.occurredAt = this.instant(input.occurredAt);
    if (input.topics != null) next.topics = await this.topics(ctx, input.topics, 'topics');
    if (input.minutes !== undefined)
      next.minutes =
        input.minutes == null ? null : requireMinutes(input.minutes, 'minutes', 0, 1440);
    if (input.notes != null) next.notes = requireText(input.notes, 'notes', 20_000);
    if (input.followUp != null) next.followUp = requireText(input.followUp, 'followUp', 2000);
    const changed = FIELDS.filter(
      (f) => f in next && JSON.stringify(next[f]) !== JSON.stringify(contact[f]),
    );
    const manager = await this.unitOfWork.manager(ctx);
    if (changed.length) {
      await manager.update(
        ContactEntity,
        { organizationId: contact.organizationId, id: contact.id },
        next,
      );
      // What changed, from and to: a submitted report may have counted the contact as it was.
      await this.audit.record(
        ctx,
        'contact.update',
        { type: 'Contact', id: contact.id },
        Object.fromEntries(
          changed.flatMap((f) => [
            [`${f}.from`, auditValue(contact[f])],
            [`${f}.to`, auditValue(next[f])],
          ]),
        ),
      );
    }
    return this.model(ctx, await this.find(ctx, contact.id));
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const contact = await this.find(ctx, id);
    this.assert(ctx, 'delete', contact);
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(ContactEntity, { organizationId: contact.organizationId, id: contact.id });
    await this.audit.record(
      ctx,
      'contact.delete',
      { type: 'Contact', id: contact.id },
      {
        personId: contact.personId,
        mode: contact.mode,
        occurredAt: contact.occurredAt.toISOString(),
      },
    );
    return true;
  }

  async get(ctx: RequestContext, id: string): Promise<ContactModel> {
    this.assert(ctx, 'read');
    return this.model(ctx, await this.find(ctx, id));
  }

  async list(
    ctx: RequestContext,
    filter: {
      personId?: string | null;
      from?: Date | null;
      to?: Date | null;
      staffUserId?: string | null;
    },
    first: number,
  ): Promise<ContactModel[]> {
    this.assert(ctx, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(ContactEntity, 'c')
      .where(...tenantScope.sql(ctx, 'c'))
      .orderBy('c.occurredAt', 'DESC')
      .addOrderBy('c.id')
      .limit(Math.min(Math.max(first, 1), 200));
    if (filter.personId)
      query.andWhere('c.personId = :personId', {
        personId: requireUuid(filter.personId, 'personId'),
      });
    if (filter.staffUserId)
      query.andWhere('c.staffUserId = :staff', {
        staff: requireUuid(filter.staffUserId, 'staffUserId'),
      });
    if (filter.from) query.andWhere('c.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('c.occurredAt < :to', { to: filter.to });
    const rows = await query.getMany();
    return Promise.all(rows.map((row) => this.model(ctx, row)));
  }

  private async find(ctx: RequestContext, id: string): Promise<ContactEntity> {
    const manager = await this.unitOfWork.manager(ctx);
    const contact = await manager.findOneBy(ContactEntity, {
      ...tenantScope.where(ctx),
      id: requireUuid(id, 'id'),
    });
    if (!contact) throw CommonErrors.notFound('contact');
    return contact;
  }

  private async insert(
    ctx: RequestContext,
    person: PersonEntity,
    fields: Omit<
      ContactEntity,
      | 'organizationId'
      | 'id'
      | 'personId'
      | 'staffUserId'
      | 'createdByUserId'
      | 'createdAt'
      | 'updatedAt'
    >,
  ): Promise<ContactModel> {
    const manager = await this.unitOfWork.manager(ctx);
    const row = {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      personId: person.id,
      staffUserId: ctx.actor!.userId,
      createdByUserId: ctx.actor!.userId,
      ...fields,
    };
    await manager.insert(ContactEntity, row);
    await this.audit.record(
      ctx,
      'contact.create',
      { type: 'Contact', id: row.id },
      { mode: row.mode },
    );
    return this.model(ctx, await this.find(ctx, row.id));
  }

  private async model(ctx: RequestContext, c: ContactEntity): Promise<ContactModel> {
    const manager = await this.unitOfWork.manager(ctx);
    const [names] = await manager.query<{ person: string; staff: string | null }[]>(
      `SELECT p.name AS person, u.name AS staff FROM people p LEFT JOIN users u ON u.id = $3
       WHERE p.organization_id = $1 AND p.id = $2`,
      [c.organizationId, c.personId, c.staffUserId],
    );
    return {
      id: c.id,
      personId: c.personId,
      personName: names?.person ?? '',
      role: c.role,
      mode: c.mode,
      delivery: c.delivery,
      occurredAt: c.occurredAt,
      staffUserId: c.staffUserId,
      staffName: names?.staff ?? null,
      topics: c.topics,
      minutes: c.minutes,
      notes: c.notes,
      followUp: c.followUp,
      followUpOn: c.followUpOn,
      caseId: c.caseId,
    };
  }

  /** In person or virtual is asked for a meeting, and only for a meeting. */
  private delivery(mode: ContactEntity['mode'], value: string | null): ContactEntity['delivery'] {
    if (mode !== 'meeting') {
      if (value)
        throw CommonErrors.invalidInput(
          'delivery',
          'CONTACT_DELIVERY_NOT_MEETING',
          'In person or virtual is only for a meeting.',
        );
      return null;
    }
    if (!value)
      throw CommonErrors.invalidInput(
        'delivery',
        'CONTACT_DELIVERY_REQUIRED',
        'Say whether the meeting was in person or virtual.',
      );
    return requireOneOf(value, DELIVERIES, 'delivery');
  }

  private instant(value: Date | undefined): Date {
    const at = value ?? new Date();
    if (Number.isNaN(at.getTime()) || at.getTime() > Date.now() + 86_400_000)
      throw CommonErrors.invalidInput(
        'occurredAt',
        'DATE_IN_FUTURE',
        'A contact cannot be dated in the future.',
      );
    return at;
  }

  /** Codes of the organization's topic list. */
  private async topics(ctx: RequestContext, values: string[], field: string): Promise<string[]> {
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: ctx.organizationId! });
    const codes = reportSettingsOf(organization?.settings).lists.contactTopics.items.map(
      (i) => i.code,
    );
    const unique = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    if (unique.length > 20)
      throw CommonErrors.invalidInput(field, 'CHOICE_INVALID', 'Choose at most 20 topics.');
    return unique.map((code) => requireOneOf(code, codes, field));
  }
}
