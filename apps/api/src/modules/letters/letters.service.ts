import { randomUUID } from 'node:crypto';
import {
  buildLetter,
  type LetterDocument,
  type LetterTemplateId,
  letterTemplates,
  parseLetterTemplateId,
  requiredLetterFacts,
  validateLetterFacts,
  isRecord,
} from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertCan } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { Clock } from '../../platform/clock/clock';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseTimeline } from '../cases/case-timeline';
import { CasesService, type CaseWithPeople } from '../cases/cases.service';
import type { CaseFilePeople } from '../families/case-file-access';
import { CaseFileAccess } from '../families/case-file-access';
import { withRulesInput } from '../families/families.errors';
import { FamilyParentEntity, StudentEntity } from '../families/family.entity';
import { UserEntity } from '../identity/user.entity';
import { IntakeEntity } from '../intakes/intake.entity';
import { parseLetterBlocks, parseLetterTitle, toBlockModel } from './letter-blocks';
import { LetterEntity, type LetterStatus, LetterVersionEntity } from './letter.entity';
import { LettersErrors } from './letters.errors';
import type {
  DraftLetterInput,
  LetterFactsForCaseModel,
  LetterModel,
  LetterTemplateModel,
  LetterVersionModel,
  ReviseLetterInput,
  SetLetterStatusInput,
} from './letters.model';

export type LetterWithPeople = LetterEntity & { people: CaseFilePeople };
type Lang = 'en' | 'es';

function valueAt(facts: unknown, path: string): unknown {
  let current: unknown = facts;
  for (const key of path.split('.')) current = isRecord(current) ? current[key] : undefined;
  return current;
}

function isPresent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/** Drops empty values so that a missing fact is absent, never an empty string. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isRecord(v)) {
      const inner = compact(v);
      if (Object.keys(inner).length) out[key] = inner;
    } else if (isPresent(v)) out[key] = v;
  }
  return out;
}

/** The required facts a template still lacks (a homeless contact stands for an address). */
export function missingFacts(template: LetterTemplateId, facts: unknown): string[] {
  return requiredLetterFacts[template].filter((path) => {
    if (path === 'student.address' && isPresent(valueAt(facts, 'student.homelessContact')))
      return false;
    return !isPresent(valueAt(facts, path));
  });
}

/**
 * Letters in a case: drafted from a packages/rules template with the case's facts, revised as
 * the document model (each save a new version), marked final to share with the family.
 */
@Injectable()
export class LettersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly cases: CasesService,
    private readonly timeline: CaseTimeline,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  templates(lang: Lang): LetterTemplateModel[] {
    return letterTemplates.map((t) => ({
      id: t.id,
      title: t.title[lang],
      description: t.purpose[lang],
      requiredFacts: [...t.requiredFacts],
      basis: [...t.basis[lang]],
    }));
  }

  /**
   * What the API knows for a letter: the student and their school, district and state from
   * the student record, the first parent linked to the family, and from the intake the
   * decision date and the parent's own summary. Today is the letter's date.
   */
  async factsForCase(
    ctx: RequestContext,
    caseId: string,
    template: string,
    lang: Lang,
  ): Promise<LetterFactsForCaseModel> {
    const caseFile = await this.cases.findCase(ctx, caseId, 'update');
    assertCan(await this.access.abilities(ctx), 'create', 'Letter');
    const id = withRulesInput(
      () => parseLetterTemplateId(template),
      () => 'template',
    );
    const facts = await this.knownFacts(ctx, caseFile);
    await this.audit.record(
      ctx,
      'letter.facts_read',
      { type: 'Case', id: caseFile.id },
      { template: id },
    );
    return {
      template: id,
      lang,
      facts,
      missing: missingFacts(id, facts),
      requiredFacts: [...requiredLetterFacts[id]],
    };
  }

  async draft(ctx: RequestContext, input: DraftLetterInput): Promise<LetterModel> {
    const caseFile = await this.cases.findCase(ctx, input.caseId, 'update');
    assertCan(await this.access.abilities(ctx), 'create', 'Letter');
    const template = withRulesInput(
      () => parseLetterTemplateId(input.template),
      () => 'template',
    );
    if (!isRecord(input.facts)) {
      throw LettersErrors.invalid(
        'facts',
        'LETTER_FACTS_INVALID',
        'facts must be an object such as letterFactsForCase returns.',
      );
    }
    const given = input.facts;
    const withDate = isPresent(given.date)
      ? given
      : { ...given, date: await this.clock.today(ctx) };
    // validateLetterFacts keeps only the facts it knows, trimmed and checked; those are stored.
    const facts = withRulesInput(
      () => validateLetterFacts(template, withDate),
      (field) => `facts.${field}`,
    );
    const document = withRulesInput(
      () => buildLetter(template, facts, input.lang),
      (field) => (field === 'lang' ? 'lang' : `facts.${field}`),
    );
    const manager = await this.unitOfWork.manager(ctx);
    const letterId = randomUUID();
    const title = document.title.slice(0, 300);
    await manager.insert(LetterEntity, {
      organizationId: caseFile.organizationId,
      id: letterId,
      caseId: caseFile.id,
      template,
      lang: document.lang,
      title,
      status: 'DRAFT',
      currentVersion: 1,
      facts,
      createdByUserId: ctx.actor!.userId,
    });
    await this.insertVersion(ctx, caseFile.organizationId, letterId, 1, title, document);
    await this.timeline.add(
      ctx,
      caseFile.id,
      'letter_drafted',
      `A letter was drafted: ${title}.`,
      { letterId, template, lang: document.lang, title },
      true,
    );
    await this.audit.record(
      ctx,
      'letter.draft',
      { type: 'Letter', id: letterId },
      { caseId: caseFile.id, template, lang: document.lang },
    );
    return this.toModel(ctx, await this.findLetter(ctx, letterId, 'read'));
  }

  /** Saves edited blocks (and title) as a new version; the previous versions stay. */
  async revise(ctx: RequestContext, input: ReviseLetterInput): Promise<LetterModel> {
    const letter = await this.findLetter(ctx, input.letterId, 'update');
    if (letter.status === 'FINAL') throw LettersErrors.finalLetter();
    if (
      input.baseVersion !== undefined &&
      input.baseVersion !== null &&
      input.baseVersion !== letter.currentVersion
    ) {
      throw LettersErrors.changed(letter.currentVersion);
    }
    const blocks = parseLetterBlocks(input.blocks);
    const title =
      input.title === undefined || input.title === null
        ? letter.title
        : parseLetterTitle(input.title);
    const previous = await this.version(ctx, letter, letter.currentVersion);
    const document: LetterDocument = { ...previous.document, title, blocks };
    const manager = await this.unitOfWork.manager(ctx);
    // Moving current_version only from the version read above makes two saves racing from
    // the same version collide here instead of one silently overwriting the other.
    const moved = await manager
      .createQueryBuilder()
      .update(LetterEntity)
      .set({ currentVersion: () => 'current_version + 1', title, updatedAt: () => 'now()' })
      .where({ organizationId: letter.organizationId, id: letter.id })
      .andWhere('current_version = :seen', { seen: letter.currentVersion })
      .returning(['currentVersion'])
      .execute();
    const raw = moved.raw as { current_version: number }[];
    const next = raw[0]?.current_version;
    if (next === undefined) throw LettersErrors.changed(letter.currentVersion + 1);
    await this.insertVersion(ctx, letter.organizationId, letter.id, next, title, document);
    await this.audit.record(
      ctx,
      'letter.revise',
      { type: 'Letter', id: letter.id },
      { caseId: letter.caseId, version: next },
    );
    return this.toModel(ctx, await this.findLetter(ctx, letter.id, 'read'));
  }

  /** FINAL shares the letter with the family and freezes it; DRAFT takes it back to edit. */
  async setStatus(ctx: RequestContext, input: SetLetterStatusInput): Promise<LetterModel> {
    const letter = await this.findLetter(ctx, input.letterId, 'update');
    const status: LetterStatus = input.status;
    if (letter.status !== status) {
      const manager = await this.unitOfWork.manager(ctx);
      await manager.update(
        LetterEntity,
        { organizationId: letter.organizationId, id: letter.id },
        { status },
      );
      await this.timeline.add(
        ctx,
        letter.caseId,
        status === 'FINAL' ? 'letter_finalized' : 'letter_reopened',
        status === 'FINAL'
          ? `The letter "${letter.title}" was marked final and shared with the family.`
          : `The letter "${letter.title}" was taken back to draft.`,
        { letterId: letter.id, version: letter.currentVersion, title: letter.title },
        status === 'DRAFT',
      );
      await this.audit.record(
        ctx,
        'letter.status_change',
        { type: 'Letter', id: letter.id },
        { caseId: letter.caseId, from: letter.status, to: status },
      );
    }
    return this.toModel(ctx, await this.findLetter(ctx, letter.id, 'read'));
  }

  /** Deletes a draft with its versions; a final letter may have been sent and is kept. */
  async delete(ctx: RequestContext, letterId: string): Promise<boolean> {
    const letter = await this.findLetter(ctx, letterId, 'delete');
    if (letter.status === 'FINAL') throw LettersErrors.deleteFinal();
    const manager = await this.unitOfWork.manager(ctx);
    await manager.delete(LetterEntity, { organizationId: letter.organizationId, id: letter.id });
    await this.timeline.add(
      ctx,
      letter.caseId,
      'letter_deleted',
      `The draft letter "${letter.title}" was deleted.`,
      { letterId: letter.id, title: letter.title },
      true,
    );
    await this.audit.record(
      ctx,
      'letter.delete',
      { type: 'Letter', id: letter.id },
      { caseId: letter.caseId, template: letter.template },
    );
    return true;
  }

  async letter(ctx: RequestContext, letterId: string): Promise<LetterModel> {
    const letter = await this.findLetter(ctx, letterId, 'read');
    await this.audit.record(
      ctx,
      'letter.read',
      { type: 'Letter', id: letter.id },
      { caseId: letter.caseId },
    );
    return this.toModel(ctx, letter);
  }

  /** The case's letters the actor may read (a parent: the final ones), newest first. */
  async caseLetters(ctx: RequestContext, caseId: string): Promise<LetterModel[]> {
    const caseFile = await this.cases.findCase(ctx, caseId, 'read');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.find(LetterEntity, {
      where: { ...tenantScope.where(ctx), caseId: caseFile.id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const ability = await this.access.abilities(ctx);
    const visible = rows
      .map((row) => Object.assign(row, { people: caseFile.people }))
      .filter((row) => ability.can('read', this.subject(row)));
    await this.audit.record(
      ctx,
      'letter.list',
      { type: 'Case', id: caseFile.id },
      { count: visible.length },
    );
    return this.toModels(ctx, visible);
  }

  /** A letter the actor may act on; missing and forbidden both answer "not found". */
  async findLetter(
    ctx: RequestContext,
    letterId: string,
    action: 'read' | 'update' | 'delete',
    field = 'letterId',
  ): Promise<LetterWithPeople> {
    const id = requireUuid(letterId, field);
    const manager = await this.unitOfWork.manager(ctx);
    const found = await manager.findOneBy(LetterEntity, { ...tenantScope.where(ctx), id });
    const people = found && (await this.access.casePeople(ctx, [found.caseId])).get(found.caseId);
    if (!found || !people) throw CommonErrors.notFound('letter');
    const withPeople = Object.assign(found, { people });
    const ability = await this.access.abilities(ctx);
    if (ability.cannot('read', this.subject(withPeople)))
      throw CommonErrors.hidden('letter', found.id);
    if (action !== 'read') assertCan(ability, action, this.subject(withPeople));
    return withPeople;
  }

  /**
   * One version of a letter the actor may read. Without the right to read a letter's
   * versions (a parent), only the current one exists for them.
   */
  async version(
    ctx: RequestContext,
    letter: LetterWithPeople,
    version: number,
  ): Promise<LetterVersionEntity> {
    const ability = await this.access.abilities(ctx);
    if (
      version !== letter.currentVersion &&
      ability.cannot('read', this.subject(letter), 'versions')
    ) {
      throw LettersErrors.unknownVersion();
    }
    const manager = await this.unitOfWork.manager(ctx);
    const found = await manager.findOneBy(LetterVersionEntity, {
      ...tenantScope.where(ctx),
      letterId: letter.id,
      version,
    });
    if (!found) throw LettersErrors.unknownVersion();
    return found;
  }

  subject(letter: LetterWithPeople) {
    return this.access.subject('Letter', letter.organizationId, letter.people, letter.status);
  }

  private async insertVersion(
    ctx: RequestContext,
    organizationId: string,
    letterId: string,
    version: number,
    title: string,
    document: LetterDocument,
  ): Promise<void> {
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(LetterVersionEntity, {
      organizationId,
      id: randomUUID(),
      letterId,
      version,
      title,
      document,
      authorUserId: ctx.actor!.userId,
    });
  }

  private async knownFacts(
    ctx: RequestContext,
    caseFile: CaseWithPeople,
  ): Promise<Record<string, unknown>> {
    const manager = await this.unitOfWork.manager(ctx);
    const student = await manager.findOneBy(StudentEntity, {
      ...tenantScope.where(ctx),
      id: caseFile.studentId,
    });
    const parents = student
      ? ((await manager
          .createQueryBuilder(FamilyParentEntity, 'p')
          .innerJoinAndMapOne('p.user', UserEntity, 'u', 'u.id = p.userId')
          .where(...tenantScope.sql(ctx, 'p'))
          .andWhere('p.familyId = :familyId', { familyId: student.familyId })
          .orderBy('u.name', 'ASC')
          .getMany()) as (FamilyParentEntity & { user: UserEntity })[])
      : [];
    const intake = caseFile.intakeId
      ? await manager.findOneBy(IntakeEntity, { ...tenantScope.where(ctx), id: caseFile.intakeId })
      : null;
    const answer = (key: string): string | undefined => {
      const value = intake?.answers[key];
      return typeof value === 'string' ? value : undefined;
    };
    const parent = parents[0]?.user;
    return compact({
      date: await this.clock.today(ctx),
      state: student?.state,
      parent: { name: parent?.name, email: parent?.email },
      student: {
        name: student?.name,
        dateOfBirth: student?.dateOfBirth ?? undefined,
        grade: student?.grade,
        school: student?.school,
      },
      district: { name: student?.district },
      decisionDate: answer('district_decision_date'),
      // The parent's own account of the problem, for the advocate to edit into the letter.
      problem: answer('summary'),
    });
  }

  private async toModel(ctx: RequestContext, letter: LetterWithPeople): Promise<LetterModel> {
    return (await this.toModels(ctx, [letter]))[0]!;
  }

  private async toModels(ctx: RequestContext, letters: LetterWithPeople[]): Promise<LetterModel[]> {
    if (!letters.length) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const versions = (await manager
      .createQueryBuilder(LetterVersionEntity, 'v')
      .leftJoinAndMapOne('v.author', UserEntity, 'u', 'u.id = v.authorUserId')
      .where(...tenantScope.sql(ctx, 'v'))
      .andWhere({ letterId: In(letters.map((l) => l.id)) })
      .orderBy('v.version', 'DESC')
      .getMany()) as (LetterVersionEntity & { author?: UserEntity })[];
    const ability = await this.access.abilities(ctx);
    return letters.map((letter) => {
      const mine = versions.filter((v) => v.letterId === letter.id).map(toVersionModel);
      const current = mine.find((v) => v.version === letter.currentVersion);
      if (!current) throw new Error(`letter ${letter.id} has no version ${letter.currentVersion}`);
      const allVersions = ability.can('read', this.subject(letter), 'versions');
      return {
        id: letter.id,
        caseId: letter.caseId,
        template: letter.template,
        lang: letter.lang,
        title: letter.title,
        status: letter.status,
        currentVersion: letter.currentVersion,
        current,
        versions: allVersions ? mine : [current],
        basis: [...(versions.find((v) => v.letterId === letter.id)?.document.basis ?? [])],
        docxPath: `/letters/${letter.id}/export.docx`,
        pdfPath: `/letters/${letter.id}/export.pdf`,
        createdAt: letter.createdAt,
        updatedAt: letter.updatedAt,
      };
    });
  }
}

function toVersionModel(v: LetterVersionEntity & { author?: UserEntity }): LetterVersionModel {
  return {
    id: v.id,
    version: v.version,
    title: v.title,
    date: v.document.date,
    blocks: v.document.blocks.map(toBlockModel),
    authorUserId: v.authorUserId,
    authorName: v.author?.name ?? null,
    createdAt: v.createdAt,
  };
}
