import { expect, request, test, type Page } from '@playwright/test';
import { checkPage, hydrated, open, signIn } from './support';
import { daysAgo, demoAdvocate, demoParent, graphql } from './support-advocate';
import { demoParents } from './support-family';

const linh = demoParents.linh;

/**
 * From intake to case, nothing is lost: the case shows the intake's warnings and pathways with
 * a link back to it, and when the intake names another state than the student's record both
 * pages ask which is right before any deadline is computed.
 *
 * The advocate tests use Jayden Carter (record: North Carolina) with intakes saying Texas; the
 * parent test uses Minh Nguyen (record: Texas) with an intake saying California, so Linh
 * Nguyen's My case holds one case (family-intake.spec.ts, which runs before this file, needs
 * her to have none). Each test confirms the record's state, so the records stay as seeded.
 */

/** A parent sends an intake for their only child naming `state`, with a decision 300 days ago. */
async function submitIntake(
  baseURL: string,
  email: string,
  state: string,
  lang: 'EN' | 'ES' = 'EN',
): Promise<string> {
  const api = await request.newContext({ baseURL });
  try {
    await graphql(
      api,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      { e: email, p: demoParent.password },
    );
    const { families } = await graphql<{
      families: { id: string; students: { id: string }[] }[];
    }>(api, '{ families { id students { id } } }');
    const family = families[0]!;
    const { saveIntakeDraft } = await graphql<{ saveIntakeDraft: { id: string } }>(
      api,
      'mutation ($input: SaveIntakeDraftInput!) { saveIntakeDraft(input: $input) { id } }',
      {
        input: {
          familyId: family.id,
          studentId: family.students[0]!.id,
          lang,
          answers: {
            state,
            plan_type: 'iep',
            issues: ['services_not_provided'],
            has_decision_date: true,
            district_decision_date: daysAgo(300),
            written_notice: true,
          },
        },
      },
    );
    await graphql(api, 'mutation($id: ID!) { submitIntake(intakeId: $id) { status } }', {
      id: saveIntakeDraft.id,
    });
    return saveIntakeDraft.id;
  } finally {
    await api.dispose();
  }
}

async function signInAsAdvocate(page: Page, path: string, spanish = false): Promise<void> {
  await open(page, `/sign-in?redirectTo=${encodeURIComponent(path)}`);
  if (spanish) {
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByLabel('Correo electrónico').fill(demoAdvocate.email);
    await page.getByLabel('Contraseña').fill(demoAdvocate.password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  } else {
    await signIn(page, demoAdvocate.email, demoAdvocate.password);
  }
  await expect(page).toHaveURL(path);
  await hydrated(page);
}

test('an advocate triages an intake into a case and sees its warnings, the link back, and the state question before any date', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const intakeId = await submitIntake(baseURL!, demoParent.email, 'TX');

  await test.step('the intake review says the states differ and asks which is right', async () => {
    await signInAsAdvocate(page, `/intakes/${intakeId}`);
    const question = page.getByRole('region', { name: 'Which state is right?' });
    await expect(question).toContainText('Texas (TX)');
    await expect(question).toContainText('North Carolina (NC)');
    await expect(question).toContainText('no deadline is computed until someone confirms');
    const choice = page.getByRole('group', { name: 'Which state is right?' });
    await expect(choice.getByLabel('Texas (TX), as the family said in the intake')).toBeVisible();
    await expect(
      choice.getByLabel("North Carolina (NC), as the student's record says"),
    ).toBeVisible();
    await checkPage(page, 'intake-to-case-review');
    // Turned into a case without answering: the case asks in turn.
    await page.getByRole('button', { name: 'Turn into a case' }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await hydrated(page);
  });

  await test.step('the case carries the warnings first, the pathways, and a link to the intake', async () => {
    const origin = page.getByRole('region', { name: 'From the intake' });
    await expect(origin.getByRole('link', { name: 'Open the intake' })).toHaveAttribute(
      'href',
      `/intakes/${intakeId}`,
    );
    const warnings = origin.getByRole('list', { name: 'Warnings' });
    await expect(warnings).toContainText('State complaint time limit is near');
    await expect(warnings).toContainText(/Time limit: \w+ \d+, \d{4}/);
    await expect(warnings).toContainText('34 CFR 300.153(c)');
    const pathways = origin.getByRole('list', { name: 'Pathways, best first' });
    await expect(pathways.getByRole('listitem').first()).toBeVisible();
    // No rules id reaches the page: pathways and warnings by their names.
    await expect(origin).not.toContainText(/\b[a-z]+_[a-z_]+\b/);
    const question = page.getByRole('region', { name: 'Which state is right?' });
    await expect(question).toContainText('Texas (TX)');
    await checkPage(page, 'intake-to-case-case');
  });

  const proceeding = page.getByRole('region', { name: 'Due process', exact: true });

  await test.step('a proceeding opened meanwhile has no date until the state is confirmed', async () => {
    await page.getByLabel('Kind of proceeding').selectOption('due_process');
    await page.getByRole('button', { name: 'Open proceeding' }).click();
    const record = proceeding.locator('form[action="?/record"]');
    await record.getByLabel('Event').selectOption('complaint_received');
    await record.getByLabel('Date').fill(daysAgo(5));
    await record.getByRole('button', { name: 'Record event' }).click();
    await expect(
      proceeding.getByText("No date until the student's state is confirmed").first(),
    ).toBeVisible();
    await expect(proceeding.getByText(/^Due \w+ \d+, \d{4}/)).toHaveCount(0);
  });

  await test.step("confirming the record's state computes the dates", async () => {
    const question = page.getByRole('region', { name: 'Which state is right?' });
    await question.getByRole('button', { name: 'Confirm the state' }).click();
    await expect(question.getByRole('alert')).toContainText('Choose the state that is right.');
    await question.getByLabel("North Carolina (NC), as the student's record says").check();
    await question.getByRole('button', { name: 'Confirm the state' }).click();
    await expect(question).toHaveCount(0);
    await expect(proceeding.getByText(/^Due \w+ \d+, \d{4}/).first()).toBeVisible();
    await expect(
      proceeding.getByText("No date until the student's state is confirmed"),
    ).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      'confirmed as North Carolina',
    );
  });

  await test.step('the intake review no longer asks and links to its case', async () => {
    await open(page, `/intakes/${intakeId}`);
    await expect(page.getByRole('region', { name: 'Which state is right?' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open the case' })).toBeVisible();
  });
});

test('in Spanish, the intake review and the case ask about the state and carry the warnings in Spanish', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // The family wrote in English; the advocate reads Spanish: the case carries it in Spanish.
  const intakeId = await submitIntake(baseURL!, demoParent.email, 'TX');

  await test.step('the intake review asks in Spanish', async () => {
    await signInAsAdvocate(page, `/intakes/${intakeId}`, true);
    const question = page.getByRole('region', { name: '¿Qué estado es el correcto?' });
    await expect(question).toContainText('Texas (TX)');
    await expect(question).toContainText('North Carolina (NC)');
    await checkPage(page, 'intake-to-case-review-es');
    await page.getByRole('button', { name: 'Convertir en caso' }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await hydrated(page);
  });

  await test.step('the case shows the warnings in Spanish, the link, and the question', async () => {
    const origin = page.getByRole('region', { name: 'De la solicitud' });
    await expect(origin.getByRole('link', { name: 'Abrir la solicitud' })).toHaveAttribute(
      'href',
      `/intakes/${intakeId}`,
    );
    const warnings = origin.getByRole('list', { name: 'Advertencias' });
    await expect(warnings).toContainText('Se acerca el plazo para la queja estatal');
    await expect(warnings).toContainText(
      'Se acaba el tiempo para presentar una queja ante el estado',
    );
    await expect(warnings.locator('p[lang="es"]').first()).toBeVisible();
    await expect(origin).not.toContainText('Time is running out');
    const question = page.getByRole('region', { name: '¿Qué estado es el correcto?' });
    await expect(question).toContainText('Texas (TX)');
    await checkPage(page, 'intake-to-case-case-es');
    await question
      .getByLabel('North Carolina (NC), como dice el expediente del estudiante')
      .check();
    await question.getByRole('button', { name: 'Confirmar el estado' }).click();
    await expect(question).toHaveCount(0);
  });
});

test('a parent finds the guidance of the intake their case came from on My case', async ({
  page,
  baseURL,
}) => {
  const intakeId = await submitIntake(baseURL!, linh.email, 'CA');
  const advocate = await request.newContext({ baseURL: baseURL! });
  try {
    await graphql(
      advocate,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      { e: demoAdvocate.email, p: demoAdvocate.password },
    );
    const { createCaseFromIntake } = await graphql<{ createCaseFromIntake: { id: string } }>(
      advocate,
      'mutation ($input: CreateCaseFromIntakeInput!) { createCaseFromIntake(input: $input) { id } }',
      { input: { intakeId } },
    );

    await open(page, '/sign-in?redirectTo=%2Fmy-case');
    await signIn(page, linh.email, demoParent.password);
    await expect(page).toHaveURL('/my-case');
    const link = page
      .getByRole('link', { name: 'See the options from your intake' })
      .and(page.locator(`[href="/intake/${intakeId}/guidance"]`));
    await expect(link).toBeVisible();
    const caseFile = page.getByRole('region').filter({ has: link });
    await expect(caseFile).toContainText(
      'Your intake says your child goes to school in California (CA)',
    );
    await checkPage(page, 'intake-to-case-my-case');
    await link.click();
    await expect(page).toHaveURL(`/intake/${intakeId}/guidance`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your options' })).toBeVisible();

    // Leave Minh's record as it was for the other specs: the advocate confirms it.
    await graphql(
      advocate,
      'mutation ($input: ConfirmCaseStateInput!) { confirmCaseState(input: $input) { id } }',
      { input: { caseId: createCaseFromIntake.id, state: 'TX' } },
    );
  } finally {
    await advocate.dispose();
  }
});
