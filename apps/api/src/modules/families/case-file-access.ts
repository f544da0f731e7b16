import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  type AppAbility,
  type CaseFileSubject,
  type CaseFileSubjectType,
  defineAbilitiesFor,
} from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { OrganizationFactsReader } from '../../platform/tenancy/organization-facts';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { CaseEntity } from '../cases/case.entity';
import { FamilyEntity } from './family.entity';

export interface CaseFilePeople {
  parentUserIds: string[];
  advocateUserIds: string[];
  awaitingTriage: boolean;
}

const abilityCache = new WeakMap<RequestContext, Promise<AppAbility>>();

/** The raw columns `withCasePeople` adds. */
export interface CasePeopleColumns {
  people_parents: string[];
  people_advocates: { userId: string; name: string; email: string; assignedAt: string }[];
}

/**
 * Adds a case's people to a query over `cases` (aliased `alias`): the parents of its family
 * and its advocates with their names, so a list or a case page reads them with its own rows
 * instead of in statements of their own. `casePeopleOf` reads them back.
 */
export function withCasePeople<Q extends SelectQueryBuilder<ObjectLiteral>>(
  query: Q,
  alias: string,
): Q {
  query
    .addSelect(
      `coalesce((SELECT json_agg(fp.user_id) FROM family_parents fp
         JOIN students ps ON ps.organization_id = fp.organization_id AND ps.family_id = fp.family_id
         WHERE ps.organization_id = ${alias}.organization_id AND ps.id = ${alias}.student_id), '[]'::json)`,
      'people_parents',
    )
    .addSelect(
      `coalesce((SELECT json_agg(json_build_object('userId', pa.user_id, 'name', pu.name,
           'email', pu.email, 'assignedAt', pa.assigned_at) ORDER BY pa.assigned_at)
         FROM case_advocates pa JOIN users pu ON pu.id = pa.user_id
         WHERE pa.organization_id = ${alias}.organization_id AND pa.case_id = ${alias}.id), '[]'::json)`,
      'people_advocates',
    );
  return query;
}

export function casePeopleOf(row: CasePeopleColumns): CaseFilePeople {
  return {
    parentUserIds: row.people_parents,
    advocateUserIds: row.people_advocates.map((a) => a.userId),
    awaitingTriage: false,
  };
}

/**
 * Gathers what abilities.ts needs to decide on a family's records: who the family's parents
 * are, which advocates work its cases, and the organization's visibility setting. The SQL
 * conditions below only narrow lists before CASL decides on every row; they never grant.
 */
@Injectable()
export class CaseFileAccess {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: OrganizationFactsReader,
  ) {}

  /** The actor's abilities with the organization's settings, built once per request. */
  abilities(ctx: RequestContext): Promise<AppAbility> {
    let cached = abilityCache.get(ctx);
    if (!cached) {
      cached = this.buildAbilities(ctx);
      abilityCache.set(ctx, cached);
    }
    return cached;
  }

  async advocatesSeeAllCases(ctx: RequestContext): Promise<boolean> {
    const organization = await this.organizations.of(ctx);
    return organization?.settings.advocatesSeeAllCases === true;
  }

  subject(
    type: CaseFileSubjectType,
    organizationId: string,
    people: CaseFilePeople,
    status?: string,
  ) {
    const value: Omit<CaseFileSubject, '__caslSubjectType__'> = {
      organizationId,
      parentUserIds: people.parentUserIds,
      advocateUserIds: people.advocateUserIds,
      awaitingTriage: people.awaitingTriage,
      ...(status === undefined ? {} : { status }),
    };
    return subject<CaseFileSubjectType, typeof value>(type, value);
  }

  /** Parents, advocates (assigned to any of its cases, or who entered it) per family. */
  async familyPeople(
    ctx: RequestContext,
    familyIds: string[],
  ): Promise<Map<string, CaseFilePeople>> {
    const result = new Map<string, CaseFilePeople>();
    const ids = [...new Set(familyIds)];
    if (!ids.length) return result;
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(FamilyEntity, 'f')
      .select('f.id', 'id')
      .addSelect(
        `coalesce((SELECT json_agg(fp.user_id) FROM family_parents fp
           WHERE fp.organization_id = f.organization_id AND fp.family_id = f.id), '[]'::json)`,
        'parents',
      )
      .addSelect(
        `coalesce((SELECT json_agg(DISTINCT ca.user_id) FROM case_advocates ca
           JOIN cases c ON c.organization_id = ca.organization_id AND c.id = ca.case_id
           JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
           WHERE s.organization_id = f.organization_id AND s.family_id = f.id), '[]'::json)`,
        'advocates',
      )
      .addSelect(
        `EXISTS (SELECT 1 FROM intakes i WHERE i.organization_id = f.organization_id
           AND i.family_id = f.id AND i.status = 'SUBMITTED')`,
        'awaiting',
      )
      .addSelect('f.created_by_user_id', 'creator')
      .where(...tenantScope.sql(ctx, 'f'))
      .andWhere('f.id IN (:...ids)', { ids })
      .getRawMany<{
        id: string;
        parents: string[];
        advocates: string[];
        awaiting: boolean;
        creator: string | null;
      }>();
    for (const row of rows) {
      result.set(row.id, {
        parentUserIds: row.parents,
        advocateUserIds: row.creator ? [...row.advocates, row.creator] : row.advocates,
        awaitingTriage: row.awaiting,
      });
    }
    return result;
  }

  /** Parents of the case's family and the advocates assigned to the case, per case. */
  async casePeople(ctx: RequestContext, caseIds: string[]): Promise<Map<string, CaseFilePeople>> {
    const result = new Map<string, CaseFilePeople>();
    const ids = [...new Set(caseIds)];
    if (!ids.length) return result;
    const manager = await this.unitOfWork.manager(ctx);
    const query = manager
      .createQueryBuilder(CaseEntity, 'c')
      .select('c.id', 'id')
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere('c.id IN (:...ids)', { ids });
    const rows = await withCasePeople(query, 'c').getRawMany<{ id: string } & CasePeopleColumns>();
    for (const row of rows) result.set(row.id, casePeopleOf(row));
    return result;
  }

  /**
   * A condition narrowing a list of cases (alias with `organization_id`, `id`, `student_id`)
   * to those the actor may read; CASL still checks every row.
   */
  async visibleCasesSql(
    ctx: RequestContext,
    alias: string,
  ): Promise<[string, Record<string, string>]> {
    const me = { accessUserId: ctx.actor?.userId ?? '' };
    switch (ctx.actor?.role) {
      case 'ORG_ADMIN':
        return ['TRUE', {}];
      case 'ADVOCATE':
        if (await this.advocatesSeeAllCases(ctx)) return ['TRUE', {}];
        return [
          `EXISTS (SELECT 1 FROM case_advocates va WHERE va.organization_id = ${alias}.organization_id
             AND va.case_id = ${alias}.id AND va.user_id = :accessUserId)`,
          me,
        ];
      case 'PARENT':
        return [
          `EXISTS (SELECT 1 FROM students vs JOIN family_parents vp
             ON vp.organization_id = vs.organization_id AND vp.family_id = vs.family_id
             WHERE vs.organization_id = ${alias}.organization_id AND vs.id = ${alias}.student_id
             AND vp.user_id = :accessUserId)`,
          me,
        ];
      case null:
      case undefined:
        return ['FALSE', {}];
    }
  }

  /** The same for families (alias with `organization_id`, `id`, `created_by_user_id`). */
  async visibleFamiliesSql(
    ctx: RequestContext,
    alias: string,
  ): Promise<[string, Record<string, string>]> {
    const me = { accessUserId: ctx.actor?.userId ?? '' };
    switch (ctx.actor?.role) {
      case 'ORG_ADMIN':
        return ['TRUE', {}];
      case 'ADVOCATE':
        if (await this.advocatesSeeAllCases(ctx)) return ['TRUE', {}];
        return [
          `(${alias}.created_by_user_id = :accessUserId
            OR EXISTS (SELECT 1 FROM intakes vi WHERE vi.organization_id = ${alias}.organization_id
              AND vi.family_id = ${alias}.id AND vi.status = 'SUBMITTED')
            OR EXISTS (SELECT 1 FROM students vs
              JOIN cases vc ON vc.organization_id = vs.organization_id AND vc.student_id = vs.id
              JOIN case_advocates va ON va.organization_id = vc.organization_id AND va.case_id = vc.id
              WHERE vs.organization_id = ${alias}.organization_id AND vs.family_id = ${alias}.id
              AND va.user_id = :accessUserId))`,
          me,
        ];
      case 'PARENT':
        return [
          `EXISTS (SELECT 1 FROM family_parents vp WHERE vp.organization_id = ${alias}.organization_id
             AND vp.family_id = ${alias}.id AND vp.user_id = :accessUserId)`,
          me,
        ];
      case null:
      case undefined:
        return ['FALSE', {}];
    }
  }

  private async buildAbilities(ctx: RequestContext): Promise<AppAbility> {
    const advocatesSeeAllCases =
      ctx.actor?.role === 'ADVOCATE' ? await this.advocatesSeeAllCases(ctx) : false;
    return defineAbilitiesFor(ctx.actor, { advocatesSeeAllCases });
  }
}
