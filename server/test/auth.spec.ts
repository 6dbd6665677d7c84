import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { hashPassword } from '../src/modules/auth/password.js';
import { TEST_EPOCH, errorCode, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
// Tests that move the clock put it back, so that the others find their sessions alive.
afterEach(() => server.clock.set(TEST_EPOCH));

const MINUTE = 60_000;

const ME = '{ me { username roles organisationName mustChangePassword } }';
const auditActions = async (actor: string): Promise<string[]> =>
  (await server.db.query('SELECT action FROM audit_log WHERE actor_name = $1 ORDER BY id', [actor])).map(
    (row: { action: string }) => row.action,
  );

/** A fresh account, so that lockouts and password changes do not disturb other tests. */
async function makeUser(username: string, roles: string[], options: { mustChange?: boolean } = {}) {
  await server.db.query(
    `INSERT INTO app_user (username, display_name, mobile, password_hash, roles, must_change_password)
     VALUES ($1, $1, $2, $3, $4, $5)`,
    [
      username,
      `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      await hashPassword('Start#2026'),
      roles,
      options.mustChange ?? false,
    ],
  );
}

describe('sign-in', () => {
  it('signs an enterprise user in on the portal by user name and by mobile number', async () => {
    const byName = server.portal();
    expect((await byName.login('enterprise')).data?.login.roles).toEqual(['ENTERPRISE']);
    const me = await byName.ok(ME);
    expect(me.me).toMatchObject({ username: 'enterprise', organisationName: '郑州惠济宏达食品有限公司' });
    const byMobile = server.portal();
    expect((await byMobile.login('13800000001')).errors).toBeUndefined();
  });

  it('signs staff in on the admin app and shows their organisation', async () => {
    const client = server.admin();
    await client.login('dept');
    expect((await client.ok(ME)).me).toMatchObject({
      roles: ['DEPT_STAFF'],
      organisationName: '区市场监督管理局',
    });
    const office = server.admin();
    await office.login('officelead');
    expect((await office.ok(ME)).me).toMatchObject({
      roles: ['OFFICE_STAFF', 'OFFICE_LEADER'],
      organisationName: '区优化办',
    });
  });

  it('tells users who chose the wrong app where to go, and opens no session', async () => {
    const portal = server.portal();
    expect(errorCode(await portal.login('office'))).toBe('WRONG_APP_PORTAL');
    expect((await portal.ok(ME)).me).toBeNull();
    const admin = server.admin();
    const response = await admin.login('gridhead');
    expect(errorCode(response)).toBe('WRONG_APP_ADMIN');
    expect(response.errors?.[0].message).toBe('企业用户和网格长请在门户登录');
  });

  it('refuses a wrong password with one message for unknown names and wrong passwords', async () => {
    const wrong = await server.admin().login('office', 'Wrong#Pass1');
    const unknown = await server.admin().login('nobody-here', 'Wrong#Pass1');
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('names the missing field in the language the client asks for', async () => {
    const english = await server
      .admin('en')
      .request('mutation { login(input: { identifier: "", password: "x" }) { id } }');
    expect(english.status).toBe(200);
    expect(english.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'identifier', message: 'User name or mobile is required' }],
    });
    const chinese = await server
      .admin()
      .request('mutation { login(input: { identifier: "", password: "x" }) { id } }');
    expect(chinese.errors?.[0].extensions?.fields?.[0].message).toBe('用户名或手机号不能为空');
  });
});

describe('lockout (docs/roles-and-scope.md#sign-in-and-sessions)', () => {
  it('locks the account on the fifth failure, refuses the right password while locked, and audits it', async () => {
    await makeUser('lockme', ['OFFICE_STAFF']);
    const client = server.admin();
    const remaining = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await client.login('lockme', 'Wrong#Pass1');
      expect(errorCode(response)).toBe('INVALID_CREDENTIALS');
      remaining.push(response.errors?.[0].extensions?.remainingAttempts);
    }
    expect(remaining).toEqual([4, 3, 2]);
    // From the fourth attempt on, a picture code first (sign-in-hardening.spec.ts).
    expect(errorCode(await client.login('lockme', 'Wrong#Pass1'))).toBe('CAPTCHA_REQUIRED');
    const fourth = await client.login('lockme', 'Wrong#Pass1', await server.captcha(client));
    expect(fourth.errors?.[0]).toMatchObject({
      message: '用户名或密码错误，还可尝试 1 次，之后账号将锁定 15 分钟',
      extensions: { code: 'INVALID_CREDENTIALS', remainingAttempts: 1, minutes: 15 },
    });
    const fifth = await client.login('lockme', 'Wrong#Pass1', await server.captcha(client));
    expect(errorCode(fifth)).toBe('ACCOUNT_LOCKED');
    expect(fifth.errors?.[0].message).toContain('15');
    expect(errorCode(await client.login('lockme', 'Start#2026'))).toBe('ACCOUNT_LOCKED');
    expect(await auditActions('lockme')).toEqual([
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_REFUSED_CAPTCHA',
      'LOGIN_FAILED',
      'ACCOUNT_LOCKED',
      'LOGIN_REFUSED_LOCKED',
    ]);
    server.clock.advance(14 * 60_000);
    const later = await client.login('lockme', 'Start#2026');
    expect(later.errors?.[0].extensions).toMatchObject({ code: 'ACCOUNT_LOCKED', minutes: 1 });
    // Fifteen minutes after the fifth failure the right password works again, without a picture code.
    server.clock.advance(60_000);
    expect((await client.login('lockme', 'Start#2026')).errors).toBeUndefined();
  });

  it('lets no more attempts through than the count allows, however many arrive at once', async () => {
    await makeUser('racer', ['OFFICE_STAFF']);
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => server.admin().login('racer', 'Wrong#Pass1')),
    );
    const codes = (responses: typeof burst) => responses.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes(burst)).toEqual([
      ...Array<string>(7).fill('CAPTCHA_REQUIRED'),
      ...Array<string>(3).fill('INVALID_CREDENTIALS'),
    ]);
    // Picture codes let two more through: the first counts, the second locks; the rest meet the lock.
    const clients = Array.from({ length: 4 }, () => server.admin());
    const captchas: { captchaId: string; captchaAnswer: string }[] = [];
    for (const client of clients) captchas.push(await server.captcha(client));
    const solved = await Promise.all(
      clients.map((client, i) => client.login('racer', 'Wrong#Pass1', captchas[i])),
    );
    expect(codes(solved)).toEqual([
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'INVALID_CREDENTIALS',
    ]);
    const actions = await auditActions('racer');
    expect(actions.filter((action) => action === 'LOGIN_FAILED')).toHaveLength(4);
    expect(actions.filter((action) => action === 'ACCOUNT_LOCKED')).toHaveLength(1);
    expect(errorCode(await server.admin().login('racer', 'Start#2026'))).toBe('ACCOUNT_LOCKED');
  });
});

describe('sessions', () => {
  it('ends the session at logout: the cookie no longer works', async () => {
    const client = await server.signedIn('admin', 'AUDITOR');
    expect((await client.ok('{ verifyAuditChain { intact } }')).verifyAuditChain.intact).toBe(true);
    expect((await client.ok('mutation { logout }')).logout).toBe(true);
    expect((await client.ok(ME)).me).toBeNull();
    expect(await auditActions('auditor')).toContain('LOGOUT');
  });

  it('expires a session after 30 idle minutes and after 12 hours in all', async () => {
    const USERS = '{ users(first: 1) { items { id } } }';
    const idle = await server.signedIn('admin', 'SYS_ADMIN');
    // Each request counts as activity: 29 idle minutes are fine, again and again.
    for (let i = 0; i < 3; i++) {
      server.clock.advance(29 * MINUTE);
      expect((await idle.request(USERS)).errors).toBeUndefined();
    }
    server.clock.advance(31 * MINUTE);
    expect(errorCode(await idle.request(USERS))).toBe('SESSION_EXPIRED');

    // Busy all along, a session still ends 12 hours after sign-in.
    const long = await server.signedIn('admin', 'SYS_ADMIN');
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      server.clock.advance(25 * MINUTE);
      expect((await long.request(USERS)).errors).toBeUndefined();
    }
    server.clock.advance(25 * MINUTE);
    expect(errorCode(await long.request(USERS))).toBe('SESSION_EXPIRED');
  });

  it('ends every session of a deactivated account at once and refuses its sign-in', async () => {
    await makeUser('leaver', ['DEPT_STAFF']);
    const leaver = server.admin();
    await leaver.login('leaver', 'Start#2026');
    expect((await leaver.ok(ME)).me.username).toBe('leaver');
    const admin = await server.signedIn('admin', 'SYS_ADMIN');
    const [{ id }] = await server.db.query(`SELECT id FROM app_user WHERE username = 'leaver'`);
    await admin.ok('mutation ($id: ID!) { setUserActive(userId: $id, active: false) { active } }', { id });
    expect((await leaver.ok(ME)).me).toBeNull();
    expect(errorCode(await server.admin().login('leaver', 'Start#2026'))).toBe('ACCOUNT_DISABLED');
  });
});

describe('forced password change', () => {
  it('allows nothing but the change until an administrator-set password is replaced', async () => {
    await makeUser('newcomer', ['OFFICE_STAFF', 'AUDITOR'], { mustChange: true });
    const client = server.admin();
    expect((await client.login('newcomer', 'Start#2026')).data?.login).toMatchObject({
      mustChangePassword: true,
    });
    expect(errorCode(await client.request('{ auditLog(first: 5) { nextCursor } }'))).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );

    const change =
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }';
    const weak = await client.request(change, {
      input: { currentPassword: 'Start#2026', newPassword: 'abcdefgh' },
    });
    expect(weak.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'newPassword' }],
    });
    const wrongCurrent = await client.request(change, {
      input: { currentPassword: 'Nope#2026', newPassword: 'Better#2027' },
    });
    expect(wrongCurrent.errors?.[0].extensions).toMatchObject({
      code: 'WRONG_CURRENT_PASSWORD',
      fields: [{ field: 'currentPassword', message: '当前密码不正确' }],
    });

    expect(
      (await client.ok(change, { input: { currentPassword: 'Start#2026', newPassword: 'Better#2027' } }))
        .changePassword,
    ).toEqual({ mustChangePassword: false });
    expect((await client.request('{ auditLog(first: 5) { nextCursor } }')).errors).toBeUndefined();
    expect(errorCode(await server.admin().login('newcomer', 'Start#2026'))).toBe('INVALID_CREDENTIALS');
    expect((await server.admin().login('newcomer', 'Better#2027')).errors).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('refuses sign-in attempts beyond the per-minute limit of one address', async () => {
    const limited = await startTestServer({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const client = limited.portal();
      for (let i = 0; i < 3; i++)
        expect(errorCode(await client.login('nobody', 'Wrong#Pass1'))).toBe('INVALID_CREDENTIALS');
      const refused = await client.login('enterprise');
      expect(errorCode(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].message).toMatch(/请 \d+ 秒后再试/);
    } finally {
      await limited.close();
    }
  });
});
