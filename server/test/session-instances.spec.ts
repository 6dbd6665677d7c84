import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { hashPassword } from '../src/modules/auth/password.js';
import {
  errorCode,
  startOtherInstance,
  startTestServer,
  type GqlClient,
  type TestServer,
} from './harness.js';

/*
 * Two server instances on one database, as behind a load balancer: whatever ends a session on
 * one instance (logout, deactivation, a password change) ends it on the other at once — the
 * next request there is refused, with no waiting (docs/performance.md, "Sessions").
 */
const ME = '{ me { username mustChangePassword } }';
const USERS = '{ users(first: 1) { items { id } } }';
const MY_NOTIFICATIONS = '{ unreadNotificationCount }';

let server: TestServer;
let other: NestFastifyApplication;
let otherUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ app: other } = await startOtherInstance(server, server.clock.now()));
  await other.listen(0, '127.0.0.1');
  otherUrl = (await other.getUrl()).replace('[::1]', '127.0.0.1');
});

afterAll(async () => {
  await other.close();
  await server.close();
});

async function makeUser(username: string, roles: string[]): Promise<string> {
  const [{ id }] = await server.db.query(
    `INSERT INTO app_user (username, display_name, mobile, password_hash, roles)
     VALUES ($1, $1, $2, $3, $4) RETURNING id`,
    [
      username,
      `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      await hashPassword('Start#2026'),
      roles,
    ],
  );
  return id;
}

/** A client signed in (on the first instance) as `username`. */
async function signedIn(username: string, password = 'Start#2026'): Promise<GqlClient> {
  const client = server.admin();
  const response = await client.login(username, password);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return client;
}

describe('sessions across instances', () => {
  it('ends the session on the other instance at once when it is logged out on one', async () => {
    const admin = await server.signedIn('admin', 'SYS_ADMIN');
    const elsewhere = admin.at(otherUrl);
    // The other instance has served the session before the logout.
    expect((await elsewhere.ok(ME)).me.username).toBe('admin');
    expect((await elsewhere.request(USERS)).errors).toBeUndefined();

    expect((await admin.ok('mutation { logout }')).logout).toBe(true);
    expect((await elsewhere.ok(ME)).me).toBeNull();
    expect(errorCode(await elsewhere.request(USERS))).toBe('SESSION_EXPIRED');
  });

  it('and the other way round: a logout on the second instance ends it on the first', async () => {
    const admin = await server.signedIn('admin', 'SYS_ADMIN');
    expect((await admin.request(USERS)).errors).toBeUndefined();
    expect((await admin.at(otherUrl).ok('mutation { logout }')).logout).toBe(true);
    expect(errorCode(await admin.request(USERS))).toBe('SESSION_EXPIRED');
  });

  it('ends every session of a deactivated account on the other instance at once', async () => {
    const id = await makeUser('leaver-elsewhere', ['OFFICE_STAFF']);
    const leaver = (await signedIn('leaver-elsewhere')).at(otherUrl);
    expect((await leaver.request(MY_NOTIFICATIONS)).errors).toBeUndefined();

    const admin = await server.signedIn('admin', 'SYS_ADMIN');
    await admin.ok('mutation ($id: ID!) { setUserActive(userId: $id, active: false) { active } }', { id });
    expect(errorCode(await leaver.request(MY_NOTIFICATIONS))).toBe('SESSION_EXPIRED');
  });

  it('ends the other sessions of a user who changes the password, on the other instance at once', async () => {
    await makeUser('changer-elsewhere', ['OFFICE_STAFF']);
    const changing = await signedIn('changer-elsewhere');
    const laptop = (await signedIn('changer-elsewhere')).at(otherUrl);
    expect((await laptop.request(MY_NOTIFICATIONS)).errors).toBeUndefined();
    expect((await changing.at(otherUrl).ok(ME)).me.username).toBe('changer-elsewhere');

    await changing.ok(
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }',
      { input: { currentPassword: 'Start#2026', newPassword: 'Better#2027' } },
    );
    expect(errorCode(await laptop.request(MY_NOTIFICATIONS))).toBe('SESSION_EXPIRED');
    // The session that changed the password goes on, on either instance.
    expect((await changing.at(otherUrl).request(MY_NOTIFICATIONS)).errors).toBeUndefined();
  });
});

describe('API responses', () => {
  it('are never stored by a cache, and leave the resolvers of the schema unwrapped', async () => {
    const admin = await server.signedIn('admin', 'SYS_ADMIN');
    const answer = await admin.request(USERS);
    expect(answer.errors).toBeUndefined();
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const portal = await server.portal().request(ME);
    expect(portal.headers.get('cache-control')).toBe('no-store');
    // A plugin with a per-field hook (Apollo's default cache-control plugin had one) makes Apollo
    // wrap the resolver of every field of the schema, scalars included (docs/performance.md).
    const { schema } = server.app.get(GraphQLSchemaHost);
    const wrapped = Object.getOwnPropertySymbols(schema).map((symbol) => symbol.description);
    expect(wrapped).not.toContain('apolloServerPluginsEnabled');
  });
});
