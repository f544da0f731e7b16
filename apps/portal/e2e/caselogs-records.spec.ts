import { expect, test } from '@playwright/test';
import { checkPage, demoToday, hydrated } from './support';
import { demoAdvocate } from './support-advocate';
import { seededCaseId, signInTo } from './support-caselogs';

test('an advocate keeps notes, tasks, meetings and communications on a case', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();

  await signInTo(page, `/cases/${seededCaseId}`, demoAdvocate.email);
  const records = page.getByRole('navigation', { name: 'Records' });
  await records.getByRole('link', { name: 'Notes and tasks' }).click();
  await expect(page).toHaveURL(`/cases/${seededCaseId}/notes`);
  await hydrated(page);

  await test.step('an internal note is added and found by search', async () => {
    const text = `Called the district about audiology ${stamp}; they will send the report.`;
    const add = page.getByRole('form', { name: 'Add a note' });
    await add.getByLabel('Note').fill(text);
    await add.getByLabel('Internal: staff only').check();
    await add.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByTestId('note').filter({ hasText: text });
    await expect(note).toContainText('Internal: staff only');
    await expect(note).toContainText(demoAdvocate.name);

    await page.getByLabel('Search the notes').fill(`audiology ${stamp}`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByText(`Notes matching “audiology ${stamp}”: 1`)).toBeVisible();
    await expect(page.getByTestId('note')).toHaveCount(1);
    await expect(page.getByTestId('note')).toContainText(text);
  });

  const title = `Request the audiology report ${stamp}`;
  await test.step('a task is given to the advocate', async () => {
    await hydrated(page);
    const add = page.getByRole('form', { name: 'Add a task' });
    await add.getByLabel('Task').fill(title);
    await add.getByLabel('Assigned to').selectOption({ label: demoAdvocate.name });
    await add.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByTestId('task').filter({ hasText: title })).toContainText(
      `Assigned to ${demoAdvocate.name}`,
    );
    await checkPage(page, 'caselogs-notes');
  });

  await test.step('"My tasks" lists it, and it is marked done there', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My tasks' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
    await hydrated(page);
    const task = page.getByTestId('task').filter({ hasText: title });
    await expect(task).toContainText('Case: Sofía González');
    // The title is in the button's name (visually hidden), so each button says which task.
    await task.getByRole('button', { name: new RegExp(`^Mark done\\s*: ${title}$`) }).click();
    await expect(
      task.getByRole('button', { name: new RegExp(`^Reopen\\s*: ${title}$`) }),
    ).toBeVisible();
    await expect(task).toContainText('Done');
    await checkPage(page, 'caselogs-my-tasks');
  });

  await test.step('a meeting is logged', async () => {
    await page.goto(`/cases/${seededCaseId}/meetings`);
    await hydrated(page);
    const form = page.getByRole('form', { name: 'Log a meeting' });
    await form.getByRole('button', { name: 'Log meeting' }).click();
    await expect(page.getByRole('alert')).toContainText('Enter a date.');
    await expect(page.getByRole('alert')).toContainText('Choose the kind of meeting.');
    await form.getByLabel('Date held').fill(demoToday());
    await form.getByLabel('Kind of meeting').selectOption('iep');
    await form.getByLabel('Who attended').fill('María González\nMs. Park, speech therapist');
    await form
      .getByLabel('What the school or district proposed')
      .fill(`Cut speech to 30 min ${stamp}`);
    await form.getByLabel('What the parent objected to').fill('Reducing speech minutes');
    await form.getByRole('button', { name: 'Log meeting' }).click();
    const meeting = page
      .getByTestId('meeting')
      .filter({ hasText: `Cut speech to 30 min ${stamp}` });
    await expect(meeting.getByRole('heading', { level: 2 })).toContainText('IEP meeting');
    await expect(meeting).toContainText('María González, Ms. Park, speech therapist');
    await checkPage(page, 'caselogs-meetings');
  });

  await test.step('a communication is logged', async () => {
    await page
      .getByRole('navigation', { name: 'Records' })
      .getByRole('link', { name: 'Communications' })
      .click();
    await expect(page).toHaveURL(`/cases/${seededCaseId}/communications`);
    await hydrated(page);
    const form = page.getByRole('form', { name: 'Log a communication' });
    await form.getByLabel('Date', { exact: true }).fill(demoToday());
    await form.getByLabel('How').selectOption('phone');
    await form.getByLabel('Who took part').fill('Principal Ruiz');
    await form.getByLabel('Summary').fill(`Asked for the missed sessions to be made up ${stamp}`);
    await form.getByRole('button', { name: 'Log communication' }).click();
    const entry = page
      .getByTestId('communication')
      .filter({ hasText: `Asked for the missed sessions to be made up ${stamp}` });
    await expect(entry.getByRole('heading', { level: 2 })).toContainText('Phone');
    await expect(entry).toContainText('Principal Ruiz');
    await checkPage(page, 'caselogs-communications');
  });
});
