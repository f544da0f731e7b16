import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { RequestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { MailOutboxEntity } from './mail-outbox.entity';

export const MAIL_QUEUE = 'mail.send';

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
    this.jobs.register<{ id: string }>(MAIL_QUEUE, ({ id }) => this.deliver(id));
  }

  async enqueue(ctx: RequestContext, mail: OutgoingMail): Promise<void> {
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
    await this.jobs.send(manager, MAIL_QUEUE, { id });
  }

  /**
   * Delivers one outbox row; a row already sent is skipped, so a retried job sends nothing
   * twice. After an SMTP send the body is removed: it may hold a single-use link.
   */
  async deliver(id: string): Promise<void> {
    const failure = await this.unitOfWork.run(null, async (manager) => {
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
      where: { organizationId: ctx.organizationId ?? '' },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }
}
