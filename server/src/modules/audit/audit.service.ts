import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequest } from '../../common/request-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';

export interface AuditRecord {
  action: string;
  actorId?: string | null;
  actorName?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown> | null;
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string | null;
  prev_hash: string | null;
  hash: string;
}

/** The bytes an entry's hash covers: every column but the id and the hash itself. */
function entryHash(prevHash: string | null, row: Omit<AuditRow, 'id' | 'hash' | 'prev_hash'>): string {
  const content = JSON.stringify([
    prevHash,
    row.occurred_at.toISOString(),
    row.actor_id,
    row.actor_name,
    row.action,
    row.target_type,
    row.target_id,
    row.ip,
    row.user_agent,
    row.details,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

// Serialises appends across all server instances so that the chain stays a single line.
const CHAIN_LOCK = 727_001;

/**
 * 审计日志 (SPEC §7): append-only (a trigger refuses UPDATE and DELETE) and tamper-evident (each
 * entry hashes the previous entry's hash).
 */
@Injectable()
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Appends inside the caller's transaction, so the entry exists exactly when the change does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    const [last]: { hash: string }[] = await manager.query(
      'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    const request = currentRequest();
    const row = {
      // Millisecond precision: exactly what a JS Date carries, so the stored value re-hashes identically.
      occurred_at: new Date(),
      actor_id: record.actorId ?? null,
      actor_name: record.actorName ?? null,
      action: record.action,
      target_type: record.targetType ?? null,
      target_id: record.targetId ?? null,
      ip: request?.ip ?? null,
      user_agent: request?.userAgent ?? null,
      details: record.details ? JSON.stringify(record.details) : null,
    };
    const prevHash = last?.hash ?? null;
    await manager.query(
      `INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_type, target_id, ip, user_agent, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.occurred_at,
        row.actor_id,
        row.actor_name,
        row.action,
        row.target_type,
        row.target_id,
        row.ip,
        row.user_agent,
        row.details,
        prevHash,
        entryHash(prevHash, row),
      ],
    );
  }

  /** A change to directory data: who, when, and the record before and after (SPEC §7, issue 3). */
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
  historyOf(targetType: string, targetId: string): Promise<AuditRow[]> {
    return this.db.query(
      'SELECT * FROM audit_log WHERE target_type = $1 AND target_id = $2 ORDER BY id DESC LIMIT 200',
      [targetType, targetId],
    );
  }

  /** Records in a transaction of its own: for events whose own change is refused (failed sign-in). */
  recordAlone(record: AuditRecord): Promise<void> {
    return this.db.transaction((manager) => this.record(manager, record));
  }

  async list(first: number, after?: string | null) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['bigint']);
    const rows: AuditRow[] = await this.db.query(
      `SELECT * FROM audit_log WHERE ($1::bigint IS NULL OR id < $1::bigint) ORDER BY id DESC LIMIT $2`,
      [cursor?.[0] ?? null, limit + 1],
    );
    const items = rows.slice(0, limit);
    return {
      items,
      nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1].id]) : null,
    };
  }

  /** Walks the whole chain in id order, in batches, and reports the first entry that does not fit. */
  async verifyChain(): Promise<{ intact: boolean; checked: number; firstBrokenId: string | null }> {
    let prevHash: string | null = null;
    let lastId = '0';
    let checked = 0;
    for (;;) {
      const rows: AuditRow[] = await this.db.query(
        'SELECT * FROM audit_log WHERE id > $1::bigint ORDER BY id LIMIT 5000',
        [lastId],
      );
      if (rows.length === 0) return { intact: true, checked, firstBrokenId: null };
      for (const row of rows) {
        if (row.prev_hash !== prevHash || entryHash(prevHash, row) !== row.hash) {
          return { intact: false, checked, firstBrokenId: row.id };
        }
        prevHash = row.hash;
        lastId = row.id;
        checked += 1;
      }
    }
  }
}
