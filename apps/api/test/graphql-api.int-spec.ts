import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printApiSchema } from '../src/platform/graphql/build-schema';
import { Factories } from './support/factories';
import { resetDatabase, TestApi } from './support/harness';

describe('the GraphQL endpoint', () => {
  let api: TestApi;
  beforeAll(async () => {
    await resetDatabase();
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('serves exactly the committed schema.graphql', async () => {
    const committed = await readFile(join(__dirname, '..', 'schema.graphql'), 'utf8');
    const { schema } = api.app.get(GraphQLSchemaHost);
    expect(printApiSchema(schema)).toBe(committed);
  });

  it('blocks a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { role } }' }, { query: '{ me { role } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('rejects an operation deeper than the depth limit', async () => {
    const shallow = await TestApi.start({ GRAPHQL_MAX_DEPTH: '3' });
    try {
      const deep = await shallow.graphql('{ me { memberships { organization { name } } } }');
      expect(deep.data).toBeNull();
      expect(deep.errors?.[0]?.message).toMatch(/depth limit/i);
      expect(deep.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const fine = await shallow.graphql('{ me { role } }');
      expect(fine.errors).toBeUndefined();
    } finally {
      await shallow.close();
    }
  });

  it('rejects an operation with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { role }`).join(' ');
    const result = await api.graphql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/aliases limit/i);
  });

  it('reports a malformed query with a code and no stack trace', async () => {
    const result = await api.graphql('{ me { ');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('names an unknown field', async () => {
    const result = await api.graphql('{ me { shoeSize } }');
    expect(result.errors?.[0]?.message).toMatch(/shoeSize/);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('returns a request id, and keeps a well-formed one the caller sent', async () => {
    const generated = await api.graphql('{ me { role } }');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await api.graphql(
      '{ me { role } }',
      {},
      { headers: { 'x-request-id': 'trace-123' } },
    );
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
  });

  it('sends the security headers', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the GraphQL endpoint in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start({ NODE_ENV: 'production' });
  });
  afterAll(() => api.close());

  it('sets a Secure, __Host- prefixed session cookie', async () => {
    await resetDatabase();
    const factories = new Factories(api.unitOfWork);
    const organization = await factories.organization();
    const member = await factories.member(organization, 'PARENT');
    const result = await api.graphql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }',
      {
        e: member.email,
        p: member.password,
      },
    );
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-continuum_session=/);
    expect(cookie).toMatch(/; Path=\/;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
  });

  it('turns introspection off', async () => {
    const result = await api.graphql('{ __schema { queryType { name } } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
