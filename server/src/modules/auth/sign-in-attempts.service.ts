import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Env } from '../../config/env.js';
import { Clock } from '../../common/clock.js';
import { decodeRows, int, nullable, text, timestamp, type FieldsOf } from '../../database/rows.js';

/** A run of failures of one account or name is forgotten a day after its last failure. */
const SUBJECT_MEMORY_MS = 24 * 60 * 60 * 1000;

/** Whether an attempt may go on to the password check, and if not, why. */
export type Gate =
  /** Counted as a failure up front (so that concurrent attempts cannot slip past the gate); `failures` includes it. */
  | { open: true; failures: number }
  | { open: false; reason: 'locked'; minutes: number }
  | { open: false; reason: 'captcha'; remainingAttempts: number };

export interface Failure {
  locked: boolean;
  remainingAttempts: number;
  /** Whether the next attempt needs a picture code. */
  captchaRequired: boolean;
}

const FAILURE_FIELDS = { key: text, failures: int, locked_until: nullable(timestamp) };
type Row = FieldsOf<typeof FAILURE_FIELDS>;

/**
 * Failed sign-ins (docs/roles-and-scope.md#sign-in-and-sessions, MLPS): counted per subject — the account, or for a name that no
 * account has, that name — and per client address, in PostgreSQL so that every server instance
 * sees the same counts. A subject that is not an account counts, locks and answers exactly like
 * one, so that no answer tells which names exist. LOGIN_MAX_FAILURES failures in a row lock the
 * subject for LOGIN_LOCK_MINUTES; after LOGIN_CAPTCHA_AFTER_FAILURES of the subject, or
 * LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES of the address within LOGIN_LOCK_MINUTES of each other, an
 * attempt needs a solved picture code (图形验证码).
 */
@Injectable()
export class SignInAttempts {
  constructor(
    private readonly db: DataSource,
    private readonly env: Env,
    private readonly clock: Clock,
  ) {}

  /** What failures of this sign-in count against: the account, or else the name as typed (hashed). */
  static subjectKey(accountId: string | undefined, identifier: string): string {
    // Computed either way, so that both cases take the same time.
    const name = createHash('sha256').update(identifier.trim().toLowerCase()).digest('hex');
    return accountId ? `account:${accountId}` : `name:${name}`;
  }

  static addressKey(address: string): string {
    return `address:${address}`;
  }

  /**
   * Lets an attempt through to the password check, counting it as a failure first; a right
   * password takes the count back ({@link succeed}).
   */
  async enter(subjectKey: string, address: string, captchaSolved: boolean): Promise<Gate> {
    const now = this.clock.now();
    const rows = decodeRows(
      await this.db.query(
        'SELECT key, failures, locked_until FROM sign_in_failure WHERE key = ANY($1) AND forget_at > $2',
        [[subjectKey, SignInAttempts.addressKey(address)], now],
      ),
      FAILURE_FIELDS,
    );
    const subject = rows.find((row) => row.key === subjectKey);
    const byAddress = rows.find((row) => row.key !== subjectKey);
    const refusal = this.refusal(subject, byAddress, captchaSolved, now);
    if (refusal) return refusal;
    // One statement decides and counts, so of concurrent attempts only as many pass as the count
    // allows. The last one before the lock locks at once: a right password lifts it again
    // (succeed), and should the process die before it knows, the lock just runs out.
    const lockUntil = new Date(now.getTime() + this.env.LOGIN_LOCK_MINUTES * 60_000);
    const charged = decodeRows(
      await this.db.query(
        `INSERT INTO sign_in_failure AS f (key, failures, locked_until, forget_at)
       VALUES ($1, 1, CASE WHEN 1 >= $4 THEN $7::timestamptz END, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN f.forget_at <= $3 THEN 1 ELSE f.failures + 1 END,
         locked_until = CASE
           WHEN (CASE WHEN f.forget_at <= $3 THEN 1 ELSE f.failures + 1 END) >= $4 THEN $7::timestamptz
           WHEN f.forget_at <= $3 THEN NULL
           ELSE f.locked_until END,
         forget_at = $2
       WHERE f.forget_at <= $3
          OR ((f.locked_until IS NULL OR f.locked_until <= $3) AND (f.failures < $5 OR $6))
       RETURNING failures`,
        [
          subjectKey,
          new Date(now.getTime() + SUBJECT_MEMORY_MS),
          now,
          this.env.LOGIN_MAX_FAILURES,
          this.env.LOGIN_CAPTCHA_AFTER_FAILURES,
          captchaSolved,
          lockUntil,
        ],
      ),
      { failures: int },
    );
    if (charged.length > 0) return { open: true, failures: charged[0].failures };
    // Another attempt moved the count in between: answer from where it left it.
    const [latest] = decodeRows(
      await this.db.query(
        'SELECT key, failures, locked_until FROM sign_in_failure WHERE key = $1 AND forget_at > $2',
        [subjectKey, now],
      ),
      FAILURE_FIELDS,
    );
    return (
      this.refusal(latest, byAddress, captchaSolved, now) ?? {
        open: false,
        reason: 'captcha',
        remainingAttempts: this.env.LOGIN_MAX_FAILURES - (latest?.failures ?? 0),
      }
    );
  }

  private refusal(
    subject: Row | undefined,
    byAddress: Row | undefined,
    captchaSolved: boolean,
    now: Date,
  ): Exclude<Gate, { open: true }> | null {
    if (subject?.locked_until && subject.locked_until > now) {
      const minutes = Math.ceil((subject.locked_until.getTime() - now.getTime()) / 60_000);
      return { open: false, reason: 'locked', minutes };
    }
    const failures = subject?.failures ?? 0;
    if (!captchaSolved && this.captchaRequired(failures, byAddress?.failures ?? 0)) {
      return {
        open: false,
        reason: 'captcha',
        remainingAttempts: this.env.LOGIN_MAX_FAILURES - failures,
      };
    }
    return null;
  }

  private captchaRequired(subjectFailures: number, addressFailures: number): boolean {
    return (
      subjectFailures >= this.env.LOGIN_CAPTCHA_AFTER_FAILURES ||
      addressFailures >= this.env.LOGIN_CAPTCHA_AFTER_ADDRESS_FAILURES
    );
  }

  /**
   * A wrong password after {@link enter} let it through with `failures`: the last allowed one
   * locks the subject; every one counts against the address.
   */
  async fail(
    manager: EntityManager,
    subjectKey: string,
    address: string,
    failures: number,
  ): Promise<Failure> {
    const now = this.clock.now();
    const locked = failures >= this.env.LOGIN_MAX_FAILURES;
    if (locked) {
      // The lock began when the attempt was let through (enter); the next run starts from zero.
      await manager.query('UPDATE sign_in_failure SET failures = 0 WHERE key = $1', [subjectKey]);
    }
    const [{ failures: addressFailures }] = decodeRows(
      await manager.query(
        `INSERT INTO sign_in_failure AS f (key, failures, forget_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN f.forget_at <= $3 THEN 1 ELSE f.failures + 1 END, forget_at = $2
       RETURNING failures`,
        [
          SignInAttempts.addressKey(address),
          new Date(now.getTime() + this.env.LOGIN_LOCK_MINUTES * 60_000),
          now,
        ],
      ),
      { failures: int },
    );
    // Rows written here are the ones that need forgetting; the index keeps this a short range scan.
    await manager.query('DELETE FROM sign_in_failure WHERE forget_at <= $1', [now]);
    return {
      locked,
      remainingAttempts: locked ? 0 : this.env.LOGIN_MAX_FAILURES - failures,
      captchaRequired: this.captchaRequired(locked ? 0 : failures, addressFailures),
    };
  }

  /** The right password: the subject's run of failures ends (the address's does not). */
  async succeed(subjectKey: string): Promise<void> {
    await this.db.query('DELETE FROM sign_in_failure WHERE key = $1', [subjectKey]);
  }

  /** An administrator's password reset lifts a lock and clears the count. */
  async clearAccount(manager: EntityManager, accountId: string): Promise<void> {
    await manager.query('DELETE FROM sign_in_failure WHERE key = $1', [
      SignInAttempts.subjectKey(accountId, ''),
    ]);
  }
}
