import { expect, test, type Browser, type Page } from '@playwright/test';
import { checkPage, demoToday, hydrated } from './support';
import { demoAdvocate } from './support-advocate';
import { addDays, minutesIn, mondayThisWeek, seededCaseId, signInTo } from './support-caselogs';
import { switchToSpanish } from './support-family';
import { openRecords, uploadPdf, uniqueTitle } from './support-records';

/** María González, a parent of the seeded case's family (her first organization is Riverside). */
const maria = { email: 'maria.gonzalez@example.com', name: 'María González' };
const today = () => demoToday();

async function signedIn(browser: Browser, path: string, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInTo(page, path, email);
  return page;
}

/** The id in a document's address, from its link on the records page. */
async function documentId(page: Page, title: string): Promise<string> {
  const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
  const id = href?.split('/').pop();
  expect(id, `the link of ${title}`).toBeTruthy();
  return id!;
}

test('an advocate edits a meeting and its linked documents, and deletes communications with and without JavaScript', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const shared = uniqueTitle('IEP draft');
  const internal = uniqueTitle('Advocate memo');
  const proposed = uniqueTitle('Cut speech to 30 minutes');

  await signInTo(page, `/cases/${seededCaseId}/records`, demoAdvocate.email);
  await openRecords(page, seededCaseId);
  await uploadPdf(page, { title: shared, text: 'IEP draft' });
  await uploadPdf(page, { title: internal, text: 'Memo', internal: true });
  const sharedId = await documentId(page, shared);

  await page.goto(`/cases/${seededCaseId}/meetings`);
  await hydrated(page);
  const meeting = page.getByTestId('meeting').filter({ hasText: proposed });

  await test.step('a meeting is logged with a linked document', async () => {
    const form = page.getByRole('form', { name: 'Log a meeting' });
    await form.getByLabel('Date held').fill(today());
    await form.getByLabel('Kind of meeting').selectOption('iep');
    await form.getByLabel('What the school or district proposed').fill(proposed);
    const documents = form.getByRole('group', { name: 'Linked documents' });
    await documents.getByRole('checkbox', { name: new RegExp(shared) }).check();
    await form.getByRole('button', { name: 'Log meeting' }).click();
    await expect(meeting.getByRole('heading', { level: 2 })).toContainText('IEP meeting');
    await expect(meeting.getByRole('link', { name: shared })).toHaveAttribute(
      'href',
      `/cases/${seededCaseId}/records/${sharedId}`,
    );
  });

  await test.step('editing keeps what was typed when a field is refused', async () => {
    await meeting.getByRole('link', { name: /^Edit\s*: IEP meeting/ }).click();
    await expect(page).toHaveURL(/\?edit=/);
    const form = page.getByRole('form', { name: /^Edit: IEP meeting/ });
    // Prefilled with the meeting as logged.
    await expect(form.getByLabel('What the school or district proposed')).toHaveValue(proposed);
    await expect(form.getByRole('checkbox', { name: new RegExp(shared) })).toBeChecked();
    await checkPage(page, 'caselogs-meeting-edit');

    await form.getByLabel('Date held').fill('');
    await form.getByLabel('Kind of meeting').selectOption('resolution');
    await form.getByLabel('What the parent objected to').fill('Any cut to speech minutes');
    await form.getByRole('checkbox', { name: new RegExp(internal) }).check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter a date.');
    await expect(form.getByText('Error: Enter a date.')).toBeVisible();
    await expect(form.getByLabel('Date held')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('What the parent objected to')).toHaveValue(
      'Any cut to speech minutes',
    );
    await expect(form.getByLabel('Kind of meeting')).toHaveValue('resolution');
    await expect(form.getByRole('checkbox', { name: new RegExp(internal) })).toBeChecked();
  });

  await test.step('the corrected meeting is saved', async () => {
    const form = page.getByRole('form', { name: /^Edit: IEP meeting/ });
    await form.getByLabel('Date held').fill(addDays(today(), -1));
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(page).not.toHaveURL(/edit=/);
    await expect(page.getByText('Meeting updated.')).toBeVisible();
    await expect(meeting.getByRole('heading', { level: 2 })).toContainText('Resolution meeting');
    await expect(meeting).toContainText('Any cut to speech minutes');
    await expect(meeting.getByRole('link', { name: internal })).toBeVisible();
    await expect(meeting.getByRole('link', { name: shared })).toBeVisible();
    await checkPage(page, 'caselogs-meetings-edited');
  });

  const summary = uniqueTitle('Asked for the evaluation report');
  await test.step('a communication is deleted after confirming in a dialog', async () => {
    await page.goto(`/cases/${seededCaseId}/communications`);
    await hydrated(page);
    const form = page.getByRole('form', { name: 'Log a communication' });
    await form.getByLabel('Date', { exact: true }).fill(today());
    await form.getByLabel('How').selectOption('email_or_text');
    await form.getByLabel('Summary').fill(summary);
    await form.getByRole('checkbox', { name: new RegExp(shared) }).check();
    await form.getByRole('button', { name: 'Log communication' }).click();
    const entry = page.getByTestId('communication').filter({ hasText: summary });
    await expect(entry.getByRole('link', { name: shared })).toBeVisible();

    await entry.getByRole('link', { name: /^Delete\s*: Email or text/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this communication?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(entry).toHaveCount(1);

    await entry.getByRole('link', { name: /^Delete\s*: Email or text/ }).click();
    await dialog.getByRole('button', { name: /^Yes, delete/ }).click();
    await expect(page.getByText('Communication deleted.')).toBeVisible();
    await expect(page.getByTestId('communication').filter({ hasText: summary })).toHaveCount(0);
    await checkPage(page, 'caselogs-communication-deleted');
  });

  await test.step('without JavaScript, Edit and Delete are pages of their own', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(
      `/sign-in?redirectTo=${encodeURIComponent(`/cases/${seededCaseId}/communications`)}`,
    );
    await plain.getByLabel('Email address').fill(demoAdvocate.email);
    await plain.getByLabel('Password').fill('continuum-demo');
    await plain.getByRole('button', { name: 'Sign in' }).click();
    await expect(plain).toHaveURL(`/cases/${seededCaseId}/communications`);

    const text = uniqueTitle('Phone call without JavaScript');
    const form = plain.getByRole('form', { name: 'Log a communication' });
    await form.getByLabel('Date', { exact: true }).fill(today());
    await form.getByLabel('How').selectOption('phone');
    await form.getByLabel('Summary').fill(text);
    await form.getByRole('button', { name: 'Log communication' }).click();
    const entry = plain.getByTestId('communication').filter({ hasText: text });
    await expect(entry).toHaveCount(1);

    await entry.getByRole('link', { name: /^Edit\s*: Phone/ }).click();
    const edit = plain.getByRole('form', { name: /^Edit: Phone/ });
    await edit.getByLabel('Summary').fill(`${text} (corrected)`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(plain).toHaveURL(`/cases/${seededCaseId}/communications`);
    await expect(entry).toContainText(`${text} (corrected)`);

    await entry.getByRole('link', { name: /^Delete\s*: Phone/ }).click();
    await expect(plain).toHaveURL(/\?delete=/);
    const question = plain.getByRole('group', { name: 'Delete this communication?' });
    await question.getByRole('button', { name: /^Yes, delete/ }).click();
    await expect(plain).toHaveURL(`/cases/${seededCaseId}/communications`);
    await expect(plain.getByTestId('communication').filter({ hasText: text })).toHaveCount(0);
    await context.close();
  });

  await test.step('in Spanish, the same page and its questions', async () => {
    await page.goto(`/cases/${seededCaseId}/meetings`);
    await hydrated(page);
    await switchToSpanish(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Sofía González');
    await expect(
      meeting.getByRole('link', { name: /^Editar\s*: Reunión de resolución/ }),
    ).toBeVisible();
    await meeting.getByRole('link', { name: /^Eliminar\s*: Reunión de resolución/ }).click();
    const dialog = page.getByRole('dialog', { name: '¿Eliminar esta reunión?' });
    await expect(dialog).toContainText('No se puede deshacer.');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect(
      page.getByRole('form', { name: 'Registrar una reunión' }).getByRole('group', {
        name: 'Documentos vinculados',
      }),
    ).toBeVisible();
    await checkPage(page, 'caselogs-meetings-es');
  });
});

test('a parent reads the case logs and shared notes, never an internal note, and may change only their own notes', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const sharedNote = uniqueTitle('Shared: the IEP team meets next week');
  const internalNote = uniqueTitle('Internal: district counsel is involved');
  const objections = uniqueTitle('The family objects to fewer minutes');
  const sharedDocument = uniqueTitle('Eligibility report');
  const internalDocument = uniqueTitle('Advocate strategy memo');

  const advocate = await signedIn(browser, `/cases/${seededCaseId}/notes`, demoAdvocate.email);
  await test.step('the advocate writes a shared and an internal note, and logs a meeting with a shared and an internal document', async () => {
    const add = advocate.getByRole('form', { name: 'Add a note' });
    await add.getByLabel('Note').fill(sharedNote);
    await add.getByLabel('Shared with the family').check();
    await add.getByRole('button', { name: 'Add note' }).click();
    await expect(advocate.getByTestId('note').filter({ hasText: sharedNote })).toBeVisible();
    await add.getByLabel('Note').fill(internalNote);
    await add.getByLabel('Internal: staff only').check();
    await add.getByRole('button', { name: 'Add note' }).click();
    await expect(advocate.getByTestId('note').filter({ hasText: internalNote })).toBeVisible();

    await openRecords(advocate, seededCaseId);
    await uploadPdf(advocate, { title: sharedDocument, text: 'Eligibility report' });
    await uploadPdf(advocate, { title: internalDocument, text: 'Memo', internal: true });

    await advocate.goto(`/cases/${seededCaseId}/meetings`);
    await hydrated(advocate);
    const form = advocate.getByRole('form', { name: 'Log a meeting' });
    await form.getByLabel('Date held').fill(today());
    await form.getByLabel('Kind of meeting').selectOption('eligibility');
    await form.getByLabel('What the parent objected to').fill(objections);
    await form.getByRole('checkbox', { name: new RegExp(sharedDocument) }).check();
    await form.getByRole('checkbox', { name: new RegExp(internalDocument) }).check();
    await form.getByRole('button', { name: 'Log meeting' }).click();
    await expect(advocate.getByTestId('meeting').filter({ hasText: objections })).toBeVisible();
    await advocate.context().close();
  });

  const parent = await signedIn(browser, `/cases/${seededCaseId}/notes`, maria.email);
  await test.step('notes: shared ones only, and no Edit or Delete on the staff’s', async () => {
    const staffNote = parent.getByTestId('note').filter({ hasText: sharedNote });
    await expect(staffNote).toBeVisible();
    await expect(parent.getByText(internalNote)).toHaveCount(0);
    await expect(parent.getByText('Internal: staff only')).toHaveCount(0);
    await expect(staffNote.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
    await expect(staffNote.getByRole('link', { name: /^Delete/ })).toHaveCount(0);
    // Search does not find it either.
    await parent.getByLabel('Search the notes').fill('counsel');
    await parent.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(parent.getByText(internalNote)).toHaveCount(0);
    await parent.goto(`/cases/${seededCaseId}/notes`);
    await hydrated(parent);
  });

  await test.step('a parent edits and deletes a note they wrote', async () => {
    const mine = uniqueTitle('Sofía says speech was cancelled twice');
    const add = parent.getByRole('form', { name: 'Add a note' });
    await add.getByLabel('Note').fill(mine);
    await add.getByRole('button', { name: 'Add note' }).click();
    const note = parent.getByTestId('note').filter({ hasText: mine });
    await expect(note).toContainText('Shared with the family');
    await note.getByRole('link', { name: /^Edit\s*: Note by María González/ }).click();
    const edit = parent.getByRole('form', { name: /^Edit: Note by María González/ });
    await expect(edit.getByLabel('Note')).toHaveValue(mine);
    await edit.getByLabel('Note').fill(`${mine}, and once more this week`);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(note).toContainText('and once more this week');
    await checkPage(parent, 'caselogs-parent-notes');

    await note.getByRole('link', { name: /^Delete\s*: Note by María González/ }).click();
    await parent
      .getByRole('dialog', { name: 'Delete this note?' })
      .getByRole('button', { name: /^Yes, delete/ })
      .click();
    await expect(parent.getByText('Note deleted.')).toBeVisible();
    await expect(parent.getByTestId('note').filter({ hasText: mine })).toHaveCount(0);
  });

  for (const [path, testId, text] of [
    ['meetings', 'meeting', objections],
    ['communications', 'communication', null],
    ['services', null, null],
  ] as const) {
    await test.step(`${path}: read, with nothing to change`, async () => {
      await parent.goto(`/cases/${seededCaseId}/${path}`);
      await hydrated(parent);
      await expect(parent.getByRole('heading', { level: 1 })).toContainText('Sofía González');
      if (testId && text) {
        await expect(parent.getByTestId(testId).filter({ hasText: text })).toBeVisible();
      }
      if (path === 'meetings') {
        // The meeting links both; the family is shown the shared one only, not even its title.
        const meeting = parent.getByTestId('meeting').filter({ hasText: objections });
        await expect(meeting.getByRole('link', { name: sharedDocument })).toBeVisible();
        await expect(parent.getByText(internalDocument)).toHaveCount(0);
      }
      const main = parent.getByRole('main');
      await expect(main.getByRole('link', { name: /^(Edit|Delete)/ })).toHaveCount(0);
      await expect(main.getByRole('form')).toHaveCount(0);
      await expect(main.getByRole('button', { name: /^(Log|Add|Save)/ })).toHaveCount(0);
      await checkPage(parent, `caselogs-parent-${path}`);
    });
  }
  await parent.context().close();
});

test('an advocate corrects a delivered session to missed, edits and deletes a service, and the time owed follows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = uniqueTitle('Occupational therapy');
  const lastWeek = addDays(mondayThisWeek(), -7);

  await signInTo(page, `/cases/${seededCaseId}/services`, demoAdvocate.email);
  const caseOwedBefore = await minutesIn(page, 'case-owed');
  const add = page.getByRole('form', { name: 'Add a required service' });
  await add.getByLabel('Service', { exact: true }).fill(name);
  await add.getByLabel('Minutes required').fill('60');
  await add.getByLabel('Start date').fill(addDays(mondayThisWeek(), -14));
  await add.getByRole('button', { name: 'Add service' }).click();
  const service = page.getByTestId('service').filter({
    has: page.getByRole('heading', { level: 2, name }),
  });
  // Two whole weeks have ended, 60 minutes each.
  await expect(service.getByTestId('service-owed')).toHaveText('120 min (2 h)');

  const log = service.getByRole('form', { name: `Log a session of ${name}` });
  await log.getByLabel('Date of the session').fill(lastWeek);
  await log.getByLabel('Minutes', { exact: true }).fill('60');
  await log.getByRole('button', { name: 'Log session' }).click();
  await expect(service.getByTestId('service-owed')).toHaveText('60 min (1 h)');

  await test.step('correcting delivered to missed raises the time owed', async () => {
    const session = service.getByTestId('session');
    await session.getByText('Correct this session').click();
    await expect(session.getByLabel('Minutes', { exact: true })).toHaveValue('60');
    await session.getByLabel('Delivered or missed').selectOption('MISSED');
    await session.getByRole('button', { name: 'Save correction' }).click();
    // The reason is required for a missed session; the choice made is kept.
    await expect(session.getByRole('alert')).toContainText('Say why the session was missed.');
    await expect(session.getByLabel('Delivered or missed')).toHaveValue('MISSED');
    await session.getByLabel('Reason').fill('Therapist out sick; logged as delivered by mistake');
    await session.getByRole('button', { name: 'Save correction' }).click();
    await expect(service.getByTestId('service-owed')).toHaveText('120 min (2 h)');
    await expect(service.getByTestId('service-missed')).toHaveText('60 min (1 h)');
    expect(await minutesIn(page, 'case-owed')).toBe(caseOwedBefore + 120);
  });

  await test.step('a session is deleted', async () => {
    await service.getByRole('link', { name: /^Delete\s*: Session of/ }).click();
    await page
      .getByRole('dialog', { name: 'Delete this session?' })
      .getByRole('button', { name: /^Yes, delete/ })
      .click();
    await expect(page.getByText('Session deleted.')).toBeVisible();
    await expect(service.getByTestId('session')).toHaveCount(0);
    await expect(service.getByTestId('service-missed')).toHaveText('0 min');
  });

  await test.step('the service is edited: half the minutes, half the time owed', async () => {
    await service.getByRole('link', { name: new RegExp(`^Edit\\s*: ${name}`) }).click();
    const edit = page.getByRole('form', { name: `Edit: ${name}` });
    await expect(edit.getByLabel('Minutes required')).toHaveValue('60');
    await edit.getByLabel('Minutes required').fill('thirty');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(
      edit.getByText('Error: Enter the minutes required, as a whole number.'),
    ).toBeVisible();
    await edit.getByLabel('Minutes required').fill('30');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Service updated.')).toBeVisible();
    await expect(service.getByTestId('service-owed')).toHaveText('60 min (1 h)');
    await checkPage(page, 'caselogs-services-edited');
  });

  await test.step('the service is deleted', async () => {
    await service.getByRole('link', { name: new RegExp(`^Delete\\s*: ${name}`) }).click();
    await page
      .getByRole('dialog', { name: 'Delete this service and all its sessions?' })
      .getByRole('button', { name: /^Yes, delete/ })
      .click();
    await expect(page.getByText('Service deleted.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name })).toHaveCount(0);
    expect(await minutesIn(page, 'case-owed')).toBe(caseOwedBefore);
  });
});
