import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let audit: AuditService;
beforeAll(async () => {
  server = await startTestServer();
  audit = server.app.get(AuditService);
});
afterAll(() => server.close());

const VERIFY = '{ verifyAuditChain { intact checked firstBrokenId } }';

describe('audit log (SPEC §7)', () => {
  it('keeps one unbroken chain when many entries are written at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => audit.recordAlone({ action: 'TEST_EVENT', details: { i } })),
    );
    const auditor = await server.signedIn('admin', 'AUDITOR');
    const { verifyAuditChain } = await auditor.ok(VERIFY);
    expect(verifyAuditChain.intact).toBe(true);
    expect(verifyAuditChain.checked).toBeGreaterThanOrEqual(21);
  });

  it('refuses to update or delete an entry', async () => {
    await expect(server.db.query(`UPDATE audit_log SET action = 'X' WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(server.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('lets the auditor page through the log, newest first', async () => {
    const auditor = await server.signedIn('admin', 'AUDITOR');
    const first = (await auditor.ok('{ auditLog(first: 5) { items { id action } nextCursor } }')).auditLog;
    expect(first.items).toHaveLength(5);
    const second = (
      await auditor.ok('query ($after: String) { auditLog(first: 5, after: $after) { items { id } } }', {
        after: first.nextCursor,
      })
    ).auditLog;
    expect(Number(second.items[0].id)).toBeLessThan(Number(first.items[4].id));
  });

  it('detects an entry altered behind the application’s back', async () => {
    // Someone with superuser rights switches the guard off and edits history.
    await server.db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    const [{ id }] = await server.db.query(`SELECT min(id) + 3 AS id FROM audit_log`);
    await server.db.query(`UPDATE audit_log SET actor_name = 'someone else' WHERE id = $1`, [id]);
    await server.db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    const auditor = await server.signedIn('admin', 'AUDITOR');
    const { verifyAuditChain } = await auditor.ok(VERIFY);
    expect(verifyAuditChain).toMatchObject({ intact: false, firstBrokenId: String(id) });
  });
});
