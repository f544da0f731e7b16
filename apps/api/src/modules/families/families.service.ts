import { randomUUID } from 'node:crypto';
import { getState, parseIsoDate } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertCan } from '../../platform/auth/abilities';
import { Clock } from '../../platform/clock/clock';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { MembershipEntity } from '../identity/membership.entity';
import { OrganizationEntity } from '../identity/organization.entity';
import { demographicsOf } from '../organizations/report-settings';
import { UserEntity } from '../identity/user.entity';
import type { InvitationModel } from '../members/members.model';
import { MembersService } from '../members/members.service';
import { CaseFileAccess, type CaseFilePeople } from './case-file-access';
import { FamiliesErrors } from './families.errors';
import {
  type CreateFamilyInput,
  type CreateStudentInput,
  type FamilyModel,
  type InviteFamilyParentInput,
  type StudentModel,
  toStudentModel,
  type UpdateFamilyInput,
  type UpdateStudentInput,
} from './families.model';
import {
  FamilyEntity,
  FamilyParentEntity,
  LANGUAGES,
  PLAN_TYPES,
  type PrimaryLanguage,
  StudentEntity,
  type StudentPlanType,
} from './family.entity';

export function requireName(value: string | null | undefined, field: string): string {
  const name = value?.trim() ?? '';
  if (!name || name.length > 200) throw FamiliesErrors.nameRequired(field);
  return name;
}

export function requireLanguage(value: string): PrimaryLanguage {
  if (!(LANGUAGES as readonly string[]).includes(value))
    throw CommonErrors.invalidInput(
      'primaryLanguage',
      'LANGUAGE_INVALID',
      'Choose English (en) or Spanish (es).',
    );
  return value as PrimaryLanguage;
}

function requirePlanType(value: string): StudentPlanType {
  if (!(PLAN_TYPES as readonly string[]).includes(value))
    throw CommonErrors.invalidInput('planType', 'PLAN_TYPE_INVALID', 'Choose IEP, 504 or none.');
  return value as StudentPlanType;
}

export function requireStateCode(value: string, field = 'state'): string {
  const code = value.trim().toUpperCase();
  try {
    return getState(code).code;
  } catch {
    throw FamiliesErrors.invalidState(field);
  }
}

/** A real date not after `today` (the organization's, from the clock). */
export function requirePastDate(value: string, field: string, today: string): string {
  try {
    const date = parseIsoDate(value, field);
    if (date > today) throw FamiliesErrors.invalidDate(field);
    return date;
  } catch {
    throw FamiliesErrors.invalidDate(field);
  }
}

export function requireText(value: string | null | undefined, field: string, max = 200): string {
  const text = value?.trim() ?? '';
  if (text.length > max) throw FamiliesErrors.tooLong(field, max);
  return text;
}

function requireList(value: string[] | null | undefined, field: string): string[] {
  const list = (value ?? []).map((v) => v.trim()).filter(Boolean);
  if (list.length > 20 || list.some((v) => v.length > 100)) throw FamiliesErrors.tooMany(field, 20);
  return [...new Set(list)];
}

/**
 * A phone number as people say it (`(555) 201-3344`, `+1 555 201 3344`): kept as typed,
 * refused unless it is digits, spaces and `+ ( ) . -` holding 7 to 15 digits (E.164's most).
 */
export function requirePhone(value: string | null | undefined, field: string): string {
  const phone = value?.trim() ?? '';
  const digits = phone.replace(/\D/g, '').length;
  if (phone.length > 40 || !/^[0-9+().\s-]+$/.test(phone) || digits < 7 || digits > 15)
    throw FamiliesErrors.phoneInvalid(field);
  return phone;
}

/** An optional email address to reach the family; empty means none. */
export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const email = value?.trim() ?? '';
  if (!email) return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320)
    throw FamiliesErrors.emailInvalid(field);
  return email;
}

@Injectable()
export class FamiliesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly members: MembersService,
  ) {}

  async families(ctx: RequestContext): Promise<FamilyModel[]> {
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'read', 'Family');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(FamilyEntity, 'f')
      .where(...tenantScope.sql(ctx, 'f'))
      .andWhere(...(await this.access.visibleFamiliesSql(ctx, 'f')))
      .orderBy('f.name', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(500)
      .getMany();
    const people = await this.access.familyPeople(
      ctx,
      rows.map((f) => f.id),
    );
    const visible = rows.filter((f) =>
      ability.can('read', this.access.subject('Family', f.organizationId, people.get(f.id)!)),
    );
    const models = await this.toModels(ctx, visible);
    if (models.length)
      await this.audit.record(ctx, 'family.list', undefined, { count: models.length });
    return models;
  }

  async family(ctx: RequestContext, familyId: string): Promise<FamilyModel> {
    const family = await this.findFamily(ctx, familyId, 'read');
    const [model] = await this.toModels(ctx, [family]);
    await this.audit.record(ctx, 'family.read', { type: 'Family', id: family.id });
    return model!;
  }

  async createFamily(ctx: RequestContext, input: CreateFamilyInput): Promise<FamilyModel> {
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'create', 'Family');
    const name = requireName(input.name, 'name');
    const primaryLanguage = requireLanguage(input.primaryLanguage);
    const manager = await this.unitOfWork.manager(ctx);
    const organizationId = ctx.organizationId!;
    const parentIds = new Set<string>();
    for (const id of input.parentUserIds ?? []) parentIds.add(requireUuid(id, 'parentUserIds'));
    if (ctx.actor?.role === 'PARENT') {
      // A parent links only themself.
      if ([...parentIds].some((id) => id !== ctx.actor!.userId))
        throw FamiliesErrors.parentNotFound();
      parentIds.add(ctx.actor.userId);
    } else if (parentIds.size) {
      const parents = await manager.find(MembershipEntity, {
        where: { ...tenantScope.where(ctx), userId: In([...parentIds]), role: 'PARENT' },
      });
      if (parents.length !== parentIds.size) throw FamiliesErrors.parentNotFound();
    }
    const contactPhone = input.contactPhone?.trim()
      ? requirePhone(input.contactPhone, 'contactPhone')
      : null;
    const contactEmail = optionalEmail(input.contactEmail, 'contactEmail');
    const parentLanguage = input.parentLanguage?.trim()
      ? (await this.demographics(ctx)).language(input.parentLanguage, 'parentLanguage')
      : null;
    const family: Omit<FamilyEntity, 'createdAt' | 'updatedAt'> = {
      organizationId,
      id: randomUUID(),
      name,
      primaryLanguage,
      parentLanguage,
      contactPhone,
      contactEmail,
      createdByUserId: ctx.actor!.userId,
    };
    await manager.insert(FamilyEntity, family);
    if (parentIds.size)
      await manager.insert(
        FamilyParentEntity,
        [...parentIds].map((userId) => ({ organizationId, familyId: family.id, userId })),
      );
    await this.audit.record(ctx, 'family.create', { type: 'Family', id: family.id });
    return this.family(ctx, family.id);
  }

  async updateFamily(ctx: RequestContext, input: UpdateFamilyInput): Promise<FamilyModel> {
    const family = await this.findFamily(ctx, input.familyId, 'update');
    const changes: Partial<FamilyEntity> = {};
    if (input.name != null) changes.name = requireName(input.name, 'name');
    if (input.primaryLanguage != null)
      changes.primaryLanguage = requireLanguage(input.primaryLanguage);
    if (input.parentLanguage != null)
      changes.parentLanguage = (await this.demographics(ctx)).language(
        input.parentLanguage,
        'parentLanguage',
      );
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(
        FamilyEntity,
        { organizationId: family.organizationId, id: family.id },
        changes,
      );
    await this.audit.record(ctx, 'family.update', { type: 'Family', id: family.id });
    return this.family(ctx, family.id);
  }

  /**
   * Invites a parent to a family staff entered (a phone intake's caller): the organization's
   * usual invitation mail; accepting it links the parent to this family.
   */
  async inviteParent(
    ctx: RequestContext,
    input: InviteFamilyParentInput,
  ): Promise<InvitationModel> {
    const family = await this.findFamily(ctx, input.familyId, 'update');
    return this.members.inviteToFamily(ctx, family, input.email);
  }

  async student(ctx: RequestContext, studentId: string): Promise<StudentModel> {
    const student = await this.findStudent(ctx, studentId, 'read');
    await this.audit.record(ctx, 'student.read', { type: 'Student', id: student.id });
    return toStudentModel(student);
  }

  async createStudent(ctx: RequestContext, input: CreateStudentInput): Promise<StudentModel> {
    const family = await this.findFamily(ctx, input.familyId, 'update');
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'create', 'Student');
    const demographics = await this.demographics(ctx);
    const declined = input.dateOfBirthDeclined === true;
    const student: Omit<StudentEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: family.organizationId,
      id: randomUUID(),
      familyId: family.id,
      name: requireName(input.name, 'name'),
      dateOfBirth:
        input.dateOfBirth && !declined
          ? requirePastDate(input.dateOfBirth, 'dateOfBirth', await this.clock.today(ctx))
          : null,
      dateOfBirthDeclined: declined,
      state: requireStateCode(input.state),
      district: requireText(input.district, 'district'),
      school: requireText(input.school, 'school'),
      grade: requireText(input.grade, 'grade', 20),
      planType: requirePlanType(input.planType),
      disabilityCategories: demographics.disabilities(
        requireList(input.disabilityCategories, 'disabilityCategories'),
        'disabilityCategories',
      ),
      raceCategories:
        input.raceCategories == null
          ? null
          : demographics.races(
              requireList(input.raceCategories, 'raceCategories'),
              'raceCategories',
            ),
      ethnicity: demographics.ethnicity(input.ethnicity, 'ethnicity'),
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(StudentEntity, student);
    await this.audit.record(ctx, 'student.create', { type: 'Student', id: student.id });
    return toStudentModel(student);
  }

  async updateStudent(ctx: RequestContext, input: UpdateStudentInput): Promise<StudentModel> {
    const student = await this.findStudent(ctx, input.studentId, 'update');
    const changes: Partial<StudentEntity> = {};
    if (input.name != null) changes.name = requireName(input.name, 'name');
    const demographics = await this.demographics(ctx);
    if (input.dateOfBirth !== undefined)
      changes.dateOfBirth = input.dateOfBirth
        ? requirePastDate(input.dateOfBirth, 'dateOfBirth', await this.clock.today(ctx))
        : null;
    if (input.dateOfBirthDeclined != null) {
      changes.dateOfBirthDeclined = input.dateOfBirthDeclined;
      // "Prefer not to say" replaces a date given before.
      if (input.dateOfBirthDeclined) changes.dateOfBirth = null;
    }
    if (changes.dateOfBirth) changes.dateOfBirthDeclined = false;
    if (input.state != null) changes.state = requireStateCode(input.state);
    if (input.district != null) changes.district = requireText(input.district, 'district');
    if (input.school != null) changes.school = requireText(input.school, 'school');
    if (input.grade != null) changes.grade = requireText(input.grade, 'grade', 20);
    if (input.planType != null) changes.planType = requirePlanType(input.planType);
    if (input.disabilityCategories != null)
      changes.disabilityCategories = demographics.disabilities(
        requireList(input.disabilityCategories, 'disabilityCategories'),
        'disabilityCategories',
      );
    if (input.raceCategories !== undefined)
      changes.raceCategories =
        input.raceCategories === null
          ? null
          : demographics.races(
              requireList(input.raceCategories, 'raceCategories'),
              'raceCategories',
            );
    if (input.ethnicity !== undefined)
      changes.ethnicity = demographics.ethnicity(input.ethnicity, 'ethnicity');
    const manager = await this.unitOfWork.manager(ctx);
    if (Object.keys(changes).length)
      await manager.update(
        StudentEntity,
        { organizationId: student.organizationId, id: student.id },
        changes,
      );
    await this.audit.record(ctx, 'student.update', { type: 'Student', id: student.id });
    return toStudentModel({ ...student, ...changes });
  }

  /** The organization's lists, which demographic answers are checked against. */
  private async demographics(ctx: RequestContext) {
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: ctx.organizationId! });
    return demographicsOf(organization?.settings);
  }

  /** A family the actor may act on; missing and forbidden both answer "not found". */
  async findFamily(
    ctx: RequestContext,
    familyId: string,
    action: 'read' | 'update',
  ): Promise<FamilyEntity & { people: CaseFilePeople }> {
    const id = requireUuid(familyId, 'familyId');
    const manager = await this.unitOfWork.manager(ctx);
    const family = await manager.findOneBy(FamilyEntity, { ...tenantScope.where(ctx), id });
    const people = family && (await this.access.familyPeople(ctx, [family.id])).get(family.id);
    const ability = await this.access.abilities(ctx);
    if (!family || !people) throw CommonErrors.notFound('family');
    if (ability.cannot('read', this.access.subject('Family', family.organizationId, people)))
      throw CommonErrors.hidden('family', family.id);
    if (action !== 'read')
      assertCan(ability, action, this.access.subject('Family', family.organizationId, people));
    return Object.assign(family, { people });
  }

  async findStudent(
    ctx: RequestContext,
    studentId: string,
    action: 'read' | 'update',
  ): Promise<StudentEntity & { people: CaseFilePeople }> {
    const id = requireUuid(studentId, 'studentId');
    const manager = await this.unitOfWork.manager(ctx);
    const student = await manager.findOneBy(StudentEntity, { ...tenantScope.where(ctx), id });
    const people =
      student && (await this.access.familyPeople(ctx, [student.familyId])).get(student.familyId);
    const ability = await this.access.abilities(ctx);
    if (!student || !people) throw CommonErrors.notFound('student');
    if (ability.cannot('read', this.access.subject('Student', student.organizationId, people)))
      throw CommonErrors.hidden('student', student.id);
    if (action !== 'read')
      assertCan(ability, action, this.access.subject('Student', student.organizationId, people));
    return Object.assign(student, { people });
  }

  private async toModels(ctx: RequestContext, families: FamilyEntity[]): Promise<FamilyModel[]> {
    if (!families.length) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const ids = families.map((f) => f.id);
    // One connection per request: its statements run one after another.
    const students = await manager.find(StudentEntity, {
      where: { ...tenantScope.where(ctx), familyId: In(ids) },
      order: { name: 'ASC' },
    });
    const parents = (await manager
      .createQueryBuilder(FamilyParentEntity, 'p')
      .innerJoinAndMapOne('p.user', UserEntity, 'u', 'u.id = p.userId')
      .where(...tenantScope.sql(ctx, 'p'))
      .andWhere('p.familyId IN (:...ids)', { ids })
      .getMany()) as (FamilyParentEntity & { user: UserEntity })[];
    return families.map((f) => ({
      id: f.id,
      name: f.name,
      primaryLanguage: f.primaryLanguage,
      parentLanguage: f.parentLanguage,
      contactPhone: f.contactPhone,
      contactEmail: f.contactEmail,
      parents: parents
        .filter((p) => p.familyId === f.id)
        .map((p) => ({ userId: p.userId, name: p.user.name, email: p.user.email })),
      students: students.filter((s) => s.familyId === f.id).map(toStudentModel),
    }));
  }
}
