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
import { requireOneOf, requireText } from '../../platform/errors/validate';
import { type CommunicationMode, CommunicationEntity } from '../case-logs/case-logs.entities';
import { CaseFileAccess } from '../families/case-file-access';
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
  PersonCommunicationModel,
  PersonModel,
  PersonTrainingModel,
  UpdatePersonInput,
} from './people.model';

/** What a person's row says, with what is counted or named elsewhere (see `PeopleService.models`). */
export interface PersonExtras {
  familyName: string | null;
  userName: string | null;
  contactCount: number;
  lastContactAt: Date | null;
}

export function toPersonModel(p: PersonEntity, extras: PersonExtras): PersonModel {
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
    ...extras,
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
    private readonly caseFiles: CaseFileAccess,
  ) {}

  assert(ctx: RequestContext, action: Action): void {
    if (!ctx.organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject('Person', { organizationId: ctx.organizationId }),
    );
  }

  async list(
    ctx: RequestContext,
    filter: { search?: string | null; role?: string | null; familyId?: string | null },
    first: number,
  ): Promise<PersonModel[]> {
    this.assert(ctx, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(PersonEntity, 'p')
      .where(...tenantScope.sql(ctx, 'p'))
      .orderBy('lower(p.name)')
      .addOrderBy('p.id')
      .limit(Math.min(Math.max(first, 1), 200));
    if (filter.role)
      query.andWhere('p.role = :role', { role: requireOneOf(filter.role, PERSON_ROLES, 'role') });
    if (filter.familyId)
      query.andWhere('p.family_id = :familyId', {
        familyId: requireUuid(filter.familyId, 'familyId'),
      });
    const text = filter.search?.trim();
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
    return this.models(ctx, await query.getMany());
  }

  /**
   * People as the API shows them: with their family's and account's names, and their contacts
   * counted, for all of them in one query.
   */
  async models(ctx: RequestContext, people: PersonEntity[]): Promise<PersonModel[]> {
    if (people.length === 0) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.query<
      {
        id: string;
        family_name: string | null;
        user_name: string | null;
        contacts: number;
        last_contact: Date | null;
      }[]
    >(
      `SELECT p.id, f.name AS family_name, u.name AS user_name,
              (SELECT count(*)::int FROM contacts c
                WHERE c.organization_id = p.organization_id AND c.person_id = p.id) AS contacts,
              (SELECT max(c.occurred_at) FROM contacts c
                WHERE c.organization_id = p.organization_id AND c.person_id = p.id) AS last_contact
       FROM people p
       LEFT JOIN families f ON f.organization_id = p.organization_id AND f.id = p.family_id
       LEFT JOIN users u ON u.id = p.user_id
       WHERE p.organization_id = $1 AND p.id = ANY($2::uuid[])`,
      [people[0]!.organizationId, people.map((p) => p.id)],
    );
    const extras = new Map(rows.map((r) => [r.id, r]));
    return people.map((p) => {
      const row = extras.get(p.id);
      return toPersonModel(p, {
        familyName: row?.family_name ?? null,
        userName: row?.user_name ?? null,
        contactCount: row?.contacts ?? 0,
        lastContactAt: row?.last_contact ?? null,
      });
    });
  }

  async model(ctx: RequestContext, person: PersonEntity): Promise<PersonModel> {
    const [model] = await this.models(ctx, [person]);
    return model!;
  }

  /** The trainings a person is on the roster of, latest first. */
  async trainings(ctx: RequestContext, personId: string): Promise<PersonTrainingModel[]> {
    this.assert(ctx, 'read');
    assertCan(
      defineAbilitiesFor(ctx.actor),
      'read',
      subject('Training', { organizationId: ctx.organizationId! }),
    );
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.query<{ id: string; title: string; starts_at: Date | null }[]>(
      `SELECT t.id, t.title,
              (SELECT min(s.starts_at) FROM training_sessions s
                WHERE s.organization_id = t.organization_id AND s.training_id = t.id) AS starts_at
       FROM training_attendance a
       JOIN trainings t ON t.organization_id = a.organization_id AND t.id = a.training_id
       WHERE ($1::uuid IS NULL OR a.organization_id = $1::uuid) AND a.person_id = $2
       ORDER BY starts_at DESC NULLS LAST, t.id`,
      [tenantScope.where(ctx).organizationId ?? null, personId],
    );
    return rows.map((r) => ({ trainingId: r.id, title: r.title, startsAt: r.starts_at }));
  }

  /**
   * Entries of cases' communications logs naming a person, latest first: only those of cases
   * the actor may read the log of (an advocate sees their own cases' unless the organization
   * lets advocates see all).
   */
  async communications(ctx: RequestContext, personId: string): Promise<PersonCommunicationModel[]> {
    this.assert(ctx, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.query<
      {
        id: string;
        case_id: string;
        student_name: string;
        occurred_on: string;
        mode: CommunicationMode;
        summary: string;
      }[]
    >(
      `SELECT cc.id, cc.case_id, s.name AS student_name, cc.occurred_on::text AS occurred_on,
              cc.mode, cc.summary
       FROM case_communications cc
       JOIN cases c ON c.organization_id = cc.organization_id AND c.id = cc.case_id
       JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
       WHERE ($1::uuid IS NULL OR cc.organization_id = $1::uuid) AND cc.person_id = $2
       ORDER BY cc.occurred_on DESC, cc.created_at DESC
       LIMIT 200`,
      [tenantScope.where(ctx).organizationId ?? null, personId],
    );
    const people = await this.caseFiles.casePeople(
      ctx,
      rows.map((r) => r.case_id),
    );
    const ability = await this.caseFiles.abilities(ctx);
    return rows
      .filter((r) => {
        const casePeople = people.get(r.case_id);
        return (
          casePeople !== undefined &&
          ability.can(
            'read',
            subject('Communication', {
              organizationId: ctx.organizationId!,
              parentUserIds: casePeople.parentUserIds,
              advocateUserIds: casePeople.advocateUserIds,
            }),
          )
        );
      })
      .map((r) => ({
        id: r.id,
        caseId: r.case_id,
        studentName: r.student_name,
        occurredOn: r.occurred_on,
        mode: r.mode,
        summary: r.summary,
      }));
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
    const byId = new Map((await this.models(ctx, people)).map((p) => [p.id, p]));
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
      person: await this.model(
        ctx,
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
