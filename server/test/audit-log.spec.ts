import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { errorCode, startTestServer, TEST_EPOCH, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let auditor: GqlClient;
let audit: AuditService;

const MINUTE = 60_000;
const at = (minutes: number) => new Date(new Date(TEST_EPOCH).getTime() + minutes * MINUTE);

// Entries of actors and actions the demo data never writes, a minute apart (well within a session).
const written = [
  { minutes: 1, action: 'probe.open', actorName: 'probe_ann', targetType: 'Probe', targetId: '1' },
  { minutes: 2, action: 'probe.close', actorName: 'probe_ann', targetType: 'Probe', targetId: '1' },
  { minutes: 3, action: 'probe.open', actorName: 'probe_bob', targetType: 'Probe', targetId: '2' },
  { minutes: 4, action: 'probeXopen', actorName: 'probe_bob', targetType: 'Probe', targetId: '2' },
  { minutes: 5, action: 'probe_open', actorName: 'probe_ann', targetType: 'Other', targetId: '2' },
];

beforeAll(async () => {
  server = await startTestServer();
  audit = server.app.get(AuditService);
  auditor = await server.signedIn('admin', 'AUDITOR');
  for (const entry of written) {
    server.clock.set(at(entry.minutes));
    await audit.recordAlone({ ...entry, details: { minutes: entry.minutes } });
  }
});
afterAll(() => server.close());

const QUERY = `query ($first: Int!, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    items { id occurredAt actorName action targetType targetId details }
    nextCursor
  }
}`;

interface Entry {
  id: string;
  occurredAt: string;
  actorName: string | null;
  action: string;
  details: string | null;
}

/** Every matching entry, page by page, as the minutes their details carry (newest first). */
async function minutesOf(filter: Record<string, unknown>, first = 50): Promise<number[]> {
  const seen: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const { auditLog }: { auditLog: { items: Entry[]; nextCursor: string | null } } = await auditor.ok(
      QUERY,
      {
        first,
        after,
        filter,
      },
    );
    seen.push(...auditLog.items);
    after = auditLog.nextCursor;
    if (!after) break;
  }
  return seen.map((entry) => (JSON.parse(entry.details ?? '{}') as { minutes?: number }).minutes ?? -1);
}

describe('the audit log for the auditor: filters', () => {
  it('narrows to one actor, in any case', async () => {
    expect(await minutesOf({ actor: 'probe_ann' })).toEqual([5, 2, 1]);
    expect(await minutesOf({ actor: 'PROBE_BOB' })).toEqual([4, 3]);
    expect(await minutesOf({ actor: 'probe_nobody' })).toEqual([]);
  });

  it('narrows to an action exactly, or to the actions starting with a prefix', async () => {
    expect(await minutesOf({ action: 'probe.open' })).toEqual([3, 1]);
    expect(await minutesOf({ actionPrefix: 'probe.' })).toEqual([3, 2, 1]);
    // `_` and `%` are plain characters, not wildcards.
    expect(await minutesOf({ actionPrefix: 'probe_' })).toEqual([5]);
    expect(await minutesOf({ actionPrefix: 'probe%' })).toEqual([]);
  });

  it('narrows to a target', async () => {
    expect(await minutesOf({ targetType: 'Probe', targetId: '2' })).toEqual([4, 3]);
    expect(await minutesOf({ targetType: 'Other' })).toEqual([5]);
  });

  it('narrows to a period: from inclusive, to exclusive', async () => {
    const period = { actionPrefix: 'probe', from: at(2).toISOString(), to: at(4).toISOString() };
    expect(await minutesOf(period)).toEqual([3, 2]);
    expect(await minutesOf({ actionPrefix: 'probe', from: at(4).toISOString() })).toEqual([5, 4]);
  });

  it('combines filters and keeps keyset paging: full pages, no entry twice', async () => {
    expect(await minutesOf({ actionPrefix: 'probe' }, 2)).toEqual([5, 4, 3, 2, 1]);
    expect(await minutesOf({ actor: 'probe_ann', actionPrefix: 'probe.' }, 1)).toEqual([2, 1]);
    const { auditLog } = await auditor.ok(QUERY, { first: 2, filter: { actionPrefix: 'probe' } });
    expect(auditLog.items).toHaveLength(2);
    expect(auditLog.nextCursor).not.toBeNull();
  });

  it('without a filter still lists the newest entries first', async () => {
    const { auditLog } = await auditor.ok(QUERY, { first: 3 });
    const ids = (auditLog.items as Entry[]).map((entry) => Number(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(3);
  });

  it('refuses a period that ends before it starts, and over-long text, naming the field', async () => {
    const backwards = await auditor.request(QUERY, {
      first: 10,
      filter: { from: at(4).toISOString(), to: at(2).toISOString() },
    });
    expect(errorCode(backwards)).toBe('VALIDATION');
    expect(backwards.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['to']);
    const long = await auditor.request(QUERY, { first: 10, filter: { actor: 'x'.repeat(61) } });
    expect(errorCode(long)).toBe('VALIDATION');
    expect(long.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['actor']);
  });
});
