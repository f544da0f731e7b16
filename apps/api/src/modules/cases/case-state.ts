import { type Deadline, type RulesMessage, renderRulesMessage } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { IntakeEntity } from '../intakes/intake.entity';
import type { CaseEntity } from './case.entity';

/**
 * The intake's state and the student's record disagree and no staff member has said which is
 * right. Every deadline rule depends on the state (filing limits, hearing timelines, school-day
 * counts), so until it is answered no date is computed for the case (docs/domain.md, "From
 * intake to case").
 */
export interface StateQuestion {
  studentId: string;
  /** The state the family gave in the intake (`answers.state`). */
  intakeState: string;
  /** The state on the student's record, which deadlines would otherwise be computed with. */
  studentState: string;
}

/** The intake's answer to "In which state does your child go to school?", if it has one. */
export function intakeState(answers: unknown): string | null {
  if (typeof answers !== 'object' || answers === null) return null;
  const state = (answers as Record<string, unknown>).state;
  return typeof state === 'string' && state ? state.toUpperCase() : null;
}

/**
 * Whether the state must be asked: the intake names a state other than the student's record,
 * and the state confirmed on the case (if any) is not the one on the record now. A record
 * changed after a confirmation to a third state is asked about again.
 */
export function stateQuestion(
  answers: unknown,
  student: { id: string; state: string },
  confirmedState: string | null,
): StateQuestion | null {
  const fromIntake = intakeState(answers);
  if (!fromIntake || fromIntake === student.state || confirmedState === student.state) return null;
  return { studentId: student.id, intakeState: fromIntake, studentState: student.state };
}

/** The message every deadline of a case waiting on its state carries instead of a date. */
export function stateUnconfirmedMessage(question: StateQuestion): RulesMessage {
  return {
    key: 'deadline.state_unconfirmed',
    params: { intakeState: question.intakeState, studentState: question.studentState },
  };
}

/** The same in English, the note stored beside the message. */
export function stateUnconfirmedNote(question: StateQuestion): string {
  return (
    renderRulesMessage(stateUnconfirmedMessage(question), 'en') ??
    `no date until the student's state is confirmed: the intake says ${question.intakeState}, the student's record says ${question.studentState}`
  );
}

/**
 * The deadlines of a case waiting on its state: each rule stays listed (so nobody reads "no
 * deadlines"), but without a date, `unknown`, with a note saying what to confirm. A date
 * computed with the wrong state's rules can be too late, and a date too late costs a right.
 */
export function heldForState<D extends Deadline>(
  deadlines: readonly D[],
  question: StateQuestion,
): D[] {
  return deadlines.map((d) => ({
    ...d,
    due: null,
    status: 'unknown',
    confidence: 'unknown',
    note: stateUnconfirmedNote(question),
    message: stateUnconfirmedMessage(question),
    fallsOnNonBusinessDay: false,
  }));
}

/** Reads what `stateQuestion` needs for a case: the answers of the intake it was opened from. */
@Injectable()
export class CaseStateCheck {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async question(
    ctx: RequestContext,
    caseFile: Pick<CaseEntity, 'intakeId' | 'confirmedState'>,
    student: { id: string; state: string },
  ): Promise<StateQuestion | null> {
    if (!caseFile.intakeId) return null;
    const manager = await this.unitOfWork.manager(ctx);
    const intake = await manager.findOne(IntakeEntity, {
      select: { organizationId: true, id: true, answers: true },
      where: { ...tenantScope.where(ctx), id: caseFile.intakeId },
    });
    return stateQuestion(intake?.answers, student, caseFile.confirmedState);
  }
}
