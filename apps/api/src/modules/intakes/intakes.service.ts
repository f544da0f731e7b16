import { randomUUID } from 'node:crypto';
import {
  answersToRecommendInput,
  currentQuestionnaireVersion,
  getQuestionnaire,
  type Questionnaire,
  recommend,
  type IntakeFieldError,
  validateIntakeAnswers,
  type ValidateIntakeOptions,
} from '@continuum/rules';
import { Inject, Injectable } from '@nestjs/common';
import { assertCan } from '../../platform/auth/abilities';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { MailService } from '../../platform/mail/mail.service';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import { MembershipEntity } from '../identity/membership.entity';
import { UserEntity } from '../identity/user.entity';
import { CaseFileAccess, type CaseFilePeople } from '../families/case-file-access';
import {
  FamiliesService,
  optionalEmail,
  requireLanguage,
  requireName,
  requirePhone,
  requireStateCode,
  requireText,
} from '../families/families.service';
import { FamilyEntity, LANGUAGES, type PrimaryLanguage } from '../families/family.entity';
import { IntakeEntity, type IntakeStatus } from './intake.entity';
import { IntakesErrors } from './intakes.errors';
import { intakeSubmittedMail } from './intakes.mails';
import type { IntakeModel, SaveIntakeDraftInput, StartPhoneIntakeInput } from './intakes.model';

/** The GraphQL shape of an intake; `caseId` is the case made from it, if any. */
export function toIntakeModel(i: IntakeEntity, caseId: string | null): IntakeModel {
  return {
    id: i.id,
    familyId: i.familyId,
    studentId: i.studentId,
    status: i.status,
    questionnaireVersion: i.questionnaireVersion,
    lang: i.lang,
    answers: i.answers,
    recommendation: i.recommendation,
    submittedAt: i.submittedAt,
    caseId,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

function requireLang(value: string): PrimaryLanguage {
  if (!(LANGUAGES as readonly string[]).includes(value))
    throw CommonErrors.invalidInput(
      'lang',
      'LANGUAGE_INVALID',
      'Choose English (en) or Spanish (es).',
    );
  return value as PrimaryLanguage;
}

/** The questionnaire's own words for what is wrong with the answers, in each language. */
function answerErrorsInBothLanguages(
  version: string,
  answers: unknown,
  options: Omit<ValidateIntakeOptions, 'lang'>,
): Record<'en' | 'es', IntakeFieldError[]> {
  const errorsIn = (lang: 'en' | 'es') => {
    const checked = validateIntakeAnswers(version, answers, { ...options, lang });
    return checked.ok ? [] : [...checked.errors];
  };
  return { en: errorsIn('en'), es: errorsIn('es') };
}

export type IntakeWithPeople = IntakeEntity & { people: CaseFilePeople };

@Injectable()
export class IntakesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly families: FamiliesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  questionnaire(lang: string): Questionnaire {
    return getQuestionnaire(requireLang(lang));
  }

  async intakes(ctx: RequestContext, status?: IntakeStatus | null): Promise<IntakeModel[]> {
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'read', 'Intake');
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(IntakeEntity, 'i')
      .innerJoin(FamilyEntity, 'f', 'f.organization_id = i.organization_id AND f.id = i.family_id')
      .where(...tenantScope.sql(ctx, 'i'))
      .orderBy('i.updatedAt', 'DESC')
      .limit(500);
    if (status) query.andWhere('i.status = :status', { status });
    if (ctx.actor?.role === 'PARENT')
      query.andWhere(...(await this.access.visibleFamiliesSql(ctx, 'f')));
    const rows = await query.getMany();
    const people = await this.access.familyPeople(
      ctx,
      rows.map((i) => i.familyId),
    );
    const visible = rows.filter((i) =>
      ability.can('read', this.subject(Object.assign(i, { people: people.get(i.familyId)! }))),
    );
    const caseIds = await this.caseIds(
      ctx,
      visible.map((i) => i.id),
    );
    return visible.map((i) => toIntakeModel(i, caseIds.get(i.id) ?? null));
  }

  async intake(ctx: RequestContext, intakeId: string): Promise<IntakeModel> {
    const intake = await this.findIntake(ctx, intakeId, 'read');
    await this.audit.record(ctx, 'intake.read', { type: 'Intake', id: intake.id });
    return this.model(ctx, intake);
  }

  /** Saves every answer so far; a draft is checked loosely (required questions may wait). */
  async saveDraft(ctx: RequestContext, input: SaveIntakeDraftInput): Promise<IntakeModel> {
    const manager = await this.unitOfWork.manager(ctx);
    let intake: IntakeEntity;
    if (input.intakeId) {
      intake = await this.findIntake(ctx, input.intakeId, 'read');
      if (intake.status !== 'DRAFT') throw IntakesErrors.notDraft();
      assertCan(
        await this.access.abilities(ctx),
        'update',
        this.subject(intake as IntakeWithPeople),
      );
    } else {
      if (!input.familyId) throw IntakesErrors.familyRequired();
      const family = await this.families.findFamily(ctx, input.familyId, 'read');
      assertCan(await this.access.abilities(ctx), 'create', 'Intake');
      intake = {
        organizationId: family.organizationId,
        id: randomUUID(),
        familyId: family.id,
        studentId: null,
        status: 'DRAFT',
        questionnaireVersion: currentQuestionnaireVersion,
        lang: 'en',
        answers: {},
        recommendation: null,
        createdByUserId: ctx.actor!.userId,
        submittedAt: null,
        submittedOn: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      };
    }
    if (input.studentId) {
      const student = await this.families.findStudent(ctx, input.studentId, 'read');
      if (student.familyId !== intake.familyId) throw IntakesErrors.studentNotInFamily();
      intake.studentId = student.id;
    }
    intake.lang = requireLang(input.lang);
    const today = await this.clock.today(ctx);
    const checked = validateIntakeAnswers(intake.questionnaireVersion, input.answers, {
      lang: intake.lang,
      today,
      partial: true,
    });
    if (!checked.ok)
      throw IntakesErrors.invalidAnswers(
        checked.errors,
        answerErrorsInBothLanguages(intake.questionnaireVersion, input.answers, {
          today,
          partial: true,
        }),
      );
    intake.answers = checked.value as unknown as Record<string, unknown>;
    const { people: _people, ...row } = intake as IntakeWithPeople;
    await manager.save(IntakeEntity, row);
    await this.audit.record(ctx, 'intake.save_draft', { type: 'Intake', id: intake.id });
    return this.model(
      ctx,
      await manager.findOneByOrFail(IntakeEntity, { ...tenantScope.where(ctx), id: intake.id }),
    );
  }

  /**
   * A phone intake for a new caller: staff create the family (with how to reach it) and the
   * child, and start a draft they fill in with the caller through the same wizard a parent
   * uses; submitted, it goes to triage like any other. The draft records who took it, and the
   * audit trail says it came by phone. Every field is checked first, named as in the input,
   * so nothing is created for a form that still has a mistake.
   */
  async startPhoneIntake(ctx: RequestContext, input: StartPhoneIntakeInput): Promise<IntakeModel> {
    assertCan(await this.access.abilities(ctx), 'create', 'PhoneIntake');
    const parentName = requireName(input.parentName, 'parentName');
    const phone = requirePhone(input.phone, 'phone');
    const email = optionalEmail(input.email, 'email');
    const primaryLanguage = requireLanguage(input.primaryLanguage);
    const childName = requireName(input.childName, 'childName');
    const state = requireStateCode(input.state, 'state');
    const grade = requireText(input.grade, 'grade', 20);
    const school = requireText(input.school, 'school');
    const planType = input.planType ?? 'none';

    const family = await this.families.createFamily(ctx, {
      name: parentName,
      primaryLanguage,
      parentLanguage: input.parentLanguage,
      contactPhone: phone,
      contactEmail: email,
    });
    const student = await this.families.createStudent(ctx, {
      familyId: family.id,
      name: childName,
      state,
      planType,
      grade,
      school,
      dateOfBirth: input.dateOfBirth,
      dateOfBirthDeclined: input.dateOfBirthDeclined,
      disabilityCategories: input.disabilityCategories,
      raceCategories: input.raceCategories,
    });
    // The wizard opens with what the call already said: the state, and the plan when known
    // (NONE stands for both "no plan" and "not sure", which the wizard asks apart).
    const intake = await this.saveDraft(ctx, {
      familyId: family.id,
      studentId: student.id,
      lang: primaryLanguage,
      answers: { state, ...(planType === 'none' ? {} : { plan_type: planType }) },
    });
    await this.audit.record(
      ctx,
      'intake.phone_start',
      { type: 'Intake', id: intake.id },
      { familyId: family.id, studentId: student.id },
    );
    return intake;
  }

  /**
   * Validates every answer against the draft's questionnaire version, stores the rules
   * package's recommendation with them, and tells the organization's advocates.
   */
  async submit(ctx: RequestContext, intakeId: string): Promise<IntakeModel> {
    const intake = await this.findIntake(ctx, intakeId, 'read');
    if (intake.status !== 'DRAFT') throw IntakesErrors.notDraft();
    assertCan(await this.access.abilities(ctx), 'update', this.subject(intake));
    const submittedOn = await this.clock.today(ctx);
    const checked = validateIntakeAnswers(intake.questionnaireVersion, intake.answers, {
      lang: intake.lang,
      today: submittedOn,
    });
    if (!checked.ok)
      throw IntakesErrors.invalidAnswers(
        checked.errors,
        answerErrorsInBothLanguages(intake.questionnaireVersion, intake.answers, {
          today: submittedOn,
        }),
      );
    const recommendation = recommend(
      answersToRecommendInput(checked.value, submittedOn),
      intake.lang,
    );
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      IntakeEntity,
      { organizationId: intake.organizationId, id: intake.id },
      {
        status: 'SUBMITTED',
        answers: checked.value as unknown as Record<string, never>,
        recommendation,
        submittedAt: new Date(),
        submittedOn,
      },
    );
    const family = await manager.findOneByOrFail(FamilyEntity, {
      ...tenantScope.where(ctx),
      id: intake.familyId,
    });
    const advocates = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoinAndMapOne('m.user', UserEntity, 'u', 'u.id = m.userId')
      .where(...tenantScope.sql(ctx, 'm'))
      .andWhere(`m.role = 'ADVOCATE'`)
      .getMany();
    await this.mail.enqueueAll(
      ctx,
      advocates.map((advocate) => ({
        to: advocate.user!.email,
        template: 'intake_submitted',
        organizationId: intake.organizationId,
        ...intakeSubmittedMail(family.name, this.config.portalUrl, intake.id),
      })),
    );
    await this.audit.record(ctx, 'intake.submit', { type: 'Intake', id: intake.id });
    return this.model(
      ctx,
      await manager.findOneByOrFail(IntakeEntity, { ...tenantScope.where(ctx), id: intake.id }),
    );
  }

  async findIntake(
    ctx: RequestContext,
    intakeId: string,
    action: 'read' | 'update',
  ): Promise<IntakeWithPeople> {
    const id = requireUuid(intakeId, 'intakeId');
    const manager = await this.unitOfWork.manager(ctx);
    const intake = await manager.findOneBy(IntakeEntity, { ...tenantScope.where(ctx), id });
    const people =
      intake && (await this.access.familyPeople(ctx, [intake.familyId])).get(intake.familyId);
    if (!intake || !people) throw CommonErrors.notFound('intake');
    const withPeople = Object.assign(intake, { people });
    const ability = await this.access.abilities(ctx);
    if (ability.cannot('read', this.subject(withPeople)))
      throw CommonErrors.hidden('intake', intake.id);
    if (action !== 'read') assertCan(ability, action, this.subject(withPeople));
    return withPeople;
  }

  subject(intake: IntakeWithPeople) {
    const advocates = intake.createdByUserId
      ? [...intake.people.advocateUserIds, intake.createdByUserId]
      : intake.people.advocateUserIds;
    return this.access.subject(
      'Intake',
      intake.organizationId,
      {
        parentUserIds: intake.people.parentUserIds,
        advocateUserIds: advocates,
        awaitingTriage: intake.status === 'SUBMITTED',
      },
      intake.status,
    );
  }

  private async model(ctx: RequestContext, intake: IntakeEntity): Promise<IntakeModel> {
    const caseIds = await this.caseIds(ctx, [intake.id]);
    return toIntakeModel(intake, caseIds.get(intake.id) ?? null);
  }

  private async caseIds(ctx: RequestContext, intakeIds: string[]): Promise<Map<string, string>> {
    if (!intakeIds.length) return new Map();
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(CaseEntity, 'c')
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere('c.intakeId IN (:...ids)', { ids: intakeIds })
      .getMany();
    return new Map(rows.map((c) => [c.intakeId!, c.id]));
  }
}
