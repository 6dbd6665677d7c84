import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/**
 * The audit key outside production: fixed, so that development data and test databases verify
 * across restarts. Public on purpose — it proves nothing, and production refuses it.
 */
export const DEVELOPMENT_AUDIT_KEY = 'gridbridge-development-audit-key-not-a-secret';

const SECRETS = ['AUDIT_HMAC_KEY'];

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/**
 * Every setting the server reads from the environment, validated once at boot.
 * `.env.example` at the repository root documents each one.
 */
export class Env {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Without it the server runs an embedded PostgreSQL whose data lives in DATA_DIR. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** Embedded PostgreSQL data; by default `.data/` at the repository root. */
  @IsString()
  DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 5433;

  /**
   * The built apps the server serves (`vite build` output, with the `.br` and `.gz` files the
   * build writes beside each asset); by default `portal/dist` and `admin/dist` of the repository.
   * An app whose folder has no index.html is not served.
   */
  @IsString()
  PORTAL_DIST_DIR = fileURLToPath(new URL('../../../portal/dist', import.meta.url));

  @IsString()
  ADMIN_DIST_DIR = fileURLToPath(new URL('../../../admin/dist', import.meta.url));

  @Transform(toBoolean)
  @IsBoolean()
  @IsOptional()
  DEMO_DATA?: boolean;

  @Transform(toBoolean)
  @IsBoolean()
  @IsOptional()
  COOKIE_SECURE?: boolean;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 30;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_HOURS = 12;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  /** Failures of one account (or unknown name) after which sign-in needs a picture code (图形验证码). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_CAPTCHA_AFTER_FAILURES = 3;

  /**
   * Failures from one client address, each within LOGIN_LOCK_MINUTES of the one before, after
   * which every sign-in from there needs a picture code.
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES = 3;

  /** Sign-in attempts one client address may make per minute. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 20;

  /** Largest attachment accepted, in bytes (uploads are checked by type and size: docs/roles-and-scope.md#sign-in-and-sessions). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1024)
  @Max(7 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

  /** Most attachments on one case or one supplement. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(50)
  ATTACHMENT_MAX_COUNT = 9;

  /**
   * Uploads not yet on a case one account may make in any hour: by default a little over
   * three full cases of files, room for replacing files in a draft.
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  UNBOUND_UPLOAD_MAX_PER_HOUR = 30;

  /**
   * Bytes of uploads not yet on a case one account may make in any hour: by default one full
   * case's worth (ATTACHMENT_MAX_COUNT files of ATTACHMENT_MAX_BYTES, 9 × 5 MiB = 45 MiB).
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1024)
  UNBOUND_UPLOAD_MAX_BYTES_PER_HOUR = 45 * 1024 * 1024;

  /** Cases one account may submit per hour (submission is rate limited: docs/roles-and-scope.md#sign-in-and-sessions). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  SUBMIT_RATE_LIMIT_PER_HOUR = 30;

  /** How often each instance asks the job queues (pg-boss) for work, in seconds (0.5 at least). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsNumber()
  @Min(0.5)
  JOB_POLL_SECONDS = 2;

  /**
   * How often each instance checks the schedules (job_schedule) for runs that are due, in
   * seconds; 0 checks only at start-up. Tests set 0: with a controlled clock, the test decides
   * when schedules are checked (JobRunner.enqueueDue), so a slow run cannot fire a job between
   * two steps of a test.
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(3600)
  JOB_SCHEDULE_TICK_SECONDS = 60;

  /** First wait before a failed background job runs again, in seconds; it doubles each time (with jitter). */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  JOB_RETRY_DELAY_SECONDS = 30;

  /** Delivery attempts before an outbox message is marked FAILED. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  OUTBOX_MAX_ATTEMPTS = 8;

  /** Who delivers SMS and e-mail; `record` keeps them in the database for the admin app to show. */
  @IsIn(['record'])
  NOTIFICATION_SENDER = 'record' as const;

  /** Adds `x-sql-statements` to GraphQL responses; used by the benchmark and tests, never in production. */
  @Transform(toBoolean)
  @IsBoolean()
  SQL_STATEMENT_HEADER = false;

  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';

  /** Trust `X-Forwarded-For` (the client address): set when the server runs behind a reverse proxy (docker/compose.yml). */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /**
   * Signs every audit entry and chain link (HMAC-SHA256), so that a row written straight into the
   * database — not by the application — is found by the chain check. Required in production, at
   * least 32 characters (e.g. `openssl rand -hex 32`), kept outside the database, and never changed
   * once entries exist: entries signed with another key no longer verify.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  AUDIT_HMAC_KEY?: string;

  /**
   * Browser tests only, refused in production: the server's clock starts at this instant (ISO 8601
   * with its offset, e.g. `2026-06-15T10:00:00+08:00`) instead of the system time, runs on from
   * there, and can be moved forward through `POST /test/clock` from the same machine
   * (docs/architecture.md, "A clock the browser tests move"). The demo district is laid out
   * around it.
   */
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'TEST_CLOCK_START must be a date and time with its offset, e.g. 2026-06-15T10:00:00+08:00',
  })
  TEST_CLOCK_START?: string;

  get production(): boolean {
    return this.NODE_ENV === 'production';
  }

  get demoData(): boolean {
    return this.DEMO_DATA ?? !this.production;
  }

  get auditKey(): string {
    return this.AUDIT_HMAC_KEY ?? DEVELOPMENT_AUDIT_KEY;
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.production;
  }
}

export class EnvError extends Error {}

/** Reads and validates the environment; a bad value stops the boot with a message naming it. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const known = Object.keys(new Env()).concat(
    'DATABASE_URL',
    'DEMO_DATA',
    'COOKIE_SECURE',
    'AUDIT_HMAC_KEY',
    'TEST_CLOCK_START',
  );
  const picked = Object.fromEntries(
    Object.entries(source).filter(
      ([key, value]) => known.includes(key) && value !== undefined && value !== '',
    ),
  );
  const env = plainToInstance(Env, picked);
  const errors = validateSync(env, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        // A secret's value stays out of the message (and so out of the logs).
        `  ${error.property}=${SECRETS.includes(error.property) ? '(hidden)' : JSON.stringify(source[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`,
    );
    throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const production: string[] = [];
  if (env.production && env.SQL_STATEMENT_HEADER) {
    production.push('SQL_STATEMENT_HEADER must be off in production');
  }
  if (env.production && env.TEST_CLOCK_START) {
    production.push('TEST_CLOCK_START is for browser tests and must not be set in production');
  }
  if (env.production && (!env.AUDIT_HMAC_KEY || env.AUDIT_HMAC_KEY === DEVELOPMENT_AUDIT_KEY)) {
    production.push('AUDIT_HMAC_KEY must be set to a secret of its own in production');
  }
  if (production.length > 0) {
    throw new EnvError(
      `Invalid environment configuration:\n${production.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  return env;
}
