import { Injectable } from '@nestjs/common';
import {
  type Action,
  type AppAbility,
  assertCan,
  type CaseFileFields,
  type CaseLogSubjectType,
} from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { CommonErrors, type NotFoundSubject } from '../../platform/errors/domain-error';
import { CasesService, type CaseWithPeople } from '../cases/cases.service';
import { CaseFileAccess, type CaseFilePeople } from '../families/case-file-access';
import { subject } from '@casl/ability';

type Extra = Pick<CaseFileFields, 'visibility' | 'authorUserId' | 'assigneeUserId'>;

/**
 * Decides on a case's records with abilities.ts: each record is a CASL subject carrying its
 * case's people (and a note's visibility and author, a task's assignee). Missing and
 * unreadable both answer "not found"; a visible record the actor may not change, "forbidden".
 */
@Injectable()
export class CaseLogAccess {
  constructor(
    private readonly cases: CasesService,
    private readonly access: CaseFileAccess,
  ) {}

  abilities(ctx: RequestContext): Promise<AppAbility> {
    return this.access.abilities(ctx);
  }

  subject(
    type: CaseLogSubjectType,
    organizationId: string,
    people: CaseFilePeople,
    extra: Extra = {},
  ) {
    return subject(type, {
      organizationId,
      parentUserIds: people.parentUserIds,
      advocateUserIds: people.advocateUserIds,
      ...extra,
    });
  }

  /** The case the actor may read, for listing or adding records to it. */
  caseFile(ctx: RequestContext, caseId: string): Promise<CaseWithPeople> {
    return this.cases.findCase(ctx, caseId, 'read');
  }

  /** Throws unless the actor may create this kind of record (with these fields) on the case. */
  async assertCreate(
    ctx: RequestContext,
    type: CaseLogSubjectType,
    caseFile: CaseWithPeople,
    extra: Extra = {},
  ): Promise<void> {
    assertCan(
      await this.abilities(ctx),
      'create',
      this.subject(type, caseFile.organizationId, caseFile.people, extra),
    );
  }

  /**
   * Checks a loaded record (or its absence) against the actor: null or unreadable answers
   * NOT_FOUND naming `what`; readable but not allowed `action` answers FORBIDDEN.
   */
  async authorize<T extends { organizationId: string; caseId: string; id: string }>(
    ctx: RequestContext,
    type: CaseLogSubjectType,
    row: T | null,
    action: Action,
    what: NotFoundSubject,
    extra: (row: T) => Extra = () => ({}),
  ): Promise<{ row: T; people: CaseFilePeople }> {
    if (!row) throw CommonErrors.notFound(what);
    const people = (await this.access.casePeople(ctx, [row.caseId])).get(row.caseId);
    if (!people) throw CommonErrors.notFound(what);
    const ability = await this.abilities(ctx);
    const target = this.subject(type, row.organizationId, people, extra(row));
    if (ability.cannot('read', target)) throw CommonErrors.hidden(what, row.id);
    if (action !== 'read') assertCan(ability, action, target);
    return { row, people };
  }

  /**
   * Which values of `field` (a note's visibility, say) the actor may read on this case,
   * asked of CASL, so that a list query can narrow in SQL by exactly what the abilities allow
   * instead of repeating the rules by role.
   */
  async readableValues<V extends string>(
    ctx: RequestContext,
    type: CaseLogSubjectType,
    caseFile: CaseWithPeople,
    field: string,
    values: readonly V[],
  ): Promise<V[]> {
    const ability = await this.abilities(ctx);
    return values.filter((value) =>
      ability.can(
        'read',
        this.subject(type, caseFile.organizationId, caseFile.people, { [field]: value }),
      ),
    );
  }

  /** Rows of one case the actor may read, in their order. */
  async readable<T extends { organizationId: string }>(
    ctx: RequestContext,
    type: CaseLogSubjectType,
    caseFile: CaseWithPeople,
    rows: T[],
    extra: (row: T) => Extra = () => ({}),
  ): Promise<T[]> {
    const ability = await this.abilities(ctx);
    return rows.filter((row) =>
      ability.can('read', this.subject(type, row.organizationId, caseFile.people, extra(row))),
    );
  }
}
