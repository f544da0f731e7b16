import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { Brackets } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { assertCan, defineAbilitiesFor, type Action } from '../../platform/auth/abilities';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { requireOneOf, requireText } from '../case-logs/case-logs.errors';
import { CommunicationEntity } from '../case-logs/case-logs.entities';
import { optionalEmail, requirePhone } from '../families/families.service';
import { FamilyEntity } from '../families/family.entity';
import { OrganizationEntity } from '../identity/organization.entity';
import { demographicsOf } from '../organizations/report-settings';
import {
  ContactEntity,
  PERSON_ROLES,
  PersonEntity,
  TrainingAttendanceEntity,
} from '../parent-center/parent-center.entities';
import type {
  NewPersonInput,
  PersonDuplicateModel,
  PersonMergeModel,
  PersonModel,
  UpdatePersonInput,
} from './people.model';

export function toPersonModel(p: PersonEntity): PersonModel {
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    email: p.email,
    phone: p.phone,
    primaryLanguage: p.primaryLanguage,
    familyId: p.familyId,
    userId: p.userId,
    createdAt: p.createdAt,
  };
}

/**
 * The organization's people: one record per person, found again by name, email or phone;
 * duplicates found and merged by an admin, keeping every contact (docs/domain.md "People and
 * contacts").
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  assert(ctx: RequestContext, action: Action): void {
    if (!ctx.organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject('Person', { organizationId: ctx.organizationId }),
    );
  }

  async list(ctx: RequestContext, search: string | null, first: number): Promise<PersonModel[]> {
    this.assert(ctx, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(PersonEntity, 'p')
      .where(...tenantScope.sql(ctx, 'p'))
      .orderBy('lower(p.name)')
      .addOrderBy('p.id')
      .limit(Math.min(Math.max(first, 1), 200));
    const text = search?.trim();
    if (text) {
      const digits = text.replace(/\D/g, '');
      query.andWhere(
        new Brackets((w) => {
          w.where('lower(p.name) LIKE :like', { like: `%${text.toLowerCase()}%` }).orWhere(
            'lower(p.email) = :email',
            { email: text.toLowerCase() },
          );
          if (digits.length >= 4)
            w.orWhere('p.phone_digits LIKE :digits', { digits: `%${digits}%` });
        }),
      );
    }
    return (await query.getMany()).map(toPersonModel);
  }

  async get(ctx: RequestContext, id: string): Promise<PersonEntity> {
    this.assert(ctx, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const person = await manager.findOneBy(PersonEntity, {
      ...tenantScope.where(ctx),
      id: requireUuid(id, 'id'),
    });
    if (!person) throw CommonErrors.notFound('person');
    return person;
  }

  /** A new person, checked: the name, a role, an email and phone when given, a known language. */
  async create(ctx: RequestContext, input: NewPersonInput, field = ''): Promise<PersonEntity> {
    this.assert(ctx, 'create');
    const manager = await this.unitOfWork.manager(ctx);
    const f = (name: string) => (field ? `${field}.${name}` : name);
    const familyId = input.familyId ? requireUuid(input.familyId, f('familyId')) : null;
    if (
      familyId &&
      !(await manager.existsBy(FamilyEntity, { ...tenantScope.where(ctx), id: familyId }))
    )
      throw CommonErrors.notFound('family');
    const person: Omit<PersonEntity, 'createdAt' | 'updatedAt' | 'phoneDigits'> = {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      name: requireText(input.name, f('name'), 200, 1),
      role: requireOneOf(input.role ?? 'parent', PERSON_ROLES, f('role')),
      email: optionalEmail(input.email, f('email')),
      phone: input.phone?.trim() ? requirePhone(input.phone, f('phone')) : null,
      primaryLanguage: await this.language(ctx, input.primaryLanguage, f('primaryLanguage')),
      familyId,
      userId: null,
      createdByUserId: ctx.actor!.userId,
    };
    await manager.insert(PersonEntity, person);
    await this.audit.record(ctx, 'person.create', { type: 'Person', id: person.id }, {});
    return manager.findOneByOrFail(PersonEntity, {
      organizationId: person.organizationId,
      id: person.id,
    });
  }

  async update(ctx: RequestContext, input: UpdatePersonInput): Promise<PersonEntity> {
    this.assert(ctx, 'update');
    const person = await this.get(ctx, input.id);
    const changes: Partial<PersonEntity> = {};
    if (input.name != null) changes.name = requireText(input.name, 'name', 200, 1);
    if (input.role != null) changes.role = requireOneOf(input.role, PERSON_ROLES, 'role');
    if (input.email !== undefined) changes.email = optionalEmail(input.email, 'email');
    if (input.phone !== undefined)
      changes.phone = input.phone?.trim() ? requirePhone(input.phone, 'phone') : null;
    if (input.primaryLanguage !== undefined)
      changes.primaryLanguage = await this.language(ctx, input.primaryLanguage, 'primaryLanguage');
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      PersonEntity,
      { organizationId: person.organizationId, id: person.id },
      changes,
    );
    await this.audit.record(
      ctx,
      'person.update',
      { type: 'Person', id: person.id },
      { fields: Object.keys(changes).join(', ') },
    );
    return manager.findOneByOrFail(PersonEntity, {
      organizationId: person.organizationId,
      id: person.id,
    });
  }

  /**
   * Pairs that may be one person: the same email (any case), the same phone digits, or names
   * at least 60% alike by trigrams (pg_trgm, on the name's index).
   */
  async duplicates(ctx: RequestContext, first: number): Promise<PersonDuplicateModel[]> {
    this.assert(ctx, 'delete');
    const manager = await this.unitOfWork.manager(ctx);
    const org = tenantScope.where(ctx).organizationId ?? null;
    const pairs = await manager.query<{ a: string; b: string; reason: string }[]>(
      `SELECT DISTINCT ON (a.id, b.id) a.id AS a, b.id AS b,
              CASE WHEN lower(a.email) = lower(b.email) THEN 'email'
                   WHEN a.phone_digits = b.phone_digits THEN 'phone' ELSE 'name' END AS reason
       FROM people a
       JOIN people b ON b.organization_id = a.organization_id AND a.id < b.id
        AND (lower(a.email) = lower(b.email) OR a.phone_digits = b.phone_digits
             OR lower(a.name) % lower(b.name) AND similarity(lower(a.name), lower(b.name)) >= 0.6)
       WHERE ($1::uuid IS NULL OR a.organization_id = $1::uuid)
       ORDER BY a.id, b.id
       LIMIT $2`,
      [org, Math.min(Math.max(first, 1), 200)],
    );
    if (pairs.length === 0) return [];
    const people = await manager
      .createQueryBuilder(PersonEntity, 'p')
      .where(...tenantScope.sql(ctx, 'p'))
      .andWhere('p.id IN (:...ids)', { ids: [...new Set(pairs.flatMap((p) => [p.a, p.b]))] })
      .getMany();
    const byId = new Map(people.map((p) => [p.id, toPersonModel(p)]));
    return pairs.map((p) => ({ first: byId.get(p.a)!, second: byId.get(p.b)!, reason: p.reason }));
  }

  /**
   * Merges `mergeId` into `keepId`: every contact, training attendance and case communication
   * moves to the person kept (an attendance of a training the kept person also attended is
   * dropped: one person attends once), missing details are filled from the other, and the
   * other record is deleted. Audited with both ids and what moved.
   */
  async merge(ctx: RequestContext, keepId: string, mergeId: string): Promise<PersonMergeModel> {
    this.assert(ctx, 'delete');
    const keep = await this.get(ctx, keepId);
    const other = await this.get(ctx, mergeId);
    if (keep.id === other.id)
      throw CommonErrors.invalidInput(
        'mergeId',
        'PERSON_MERGE_SAME',
        'Choose two different people to merge.',
      );
    const manager = await this.unitOfWork.manager(ctx);
    const where = { organizationId: keep.organizationId, personId: other.id };
    const contacts = await manager.update(ContactEntity, where, { personId: keep.id });
    const communications = await manager.update(CommunicationEntity, where, { personId: keep.id });
    await manager.query(
      `DELETE FROM training_attendance o WHERE o.organization_id = $1 AND o.person_id = $2
         AND EXISTS (SELECT 1 FROM training_attendance k WHERE k.organization_id = o.organization_id
                     AND k.training_id = o.training_id AND k.person_id = $3)`,
      [keep.organizationId, other.id, keep.id],
    );
    const attendance = await manager.update(TrainingAttendanceEntity, where, { personId: keep.id });
    const filled: Partial<PersonEntity> = {};
    if (!keep.email && other.email) filled.email = other.email;
    if (!keep.phone && other.phone) filled.phone = other.phone;
    if (!keep.familyId && other.familyId) filled.familyId = other.familyId;
    if (!keep.primaryLanguage && other.primaryLanguage)
      filled.primaryLanguage = other.primaryLanguage;
    const userId = !keep.userId && other.userId ? other.userId : null;
    await manager.delete(PersonEntity, { organizationId: other.organizationId, id: other.id });
    if (userId) filled.userId = userId;
    if (Object.keys(filled).length)
      await manager.update(
        PersonEntity,
        { organizationId: keep.organizationId, id: keep.id },
        filled,
      );
    const moved =
      (contacts.affected ?? 0) + (communications.affected ?? 0) + (attendance.affected ?? 0);
    await this.audit.record(
      ctx,
      'person.merge',
      { type: 'Person', id: keep.id },
      {
        mergedId: other.id,
        contacts: contacts.affected ?? 0,
        communications: communications.affected ?? 0,
        attendance: attendance.affected ?? 0,
      },
    );
    return {
      person: toPersonModel(
        await manager.findOneByOrFail(PersonEntity, {
          organizationId: keep.organizationId,
          id: keep.id,
        }),
      ),
      moved,
    };
  }

  /** A code of the organization's language list, 'declined', or nothing. */
  async language(
    ctx: RequestContext,
    value: string | null | undefined,
    field: string,
  ): Promise<string | null> {
    if (!value?.trim()) return null;
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: ctx.organizationId! });
    return demographicsOf(organization?.settings).language(value, field);
  }
}
