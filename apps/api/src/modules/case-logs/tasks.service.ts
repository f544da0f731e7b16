import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { assertCan } from '../../platform/auth/abilities';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import type { CaseWithPeople } from '../cases/cases.service';
import { CaseFileAccess } from '../families/case-file-access';
import { StudentEntity } from '../families/family.entity';
import { MembershipEntity } from '../identity/membership.entity';
import { UserEntity } from '../identity/user.entity';
import { CaseLogAccess } from './case-log-access';
import { CaseRecordKit, CaseRecords } from './case-records';
import { TaskEntity } from './case-logs.entities';
import { CaseLogsErrors } from './case-logs.errors';
import { requireDate, requireText } from '../../platform/errors/validate';
import type { CreateTaskInput, TaskModel, UpdateTaskInput } from './case-logs.model';

type TaskRow = TaskEntity & { assignee?: UserEntity; student?: StudentEntity };
const MY_TASKS_LIMIT = 500;

function toModel(t: TaskRow): TaskModel {
  return {
    id: t.id,
    caseId: t.caseId,
    title: t.title,
    assigneeUserId: t.assigneeUserId,
    assigneeName: t.assignee?.name ?? null,
    dueOn: t.dueOn,
    done: t.done,
    doneAt: t.doneAt,
    studentName: t.student?.name ?? null,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

const taskFields = (t: TaskEntity) => ({ assigneeUserId: t.assigneeUserId });

/** Tasks on a case for a member of the organization, and each member's own list. */
@Injectable()
export class TasksService {
  private readonly records: CaseRecordKit<TaskRow, TaskModel>;

  constructor(
    records: CaseRecords,
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseLogAccess,
    private readonly caseFiles: CaseFileAccess,
    private readonly audit: AuditService,
  ) {
    this.records = records.of({
      subject: 'Task',
      noun: 'task',
      idField: 'taskId',
      entity: TaskEntity,
      load: async (ctx, scope) => {
        const query = await this.query(ctx);
        if ('id' in scope) return query.andWhere('t.id = :taskId', { taskId: scope.id }).getMany();
        return this.ordered(
          query.andWhere('t.caseId = :taskCaseId', { taskCaseId: scope.caseFile.id }),
        ).getMany();
      },
      models: (_ctx, rows) => rows.map(toModel),
      fields: taskFields,
      created: (t) => ({
        kind: 'task_added',
        summary: `Task added: ${t.title}.`,
        details: { taskId: t.id, title: t.title },
        internal: true,
      }),
    });
  }

  list(ctx: RequestContext, caseId: string): Promise<TaskModel[]> {
    return this.records.list(ctx, caseId);
  }

  /** The signed-in member's tasks on cases they may see: open first, soonest due first. */
  async mine(ctx: RequestContext): Promise<TaskModel[]> {
    const ability = await this.access.abilities(ctx);
    assertCan(ability, 'read', 'Task');
    const mine = (await this.query(ctx))
      .innerJoin(CaseEntity, 'c', 'c.organization_id = t.organization_id AND c.id = t.case_id')
      .andWhere('t.assigneeUserId = :me', { me: ctx.actor!.userId })
      .andWhere(...(await this.caseFiles.visibleCasesSql(ctx, 'c')));
    const rows = await this.ordered(mine).limit(MY_TASKS_LIMIT).getMany();
    const people = await this.caseFiles.casePeople(
      ctx,
      rows.map((t) => t.caseId),
    );
    const visible = rows.filter((t) => {
      const who = people.get(t.caseId);
      return (
        who &&
        ability.can('read', this.access.subject('Task', t.organizationId, who, taskFields(t)))
      );
    });
    await this.audit.record(ctx, 'task.list', undefined, { count: visible.length });
    return visible.map(toModel);
  }

  async create(ctx: RequestContext, input: CreateTaskInput): Promise<TaskModel> {
    const assigneeUserId = input.assigneeUserId
      ? requireUuid(input.assigneeUserId, 'assigneeUserId')
      : null;
    const caseFile = await this.records.caseToAddTo(ctx, input.caseId, { assigneeUserId });
    const values = {
      title: requireText(input.title, 'title', 300, 1),
      assigneeUserId,
      dueOn: input.dueOn ? requireDate(input.dueOn, 'dueOn') : null,
      done: false,
      doneAt: null,
      createdByUserId: ctx.actor!.userId,
    };
    if (assigneeUserId) await this.requireAssignee(ctx, caseFile, assigneeUserId);
    return this.records.create(ctx, caseFile, values);
  }

  async update(ctx: RequestContext, input: UpdateTaskInput): Promise<TaskModel> {
    const found = await this.records.find(ctx, input.taskId, 'update');
    const { row, people } = found;
    const ability = await this.access.abilities(ctx);
    const target = this.access.subject('Task', row.organizationId, people, taskFields(row));
    const changes: Partial<TaskEntity> = {};
    if (input.title != null) changes.title = requireText(input.title, 'title', 300, 1);
    if (input.dueOn !== undefined)
      changes.dueOn = input.dueOn ? requireDate(input.dueOn, 'dueOn') : null;
    if (input.assigneeUserId !== undefined)
      changes.assigneeUserId = input.assigneeUserId
        ? requireUuid(input.assigneeUserId, 'assigneeUserId')
        : null;
    if (input.done != null && input.done !== row.done) {
      changes.done = input.done;
      changes.doneAt = input.done ? new Date() : null;
    }
    // A parent may only tick their task done: every other field is checked one by one.
    for (const field of ['title', 'dueOn', 'assigneeUserId', 'done'] as const)
      if (field in changes && ability.cannot('update', target, field))
        throw CommonErrors.forbidden();
    if (changes.assigneeUserId) {
      const caseFile = await this.access.caseFile(ctx, row.caseId);
      await this.requireAssignee(ctx, caseFile, changes.assigneeUserId);
    }
    return this.records.update(ctx, found, changes, {
      audit: changes.done !== undefined ? { done: changes.done } : {},
    });
  }

  remove(ctx: RequestContext, taskId: string): Promise<boolean> {
    return this.records.remove(ctx, taskId);
  }

  /**
   * A task goes to someone who can see the case: an org admin, an advocate assigned to it
   * (any advocate when the organization lets advocates see every case), or a family parent.
   */
  private async requireAssignee(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
    userId: string,
  ): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    const membership = await manager.findOneBy(MembershipEntity, {
      ...tenantScope.where(ctx),
      userId,
    });
    const allowed =
      membership &&
      (membership.role === 'ORG_ADMIN' ||
        (membership.role === 'ADVOCATE' &&
          (caseFile.people.advocateUserIds.includes(userId) ||
            (await this.caseFiles.advocatesSeeAllCases(ctx)))) ||
        (membership.role === 'PARENT' && caseFile.people.parentUserIds.includes(userId)));
    if (!allowed) throw CaseLogsErrors.invalidAssignee();
  }

  private async query(ctx: RequestContext) {
    const manager = await this.unitOfWork.manager(ctx);
    return manager
      .createQueryBuilder(TaskEntity, 't')
      .leftJoinAndMapOne('t.assignee', UserEntity, 'u', 'u.id = t.assigneeUserId')
      .leftJoinAndMapOne(
        't.student',
        StudentEntity,
        's',
        `s.organization_id = t.organization_id AND s.id = (SELECT sc.student_id FROM cases sc
           WHERE sc.organization_id = t.organization_id AND sc.id = t.case_id)`,
      )
      .where(...tenantScope.sql(ctx, 't'));
  }

  /** Open first, soonest due first, then oldest. */
  private ordered(query: SelectQueryBuilder<TaskEntity>): SelectQueryBuilder<TaskEntity> {
    return query
      .orderBy('t.done', 'ASC')
      .addOrderBy('t.dueOn', 'ASC', 'NULLS LAST')
      .addOrderBy('t.createdAt', 'ASC');
  }
}
