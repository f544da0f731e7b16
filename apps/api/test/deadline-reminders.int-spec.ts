import { DeadlineRemindersService } from '../src/modules/proceedings/deadline-reminders.service';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { TestSmtpServer } from './support/smtp';

describe('deadline reminders', () => {
  beforeEach(() => resetDatabase());

  it('reminds the advocates and parents of a deadline once, even when swept again after a restart', async () => {
    let api = await TestApi.start({ JOB_WORKERS: 'false' });
    try {
      const factories = new Factories(api.unitOfWork);
      const organization = await factories.organization();
      const advocate = await factories.member(organization, 'ADVOCATE', {
        email: 'advocate@example.org',
      });
      const parent = await factories.member(organization, 'PARENT', {
        email: 'parent@example.org',
      });
      const { student } = await factories.newFamily(organization, {
        parents: [parent.user],
        student: { name: 'Sofía González' },
      });
      const caseRow = await factories.newCase(organization, {
        studentId: student.id,
        advocates: [advocate.user],
      });
      const cookie = await signIn(api, advocate.email, advocate.password);
      const opened = await api.graphql<{ openProceeding: { id: string } }>(
        'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
        { id: caseRow.id },
        { cookie },
      );
      // Received 13 days ago: the resolution meeting (15 days) is due in 2 days.
      const received = new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10);
      await api.graphql(
        'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { id } }',
        { id: opened.data!.openProceeding.id, d: received },
        { cookie },
      );
      const today = new Date().toISOString().slice(0, 10);
      const reminders = () =>
        asSuperuser((c) =>
          c.query<{ to_address: string; subject: string }>(
            `SELECT to_address, subject FROM mail_outbox WHERE template = 'deadline_reminder' ORDER BY to_address`,
          ),
        );

      const [first, concurrent] = await Promise.all([
        api.app.get(DeadlineRemindersService).sweep(organization.id, today),
        api.app.get(DeadlineRemindersService).sweep(organization.id, today),
      ]);
      // Due in 2 days: the resolution meeting and the sufficiency challenge (both 15 days), to
      // the advocate and the parent; the concurrent sweep found them all sent.
      expect(Math.min(first, concurrent)).toBe(0);
      expect(first + concurrent).toBe(4);
      const sent = await reminders();
      expect(new Set(sent.rows.map((r) => `${r.to_address} ${r.subject}`)).size).toBe(4);
      expect(sent.rows.map((r) => r.to_address)).toEqual([
        'advocate@example.org',
        'advocate@example.org',
        'parent@example.org',
        'parent@example.org',
      ]);
      expect(sent.rows.map((r) => r.subject)).toContainEqual(
        expect.stringMatching(
          /Resolution meeting \(Sofía González\) \/ Plazo .*: Reunión de resolución/,
        ),
      );

      await api.close();
      api = await TestApi.start({ JOB_WORKERS: 'false' });
      expect(await api.app.get(DeadlineRemindersService).sweep(organization.id, today)).toBe(0);
      expect((await reminders()).rowCount).toBe(4);
    } finally {
      await api.close();
    }
  });

  it('the sweep runs by itself as a daily job: recording an event queues today, each sweep queues tomorrow', async () => {
    const smtp = await TestSmtpServer.start();
    const api = await TestApi.start({ SMTP_URL: smtp.url, JOB_POLLING_SECONDS: '1' });
    try {
      const factories = new Factories(api.unitOfWork);
      const organization = await factories.organization();
      const advocate = await factories.member(organization, 'ADVOCATE', {
        email: 'advocate@example.org',
      });
      const { student } = await factories.newFamily(organization, {
        student: { name: 'Mateo Ruiz' },
      });
      const caseRow = await factories.newCase(organization, {
        studentId: student.id,
        advocates: [advocate.user],
      });
      const cookie = await signIn(api, advocate.email, advocate.password);
      const opened = await api.graphql<{ openProceeding: { id: string } }>(
        'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
        { id: caseRow.id },
        { cookie },
      );
      const received = new Date(Date.now() - 13 * 86_400_000).toISOString().slice(0, 10);
      const recorded = await api.graphql(
        'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { id } }',
        { id: opened.data!.openProceeding.id, d: received },
        { cookie },
      );
      expect(recorded.errors).toBeUndefined();

      const mail = await smtp.mailTo('advocate@example.org');
      expect(mail.subject).toMatch(/Mateo Ruiz/);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const next = await asSuperuser((c) =>
        c.query<{ on: string }>(
          `SELECT data->>'on' AS on FROM pgboss.job WHERE name = 'deadlines.remind' AND state = 'created'`,
        ),
      );
      expect(next.rows).toEqual([{ on: tomorrow }]);
    } finally {
      await api.close();
      await smtp.close();
    }
  });
});
