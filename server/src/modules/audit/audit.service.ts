import { createHash, createHmac } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { currentRequest } from '../../common/request-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { Env } from '../../config/env.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { bool, column, decodeRows, nullable, rowShape, text, timestamp } from '../../database/rows.js';

/** The scheduled job that links committed entries into the chain, every minute. */
export const SEAL_AUDIT_QUEUE = 'seal-audit';

export interface AuditRecord {
  action: string;
  actorId?: string | null;
  actorName?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
}

/** An entry as stored: the columns keep their names, since the proofs are computed over them. */
export const AUDIT_ROW = rowShape({
  id: column('id', text),
  occurred_at: column('occurred_at', timestamp),
  actor_id: column('actor_id', nullable(text)),
  actor_name: column('actor_name', nullable(text)),
  action: column('action', text),
  target_type: column('target_type', nullable(text)),
  target_id: column('target_id', nullable(text)),
  ip: column('ip', nullable(text)),
  user_agent: column('user_agent', nullable(text)),
  details: column('details', nullable(text)),
  mac: column('mac', nullable(text)),
  seq: column('seq', nullable(text)),
  prev_hash: column('prev_hash', nullable(text)),
  hash: column('hash', nullable(text)),
});
export type AuditRow = ReturnType<typeof AUDIT_ROW.decode>;
const AUDIT_COLUMNS = AUDIT_ROW.select;

export interface AuditChainResult {
  intact: boolean;
  /** Entries checked: the whole chain, and any entry committed too late for this check's sealing. */
  checked: number;
  /**
   * The first entry, in chain order, that does not fit: an altered or inserted entry itself; the
   * entry after a gap left by a deleted one; the chain's last entry when entries were cut off its end.
   */
  firstBrokenId: string | null;
}

/** What `list` narrows the log to (see AuditLogFilter). */
export interface AuditLogQuery {
  actor?: string | null;
  action?: string | null;
  actionPrefix?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The SQL conditions on audit_log for a filter, shared by the auditor's list and export; `add`
 * appends a parameter and returns its placeholder.
 */
export function auditConditions(filter: AuditLogQuery, add: (value: unknown) => string): string[] {
  const where: string[] = [];
  const text = (value: string | null | undefined) => value?.trim() || null;
  const actor = text(filter.actor);
  if (actor) where.push(`lower(actor_name) = lower(${add(actor)})`);
  const action = text(filter.action);
  if (action) where.push(`action = ${add(action)}`);
  const prefix = text(filter.actionPrefix);
  // left(…) rather than LIKE: a code's own `_` or `%` must not act as a wildcard.
  if (prefix) {
    const at = add(prefix);
    where.push(`left(action, length(${at})) = ${at}`);
  }
  const targetType = text(filter.targetType);
  if (targetType) where.push(`target_type = ${add(targetType)}`);
  const targetId = text(filter.targetId);
  if (targetId) where.push(`target_id = ${add(targetId)}`);
  if (filter.from) where.push(`occurred_at >= ${add(filter.from)}`);
  if (filter.to) where.push(`occurred_at < ${add(filter.to)}`);
  return where;
}

type Content = Omit<AuditRow, 'mac' | 'seq' | 'prev_hash' | 'hash'>;

function sign(key: string, parts: unknown[]): string {
  return createHmac('sha256', key).update(JSON.stringify(parts)).digest('hex');
}

/** Every content column of an entry, in the order both proofs cover them. */
function contentOf(row: Content): (string | null)[] {
  return [
    row.occurred_at.toISOString(),
    row.actor_id,
    row.actor_name,
    row.action,
    row.target_type,
    row.target_id,
    row.ip,
    row.user_agent,
    row.details,
  ];
}

/** The application's proof that it wrote the entry: its id and every column of its content. */
function entryMac(key: string, row: Content): string {
  return sign(key, ['entry', String(row.id), ...contentOf(row)]);
}

/** One link of the chain: the entry's position, the previous link and the entry's proof. */
function linkHash(key: string, seq: number, prevHash: string | null, mac: string | null): string {
  return sign(key, ['link', String(seq), prevHash, mac]);
}

function sealMac(key: string, lastSeq: number, lastHash: string, sealedAt: Date): string {
  return sign(key, ['seal', String(lastSeq), lastHash, sealedAt.toISOString()]);
}

/** Entries written before signing (migration AuditSealing): unkeyed SHA-256 links in id order. */
function legacyHash(prevHash: string | null, row: Content): string {
  const content = JSON.stringify([prevHash, ...contentOf(row)]);
  return createHash('sha256').update(content).digest('hex');
}

/** Held by the one sealer at work across all instances (transaction-scoped, never waited for). */
export const SEAL_LOCK = 727_002;
const SEAL_BATCH = 1000;
const VERIFY_BATCH = 5000;

/**
 * 审计日志 (docs/architecture.md#the-audit-log-signed-appends-one-sealer): append-only and tamper-evident, without making business transactions wait
 * on each other.
 *
 * - Appending takes no lock. `record` writes the entry in the caller's transaction with `mac`, an
 *   HMAC over its id and content under AUDIT_HMAC_KEY — a key the database never sees — so an entry
 *   written straight into the table by someone with database access carries no valid proof.
 * - `seal` (meant for a background job every minute, and run before every check) links the committed
 *   entries not yet in the chain, oldest id first, each to the previous link: positions 1, 2, 3 …
 *   and a keyed hash over position, previous link and proof. It is one short transaction per
 *   batch, at most one sealer at a time across instances (`pg_try_advisory_xact_lock`: a second
 *   sealer leaves at once). Chain order is the order entries became visible, not id order: an
 *   entry whose transaction commits late is sealed after entries with larger ids.
 * - `audit_seal` keeps the last position and link, signed, so entries cut off the chain's end are
 *   missed too; later entries keep counting from it.
 * - A trigger refuses UPDATE, DELETE and TRUNCATE, except the sealer's one step: setting the chain
 *   columns of an entry that has none, leaving every other column as it is.
 * - `verifyChain` seals, then walks the chain by position in one snapshot and reports the first
 *   entry that does not fit: altered (proof or link wrong), deleted (a position missing, a link
 *   that does not follow, or the chain shorter than the seal says) or inserted (no valid proof).
 *   Entries still unsealed (committed after the sealing) have their proofs checked as well.
 *
 * What it cannot see: an entry deleted in the minute between its commit and its sealing, and an
 * end of the chain cut back to an earlier seal by someone who kept that seal's row. Entries from
 * before signing form a prefix of the chain with unkeyed links, held in place by the first keyed
 * link after them.
 */
@Injectable()
export class AuditService implements OnModuleInit {
  readonly #key: string;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    env: Env,
  ) {
    this.#key = env.auditKey;
  }

  onModuleInit(): void {
    this.jobs.register({
      name: SEAL_AUDIT_QUEUE,
      cron: '* * * * *',
      retryLimit: 3,
      expireInSeconds: 300,
      run: async () => {
        await this.seal();
      },
    });
  }

  /** Appends inside the caller's transaction, so the entry exists exactly when the change does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    // The id first: the proof covers it, so a copy of an entry under another id does not pass.
    const [{ id }] = decodeRows(await manager.query(`SELECT nextval('audit_log_id_seq')::text AS id`), {
      id: text,
    });
    const request = currentRequest();
    const row: Content = {
      id,
      // Millisecond precision: exactly what a JS Date carries, so the stored value re-signs identically.
      occurred_at: this.clock.now(),
      actor_id: record.actorId ?? null,
      actor_name: record.actorName ?? null,
      action: record.action,
      target_type: record.targetType ?? null,
      target_id: record.targetId ?? null,
      ip: request?.ip ?? null,
      user_agent: request?.userAgent ?? null,
      details: record.details ? JSON.stringify(record.details) : null,
    };
    await manager.query(
      `INSERT INTO audit_log (id, occurred_at, actor_id, actor_name, action, target_type, target_id, ip, user_agent, details, mac)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.id,
        row.occurred_at,
        row.actor_id,
        row.actor_name,
        row.action,
        row.target_type,
        row.target_id,
        row.ip,
        row.user_agent,
        row.details,
        entryMac(this.#key, row),
      ],
    );
  }

  /** A change to directory data: who, when, and the record before and after (issue 3). */
  recordChange(
    manager: EntityManager,
    viewer: { userId: string; username: string },
    action: string,
    target: { type: string; id: string },
    before: object | null,
    after: object | null,
  ): Promise<void> {
    return this.record(manager, {
      action,
      actorId: viewer.userId,
      actorName: viewer.username,
      targetType: target.type,
      targetId: target.id,
      details: { before, after },
    });
  }

  /** The changes recorded for one record, newest first (the 360° page's history). */
  async historyOf(targetType: string, targetId: string): Promise<AuditRow[]> {
    return AUDIT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE target_type = $1 AND target_id = $2 ORDER BY id DESC LIMIT 200`,
        [targetType, targetId],
      ),
    );
  }

  /** Records in a transaction of its own: for events whose own change is refused (failed sign-in). */
  recordAlone(record: AuditRecord): Promise<void> {
    return this.db.transaction((manager) => this.record(manager, record));
  }

  /**
   * A page of the log, newest first, narrowed by `filter` (every part optional). Keyset paging on
   * the id; the filter is applied in SQL, so a page is full whenever enough entries match.
   */
  async list(first: number, after?: string | null, filter: AuditLogQuery = {}) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['bigint']);
    const params: unknown[] = [cursor?.[0] ?? null, limit + 1];
    const where = ['($1::bigint IS NULL OR id < $1::bigint)'];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    where.push(...auditConditions(filter, add));
    const rows = AUDIT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT $2`,
        params,
      ),
    );
    const items = rows.slice(0, limit);
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].id]) : null,
    };
  }

  /**
   * Links every committed entry not yet in the chain into it, in batches of short transactions.
   * Answers how many it linked; 0 at once when another sealer is at work.
   */
  async seal(): Promise<number> {
    let sealed = 0;
    for (;;) {
      const batch = await this.db.transaction(async (manager) => {
        const [{ locked }] = decodeRows(
          await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEAL_LOCK]),
          { locked: bool },
        );
        if (!locked) return 0;
        const rows = decodeRows(
          await manager.query('SELECT id, mac FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT $1', [
            SEAL_BATCH,
          ]),
          { id: text, mac: nullable(text) },
        );
        if (rows.length === 0) return 0;
        let { seq, hash } = await this.#chainEnd(manager);
        const links = {
          id: [] as string[],
          seq: [] as number[],
          prev: [] as (string | null)[],
          hash: [] as string[],
        };
        for (const row of rows) {
          const prev = hash;
          seq += 1;
          hash = linkHash(this.#key, seq, prev, row.mac);
          links.id.push(row.id);
          links.seq.push(seq);
          links.prev.push(prev);
          links.hash.push(hash);
        }
        await manager.query(
          `UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
             FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v (id, seq, prev_hash, hash)
            WHERE a.id = v.id`,
          [links.id, links.seq, links.prev, links.hash],
        );
        const sealedAt = this.clock.now();
        await manager.query(
          `INSERT INTO audit_seal (id, last_seq, last_hash, sealed_at, mac) VALUES (true, $1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_hash = EXCLUDED.last_hash,
             sealed_at = EXCLUDED.sealed_at, mac = EXCLUDED.mac`,
          [seq, hash, sealedAt, sealMac(this.#key, seq, hash!, sealedAt)],
        );
        return rows.length;
      });
      sealed += batch;
      if (batch < SEAL_BATCH) return sealed;
    }
  }

  /** Where the next entry links on: the last seal, or (before the first one) the legacy chain's end. */
  async #chainEnd(manager: EntityManager): Promise<{ seq: number; hash: string | null }> {
    const [seal] = decodeRows(await manager.query('SELECT last_seq, last_hash FROM audit_seal'), {
      last_seq: text,
      last_hash: text,
    });
    if (seal) return { seq: Number(seal.last_seq), hash: seal.last_hash };
    const [last] = decodeRows(
      await manager.query('SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1'),
      { seq: text, hash: text },
    );
    return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: null };
  }

  /** Seals, then checks the whole log in one snapshot (see the class comment). */
  async verifyChain(): Promise<AuditChainResult> {
    await this.seal();
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      const result = await this.#check(runner.manager);
      await runner.commitTransaction();
      return result;
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }

  async #check(manager: EntityManager): Promise<AuditChainResult> {
    const key = this.#key;
    let checked = 0;
    const broken = (id: string | null): AuditChainResult => ({ intact: false, checked, firstBrokenId: id });

    const [seal] = decodeRows(
      await manager.query('SELECT last_seq, last_hash, sealed_at, mac FROM audit_seal'),
      {
        last_seq: text,
        last_hash: text,
        sealed_at: timestamp,
        mac: text,
      },
    );
    const sealedThrough = seal ? Number(seal.last_seq) : null;
    let seq = 0;
    let prevHash: string | null = null;
    let lastId: string | null = null;
    let pastSeal: string | null = null;
    let signed = false;
    for (;;) {
      const rows = AUDIT_ROW.decodeAll(
        await manager.query(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, [
          seq,
          VERIFY_BATCH,
        ]),
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const expected = seq + 1;
        if (Number(row.seq) !== expected || row.prev_hash !== prevHash) return broken(row.id);
        if (row.mac === null) {
          // Legacy entries only before the first signed one, and only with their old links intact.
          if (signed || legacyHash(prevHash, row) !== row.hash) return broken(row.id);
        } else {
          if (entryMac(key, row) !== row.mac || linkHash(key, expected, prevHash, row.mac) !== row.hash) {
            return broken(row.id);
          }
          signed = true;
        }
        if (sealedThrough !== null && expected === sealedThrough + 1) pastSeal = row.id;
        seq = expected;
        prevHash = row.hash;
        lastId = row.id;
        checked += 1;
      }
    }
    if (seal) {
      if (sealMac(key, sealedThrough!, seal.last_hash, seal.sealed_at) !== seal.mac) return broken(lastId);
      // Entries the seal never saw were linked in behind its back.
      if (pastSeal) return broken(pastSeal);
      // Entries the seal saw are gone from the end.
      if (seq !== sealedThrough || prevHash !== seal.last_hash) return broken(lastId);
    } else if (signed) {
      return broken(lastId);
    }

    // Committed after this check's sealing (or while another instance's sealer was at work).
    let lastUnsealed = '0';
    for (;;) {
      const rows = AUDIT_ROW.decodeAll(
        await manager.query(
          `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE seq IS NULL AND id > $1::bigint ORDER BY id LIMIT $2`,
          [lastUnsealed, VERIFY_BATCH],
        ),
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        if (
          row.mac === null ||
          row.prev_hash !== null ||
          row.hash !== null ||
          entryMac(key, row) !== row.mac
        ) {
          return broken(row.id);
        }
        lastUnsealed = row.id;
        checked += 1;
      }
    }
    return { intact: true, checked, firstBrokenId: null };
  }
}
