import { expect, request, type APIRequestContext } from '@playwright/test';
import { demoToday } from './support';

export const demoAdvocate = {
  email: 'marcus.lee@riverside.example',
  password: 'continuum-demo',
  name: 'Marcus Lee',
};

/** James Carter: a Riverside parent with one child, Jayden (NC). */
export const demoParent = {
  email: 'james.carter@example.com',
  password: 'continuum-demo',
  familyName: 'Carter',
  studentName: 'Jayden Carter',
};

/** Posts one GraphQL operation through the portal's /graphql proxy; fails the test on errors. */
export async function graphql<T>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.post('/graphql', {
    // Apollo's CSRF prevention accepts JSON requests that carry this header.
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, `GraphQL errors for ${query.slice(0, 40)}`).toBeUndefined();
  return body.data as T;
}

/**
 * A parent submits an intake, as the family pages would: sign in, start a draft for their
 * family, submit it. `summary` makes the intake recognisable among others in the same run.
 */
export async function submitIntakeAsParent(
  baseURL: string,
  parent: { email: string; password: string },
  summary: string,
): Promise<{ intakeId: string }> {
  const api = await request.newContext({ baseURL });
  try {
    await graphql(
      api,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      {
        e: parent.email,
        p: parent.password,
      },
    );
    const { families } = await graphql<{ families: { id: string }[] }>(api, '{ families { id } }');
    const familyId = families[0]?.id;
    expect(familyId, 'the parent has a family').toBeTruthy();
    const { saveIntakeDraft } = await graphql<{ saveIntakeDraft: { id: string } }>(
      api,
      `
        mutation ($input: SaveIntakeDraftInput!) {
          saveIntakeDraft(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyId,
          lang: 'EN',
          answers: {
            state: 'NC',
            plan_type: 'iep',
            issues: ['services_not_provided'],
            has_decision_date: false,
            summary,
          },
        },
      },
    );
    await graphql(api, 'mutation($id: ID!) { submitIntake(intakeId: $id) { status } }', {
      id: saveIntakeDraft.id,
    });
    return { intakeId: saveIntakeDraft.id };
  } finally {
    await api.dispose();
  }
}

/** A calendar day `days` before today (in the demo organization's zone, as the API counts). */
export function daysAgo(days: number): string {
  return demoToday(days);
}
