import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type GqlClient, type TestServer } from './harness.js';

let server: TestServer;
let enterprise: GqlClient;
let admin: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
  admin = await server.signedIn('admin', 'SYS_ADMIN');
});
afterAll(() => server.close());

const LIST = '{ caseDepartments { id name } }';

describe('caseDepartments (the department concerned, portal)', () => {
  it('lists the active departments by id and name, and drops one once it is deactivated', async () => {
    const active: { id: string; name: string }[] = await server.db.query(
      'SELECT id, name FROM department WHERE active ORDER BY name',
    );
    expect(active.length).toBeGreaterThan(1);
    const before = (await enterprise.ok(LIST)).caseDepartments as { id: string; name: string }[];
    expect([...before].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      [...active].sort((a, b) => a.name.localeCompare(b.name)),
    );

    const [gone] = active;
    await admin.ok('mutation ($id: ID!) { setDepartmentActive(id: $id, active: false) { id active } }', {
      id: gone.id,
    });
    const after = (await enterprise.ok(LIST)).caseDepartments as { id: string }[];
    expect(after.map((d) => d.id)).not.toContain(gone.id);
    expect(after).toHaveLength(active.length - 1);
  });

  it('offers no contact details of a department on the portal', async () => {
    const response = await enterprise.request('{ caseDepartments { id contactPhone } }');
    expect(response.errors?.[0]?.message).toMatch(/contactPhone/);
  });
});
