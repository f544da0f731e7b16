import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { PASSWORD, riversideAdmin } from './support-account';

/**
 * The client's address through the proxy chain (docs/operations.md): a TLS proxy appends it
 * to X-Forwarded-For, the portal believes only the entry its proxy wrote (ADDRESS_HEADER,
 * XFF_DEPTH) and passes that one on, the API believes the portal (TRUST_PROXY loopback) and
 * audits it. Each test runs a portal of its own, configured as that deployment would be,
 * against the suite's API; the requests stand in for the TLS proxy.
 */
const API_URL = `http://127.0.0.1:${3100 + Number(process.env.CONTINUUM_E2E_PORT_OFFSET ?? 0)}`;
const PORTAL_DIR = fileURLToPath(new URL('..', import.meta.url));
const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { role } }';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startPortal(
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['build'], {
    cwd: PORTAL_DIR,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, API_URL, ...env },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  await expect
    .poll(
      async () => {
        // Through the portal as a proxied request would come, so ADDRESS_HEADER finds its header.
        const answer = await fetch(`${url}/`, {
          headers: { 'x-forwarded-for': '192.0.2.1' },
        }).catch(
          () => null, // not listening yet
        );
        return answer?.status ?? 0;
      },
      { timeout: 30_000 },
    )
    .toBe(200)
    .catch(async (error: unknown) => {
      await stop();
      throw error;
    });
  return { url, stop };
}

/** A failed sign-in through the portal, as the TLS proxy forwards it. */
async function failSignIn(portal: string, forwardedFor: string): Promise<void> {
  const answer = await fetch(`${portal}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: riversideAdmin.email, p: 'not it' } }),
  });
  const body = (await answer.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
}

/** The addresses of Riverside's latest failed sign-ins, as its admin reads the audit log. */
async function auditedAddresses(): Promise<string[]> {
  const signIn = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: riversideAdmin.email, p: PASSWORD } }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const answer = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: `{ auditEvents(filter: { actions: ["auth.sign_in_failed"] }, first: 20) { nodes { ipAddress } } }`,
    }),
  });
  const body = (await answer.json()) as {
    data: { auditEvents: { nodes: { ipAddress: string | null }[] } };
  };
  return body.data.auditEvents.nodes.map((n) => n.ipAddress ?? '');
}

test('behind a trusted TLS proxy the API audits the client’s address, not the proxy’s or a forged one', async () => {
  const portal = await startPortal({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
  try {
    const client = `203.0.113.${randomInt(1, 255)}`;
    const forged = `198.51.100.${randomInt(1, 255)}`;
    // The browser forged the first entry; the proxy appended the address it saw.
    await failSignIn(portal.url, `${forged}, ${client}`);
    const addresses = await auditedAddresses();
    expect(addresses[0]).toBe(client);
    expect(addresses).not.toContain(forged);
  } finally {
    await portal.stop();
  }
});

test('a portal with no proxy in front ignores a browser’s X-Forwarded-For', async () => {
  const portal = await startPortal({});
  try {
    const forged = `198.51.100.${randomInt(1, 255)}`;
    await failSignIn(portal.url, forged);
    const addresses = await auditedAddresses();
    expect(addresses[0]).toBe('127.0.0.1');
    expect(addresses).not.toContain(forged);
  } finally {
    await portal.stop();
  }
});
