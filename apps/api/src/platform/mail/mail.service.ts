import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { RequestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { tenantScope } from '../tenancy/tenant-scope';
import { MailOutboxEntity } from './mail-outbox.entity';

export const MAIL_QUEUE = 'mail.send';

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
}

/**
 * The transactional outbox: a mail is a row written in the same transaction as the change
 * that causes it, plus a pg-boss job; a worker delivers it over SMTP, or, with no SMTP_URL
 * configured, writes it to the log (and the development mailbox shows it).
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
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  get delivering(): 'smtp' | 'log' {
    return this.transport ? 'smtp' : 'log';
  }

  onModuleInit(): void {
    this.jobs.register<MailJob>(MAIL_QUEUE, (job) => this.deliver(job));
  }

  async enqueue(ctx: RequestContext, mail: OutgoingMail): Promise<void> {
    if ((mail.organizationId ?? null) !== ctx.organizationId) {
      throw new Error('a mail is queued in the organization the request acts in');
    }
    const manager = await this.unitOfWork.manager(ctx);
    const id = randomUUID();
    await manager.insert(MailOutboxEntity, {
      id,
      organizationId: mail.organizationId ?? null,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      template: mail.template,
      sentAt: null,
      transport: null,
      attempts: 0,
      lastError: null,
    });
    await this.jobs.send<MailJob>(manager, MAIL_QUEUE, {
      id,
      organizationId: mail.organizationId ?? null,
    });
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
          this.logger.info(
            {
              mail: { id: mail.id, to: mail.toAddress, subject: mail.subject, text: mail.textBody },
            },
            'mail (no SMTP_URL: logged, not sent)',
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

  /** Mails of the active organization, newest first: the development mailbox (no SMTP). */
  async recent(ctx: RequestContext, limit = 50): Promise<MailOutboxEntity[]> {
    const manager = await this.unitOfWork.manager(ctx);
    return manager.find(MailOutboxEntity, {
      where: tenantScope.where(ctx),
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
