import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let admin: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedIn('admin', 'SYS_ADMIN');
  // 250 more accounts spread over the departments, so that pages are full.
  await server.db.query(`
    INSERT INTO app_user (username, display_name, password_hash, roles, department_id, created_at)
    SELECT 'staff' || i, '员工' || i, 'x', ARRAY['DEPT_STAFF'],
           (SELECT id FROM department ORDER BY name OFFSET (i % 12) LIMIT 1),
           now() - make_interval(mins => i)
      FROM generate_series(1, 250) AS i`);
});
afterAll(() => server.close());

const PAGE = `query ($first: Int!, $after: String, $keyword: String) {
  users(first: $first, after: $after, keyword: $keyword) { items { username departmentName } nextCursor }
}`;

describe('user directory', () => {
  it('pages through every account exactly once with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { users: { items: { username: string }[]; nextCursor: string | null } } = await admin.ok(
        PAGE,
        { first: 100, after },
      );
      seen.push(...page.users.items.map((user) => user.username));
      after = page.users.nextCursor;
    } while (after);
    const [{ count }] = await server.db.query('SELECT count(*)::int AS count FROM app_user');
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
  });

  it('shows department names with a constant number of SQL statements, whatever the page size (no N+1)', async () => {
    const counts: number[] = [];
    for (const first of [10, 100]) {
      const response = await admin.request(PAGE, { first, keyword: 'staff' });
      expect(response.errors).toBeUndefined();
      const names = (
        response.data as { users: { items: { departmentName: string | null }[] } }
      ).users.items.map((u) => u.departmentName);
      expect(names.filter(Boolean)).toHaveLength(first);
      counts.push(Number(response.headers.get('x-sql-statements')));
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('filters by keyword and rejects a bad cursor or page size by field', async () => {
    expect(
      (await admin.ok(PAGE, { first: 20, keyword: 'staff12' })).users.items
        .map((u: { username: string }) => u.username)
        .sort(),
    ).toEqual([
      'staff12',
      'staff120',
      'staff121',
      'staff122',
      'staff123',
      'staff124',
      'staff125',
      'staff126',
      'staff127',
      'staff128',
      'staff129',
    ]);
    const badCursor = await admin.request(PAGE, { first: 10, after: 'garbage' });
    expect(badCursor.errors?.[0].extensions?.fields?.[0].field).toBe('after');
    const tooMany = await admin.request(PAGE, { first: 1000 });
    expect(tooMany.errors?.[0].extensions?.fields?.[0].field).toBe('first');
  });
});
