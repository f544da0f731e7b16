import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, type Transporter } from 'nodemailer';
import { Brackets } from 'typeorm';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { RequestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { tenantScope } from '../tenancy/tenant-scope';
import { MailOutboxEntity } from './mail-outbox.entity';
import { redactMailText } from './redact';

export const MAIL_QUEUE = 'mail.send';

/**
 * Mails delivered at once. SMTP servers take several connections per client; a few in
 * flight keep a reminder sweep of hundreds from taking minutes without flooding the relay.
 */
export const MAIL_CONCURRENCY = 4;

/**
 * `account` mail (a reset link valid for an hour, an invitation) goes before every queued
 * `notice` (reminders, notices of moved deadlines), so a sweep never holds a link until it expires.
 */
export type MailPriority = 'account' | 'notice';

const JOB_PRIORITY: Record<MailPriority, number> = { account: 10, notice: 0 };

/** The outbox row is read under row-level security, so the job names its organization. */
export interface MailJob {
  id: string;
  organizationId: string | null;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Which template produced it, for the outbox and the development mailbox. */
  template: string;
  organizationId?: string | null;
  /** `notice` unless said. */
  priority?: MailPriority;
}

/**
 * The transactional outbox: a mail is a row written in the same transaction as the change
 * that causes it, plus a pg-boss job; a worker delivers it over SMTP, or, with the log as
 * transport (development, or MAIL_TRANSPORT=log), writes it to the log with its links
 * redacted, and the development mailbox shows it to the person it is addressed to.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly transport: Transporter | null;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    this.transport = config.mail.transport === 'smtp' ? createTransport(config.mail.smtpUrl) : null;
  }

  get delivering(): 'smtp' | 'log' {
    return this.transport ? 'smtp' : 'log';
  }

  onModuleInit(): void {
    this.jobs.register<MailJob>(MAIL_QUEUE, (job) => this.deliver(job), {
      concurrency: MAIL_CONCURRENCY,
    });
  }

  enqueue(ctx: RequestContext, mail: OutgoingMail): Promise<void> {
    return this.enqueueAll(ctx, [mail]);
  }

  /**
   * Queues mails in the request's transaction: their outbox rows in one statement and their
   * delivery jobs in another, however many there are (a notice to every advocate).
   */
  async enqueueAll(ctx: RequestContext, mails: readonly OutgoingMail[]): Promise<void> {
    if (!mails.length) return;
    if (mails.some((mail) => (mail.organizationId ?? null) !== ctx.organizationId)) {
      throw new Error('a mail is queued in the organization the request acts in');
    }
    const manager = await this.unitOfWork.manager(ctx);
    const rows = mails.map((mail) => ({
      id: randomUUID(),
      organizationId: mail.organizationId ?? null,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      template: mail.template,
      // A system actor (a sweep, a signed-out reset request) has no user id.
      requestedByUserId: ctx.actor?.userId || null,
      sentAt: null,
      transport: null,
      attempts: 0,
      lastError: null,
    }));
    await manager.insert(MailOutboxEntity, rows);
    await this.jobs.sendAll<MailJob>(
      manager,
      MAIL_QUEUE,
      rows.map((row, i) => ({
        data: { id: row.id, organizationId: row.organizationId },
        priority: JOB_PRIORITY[mails[i]!.priority ?? 'notice'],
      })),
    );
  }

  /**
   * Delivers one outbox row; a row already sent is skipped, so a retried job sends nothing
   * twice. After an SMTP send the body is removed: it may hold a single-use link.
   */
  async deliver({ id, organizationId }: MailJob): Promise<void> {
    const actor = { userId: '', sessionId: null, organizationId, role: null };
    const failure = await this.unitOfWork.run(actor, async (manager) => {
      const mail = await manager.findOne(MailOutboxEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!mail || mail.sentAt) return null;
      mail.attempts += 1;
      try {
        if (this.transport) {
          await this.transport.sendMail({
            from: this.config.mail.from,
            to: mail.toAddress,
            subject: mail.subject,
            text: mail.textBody,
          });
          mail.textBody = '[sent over SMTP; body removed]';
        } else {
          // Logs are read by more people, kept longer and shipped further than the outbox:
          // a reset or invitation link in one would open the account to any of them.
          this.logger.info(
            {
              mail: {
                id: mail.id,
                to: mail.toAddress,
                subject: mail.subject,
                text: redactMailText(mail.textBody),
              },
            },
            'mail (transport: log; links redacted, not sent)',
          );
        }
        mail.sentAt = new Date();
        mail.transport = this.delivering;
        mail.lastError = null;
        await manager.save(mail);
        return null;
      } catch (error) {
        // Keep the attempt on record (this transaction commits), then fail the job so
        // pg-boss retries it with back-off.
        mail.lastError = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
        await manager.save(mail);
        return error instanceof Error ? error : new Error(String(error));
      }
    });
    if (failure) throw failure;
  }

  /**
   * The development mailbox of the signed-in member, newest first, in the active
   * organization: the mails addressed to them, and the mails of `sentTemplates` they caused
   * (an invitation: the invitee has no account to read it with). Never another person's
   * mail: an admin who read a member's reset link could take over the member's account, and
   * with it their other organizations.
   */
  async mailboxOf(
    ctx: RequestContext,
    email: string,
    sentTemplates: readonly string[],
    limit = 50,
  ): Promise<MailOutboxEntity[]> {
    const userId = ctx.actor?.userId;
    if (!userId) return [];
    const manager = await this.unitOfWork.manager(ctx);
    return manager
      .createQueryBuilder(MailOutboxEntity, 'm')
      .where(...tenantScope.sql(ctx, 'm'))
      .andWhere(
        new Brackets((mine) =>
          mine
            .where('lower(m.to_address) = lower(:email)', { email })
            .orWhere('m.template IN (:...sentTemplates) AND m.requested_by_user_id = :userId', {
              sentTemplates: sentTemplates.length ? sentTemplates : [''],
              userId,
            }),
        ),
      )
      .orderBy('m.created_at', 'DESC')
      .take(limit)
      .getMany();
  }
}
