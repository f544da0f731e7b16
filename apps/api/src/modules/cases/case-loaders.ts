import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import type { CasePeopleColumns } from '../families/case-file-access';
import { StudentEntity } from '../families/family.entity';
import { UserEntity } from '../identity/user.entity';
import { CaseAdvocateEntity, CaseTimelineEntryEntity } from './case.entity';

export interface CaseLoaderSet {
  student: DataLoader<string, StudentEntity | null>;
  advocates: DataLoader<string, (CaseAdvocateEntity & { user: UserEntity })[]>;
  timeline: DataLoader<string, (CaseTimelineEntryEntity & { actor?: UserEntity })[]>;
}

const perRequest = new WeakMap<RequestContext, CaseLoaderSet>();

function groupBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

/**
 * DataLoaders for a case's fields, one set per request (never shared: they cache rows read
 * under that request's organization). A page of cases costs one query per field, whatever
 * its size. Callers have already authorized the cases they ask about.
 */
@Injectable()
export class CaseLoaders {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  for(ctx: RequestContext): CaseLoaderSet {
    let set = perRequest.get(ctx);
    if (!set) {
      set = this.create(ctx);
      perRequest.set(ctx, set);
    }
    return set;
  }

  /**
   * Hands the loaders what a page's own query already read (the student, the advocates with
   * their names: `withCasePeople`), so the case's fields cost no statements of their own.
   */
  prime(
    ctx: RequestContext,
    caseId: string,
    student: StudentEntity | undefined,
    advocates: CasePeopleColumns['people_advocates'],
  ): void {
    const set = this.for(ctx);
    if (student) set.student.prime(student.id, student);
    set.advocates.prime(
      caseId,
      advocates.map((a) => ({
        organizationId: ctx.organizationId!,
        caseId,
        userId: a.userId,
        assignedAt: new Date(a.assignedAt),
        user: { id: a.userId, name: a.name, email: a.email } as UserEntity,
      })),
    );
  }

  private create(ctx: RequestContext): CaseLoaderSet {
    return {
      student: new DataLoader(async (ids) => {
        const manager = await this.unitOfWork.manager(ctx);
        const rows = await manager.find(StudentEntity, {
          where: { ...tenantScope.where(ctx), id: In([...ids]) },
        });
        return ids.map((id) => rows.find((s) => s.id === id) ?? null);
      }),
      advocates: new DataLoader(async (caseIds) => {
        const manager = await this.unitOfWork.manager(ctx);
        const rows = (await manager
          .createQueryBuilder(CaseAdvocateEntity, 'a')
          .innerJoinAndMapOne('a.user', UserEntity, 'u', 'u.id = a.userId')
          .where(...tenantScope.sql(ctx, 'a'))
          .andWhere('a.caseId IN (:...caseIds)', { caseIds: [...caseIds] })
          .orderBy('a.assignedAt', 'ASC')
          .getMany()) as (CaseAdvocateEntity & { user: UserEntity })[];
        return groupBy(rows, (r) => r.caseId, caseIds);
      }),
      timeline: new DataLoader(async (caseIds) => {
        const manager = await this.unitOfWork.manager(ctx);
        const rows = (await manager
          .createQueryBuilder(CaseTimelineEntryEntity, 't')
          .leftJoinAndMapOne('t.actor', UserEntity, 'u', 'u.id = t.actorUserId')
          .where(...tenantScope.sql(ctx, 't'))
          .andWhere('t.caseId IN (:...caseIds)', { caseIds: [...caseIds] })
          .orderBy('t.occurredAt', 'ASC')
          .addOrderBy('t.id', 'ASC')
          .getMany()) as (CaseTimelineEntryEntity & { actor?: UserEntity })[];
        return groupBy(rows, (r) => r.caseId, caseIds);
      }),
    };
  }
}
