import { describe, expect, it } from 'vitest';
import { execute, GraphQLRequestError, TRANSPORT_ERROR_CODES, type Fetch } from './execute';
import { MeDocument, SignInDocument, SignOutDocument } from './generated/graphql';

interface Sent {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that records what was sent and answers with `respond`'s Response. */
function fakeFetch(respond: () => Response | Promise<Response>): { fetch: Fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch: Fetch = (input, init) => {
    sent.push({ url: input instanceof Request ? input.url : input.toString(), init });
    return Promise.resolve(respond());
  };
  return { fetch, sent };
}

/** The JSON body a request carried. */
function bodyOf(request: Sent | undefined): Record<string, unknown> {
  const body = request?.init?.body;
  if (typeof body !== 'string') throw new Error('expected a JSON string body');
  return JSON.parse(body) as Record<string, unknown>;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe(execute.name, () => {
  it('posts JSON to /graphql with the operation name, query and variables', async () => {
    const { fetch, sent } = fakeFetch(() => json({ data: { signOut: true } }));

    await execute(fetch, SignOutDocument);

    const [request] = sent;
    expect(request?.url).toBe('/graphql');
    expect(request?.init?.method).toBe('POST');
    const headers = new Headers(request?.init?.headers);
    // Apollo's CSRF prevention refuses "simple" requests; JSON is never simple.
    expect(headers.get('content-type')).toBe('application/json');
    const body = bodyOf(request);
    expect(body.operationName).toBe('SignOut');
    expect(body.query).toContain('mutation SignOut');
    expect(body.variables).toEqual({});
  });

  it('returns the typed data', async () => {
    const me = {
      user: { id: 'u1', name: 'Rosa Alvarez', email: 'admin@riverside.example' },
      activeOrganization: { id: 'o1', name: 'Riverside Parent Center' },
      role: 'ORG_ADMIN',
      memberships: [],
    };
    const { fetch, sent } = fakeFetch(() => json({ data: { signIn: me } }));

    const { data } = await execute(fetch, SignInDocument, {
      email: 'admin@riverside.example',
      password: 'continuum-demo',
    });

    expect(data.signIn.user.name).toBe('Rosa Alvarez');
    const body = bodyOf(sent[0]);
    expect(body.variables).toEqual({
      email: 'admin@riverside.example',
      password: 'continuum-demo',
    });
  });

  it("throws the first error's code, message and field", async () => {
    const { fetch } = fakeFetch(() =>
      json({
        data: null,
        errors: [
          {
            message: 'That email and password do not match an account.',
            extensions: { code: 'INVALID_CREDENTIALS' },
          },
        ],
      }),
    );

    const error = await execute(fetch, SignInDocument, { email: 'a@b.c', password: 'x' }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'That email and password do not match an account.',
      field: undefined,
    });
  });

  it('keeps the field the API names for invalid input', async () => {
    const { fetch } = fakeFetch(() =>
      json({
        errors: [
          {
            message: 'Enter your email address.',
            extensions: { code: 'BAD_USER_INPUT', field: 'email' },
          },
        ],
      }),
    );

    await expect(
      execute(fetch, SignInDocument, { email: '', password: 'x' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('keeps the key and parameters the portal words the error by', async () => {
    const { fetch } = fakeFetch(() =>
      json({
        errors: [
          {
            message: 'Choose a password of at least 12 characters.',
            extensions: {
              code: 'BAD_USER_INPUT',
              key: 'PASSWORD_TOO_SHORT',
              params: { min: 12 },
              field: 'password',
            },
          },
        ],
      }),
    );

    await expect(
      execute(fetch, SignInDocument, { email: 'a@b.org', password: 'x' }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      key: 'PASSWORD_TOO_SHORT',
      params: { min: 12 },
      field: 'password',
    });
  });

  it('reports a failed connection as NETWORK_ERROR', async () => {
    const fetch: Fetch = () => Promise.reject(new TypeError('fetch failed'));

    await expect(execute(fetch, MeDocument)).rejects.toMatchObject({
      code: TRANSPORT_ERROR_CODES.network,
    });
  });

  it('reports a non-GraphQL answer as BAD_RESPONSE with its status', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
    );

    await expect(execute(fetch, MeDocument)).rejects.toMatchObject({
      code: TRANSPORT_ERROR_CODES.badResponse,
      status: 502,
    });
  });

  it('reports a response without data or errors as BAD_RESPONSE', async () => {
    const { fetch } = fakeFetch(() => json({}));

    await expect(execute(fetch, MeDocument)).rejects.toMatchObject({
      code: TRANSPORT_ERROR_CODES.badResponse,
    });
  });

  it('requires the variables an operation declares', async () => {
    const { fetch } = fakeFetch(() => json({ data: { signOut: true } }));

    // @ts-expect-error SignIn declares required variables, so they cannot be left out.
    await execute(fetch, SignInDocument).catch(() => undefined);
    // @ts-expect-error A variable of the wrong type is refused.
    await execute(fetch, SignInDocument, { email: 1, password: 'x' }).catch(() => undefined);
  });

  it('sends to a given endpoint', async () => {
    const { fetch, sent } = fakeFetch(() => json({ data: { me: null } }));

    const { data } = await execute(fetch, MeDocument, {}, { endpoint: 'http://api.test/graphql' });

    expect(data.me).toBeNull();
    expect(sent[0]?.url).toBe('http://api.test/graphql');
  });
});
