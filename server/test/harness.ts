import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import type { PortalApi, Role } from '@gridbridge/shared';
import { createApp } from '../src/app.js';
import { ControlledClock } from '../src/common/clock.js';
import { loadEnv } from '../src/config/env.js';
import { CaptchaService } from '../src/modules/auth/captcha.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/modules/demo/demo-data.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors:
    | {
        message: string;
        /** The code, the invalid fields, and the error's parameters (remainingAttempts, minutes …). */
        extensions?: {
          code?: string;
          fields?: { field: string; message: string }[];
          [param: string]: unknown;
        };
      }[]
    | undefined;
  headers: Headers;
}

/** A GraphQL client for one API that keeps its session cookie, like a browser would. */
export class GqlClient {
  private cookie: string | null = null;
  private address: string | null = null;

  constructor(
    readonly url: string,
    private readonly locale = 'zh-CN',
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.address ? { 'x-forwarded-for': this.address } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as { data?: T; errors?: GqlResponse['errors'] };
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
    };
  }

  /** A plain GET of a path on this API's server, with the session cookie, as a browser's link. */
  get(path: string): Promise<Response> {
    return fetch(new URL(path, this.url), {
      headers: { 'accept-language': this.locale, ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
  }

  /**
   * The same browser reaching another server instance on the same database (as behind a load
   * balancer): this API's path on `base`, with this client's session cookie as it is now.
   */
  at(base: string): GqlClient {
    const other = new GqlClient(new URL(new URL(this.url).pathname, base).toString(), this.locale);
    other.cookie = this.cookie;
    return other;
  }

  /** Speaks as if from this client address (the server must run with TRUST_PROXY). */
  from(address: string): this {
    this.address = address;
    return this;
  }

  /** Like `request`, but fails the test on any GraphQL error. */
  // Tests read deep into results; `any` keeps them short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  login(
    identifier: string,
    password = DEMO_PASSWORD,
    captcha: { captchaId: string; captchaAnswer: string } | Record<string, never> = {},
  ) {
    return this.request<{
      login: Pick<PortalApi.Viewer, 'id' | 'username' | 'roles' | 'mustChangePassword'>;
    }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { id username roles mustChangePassword } }',
      { input: { identifier, password, captchaId: captcha.captchaId, captchaAnswer: captcha.captchaAnswer } },
    );
  }
}

/** The demo account that holds exactly this role (or, for leaders, this role plus their staff role). */
export function demoAccountFor(role: Role): string {
  const account = DEMO_ACCOUNTS.find((a) => a.roles[a.roles.length - 1] === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.username;
}

export const errorCode = (response: GqlResponse) => response.errors?.[0]?.extensions?.code;

/**
 * The moment the template database's demo district is laid out around, and where every test
 * server's clock starts unless the test says otherwise: a Monday, a working day, 10:00 in
 * Shanghai. Tests never read the wall clock (global-setup.mjs uses the same instant).
 */
export const TEST_EPOCH = '2026-06-15T02:00:00.000Z';

export interface TestServer {
  url: string;
  app: NestFastifyApplication;
  db: DataSource;
  databaseName: string;
  /** The server's clock: tests set and advance it. */
  clock: ControlledClock;
  portal(locale?: string): GqlClient;
  admin(locale?: string): GqlClient;
  /** A client of the API signed in as the demo account of `role`. */
  signedIn(api: 'portal' | 'admin', role: Role): Promise<GqlClient>;
  /**
   * A picture code asked for through `client`, with its answer read as the server draws it: the
   * drawing and the stored hash are the real ones, the test only looks over the server's shoulder.
   */
  captcha(client: GqlClient): Promise<{ captchaId: string; captchaAnswer: string; image: string }>;
  close(): Promise<void>;
}

/**
 * Another server instance on `server`'s database, with a clock of its own and no HTTP listener:
 * what a second production instance shares with the first is the database alone. `settings` override
 * the test environment's. The caller closes it.
 */
export async function startOtherInstance(
  server: TestServer,
  at: Date,
  settings: Record<string, string> = {},
): Promise<{ app: NestFastifyApplication; clock: ControlledClock }> {
  const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
  url.pathname = `/${server.databaseName}`;
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    JOB_POLL_SECONDS: '0.5',
    JOB_SCHEDULE_TICK_SECONDS: '0',
    JOB_RETRY_DELAY_SECONDS: '1',
    DATABASE_URL: url.toString(),
    ...settings,
  });
  const clock = new ControlledClock(at);
  return { app: await createApp(env, url.toString(), clock), clock };
}

async function withServerClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Boots the real application on a fresh copy of the template database, on a free port. */
export async function startTestServer(
  environment: Record<string, string> = {},
  options: { now?: Date | string } = {},
): Promise<TestServer> {
  const databaseName = `t_${randomUUID().replace(/-/g, '')}`;
  // FILE_COPY copies the template's files instead of writing every block of it to the WAL (the
  // default, WAL_LOG): half the time, and its checkpoint is cheap with fsync off (global-setup.mjs).
  await withServerClient((client) =>
    client.query(`CREATE DATABASE ${databaseName} TEMPLATE gb_template STRATEGY FILE_COPY`),
  );
  const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
  url.pathname = `/${databaseName}`;
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    SQL_STATEMENT_HEADER: 'true',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    // Every test client signs in from 127.0.0.1; sign-in-hardening.spec.ts tests the per-address picture code.
    LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES: '10000',
    // Background jobs answer within a second, and a failed one is tried again after seconds, not minutes.
    JOB_POLL_SECONDS: '0.5',
    JOB_SCHEDULE_TICK_SECONDS: '0',
    JOB_RETRY_DELAY_SECONDS: '1',
    ...environment,
    DATABASE_URL: url.toString(),
  });
  const clock = new ControlledClock(options.now ?? TEST_EPOCH);
  const app = await createApp(env, url.toString(), clock);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const server: TestServer = {
    url: base,
    app,
    db: app.get(DataSource),
    databaseName,
    clock,
    portal: (locale) => new GqlClient(`${base}/graphql/portal`, locale),
    admin: (locale) => new GqlClient(`${base}/graphql/admin`, locale),
    async signedIn(api, role) {
      const client = api === 'portal' ? server.portal() : server.admin();
      const response = await client.login(demoAccountFor(role));
      if (response.errors) throw new Error(`sign-in as ${role} failed: ${JSON.stringify(response.errors)}`);
      return client;
    },
    async captcha(client) {
      const captchas = app.get(CaptchaService);
      const draw = captchas.draw;
      let answer = '';
      captchas.draw = () => {
        const drawn = draw.call(captchas);
        answer = drawn.text;
        return drawn;
      };
      try {
        const { newCaptcha } = await client.ok('mutation { newCaptcha { id image } }');
        return { captchaId: newCaptcha.id, captchaAnswer: answer, image: newCaptcha.image };
      } finally {
        captchas.draw = draw;
      }
    },
    async close() {
      await app.close();
      await withServerClient((client) =>
        client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`),
      );
    },
  };
  return server;
}

/** A graphql-ws client that sends a session cookie on the upgrade, as a browser does. */
export function liveClient(
  baseUrl: string,
  api: 'portal' | 'admin',
  cookie: string | null,
  locale = 'zh-CN',
) {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const closes: { code: number; reason: string }[] = [];
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql/${api}`,
    webSocketImpl: CookieWebSocket,
    connectionParams: { locale },
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => closes.push(event as { code: number; reason: string }) },
  });
  return { client, closes };
}

/** The session cookie `client` holds, for a websocket upgrade. */
export const cookieOf = (client: GqlClient) => client['cookie'] as string | null;
