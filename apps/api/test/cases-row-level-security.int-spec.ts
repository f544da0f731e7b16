import { CalendarsService } from '../src/modules/calendars/calendars.service';
import { CasesService } from '../src/modules/cases/cases.service';
import { FamiliesService } from '../src/modules/families/families.service';
import { IntakesService } from '../src/modules/intakes/intakes.service';
import { ProceedingsService } from '../src/modules/proceedings/proceedings.service';
import { RequestContext } from '../src/platform/context/request-context';
import { withoutApplicationScoping } from '../src/platform/tenancy/tenant-scope';
import { resetDatabase, signIn, TestApi } from './support/harness';
import { Factories } from './support/factories';

/**
 * The isolation suite's "row-level security alone" test, for the case file's services: with
 * the application's organization conditions off, an org admin of A still sees nothing of B.
 */
describe('the case file under row-level security alone', () => {
  let api: TestApi;
  let factories: Factories;
  beforeAll(async () => {
    api = await TestApi.start({ JOB_WORKERS: 'false' });
    factories = new Factories(api.unitOfWork);
  });
  afterAll(() => api.close());
  beforeEach(() => resetDatabase());

  it('lists no family, intake, case, deadline or calendar of another organization', async () => {
    const secrets: string[] = [];
    let adminOfA = {
      userId: '',
      sessionId: null as string | null,
      organizationId: '',
      role: 'ORG_ADMIN' as const,
    };
    for (const name of ['Alpha', 'Bravo']) {
      const organization = await factories.organization({ name });
      const admin = await factories.member(organization, 'ORG_ADMIN');
      const { family, student } = await factories.newFamily(organization, {
        name: `${name} family`,
        student: { name: `${name} student` },
      });
      await factories.newIntake(organization, { familyId: family.id });
      const caseRow = await factories.newCase(organization, { studentId: student.id });
      const cookie = await signIn(api, admin.email, admin.password);
      const opened = await api.graphql<{ openProceeding: { id: string } }>(
        'mutation ($id: ID!) { openProceeding(input: { caseId: $id, kind: due_process }) { id } }',
        { id: caseRow.id },
        { cookie },
      );
      await api.graphql(
        'mutation ($id: ID!, $d: String!) { recordProceedingEvent(input: { proceedingId: $id, type: "complaint_received", date: $d }) { id } }',
        {
          id: opened.data!.openProceeding.id,
          d: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        },
        { cookie },
      );
      await api.graphql(
        `mutation { saveDistrictCalendar(input: { state: "CA", district: "${name} Unified", firstDay: "2026-08-12", lastDay: "2027-06-03", nonSchoolDays: [] }) { id } }`,
        {},
        { cookie },
      );
      if (name === 'Alpha')
        adminOfA = {
          userId: admin.user.id,
          sessionId: null,
          organizationId: organization.id,
          role: 'ORG_ADMIN',
        };
      else
        secrets.push(
          organization.id,
          family.id,
          student.id,
          caseRow.id,
          opened.data!.openProceeding.id,
          'Bravo',
        );
    }

    const ctx = new RequestContext();
    ctx.actor = adminOfA;
    const seen = await withoutApplicationScoping(async () => {
      try {
        return JSON.stringify([
          await api.app.get(FamiliesService).families(ctx),
          await api.app.get(IntakesService).intakes(ctx),
          await api.app.get(CasesService).caseload(ctx, {}, 'UPDATED_AT_DESC', 100),
          await api.app.get(ProceedingsService).upcoming(ctx, 366),
          await api.app.get(CalendarsService).calendars(ctx),
        ]);
      } finally {
        await api.unitOfWork.finish(ctx, 'rollback');
      }
    });
    expect(seen).toContain('Alpha student');
    expect(seen).toContain('Alpha Unified');
    for (const secret of secrets) expect(seen).not.toContain(secret);
  });
});
