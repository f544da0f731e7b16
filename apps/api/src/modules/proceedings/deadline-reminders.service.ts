import {
  deadlineTitle,
  formatLongDate,
  type ProceedingKind,
  proceedingKindLabel,
  type RulesMessage,
} from '@continuum/rules';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../platform/clock/clock';
import { JobQueue, jobId } from '../../platform/jobs/job-queue';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { MailService } from '../../platform/mail/mail.service';
import { OrganizationEntity } from '../identity/organization.entity';
import { deadlineNote } from './proceeding-words';
import { reminderDaysOf } from './reminder-days';

export const REMINDER_QUEUE = 'deadlines.remind';
/** The scheduled run that queues each organization's sweep for its own today. */
export const REMINDER_DISPATCH_QUEUE = 'deadlines.remind-due';
/**
 * Every 15 minutes: an organization's sweep for a date starts within 15 minutes of midnight
 * in its zone, whatever the zone's offset from UTC (some are half or quarter hours).
 */
export const REMINDER_DISPATCH_CRON = '*/15 * * * *';

interface SweepJob {
  organizationId: string;
  on: string;
}

/**
 * A reminder in English and Spanish together, like every mail (identity.mails.ts): it goes to
 * advocates and parents alike, and a mail has no reader's language to choose by.
 */
export function reminderMail(
  studentName: string,
  ruleId: string,
  kind: ProceedingKind,
  due: string,
  note: string,
  message: RulesMessage | null,
  portalUrl: string,
  caseId: string,
) {
  const link = `${portalUrl}/cases/${caseId}`;
  const [en, es] = (['en', 'es'] as const).map((lang) => {
    const text = deadlineNote(message, note, kind, lang);
    return {
      title: deadlineTitle(ruleId, lang),
      kind: proceedingKindLabel(kind, lang),
      due: formatLongDate(due, lang),
      // A note with no Spanish words yet is left out of the Spanish part; the case page has it.
      note: text.lang === lang ? text.text : null,
    };
  }) as [Words, Words];
  return {
    subject: `Deadline ${en.due}: ${en.title} (${studentName}) / Plazo ${es.due}: ${es.title}`,
    text: [
      `A deadline in ${studentName}'s case (${en.kind}) falls on ${en.due}:`,
      en.note ? `${en.title} — ${en.note}.` : `${en.title}.`,
      '',
      link,
      '',
      '---',
      '',
      `Un plazo del caso de ${studentName} (${es.kind}) vence el ${es.due}:`,
      es.note ? `${es.title} — ${es.note}.` : `${es.title}.`,
      '',
      link,
    ].join('\n'),
  };
}

interface Words {
  title: string;
  kind: string;
  due: string;
  note: string | null;
}

interface DueReminder {
  case_id: string;
  proceeding_id: string;
  rule_id: string;
  due: string;
  kind: ProceedingKind;
  student_name: string;
  note: string;
  message: RulesMessage | null;
  email: string;
}

/**
 * Reminds the people of a case (its advocates and the family's parents) of each computed
 * deadline of an open case that falls within the organization's `deadlineReminderDays`
 * (default 3). Exactly once per person, deadline and due date: the reminder row and its mail
 * are written in one transaction and the row's unique key refuses a second, whoever sweeps,
 * however often, across restarts.
 *
 * A sweep is for one organization and one date, the date in the organization's time zone:
 * reminders for March 17 go out on March 17 in Los Angeles, which is March 18 in UTC from
 * 17:00 Pacific on. pg-boss's schedule runs the dispatch every 15 minutes; it queues each
 * organization's sweep for the organization's today, keyed by organization and date, so
 * each date is swept once however many processes dispatch, and a failed sweep never stops
 * the next day's (it comes from the schedule, not from the sweep before it).
 */
@Injectable()
export class DeadlineRemindersService implements OnModuleInit {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SweepJob>(REMINDER_QUEUE, async ({ organizationId, on }) => {
      await this.sweep(organizationId, on);
    });
    this.jobs.register(REMINDER_DISPATCH_QUEUE, async () => {
      await this.dispatch();
    });
    this.jobs.schedule({ queue: REMINDER_DISPATCH_QUEUE, cron: REMINDER_DISPATCH_CRON, tz: 'UTC' });
  }

  /**
   * Queues every organization's sweep for its today (in its zone), once per organization and
   * date: a date already queued (by an earlier dispatch, or by another process) is left alone.
   * Returns the dates, by organization.
   */
  async dispatch(): Promise<Map<string, string>> {
    const queued = new Map<string, string>();
    await this.unitOfWork.run(null, async (manager) => {
      const clocks = await manager.query<{ id: string; time_zone: string }[]>(
        'SELECT id, time_zone FROM app_organization_clocks()',
      );
      for (const { id, time_zone } of clocks) {
        const on = this.clock.todayIn(time_zone);
        await this.jobs.send<SweepJob>(
          manager,
          REMINDER_QUEUE,
          { organizationId: id, on },
          { id: jobId(`${REMINDER_QUEUE}:${id}:${on}`) },
        );
        queued.set(id, on);
      }
    });
    this.logger.info({ organizations: queued.size }, 'deadline reminder sweeps dispatched');
    return queued;
  }

  /**
   * Sweeps an organization's reminders for a date soon, in the caller's transaction: after an
   * event, new deadlines may fall inside the reminder window that same day, after the day's
   * scheduled sweep has run. Each call queues its own sweep; sweeping again sends only what
   * is not yet sent.
   */
  async sweepSoon(manager: EntityManager, organizationId: string, on: string): Promise<void> {
    await this.jobs.send<SweepJob>(manager, REMINDER_QUEUE, { organizationId, on });
  }

  async sweep(organizationId: string, on: string): Promise<number> {
    const actor = { userId: '', sessionId: null, organizationId, role: null };
    return this.unitOfWork.run(actor, async (manager, ctx) => {
      // One sweep of an organization at a time: concurrent sweeps would otherwise insert the
      // same reminders in different orders and deadlock; the second now finds them all sent.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('deadline_reminders:' || $1))`, [
        organizationId,
      ]);
      const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
      if (!organization) return 0;
      const days = reminderDaysOf(organization.settings);
      const rows = await manager.query<DueReminder[]>(
        `WITH due AS (
           SELECT d.organization_id, d.proceeding_id, d.rule_id, d.due, d.note, d.message, p.kind,
                  c.id AS case_id, s.family_id, s.name AS student_name
           FROM deadlines d
           JOIN proceedings p ON p.organization_id = d.organization_id AND p.id = d.proceeding_id
           JOIN cases c ON c.organization_id = d.organization_id AND c.id = d.case_id
           JOIN students s ON s.organization_id = c.organization_id AND s.id = c.student_id
           WHERE d.organization_id = $1 AND d.status = 'computed'
             AND d.due BETWEEN CAST($2 AS date) AND CAST($2 AS date) + CAST($3 AS int)
             AND c.status IN ('OPEN', 'ACTIVE')
         ), recipients AS (
           SELECT due.*, ca.user_id FROM due JOIN case_advocates ca
             ON ca.organization_id = due.organization_id AND ca.case_id = due.case_id
           UNION
           SELECT due.*, fp.user_id FROM due JOIN family_parents fp
             ON fp.organization_id = due.organization_id AND fp.family_id = due.family_id
         ), inserted AS (
           INSERT INTO deadline_reminders (organization_id, id, proceeding_id, rule_id, due, user_id)
           SELECT organization_id, gen_random_uuid(), proceeding_id, rule_id, due, user_id FROM recipients
           ON CONFLICT (organization_id, proceeding_id, rule_id, due, user_id) DO NOTHING
           RETURNING proceeding_id, rule_id, due, user_id
         )
         SELECT r.case_id, i.proceeding_id, i.rule_id, to_char(i.due, 'YYYY-MM-DD') AS due,
                r.kind, r.student_name, r.note, r.message, u.email
         FROM inserted i
         JOIN recipients r ON r.proceeding_id = i.proceeding_id AND r.rule_id = i.rule_id
           AND r.due = i.due AND r.user_id = i.user_id
         JOIN users u ON u.id = i.user_id`,
        [organizationId, on, days],
      );
      await this.mail.enqueueAll(
        ctx,
        rows.map((row) => ({
          to: row.email,
          template: 'deadline_reminder',
          organizationId,
          ...reminderMail(
            row.student_name,
            row.rule_id,
            row.kind,
            row.due,
            row.note,
            row.message,
            this.config.portalUrl,
            row.case_id,
          ),
        })),
      );
      return rows.length;
    });
  }
}
