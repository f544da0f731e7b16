import { SIGN_UP_SWEEP_QUEUE } from '../src/modules/sign-up/sign-up.service';
import { SWEEP_QUEUE } from '../src/modules/documents/documents-sweep.service';
import {
  DeadlineRemindersService,
  REMINDER_DISPATCH_CRON,
  REMINDER_DISPATCH_QUEUE,
  REMINDER_QUEUE,
} from '../src/modules/proceedings/deadline-reminders.service';
import { JobQueue, jobId } from '../src/platform/jobs/job-queue';
import { MailService } from '../src/platform/mail/mail.service';
import { TestTime } from './support/clock';
import { asSuperuser, resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';
import { TestSmtpServer } from './support/smtp';
import { waitFor } from './support/wait-for';

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

  it("the sweep runs by itself: recording an event sends that day's reminders at once, and the daily sweeps are on pg-boss's schedule", async () => {
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
      // No sweep queues the next: pg-boss's timekeeper sends the dispatch on its cron.
      const schedules = await asSuperuser((c) =>
        c.query<{ name: string; cron: string; timezone: string }>(
          `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
        ),
      );
      expect(schedules.rows).toEqual([
        { name: REMINDER_DISPATCH_QUEUE, cron: REMINDER_DISPATCH_CRON, timezone: 'UTC' },
        { name: SWEEP_QUEUE, cron: '0 * * * *', timezone: 'UTC' },
        // Expired sign-ups are deleted hourly (issue 14), on the same timekeeper.
        { name: SIGN_UP_SWEEP_QUEUE, cron: '17 * * * *', timezone: 'UTC' },
      ]);
    } finally {
      await api.close();
      await smtp.close();
    }
  });

  it("a deadline recorded after the day's sweep ran, due that same day, is reminded exactly once", async () => {
    const smtp = await TestSmtpServer.start();
    const time = new TestTime();
    // 00:30 on March 20 in New York: the day's sweep runs.
    time.pin('2026-03-20T04:30:00Z');
    const api = await TestApi.start({ SMTP_URL: smtp.url, JOB_POLLING_SECONDS: '1' }, undefined, {
      time,
    });
    try {
      const factories = new Factories(api.unitOfWork);
      const organization = await factories.organization({ timeZone: 'America/New_York' });
      const advocate = await factories.member(organization, 'ADVOCATE', {
        email: 'late@example.org',
      });
      const { student } = await factories.newFamily(organization, {
        student: { name: 'Lucía Torres' },
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
      const pending = async () =>
        Number(
          (
            await asSuperuser((c) =>
              c.query<{ n: string }>(
                `SELECT count(*) AS n FROM pgboss.job WHERE name IN ($1, 'mail.send')
                   AND state IN ('created', 'retry', 'active')`,
                [REMINDER_QUEUE],
              ),
            )
          ).rows[0]!.n,
        );
      const settled = () =>
        waitFor('the reminder jobs to settle', async () => (await pending()) === 0, {
          timeoutMs: 30_000,
        });
      const reminders = api.app.get(DeadlineRemindersService);
      expect((await reminders.dispatch()).get(organization.id)).toBe('2026-03-20');
      await settled();
      expect(smtp.received).toHaveLength(0);

      // 14:00 in New York, after the day's sweep: a complaint received on March 5 is recorded,
      // and its resolution meeting (15 days, 34 CFR 300.510(a)(1)) is due today.
      time.pin('2026-03-20T18:00:00Z');
      const recorded = await api.graphql<{
        recordProceedingEvent: { deadlines: { ruleId: string; due: string }[] };
      }>(
        'mutation ($id: ID!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: "2026-03-05" }) { deadlines { ruleId due } } }',
        { id: opened.data!.openProceeding.id },
        { cookie },
      );
      expect(recorded.data?.recordProceedingEvent.deadlines).toContainEqual({
        ruleId: 'resolution_meeting',
        due: '2026-03-20',
      });
      await smtp.mailTo(advocate.email, 20_000);
      await settled();
      // The schedule's later runs that day, and a sweep run again, send nothing twice.
      await reminders.dispatch();
      await reminders.sweep(organization.id, '2026-03-20');
      await settled();

      const resolutionMeeting = smtp.received.filter((m) =>
        /^Deadline .*: Resolution meeting \(Lucía Torres\)/.test(m.subject),
      );
      expect(resolutionMeeting).toHaveLength(1);
      expect(resolutionMeeting[0]!.to).toContain(advocate.email);
    } finally {
      await api.close();
      await smtp.close();
    }
  }, 60_000);

  describe("in the organization's time zone", () => {
    /**
     * A due process complaint received 2026-03-05: the resolution meeting and the sufficiency
     * challenge fall 15 days later, on 2026-03-20 (34 CFR 300.510(a)(1), 300.508(d)(1)). With
     * the default 3 days' notice, a sweep for 2026-03-17 reminds them; one for 2026-03-16 does
     * not. Daylight saving time began 2026-03-08: Los Angeles is UTC-7, New York UTC-4.
     */
    const DUE = '2026-03-20';

    async function organizationWithDeadline(
      api: TestApi,
      factories: Factories,
      timeZone: string,
      email: string,
    ) {
      const organization = await factories.organization({ timeZone });
      const advocate = await factories.member(organization, 'ADVOCATE', { email });
      const { student } = await factories.newFamily(organization);
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
      const recorded = await api.graphql<{
        recordProceedingEvent: { deadlines: { ruleId: string; due: string }[] };
      }>(
        'mutation ($id: ID!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: "2026-03-05" }) { deadlines { ruleId due } } }',
        { id: opened.data!.openProceeding.id },
        { cookie },
      );
      expect(recorded.data?.recordProceedingEvent.deadlines).toContainEqual({
        ruleId: 'resolution_meeting',
        due: DUE,
      });
      return organization;
    }

    const remindersTo = async (email: string) =>
      (
        await asSuperuser((c) =>
          c.query(
            `SELECT 1 FROM mail_outbox WHERE template = 'deadline_reminder' AND to_address = $1`,
            [email],
          ),
        )
      ).rowCount;

    it('sends the reminders for a date on that date in Los Angeles and in New York, on both sides of midnight', async () => {
      const time = new TestTime();
      time.pin('2026-03-10T18:00:00Z');
      const api = await TestApi.start({ JOB_WORKERS: 'false' }, undefined, { time });
      try {
        const factories = new Factories(api.unitOfWork);
        const la = await organizationWithDeadline(
          api,
          factories,
          'America/Los_Angeles',
          'la@example.org',
        );
        const ny = await organizationWithDeadline(
          api,
          factories,
          'America/New_York',
          'ny@example.org',
        );
        const reminders = api.app.get(DeadlineRemindersService);
        /** What the scheduled dispatch queues, then each queued sweep as a worker runs it. */
        const dispatchAndSweep = async (at: string) => {
          time.pin(at);
          const queued = await reminders.dispatch();
          for (const [organizationId, on] of queued) await reminders.sweep(organizationId, on);
          return queued;
        };

        // 23:30 on March 16 in New York (03:30 UTC on the 17th): still the 16th there.
        let queued = await dispatchAndSweep('2026-03-17T03:30:00Z');
        expect(queued.get(ny.id)).toBe('2026-03-16');
        expect(queued.get(la.id)).toBe('2026-03-16');
        expect(await remindersTo('ny@example.org')).toBe(0);
        // 00:30 on March 17 in New York: its reminders for the 20th go out.
        queued = await dispatchAndSweep('2026-03-17T04:30:00Z');
        expect(queued.get(ny.id)).toBe('2026-03-17');
        expect(await remindersTo('ny@example.org')).toBe(2);
        // 23:30 on March 16 in Los Angeles (06:30 UTC on the 17th, already the 17th in UTC
        // and in New York): nothing yet for Los Angeles.
        queued = await dispatchAndSweep('2026-03-17T06:30:00Z');
        expect(queued.get(la.id)).toBe('2026-03-16');
        expect(await remindersTo('la@example.org')).toBe(0);
        // 00:30 on March 17 in Los Angeles.
        queued = await dispatchAndSweep('2026-03-17T07:30:00Z');
        expect(queued.get(la.id)).toBe('2026-03-17');
        expect(await remindersTo('la@example.org')).toBe(2);
        // 23:30 on March 17 in Los Angeles (06:30 UTC on the 18th): still the 17th's sweep,
        // and nothing is sent twice.
        queued = await dispatchAndSweep('2026-03-18T06:30:00Z');
        expect(queued.get(la.id)).toBe('2026-03-17');
        expect(await remindersTo('la@example.org')).toBe(2);
        expect(await remindersTo('ny@example.org')).toBe(2);

        // Each organization's sweep for a date is queued once, however often it is dispatched
        // (the event's own sweep, for March 10, apart).
        const queuedDates = await asSuperuser((c) =>
          c.query<{ on: string }>(
            `SELECT data->>'on' AS on FROM pgboss.job
             WHERE name = $1 AND data->>'organizationId' = $2 AND data->>'on' <> '2026-03-10'
             ORDER BY 1`,
            [REMINDER_QUEUE, la.id],
          ),
        );
        expect(queuedDates.rows.map((r) => r.on)).toEqual(['2026-03-16', '2026-03-17']);
      } finally {
        await api.close();
      }
    });

    it("a failed sweep does not stop the next day's: each day's comes from pg-boss's schedule", async () => {
      const time = new TestTime();
      time.pin('2026-03-10T18:00:00Z');
      const api = await TestApi.start({ JOB_POLLING_SECONDS: '1' }, undefined, { time });
      try {
        const factories = new Factories(api.unitOfWork);
        const ny = await organizationWithDeadline(
          api,
          factories,
          'America/New_York',
          'ny@example.org',
        );
        // The event's own sweep (for March 10) reminds nothing: the 20th is 10 days away.
        const mail = api.app.get(MailService);
        const failing = jest
          .spyOn(mail, 'enqueueAll')
          .mockRejectedValue(new Error('the mail outbox is unavailable'));
        const schedule = await asSuperuser((c) =>
          c.query<{ name: string; data: object }>(
            `SELECT name, data FROM pgboss.schedule WHERE name = $1`,
            [REMINDER_DISPATCH_QUEUE],
          ),
        );
        expect(schedule.rows).toHaveLength(1);
        /** What pg-boss's timekeeper does when the cron comes round: send the scheduled job. */
        const scheduledRun = () =>
          api.unitOfWork.run(null, (manager) =>
            api.app.get(JobQueue).send(manager, schedule.rows[0]!.name, schedule.rows[0]!.data),
          );
        const sweepState = async (on: string) =>
          (
            await asSuperuser((c) =>
              c.query<{ state: string }>(
                `SELECT state FROM pgboss.job WHERE name = $1 AND data->>'organizationId' = $2 AND data->>'on' = $3
                   AND id = $4`,
                [REMINDER_QUEUE, ny.id, on, jobId(`${REMINDER_QUEUE}:${ny.id}:${on}`)],
              ),
            )
          ).rows[0]?.state;

        // March 17, 08:00 in New York: the day's sweep has reminders to send, and fails.
        time.pin('2026-03-17T12:00:00Z');
        await scheduledRun();
        await waitFor(
          "March 17's sweep to fail",
          async () => ['retry', 'failed'].includes((await sweepState('2026-03-17')) ?? ''),
          { timeoutMs: 30_000 },
        );
        expect(await remindersTo('ny@example.org')).toBe(0);

        // March 18: the schedule sends the next dispatch whatever became of the 17th's.
        failing.mockRestore();
        time.pin('2026-03-18T12:00:00Z');
        await scheduledRun();
        await waitFor(
          "March 18's sweep",
          async () => (await sweepState('2026-03-18')) === 'completed',
          { timeoutMs: 30_000 },
        );
        expect(await remindersTo('ny@example.org')).toBe(2);
      } finally {
        await api.close();
      }
    });
  });
});
