import type { Lang } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseLoaders } from '../cases/case-loaders';
import { CaseStateCheck, type StateQuestion, stateQuestion } from '../cases/case-state';
import type { CaseModel } from '../cases/cases.model';
import { CasesService } from '../cases/cases.service';
import { CaseFileAccess } from '../families/case-file-access';
import { StudentEntity } from '../families/family.entity';
import { IntakeEntity } from '../intakes/intake.entity';
import type { IntakeModel } from '../intakes/intakes.model';
import { IntakesService, toIntakeModel } from '../intakes/intakes.service';
import { ProceedingsService } from '../proceedings/proceedings.service';
import { carriedRecommendation } from './carried-recommendation';
import type { CarriedRecommendationModel, ConfirmCaseStateInput } from './case-origin.model';

const perRequest = new WeakMap<RequestContext, DataLoader<string, IntakeEntity | null>>();

/**
 * From intake to case: a case reads the intake it was opened from (`cases.intake_id`, the one
 * source: nothing is copied), its recommendation in the reader's language, and the question
 * asked when the intake's state and the student's record disagree.
 */
@Injectable()
export class CaseOriginService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly intakes: IntakesService,
    private readonly cases: CasesService,
    private readonly caseLoaders: CaseLoaders,
    private readonly caseState: CaseStateCheck,
    private readonly proceedings: ProceedingsService,
    private readonly audit: AuditService,
  ) {}

  /** The case's intake, if the reader may read it (CASL, as `intake(intakeId)`); else null. */
  async intake(ctx: RequestContext, caseFile: CaseModel): Promise<IntakeModel | null> {
    if (!caseFile.intakeId) return null;
    const intake = await this.intakeLoader(ctx).load(caseFile.intakeId);
    return intake && toIntakeModel(intake, caseFile.id);
  }

  /** The intake's recommendation in `lang` (the family's language when none is asked for). */
  async recommendation(
    ctx: RequestContext,
    caseFile: CaseModel,
    lang: Lang | null | undefined,
  ): Promise<CarriedRecommendationModel | null> {
    if (!caseFile.intakeId) return null;
    const intake = await this.intakeLoader(ctx).load(caseFile.intakeId);
    return intake && carriedRecommendation(intake, lang ?? intake.lang);
  }

  /** What the case waits on before its deadlines are computed; the same check the recompute makes. */
  async caseStateQuestion(ctx: RequestContext, caseFile: CaseModel): Promise<StateQuestion | null> {
    if (!caseFile.intakeId) return null;
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager.findOne(CaseEntity, {
      select: { organizationId: true, id: true, intakeId: true, confirmedState: true },
      where: { ...tenantScope.where(ctx), id: caseFile.id },
    });
    const student = await this.caseLoaders.for(ctx).student.load(caseFile.studentId);
    return row && student ? this.caseState.question(ctx, row, student) : null;
  }

  /**
   * The question at the intake review, for the student the case will be about: the one the
   * intake names, or the family's only child (with several, the case asks once one is chosen).
   * Once the intake is a case, the case's question.
   */
  async intakeStateQuestion(
    ctx: RequestContext,
    intake: IntakeModel,
  ): Promise<StateQuestion | null> {
    if (intake.status === 'DRAFT') return null;
    const manager = await this.unitOfWork.manager(ctx);
    if (intake.caseId) {
      const row = await manager.findOneBy(CaseEntity, {
        ...tenantScope.where(ctx),
        id: intake.caseId,
      });
      const student =
        row &&
        (await manager.findOneBy(StudentEntity, { ...tenantScope.where(ctx), id: row.studentId }));
      return row && student ? stateQuestion(intake.answers, student, row.confirmedState) : null;
    }
    const students = await manager.find(StudentEntity, {
      where: { ...tenantScope.where(ctx), familyId: intake.familyId },
    });
    const student = intake.studentId
      ? students.find((s) => s.id === intake.studentId)
      : students.length === 1
        ? students[0]
        : undefined;
    return student ? stateQuestion(intake.answers, student, null) : null;
  }

  /**
   * A staff member says which state is the student's: the record takes it, and every
   * proceeding of the case is recomputed with it (held deadlines get their dates).
   */
  async confirmCaseState(ctx: RequestContext, input: ConfirmCaseStateInput): Promise<CaseModel> {
    const confirmed = await this.cases.confirmState(ctx, input.caseId, input.state);
    await this.proceedings.recomputeCase(ctx, confirmed);
    return this.cases.toModel(await this.access.abilities(ctx), confirmed);
  }

  /**
   * Intakes by id, batched per request, each checked with CASL like `intake(intakeId)`: one the
   * reader may not read is null. A read is audited as `intake.read`.
   */
  private intakeLoader(ctx: RequestContext): DataLoader<string, IntakeEntity | null> {
    let loader = perRequest.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const manager = await this.unitOfWork.manager(ctx);
        const rows = await manager.find(IntakeEntity, {
          where: { ...tenantScope.where(ctx), id: In([...ids]) },
        });
        const people = await this.access.familyPeople(
          ctx,
          rows.map((i) => i.familyId),
        );
        const ability = await this.access.abilities(ctx);
        const visible = rows.filter((i) => {
          const who = people.get(i.familyId);
          return (
            who && ability.can('read', this.intakes.subject(Object.assign(i, { people: who })))
          );
        });
        for (const intake of visible)
          await this.audit.record(ctx, 'intake.read', { type: 'Intake', id: intake.id });
        return ids.map((id) => visible.find((i) => i.id === id) ?? null);
      });
      perRequest.set(ctx, loader);
    }
    return loader;
  }
}
