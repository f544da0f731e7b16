import { randomBytes, randomUUID } from 'node:crypto';
import { deadlineTitle, type Lang, proceedingKindLabel } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { IsNull } from 'typeorm';
import { assertCan } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { CaseFileAccess } from '../families/case-file-access';
import { hashToken } from '../identity/identity.service';
import { MembershipEntity } from '../identity/membership.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { DEADLINE_WINDOW_MAX, ProceedingsService } from './proceedings.service';
import { deadlineNote } from './proceeding-words';
import type { DeadlineModel } from './proceedings.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface CalendarFeedLink {
  path: string;
  createdAt: Date;
}

const FEED_WORDS = {
  en: {
    name: 'Continuum deadlines',
    noStudent: 'Case',
    basis: 'Basis',
    confidence: 'Confidence',
    levels: { high: 'high', medium: 'medium', low: 'low', unknown: 'unknown' },
  },
  es: {
    name: 'Plazos de Continuum',
    noStudent: 'Caso',
    basis: 'Base legal',
    confidence: 'Confianza',
    levels: { high: 'alta', medium: 'media', low: 'baja', unknown: 'desconocida' },
  },
} as const satisfies Record<Lang, unknown>;

/**
 * Writes deadlines as all-day iCalendar events (RFC 5545), one per deadline, in a language:
 * a calendar app shows these titles to the person as they are.
 */
export function deadlinesCalendar(deadlines: DeadlineModel[], lang: Lang = 'en'): string {
  const words = FEED_WORDS[lang];
  const calendar = ical({ name: words.name, method: ICalCalendarMethod.PUBLISH });
  for (const d of deadlines) {
    if (!d.due) continue;
    const level = Object.hasOwn(words.levels, d.confidence)
      ? words.levels[d.confidence as keyof typeof words.levels]
      : words.levels.unknown;
    const note = deadlineNote(d.message, d.storedNote, d.proceedingKind, lang);
    calendar.createEvent({
      id: `${d.proceedingId}-${d.ruleId}@continuum`,
      start: new Date(`${d.due}T00:00:00Z`),
      allDay: true,
      summary: `${d.studentName ?? words.noStudent}: ${deadlineTitle(d.ruleId, lang)} (${proceedingKindLabel(d.proceedingKind, lang)})`,
      description: `${note.text}\n${words.basis}: ${d.basis.join('; ')}\n${words.confidence}: ${level}`,
    });
  }
  return calendar.toString();
}

/**
 * A member's deadline feed at a secret, revocable URL that calendar apps subscribe to. A new
 * link revokes the previous one; the feed shows exactly what the member's `deadlines` shows.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: CaseFileAccess,
    private readonly proceedings: ProceedingsService,
    private readonly audit: AuditService,
  ) {}

  async create(ctx: RequestContext): Promise<CalendarFeedLink> {
    assertCan(await this.access.abilities(ctx), 'read', 'Case');
    await this.revokeLive(ctx);
    const token = randomBytes(32).toString('base64url');
    const feed = {
      organizationId: ctx.organizationId!,
      id: randomUUID(),
      userId: ctx.actor!.userId,
      tokenHash: hashToken(token),
      createdAt: new Date(),
      revokedAt: null,
    };
    const manager = await this.unitOfWork.manager(ctx);
    await manager.insert(CalendarFeedEntity, feed);
    await this.audit.record(ctx, 'calendar_feed.create', { type: 'CalendarFeed', id: feed.id });
    return { path: `/calendar/${feed.organizationId}/${token}.ics`, createdAt: feed.createdAt };
  }

  async revoke(ctx: RequestContext): Promise<boolean> {
    assertCan(await this.access.abilities(ctx), 'read', 'Case');
    const revoked = await this.revokeLive(ctx);
    if (revoked) await this.audit.record(ctx, 'calendar_feed.revoke');
    return revoked;
  }

  /** The feed's iCalendar text, or null for an unknown, revoked or orphaned link. */
  async render(organizationId: string, file: string, lang: Lang = 'en'): Promise<string | null> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    if (!UUID.test(organizationId) || !TOKEN.test(token)) return null;
    const actor = { userId: '', sessionId: null, organizationId, role: null };
    return this.unitOfWork.run(actor, async (manager, ctx) => {
      const feed = await manager.findOneBy(CalendarFeedEntity, {
        ...tenantScope.where(ctx),
        tokenHash: hashToken(token),
        revokedAt: IsNull(),
      });
      if (!feed) return null;
      const membership = await manager.findOneBy(MembershipEntity, {
        ...tenantScope.where(ctx),
        userId: feed.userId,
      });
      if (!membership) return null;
      // From here the request acts as the feed's member, with their role's abilities.
      await this.unitOfWork.setActor(ctx, {
        userId: feed.userId,
        sessionId: null,
        organizationId,
        role: membership.role,
      });
      const deadlines = await this.proceedings.upcoming(ctx, DEADLINE_WINDOW_MAX);
      await this.audit.record(ctx, 'calendar_feed.read', { type: 'CalendarFeed', id: feed.id });
      return deadlinesCalendar(deadlines, lang);
    });
  }

  private async revokeLive(ctx: RequestContext): Promise<boolean> {
    const manager = await this.unitOfWork.manager(ctx);
    const result = await manager.update(
      CalendarFeedEntity,
      { ...tenantScope.where(ctx), userId: ctx.actor!.userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }
}
