import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadEnv } from '../src/config/env.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('schemas and migrations', () => {
  it('keeps the portal schema free of admin operations', () => {
    const portal = readFileSync(new URL('../schema/portal.graphql', import.meta.url), 'utf8');
    expect(portal).not.toMatch(/auditLog|users\(|setUserActive/);
  });

  it('has migrations that produce exactly the schema the entities describe', async () => {
    const pending = await server.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe('configuration', () => {
  it('stops the boot with a message naming each bad value', () => {
    expect(() => loadEnv({ PORT: 'eighty', NODE_ENV: 'staging' })).toThrow(
      /PORT="eighty"[\s\S]*NODE_ENV="staging"|NODE_ENV="staging"[\s\S]*PORT="eighty"/,
    );
    expect(() => loadEnv({ NODE_ENV: 'production', SQL_STATEMENT_HEADER: 'true' })).toThrow(
      /SQL_STATEMENT_HEADER/,
    );
    expect(loadEnv({ PORT: '8080' }).PORT).toBe(8080);
  });
});

describe('HTTP behaviour', () => {
  it('answers malformed JSON with a translated 400 and no stack trace', async () => {
    const response = await fetch(`${server.url}/graphql/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0]).toEqual({
      message: 'Bad request',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers what the HTTP layer refuses with its status and a translated error, never its own', async () => {
    const post = (contentType: string, body: string) =>
      fetch(`${server.url}/graphql/admin`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'accept-language': 'en' },
        body,
      });
    const refusals = [
      // Over the body limit (10 MB, room for an .xlsx import).
      [
        await post(
          'application/json',
          JSON.stringify({ query: `{ __typename } #${'x'.repeat(11 * 1024 * 1024)}` }),
        ),
        413,
      ],
      // A type the server does not read.
      [await post('application/xml', '<query/>'), 415],
    ] as const;
    for (const [response, status] of refusals) {
      expect(response.status).toBe(status);
      expect(((await response.json()) as { errors: unknown }).errors).toEqual([
        { message: 'Bad request', extensions: { code: 'BAD_REQUEST' } },
      ]);
    }
    const nothing = await fetch(`${server.url}/graphql/nothing-here`, {
      headers: { 'accept-language': 'en' },
    });
    expect(nothing.status).toBe(404);
    expect(((await nothing.json()) as { errors: unknown }).errors).toEqual([
      { message: 'Not found', extensions: { code: 'NOT_FOUND' } },
    ]);
  });

  it('answers an unknown field with a translated message that names it', async () => {
    const response = await server.portal('en').request('{ me { salary } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/^Bad request: .*"salary"/);
  });

  it('refuses documents with too many aliases or tokens', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { username }`).join(' ');
    expect((await server.portal().request(`{ ${aliases} }`)).errors?.[0].message).toMatch(/alias/i);
    const huge = `{ me { ${'username '.repeat(2100)} } }`;
    const tooLarge = await server.portal().request(huge);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.errors?.[0].extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('sends security headers on every response, the API and its landing page too', async () => {
    const api = await fetch(`${server.url}/graphql/portal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    for (const response of [await fetch(`${server.url}/health`), api]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      // Plain HTTP here (COOKIE_SECURE off): no upgrade of requests to HTTPS.
      expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    // Outside production the GraphQL landing page (a GET) runs its own scripts: no CSP there.
    const landing = await fetch(`${server.url}/graphql/admin`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-security-policy')).toBeNull();
    expect(landing.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps idle connections longer than the proxy in front of it (nginx: 60 s)', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('reports health 200 while the database answers and 503 when it does not', async () => {
    const ok = await fetch(`${server.url}/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'up' });
    const broken = await startTestServer();
    await broken.db.destroy();
    const down = await fetch(`${broken.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'down' });

    // Unexpected failures reach the client as a generic message carrying the request id.
    const signIn = await broken.admin('en').login('admin');
    expect(signIn.status).toBe(200);
    expect(signIn.errors?.[0].extensions?.code).toBe('INTERNAL');
    expect(signIn.errors?.[0].message).toBe(
      `Internal server error; please try again later (request id ${signIn.headers.get('x-request-id')})`,
    );
    const withSession = await fetch(`${broken.url}/graphql/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'gb_admin_session=whatever' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(withSession.status).toBe(503);
    const body = await withSession.text();
    expect(body).toContain('INTERNAL');
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
    await broken.app.close().catch(() => undefined);
  });
});
