import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEVELOPMENT_AUDIT_KEY, loadEnv } from '../src/config/env.js';
import { AuditService, SEAL_LOCK } from '../src/modules/audit/audit.service.js';
import { startTestServer, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let audit: AuditService;
let auditor: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  audit = server.app.get(AuditService);
  auditor = await server.signedIn('admin', 'AUDITOR');
});
afterAll(() => server.close());

interface ChainStatus {
  intact: boolean;
  checked: number;
  firstBrokenId: string | null;
}

async function verify(): Promise<ChainStatus> {
  return (await auditor.ok('{ verifyAuditChain { intact checked firstBrokenId } }')).verifyAuditChain;
}

/** Runs SQL with the append-only trigger switched off, as a superuser editing history would. */
async function behindTheTriggerOn(db: TestServer['db'], sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await manager.query(sql, params);
    await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  });
}
const behindTheTrigger = (sql: string, params: unknown[] = []) => behindTheTriggerOn(server.db, sql, params);

// The row's columns as stored, to put a deleted row back exactly.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;
const rowAt = async (seq: number | string): Promise<Row> =>
  (await server.db.query('SELECT * FROM audit_log WHERE seq = $1', [seq]))[0];
const lastSeq = async (): Promise<number> =>
  Number((await server.db.query('SELECT max(seq) AS seq FROM audit_log'))[0].seq);
async function reinsert(row: Row): Promise<void> {
  const columns = Object.keys(row);
  await server.db.query(
    `INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
    columns.map((column) => row[column]),
  );
}

function within<T>(ms: number, work: Promise<T>): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

describe('audit log (docs/architecture.md#the-audit-log-signed-appends-one-sealer)', () => {
  it('seals many entries written at once, from many writers and sealers, into one unbroken chain', async () => {
    await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => audit.recordAlone({ action: 'TEST_EVENT', details: { i } })),
      // Sealers running meanwhile (several instances' jobs): at most one works at a time.
      audit.seal(),
      audit.seal(),
    ]);
    await Promise.all([audit.seal(), audit.seal(), audit.seal()]);
    const [{ total, unsealed, first, last }] = await server.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE seq IS NULL)::int AS unsealed,
              min(seq)::int AS first, max(seq)::int AS last FROM audit_log`,
    );
    expect(total).toBeGreaterThanOrEqual(41);
    expect({ unsealed, first, last }).toEqual({ unsealed: 0, first: 1, last: total });
    expect(await verify()).toEqual({ intact: true, checked: total, firstBrokenId: null });
  });

  it('lets a case transition commit while another audited transaction is still open', async () => {
    const enterprise = await server.signedIn('portal', 'ENTERPRISE');
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const submitted = (
      await enterprise.ok(
        `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { id version } }`,
        {
          input: {
            kind: 'DIFFICULTY',
            category: 'UTILITIES',
            title: '厂区用电增容申请迟迟未办理',
            content:
              '我公司新增两条生产线，需要将用电容量从 400 千伏安增至 800 千伏安，申请提交一个月仍无答复。',
            contactConsent: true,
            attachmentIds: [],
            clientKey: 'audit-concurrency',
          },
        },
      )
    ).submitCase;

    // One audited business transaction, left open and uncommitted.
    const held = server.db.createQueryRunner();
    await held.connect();
    await held.startTransaction();
    try {
      await audit.record(held.manager, { action: 'TEST_HELD_OPEN', targetType: 'test', targetId: 'held' });

      // Another one — a real transition on another case, audited in its own transaction — commits
      // meanwhile. Under a global chain lock it would wait for `held` and never get here in time.
      const accepting = office.ok(
        `mutation ($id: ID!, $version: Int!, $input: AcceptCaseInput!) {
          acceptCase(id: $id, version: $version, input: $input) { id state } }`,
        {
          id: submitted.id,
          version: submitted.version,
          input: { category: 'UTILITIES', priority: 'URGENT', complexity: 'SIMPLE', note: '已受理' },
        },
      );
      const outcome = await within(10_000, accepting);
      expect(outcome).toMatchObject({ acceptCase: { id: submitted.id, state: 'ACCEPTED' } });
      // Committed, not merely answered: another connection sees it while `held` is still open.
      const [{ state }] = await server.db.query('SELECT state FROM case_file WHERE id = $1', [submitted.id]);
      expect(state).toBe('ACCEPTED');
      const [accepted] = await server.db.query(
        `SELECT id, seq FROM audit_log WHERE action = 'case.accept' AND target_id = $1`,
        [submitted.id],
      );
      expect(accepted).toBeDefined();

      // The sealer does not wait for `held` either: it chains what is committed.
      expect(await within(10_000, audit.seal())).not.toBe('timed out');
      const [sealed] = await server.db.query('SELECT seq FROM audit_log WHERE id = $1', [accepted.id]);
      expect(sealed.seq).not.toBeNull();

      await held.commitTransaction();
    } finally {
      if (held.isTransactionActive) await held.rollbackTransaction();
      await held.release();
    }

    // The entry committed last is chained after the transition's, although its id is smaller.
    expect(await verify()).toMatchObject({ intact: true, firstBrokenId: null });
    const [heldRow] = await server.db.query(`SELECT id, seq FROM audit_log WHERE action = 'TEST_HELD_OPEN'`);
    const [acceptedRow] = await server.db.query(
      `SELECT id, seq FROM audit_log WHERE action = 'case.accept' AND target_id = $1`,
      [submitted.id],
    );
    expect(Number(heldRow.id)).toBeLessThan(Number(acceptedRow.id));
    expect(Number(heldRow.seq)).toBeGreaterThan(Number(acceptedRow.seq));
  });

  it('refuses to update or delete an entry; only the sealer may set a new entry’s chain columns, once', async () => {
    await audit.seal();
    const sealed = await rowAt(1);
    await expect(
      server.db.query(`UPDATE audit_log SET action = 'X' WHERE id = $1`, [sealed.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      server.db.query('UPDATE audit_log SET seq = seq + 100000 WHERE id = $1', [sealed.id]),
    ).rejects.toThrow(/append-only/);
    await expect(server.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(server.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);

    await audit.recordAlone({ action: 'TEST_UNSEALED' });
    const [fresh] = await server.db.query(
      `SELECT id FROM audit_log WHERE seq IS NULL ORDER BY id DESC LIMIT 1`,
    );
    // Looks like sealing, but also changes the content.
    await expect(
      server.db.query(`UPDATE audit_log SET seq = 100000, hash = 'x', action = 'X' WHERE id = $1`, [
        fresh.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await audit.seal();
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('needs a key of its own in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/AUDIT_HMAC_KEY/);
    expect(() => loadEnv({ NODE_ENV: 'production', AUDIT_HMAC_KEY: DEVELOPMENT_AUDIT_KEY })).toThrow(
      /AUDIT_HMAC_KEY/,
    );
    expect(() => loadEnv({ AUDIT_HMAC_KEY: 'too short' })).toThrow(/AUDIT_HMAC_KEY=\(hidden\): .*32/);
    const key = 'f'.repeat(64);
    expect(loadEnv({ NODE_ENV: 'production', AUDIT_HMAC_KEY: key }).auditKey).toBe(key);
    expect(loadEnv({}).auditKey).toBe(loadEnv({ NODE_ENV: 'test' }).auditKey);
  });

  it('lets the auditor page through the log, newest first', async () => {
    const first = (await auditor.ok('{ auditLog(first: 5) { items { id action } nextCursor } }')).auditLog;
    expect(first.items).toHaveLength(5);
    const second = (
      await auditor.ok('query ($after: String) { auditLog(first: 5, after: $after) { items { id } } }', {
        after: first.nextCursor,
      })
    ).auditLog;
    expect(Number(second.items[0].id)).toBeLessThan(Number(first.items[4].id));
  });

  it('detects an entry altered behind the application’s back, sealed or not yet sealed', async () => {
    await audit.seal();
    const row = await rowAt(3);
    await behindTheTrigger(`UPDATE audit_log SET actor_name = 'someone else' WHERE id = $1`, [row.id]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenId: String(row.id) });
    await behindTheTrigger('UPDATE audit_log SET actor_name = $2 WHERE id = $1', [row.id, row.actor_name]);
    expect(await verify()).toMatchObject({ intact: true, firstBrokenId: null });

    // An entry edited before the sealer has chained it: its own proof no longer fits.
    await audit.recordAlone({ action: 'TEST_FRESH', details: { amount: 100 } });
    const [fresh] = await server.db.query(`SELECT id, details FROM audit_log WHERE action = 'TEST_FRESH'`);
    await behindTheTrigger(`UPDATE audit_log SET details = '{"amount":1}' WHERE id = $1`, [fresh.id]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenId: String(fresh.id) });
    await behindTheTrigger('UPDATE audit_log SET details = $2 WHERE id = $1', [fresh.id, fresh.details]);
    expect(await verify()).toMatchObject({ intact: true, firstBrokenId: null });
  });

  it('detects a deleted entry, in the middle of the chain or at its end', async () => {
    await audit.seal();
    const middle = await rowAt(5);
    const next = await rowAt(6);
    await behindTheTrigger('DELETE FROM audit_log WHERE id = $1', [middle.id]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenId: String(next.id) });
    await reinsert(middle);
    expect(await verify()).toMatchObject({ intact: true });

    const end = await lastSeq();
    const newest = await rowAt(end);
    const before = await rowAt(end - 1);
    await behindTheTrigger('DELETE FROM audit_log WHERE id = $1', [newest.id]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenId: String(before.id) });
    await reinsert(newest);
    expect(await verify()).toMatchObject({ intact: true });
  });

  // Keep last: the forged entry ends up sealed into the chain for good.
  it('detects an entry inserted behind the trigger, before and after it is sealed', async () => {
    await audit.seal();
    const genuine = await rowAt(2);
    const forge = async (mac: string): Promise<string> =>
      (
        await server.db.query(
          `INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_type, target_id, ip, user_agent, details, mac)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            genuine.occurred_at,
            genuine.actor_id,
            genuine.actor_name,
            genuine.action,
            genuine.target_type,
            genuine.target_id,
            genuine.ip,
            genuine.user_agent,
            genuine.details,
            mac,
          ],
        )
      )[0].id;

    // Not yet sealed (another instance's sealer holds the lock): the copy's proof does not fit.
    const other = server.db.createQueryRunner();
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [SEAL_LOCK]);
      const copy = await forge(genuine.mac);
      expect(await verify()).toMatchObject({ intact: false, firstBrokenId: String(copy) });
      await behindTheTrigger('DELETE FROM audit_log WHERE id = $1', [copy]);
      expect(await verify()).toMatchObject({ intact: true });
    } finally {
      await other.query('SELECT pg_advisory_unlock($1)', [SEAL_LOCK]);
      await other.release();
    }

    // Sealed into the chain by the next run: still found.
    const forged = await forge('0'.repeat(64));
    await audit.recordAlone({ action: 'TEST_AFTER_FORGED' });
    expect(await verify()).toMatchObject({ intact: false, firstBrokenId: String(forged) });
    const [row] = await server.db.query('SELECT seq FROM audit_log WHERE id = $1', [forged]);
    expect(row.seq).not.toBeNull();
  });
});

describe('audit log written before entries were signed', () => {
  let old: TestServer;
  beforeAll(async () => {
    old = await startTestServer();
  });
  afterAll(() => old.close());

  /** The old format: unkeyed SHA-256 links in id order. */
  const legacyHash = (prevHash: string | null, row: Row): string =>
    createHash('sha256')
      .update(
        JSON.stringify([
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
        ]),
      )
      .digest('hex');

  it('keeps the old entries as the head of the chain, held in place by the first signed link', async () => {
    const db = old.db;
    const oldAudit = old.app.get(AuditService);
    // Back to the schema before signing, with a log written the old way.
    while ((await db.query(`SELECT 1 FROM migrations WHERE name = 'AuditSealing1796524800000'`)).length) {
      await db.undoLastMigration({ transaction: 'each' });
    }
    expect((await db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n).toBe(0);
    let prevHash: string | null = null;
    for (let i = 0; i < 4; i++) {
      const row = {
        occurred_at: new Date(Date.UTC(2026, 0, 5, 1, 0, i)),
        actor_id: null,
        actor_name: 'office',
        action: 'OLD_EVENT',
        target_type: 'test',
        target_id: String(i),
        ip: '10.0.0.1',
        user_agent: null,
        details: JSON.stringify({ i }),
      };
      const hash = legacyHash(prevHash, row);
      await db.query(
        `INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, target_type, target_id, ip, user_agent, details, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [...Object.values(row), prevHash, hash],
      );
      prevHash = hash;
    }
    await db.runMigrations({ transaction: 'each' });

    expect(await oldAudit.verifyChain()).toEqual({ intact: true, checked: 4, firstBrokenId: null });
    await oldAudit.recordAlone({ action: 'NEW_EVENT' });
    expect(await oldAudit.verifyChain()).toEqual({ intact: true, checked: 5, firstBrokenId: null });

    // An old entry rewritten with every old link after it recomputed: the first signed link no longer fits.
    const legacy: Row[] = await db.query('SELECT * FROM audit_log WHERE mac IS NULL ORDER BY seq');
    let relinked: string | null = null;
    for (const row of legacy) {
      if (row.seq === '2') row.actor_name = 'someone else';
      const hash = legacyHash(relinked, row);
      await behindTheTriggerOn(
        db,
        'UPDATE audit_log SET actor_name = $2, prev_hash = $3, hash = $4 WHERE id = $1',
        [row.id, row.actor_name, relinked, hash],
      );
      relinked = hash;
    }
    const [firstSigned] = await db.query(
      'SELECT id FROM audit_log WHERE mac IS NOT NULL ORDER BY seq LIMIT 1',
    );
    expect(await oldAudit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: firstSigned.id });
  });
});
