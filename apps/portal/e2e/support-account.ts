import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { hydrated, open, signIn } from './support';

export const PASSWORD = 'continuum-demo';

export const riversideAdmin = { email: 'admin@riverside.example', name: 'Rosa Alvarez' };
export const summitAdmin = { email: 'admin@summit.example', name: 'Daniel Brooks' };

/** An address no other test (nor an earlier run's leftovers) uses. */
export function uniqueEmail(label: string): string {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `${label}.${stamp}@example.org`;
}

export async function signInAs(page: Page, email: string, password = PASSWORD): Promise<void> {
  await open(page, '/sign-in');
  await signIn(page, email, password);
  await expect(page.getByTestId('session')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await open(page, '/sign-out');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in to Continuum' })).toBeVisible();
}

/**
 * The first link of the newest mail to `to` on the development mailbox, read by whoever is
 * signed in on `page`: the person it is addressed to, or the admin who sent the invitation.
 */
export async function linkFromMailbox(page: Page, to: string, subject: RegExp): Promise<string> {
  await open(page, '/mailbox');
  const mail = page
    .getByRole('article')
    .filter({ hasText: to })
    .filter({ has: page.getByRole('heading', { name: subject }) })
    .first();
  const href = await mail.getByRole('link').first().getAttribute('href');
  expect(href, `a link in the mail to ${to}`).toBeTruthy();
  return href ?? '';
}

/** A GraphQL call through the portal's /graphql, as a browser without the portal's pages. */
async function graphql<T>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, `GraphQL errors for ${query.slice(0, 40)}`).toBeUndefined();
  return body.data as T;
}

/**
 * A new member of the admin's organization, made through the API (invite, read the mailbox,
 * accept), for tests that change or remove members without touching the demo people.
 */
export async function newMember(
  baseURL: string,
  admin: { email: string },
  role: 'PARENT' | 'ADVOCATE' | 'ORG_ADMIN',
  name: string,
): Promise<{ email: string; name: string }> {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, '.'));
  const adminApi = await request.newContext({ baseURL });
  const guestApi = await request.newContext({ baseURL });
  try {
    await graphql(
      adminApi,
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      {
        e: admin.email,
        p: PASSWORD,
      },
    );
    await graphql(
      adminApi,
      'mutation ($e: String!, $r: Role!) { inviteMember(email: $e, role: $r) { id } }',
      {
        e: email,
        r: role,
      },
    );
    const { developmentMailbox } = await graphql<{
      developmentMailbox: { to: string; text: string }[];
    }>(adminApi, '{ developmentMailbox { to text } }');
    const mail = developmentMailbox.find((candidate) => candidate.to === email);
    const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect(token, `an invitation mail to ${email}`).toBeTruthy();
    await graphql(
      guestApi,
      'mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { role } }',
      { i: { token, name, password: PASSWORD } },
    );
    return { email, name };
  } finally {
    await adminApi.dispose();
    await guestApi.dispose();
  }
}

/** Waits for the page after a form post that reloads the page's data. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await hydrated(page);
}
