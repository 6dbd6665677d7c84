import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashPassword } from '../src/modules/auth/password.js';
import { CAPTCHA_TTL_MS } from '../src/modules/auth/captcha.service.js';
import { errorCode, startTestServer, type GqlClient, type GqlResponse, type TestServer } from './harness.js';

/*
 * Sign-in against guessing and enumeration: names that exist and names that do not answer alike,
 * and a picture code (图形验证码) is needed after three failures of one account or from one client
 * address. The server trusts X-Forwarded-For here, so that each test speaks from addresses of its
 * own (documentation ranges); LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES is the default, 3.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ TRUST_PROXY: 'true', LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES: '3' });
});
afterAll(() => server.close());

const PASSWORD = 'Start#2026';
const WRONG = 'Wrong#Pass1';

async function makeUser(username: string): Promise<void> {
  await server.db.query(
    `INSERT INTO app_user (username, display_name, password_hash, roles) VALUES ($1, $1, $2, '{OFFICE_STAFF}')`,
    [username, await hashPassword(PASSWORD)],
  );
}

let lastAddress = 0;
/** A client of the admin API at an address no other client uses. */
function fresh(): GqlClient {
  lastAddress += 1;
  return server.admin().from(`198.51.100.${lastAddress}`);
}

const auditActions = async (identifier: string): Promise<string[]> =>
  (
    await server.db.query(
      `SELECT action FROM audit_log WHERE details::jsonb->>'identifier' = $1 ORDER BY id`,
      [identifier],
    )
  ).map((row: { action: string }) => row.action);

/** What a client sees of an answer. */
const seen = (response: GqlResponse) => ({
  data: response.data,
  message: response.errors?.[0].message,
  extensions: response.errors?.[0].extensions,
});

/** Signs in as `identifier` with `passwords` one after another, answering a picture code whenever asked. */
async function run(client: GqlClient, identifier: string, passwords: string[]) {
  const answers = [];
  let captchaRequired = false;
  for (const password of passwords) {
    const response = await client.login(
      identifier,
      password,
      captchaRequired ? await server.captcha(client) : {},
    );
    captchaRequired = response.errors?.[0].extensions?.captchaRequired === true;
    answers.push(seen(response));
  }
  return answers;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('no answer tells which names exist (issue: sign-in, enumeration)', () => {
  it('answers an account and a name that no account has alike, failure after failure, through the lock', async () => {
    await makeUser('known-1');
    // Six wrong passwords, then the account's right one: the same for both names.
    const passwords = [...Array<string>(6).fill(WRONG), PASSWORD];
    const known = await run(fresh(), 'known-1', passwords);
    const unknown = await run(fresh(), 'unknown-1', passwords);
    expect(unknown).toEqual(known);
    expect(known.map((answer) => answer.extensions?.code)).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
    expect(known.map((answer) => answer.extensions?.remainingAttempts)).toEqual([
      4,
      3,
      2,
      1,
      undefined,
      undefined,
      undefined,
    ]);
    expect(known[5].message).toBe('密码错误次数过多，账号已锁定，请 15 分钟后再试');
  });

  it('counts the failures of a name that no account has as it counts an account’s, whatever the address', async () => {
    await makeUser('known-2');
    for (const name of ['known-2', 'unknown-2']) {
      for (let i = 0; i < 2; i++) await fresh().login(name, WRONG);
    }
    // From an address that has never failed: the third failure of either name, and then a picture code.
    const third = [await fresh().login('known-2', WRONG), await fresh().login('unknown-2', WRONG)].map(seen);
    expect(third[1]).toEqual(third[0]);
    expect(third[0].extensions).toMatchObject({ remainingAttempts: 2, captchaRequired: true });
    const fourth = [await fresh().login('known-2', PASSWORD), await fresh().login('unknown-2', PASSWORD)].map(
      seen,
    );
    expect(fourth[1]).toEqual(fourth[0]);
    expect(fourth[0].extensions).toMatchObject({ code: 'CAPTCHA_REQUIRED', remainingAttempts: 2 });
  });

  it('takes as long to refuse a locked account as a locked name that no account has', async () => {
    await makeUser('known-3');
    const passwords = Array<string>(5).fill(WRONG);
    await run(fresh(), 'known-3', passwords);
    await run(fresh(), 'unknown-3', passwords);
    const timings: Record<string, number[]> = { 'known-3': [], 'unknown-3': [] };
    for (let round = 0; round < 9; round++) {
      for (const name of ['known-3', 'unknown-3']) {
        const started = performance.now();
        expect(errorCode(await fresh().login(name, WRONG))).toBe('ACCOUNT_LOCKED');
        timings[name].push(performance.now() - started);
      }
    }
    const [known, unknown] = [median(timings['known-3']), median(timings['unknown-3'])];
    // A password check (Argon2id, about 19 MiB and two passes) would take tens of milliseconds.
    expect(Math.abs(known - unknown)).toBeLessThan(10 + 0.5 * Math.max(known, unknown));
  });
});

describe('picture code (图形验证码) after three failures', () => {
  it('asks for one after three failures of an account, from any address, without checking the password', async () => {
    await makeUser('known-4');
    // One failure from each of three addresses: no address has three.
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(seen(await fresh().login('known-4', WRONG)));
    expect(answers.map((answer) => answer.extensions?.captchaRequired)).toEqual([false, false, true]);
    const client = fresh();
    const refused = await client.login('known-4', PASSWORD);
    expect(refused.errors?.[0]).toMatchObject({
      message: '请输入图形验证码后再登录（还可尝试 2 次）',
      extensions: { code: 'CAPTCHA_REQUIRED', remainingAttempts: 2, captchaRequired: true },
    });
    expect(await auditActions('known-4')).toEqual([
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_FAILED',
      'LOGIN_REFUSED_CAPTCHA',
    ]);
    const signedIn = await client.login('known-4', PASSWORD, await server.captcha(client));
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.login.username).toBe('known-4');
    // The right password ends the account's run: the next sign-in needs no picture code.
    expect((await fresh().login('known-4', PASSWORD)).errors).toBeUndefined();
  });

  it('asks for one after three failures from an address, whatever the accounts, and only there', async () => {
    await makeUser('known-5');
    const address = fresh();
    const answers = [];
    for (const name of ['someone-5a', 'someone-5b', 'someone-5c'])
      answers.push(seen(await address.login(name, WRONG)));
    expect(answers.map((answer) => answer.extensions?.captchaRequired)).toEqual([false, false, true]);
    expect(answers.map((answer) => answer.extensions?.remainingAttempts)).toEqual([4, 4, 4]);
    expect(errorCode(await address.login('known-5', PASSWORD))).toBe('CAPTCHA_REQUIRED');
    const elsewhere = fresh();
    expect((await elsewhere.login('known-5', PASSWORD)).errors).toBeUndefined();
    expect((await address.login('known-5', PASSWORD, await server.captcha(address))).errors).toBeUndefined();
    // A success does not clear the address; a quarter of an hour without failures there does.
    expect(errorCode(await address.login('known-5', PASSWORD))).toBe('CAPTCHA_REQUIRED');
    server.clock.advance(15 * 60_000);
    expect((await address.login('known-5', PASSWORD)).errors).toBeUndefined();
  });

  it('uses a code once, compares it without regard to case, and lets it expire by the server clock', async () => {
    await makeUser('known-6');
    for (let i = 0; i < 3; i++) await fresh().login('known-6', WRONG);
    const client = fresh();

    const first = await server.captcha(client);
    const wrong = await client.login('known-6', PASSWORD, { ...first, captchaAnswer: 'ZZZZ' });
    expect(wrong.errors?.[0]).toMatchObject({
      message: '图形验证码错误或已失效，请输入新的验证码（还可尝试 2 次）',
      extensions: { code: 'CAPTCHA_INVALID', remainingAttempts: 2, captchaRequired: true },
    });
    // Used up by the wrong answer.
    expect(errorCode(await client.login('known-6', PASSWORD, first))).toBe('CAPTCHA_INVALID');

    const second = await server.captcha(client);
    expect(errorCode(await client.login('known-6', WRONG, second))).toBe('INVALID_CREDENTIALS');
    expect(errorCode(await client.login('known-6', PASSWORD, second))).toBe('CAPTCHA_INVALID');

    const stale = await server.captcha(client);
    server.clock.advance(CAPTCHA_TTL_MS);
    expect(errorCode(await client.login('known-6', PASSWORD, stale))).toBe('CAPTCHA_INVALID');

    const fresh6 = await server.captcha(client);
    server.clock.advance(CAPTCHA_TTL_MS - 1000);
    const lowerCase = { ...fresh6, captchaAnswer: fresh6.captchaAnswer.toLowerCase() };
    expect((await client.login('known-6', PASSWORD, lowerCase)).errors).toBeUndefined();
  });

  it('draws the picture on the server as SVG paths and keeps only a hash of the answer', async () => {
    const { captchaId, captchaAnswer, image } = await server.captcha(fresh());
    expect(captchaAnswer).toMatch(/^[A-Z0-9]{4}$/);
    const prefix = 'data:image/svg+xml;base64,';
    expect(image.startsWith(prefix)).toBe(true);
    const svg = Buffer.from(image.slice(prefix.length), 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<path .*<\/svg>$/s);
    expect(svg).not.toMatch(/<text|<image|href=/);
    const rows = await server.db.query('SELECT * FROM captcha WHERE id = $1', [captchaId]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]).toUpperCase()).not.toContain(`"${captchaAnswer}"`);
    expect(rows[0].answer_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names the field when a code’s answer is too long', async () => {
    const response = await fresh().login('anyone', WRONG, {
      captchaId: '00000000-0000-4000-8000-000000000000',
      captchaAnswer: 'A'.repeat(17),
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'captchaAnswer', message: '图形验证码最多 16 个字符' }],
    });
  });
});
