import { MAIL_CONCURRENCY, MailService } from '../src/platform/mail/mail.service';
import { resetDatabase, TestApi } from './support/harness';
import { waitFor } from './support/wait-for';
import { Factories } from './support/factories';
import { TestSmtpServer } from './support/smtp';

const REMINDERS = 200;

describe('mail delivery: a few at a time, account mail first', () => {
  beforeEach(() => resetDatabase());

  it('a reset mail asked for behind 200 queued reminders goes out before most of them, several at once', async () => {
    const smtp = await TestSmtpServer.start();
    // This API only queues: the backlog is all there before any worker starts.
    let queuing: TestApi | null = await TestApi.start({
      SMTP_URL: smtp.url,
      JOB_WORKERS: 'false',
    });
    let sending: TestApi | null = null;
    try {
      const factories = new Factories(queuing.unitOfWork);
      const organization = await factories.organization();
      const parent = await factories.member(organization, 'PARENT', {
        email: 'forgetful.parent@example.org',
      });
      const mail = queuing.app.get(MailService);
      // What a reminder sweep writes: one outbox row and one job per reminder.
      await queuing.unitOfWork.run(
        { userId: '', sessionId: null, organizationId: organization.id, role: null },
        async (_manager, ctx) => {
          for (let i = 0; i < REMINDERS; i++)
            await mail.enqueue(ctx, {
              to: `advocate-${i}@example.org`,
              subject: `Deadline ${i}`,
              text: 'A deadline falls in three days.',
              template: 'deadline_reminder',
              organizationId: organization.id,
            });
        },
      );
      const asked = await queuing.graphql(
        'mutation ($e: String!) { requestPasswordReset(email: $e) }',
        { e: parent.email },
      );
      expect(asked.errors).toBeUndefined();
      await queuing.close();
      queuing = null;

      sending = await TestApi.start({ SMTP_URL: smtp.url, JOB_POLLING_SECONDS: '1' });
      const reset = await smtp.mailTo(parent.email, 60_000);
      expect(reset.subject).toMatch(/Reset your Continuum password/);
      await waitFor('every mail to arrive', () => smtp.received.length >= REMINDERS + 1, {
        timeoutMs: 60_000,
      });
      expect(smtp.received).toHaveLength(REMINDERS + 1);
      // Fetched by priority: at most the first fetch's reminders went out before it.
      const position = smtp.received.findIndex((m) => m.to.includes(parent.email));
      expect(position).toBeLessThan(MAIL_CONCURRENCY * 2);
      // Not one at a time: the SMTP server saw several sessions open together, never more
      // than the bound.
      expect(smtp.maxSessions).toBeGreaterThan(1);
      expect(smtp.maxSessions).toBeLessThanOrEqual(MAIL_CONCURRENCY);
    } finally {
      await queuing?.close();
      await sending?.close();
      await smtp.close();
    }
  }, 90_000);
});
