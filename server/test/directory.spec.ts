import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeCreditCode, type AdminApi } from '@gridbridge/shared';
import { seedDemo } from '../src/modules/demo/demo.seed.js';
import { enterpriseNameContains } from '../src/modules/directory/index.js';
import { errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

let server: TestServer;
let office: GqlClient;
let admin: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  office = await server.signedIn('admin', 'OFFICE_STAFF');
  admin = await server.signedIn('admin', 'SYS_ADMIN');
});
afterAll(() => server.close());

const ENTERPRISE_FIELDS = 'id name creditCode gridId gridPath version contactPhone industry';
const PAGE = `query ($page: EnterprisePageArgs) { enterprises(page: $page) { items { ${ENTERPRISE_FIELDS} } nextCursor } }`;
const GRID_PAGE = `query ($page: EnterprisePageArgs) { gridEnterprises(page: $page) { items { id name gridPath } nextCursor } }`;

async function gridId(name: string): Promise<string> {
  const [row] = await server.db.query('SELECT id FROM grid WHERE name = $1', [name]);
  return row.id;
}

async function aCell(): Promise<{ id: string; path: string[] }> {
  const [row] = await server.db.query('SELECT id, path FROM grid WHERE level = 3 ORDER BY code LIMIT 1');
  return row;
}

let serial = 0;
function newEnterprise(
  gridId: string,
  overrides: Partial<AdminApi.EnterpriseInput> = {},
): AdminApi.EnterpriseInput {
  serial += 1;
  return {
    name: `测试企业${serial}有限公司`,
    creditCode: makeCreditCode(`91410108MATT${String(serial).padStart(5, '0')}`),
    legalRepresentative: '张三',
    industry: 'C',
    scale: 'SMALL',
    status: 'ACTIVE',
    address: '惠济区测试路1号',
    gridId,
    contactName: '李四',
    contactPhone: '13912345678',
    ...overrides,
  };
}

const CREATE = `mutation ($input: EnterpriseInput!) { createEnterprise(input: $input) { ${ENTERPRISE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: EnterpriseInput!, $version: Int!) {
  updateEnterprise(id: $id, input: $input, version: $version) { ${ENTERPRISE_FIELDS} } }`;

describe('demo district', () => {
  it('holds exactly 249 enterprises with valid credit codes on level-3 grids, and loads only once', async () => {
    const [{ count, cells, level1 }] = await server.db.query(`
      SELECT (SELECT count(*)::int FROM enterprise) AS count,
             (SELECT count(*)::int FROM enterprise e JOIN grid g ON g.id = e.grid_id WHERE g.level = 3 AND e.grid_path = g.path) AS cells,
             (SELECT count(*)::int FROM grid WHERE level = 1) AS level1`);
    expect({ count, cells, level1 }).toEqual({ count: 249, cells: 249, level1: 8 });
  });

  it('adds nothing when loaded a second time', async () => {
    const counts = () =>
      server.db
        .query(`SELECT (SELECT count(*) FROM grid) g, (SELECT count(*) FROM department) d, (SELECT count(*) FROM enterprise) e,
                              (SELECT count(*) FROM service_point) s, (SELECT count(*) FROM app_user) u`);
    const before = await counts();
    await server.db.transaction((manager) => seedDemo(manager, server.clock.now()));
    expect(await counts()).toEqual(before);
  });
});

describe('grid heads see their grid subtree only', () => {
  it('lists exactly the enterprises under the grid head’s community', async () => {
    const gridHead = await server.signedIn('portal', 'GRID_HEAD');
    const community = await gridId('新城社区');
    const [{ count }] = await server.db.query(
      'SELECT count(*)::int AS count FROM enterprise WHERE grid_path @> ARRAY[$1::uuid]',
      [community],
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Data = await gridHead.ok(GRID_PAGE, { page: { first: 100, after } });
      seen.push(...page.gridEnterprises.items.map((e: { id: string }) => e.id));
      after = page.gridEnterprises.nextCursor;
    } while (after);
    expect(seen).toHaveLength(count);
    expect(count).toBeGreaterThan(0);
    const [outsider] = await server.db.query(
      'SELECT id FROM enterprise WHERE NOT grid_path @> ARRAY[$1::uuid] LIMIT 1',
      [community],
    );
    expect(seen).not.toContain(outsider.id);
    expect(
      errorCode(
        await gridHead.request('query ($id: ID!) { gridEnterprise(id: $id) { id } }', { id: outsider.id }),
      ),
    ).toBe('NOT_FOUND');
    // Asking for another subtree by filter still returns only the grid head's own enterprises: none.
    const elsewhere: Data = await gridHead.ok(GRID_PAGE, {
      page: { first: 20, filter: { gridId: await gridId('古荥镇') } },
    });
    expect(elsewhere.gridEnterprises.items).toEqual([]);
  });

  it('lets a grid head edit an enterprise of the subtree but not one outside it', async () => {
    const gridHead = await server.signedIn('portal', 'GRID_HEAD');
    const community = await gridId('新城社区');
    const [inside] = await server.db.query(
      `SELECT e.id, e.version FROM enterprise e
        WHERE e.grid_path @> ARRAY[$1::uuid] AND e.credit_code <> '91410108MA3X7K2P0E' ORDER BY e.name LIMIT 1`,
      [community],
    );
    const [outside] = await server.db.query(
      `SELECT id, version FROM enterprise WHERE NOT grid_path @> ARRAY[$1::uuid] LIMIT 1`,
      [community],
    );
    const [insideCell] = await server.db.query('SELECT grid_id FROM enterprise WHERE id = $1', [inside.id]);
    const update = `mutation ($id: ID!, $input: EnterpriseInput!, $version: Int!) { updateGridEnterprise(id: $id, input: $input, version: $version) { id contactPhone } }`;
    const edited = await gridHead.ok(update, {
      id: inside.id,
      input: newEnterprise(insideCell.grid_id, { contactPhone: '13700000000' }),
      version: inside.version,
    });
    expect(edited.updateGridEnterprise.contactPhone).toBe('13700000000');
    const refused = await gridHead.request(update, {
      id: outside.id,
      input: newEnterprise(insideCell.grid_id),
      version: outside.version,
    });
    expect(errorCode(refused)).toBe('NOT_FOUND');
  });
});

describe('enterprise directory', () => {
  it('validates the credit code check character and refuses a duplicate, naming the field', async () => {
    const cell = await aCell();
    const good = newEnterprise(cell.id);
    const wrongCheck = {
      ...good,
      creditCode: good.creditCode.slice(0, 17) + (good.creditCode.endsWith('0') ? '1' : '0'),
    };
    const bad = await office.request(CREATE, { input: wrongCheck });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'creditCode' }],
    });
    await office.ok(CREATE, { input: good });
    const duplicate = await office.request(CREATE, { input: { ...good, name: '另一家' } });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ field: 'creditCode', message: '统一社会信用代码已被使用' }],
    });
    const [{ count }] = await server.db.query(
      'SELECT count(*)::int AS count FROM enterprise WHERE name = $1',
      ['另一家'],
    );
    expect(count).toBe(0);
  });

  it('accepts only a level-3 grid for an enterprise', async () => {
    const response = await office.request(CREATE, { input: newEnterprise(await gridId('新城街道')) });
    expect(response.errors?.[0].extensions?.fields?.[0].field).toBe('gridId');
  });

  it('filters by grid subtree, industry and keyword, and pages with keyset cursors', async () => {
    const town = await gridId('花园口镇');
    const byGrid: Data = await office.ok(PAGE, { page: { first: 100, filter: { gridId: town } } });
    expect(byGrid.enterprises.items.length).toBeGreaterThan(0);
    expect(byGrid.enterprises.items.every((e: { gridPath: string[] }) => e.gridPath[0] === '花园口镇')).toBe(
      true,
    );
    const manufacturing: Data = await office.ok(PAGE, { page: { first: 50, filter: { industry: 'C' } } });
    expect(manufacturing.enterprises.items.every((e: { industry: string }) => e.industry === 'C')).toBe(true);
    const keyword: Data = await office.ok(PAGE, { page: { first: 5, filter: { keyword: '宏达' } } });
    expect(keyword.enterprises.items.map((e: { name: string }) => e.name)).toContain(
      '郑州惠济宏达食品有限公司',
    );

    for (const sort of ['NEWEST', 'NAME']) {
      const seen = new Set<string>();
      let after: string | null = null;
      do {
        const page: Data = await office.ok(PAGE, { page: { first: 37, sort, after } });
        page.enterprises.items.forEach((e: { id: string }) => seen.add(e.id));
        after = page.enterprises.nextCursor;
      } while (after);
      const [{ count }] = await server.db.query('SELECT count(*)::int AS count FROM enterprise');
      expect(seen.size).toBe(count);
    }
  });

  it('finds a piece of a name only where its characters stand together, from the name-grams index', async () => {
    const [first, second] = (await server.db.query(
      'SELECT id, name FROM enterprise ORDER BY created_at, id LIMIT 2',
    )) as { id: string; name: string }[];
    const rename = (id: string, name: string) =>
      server.db.query('UPDATE enterprise SET name = $2 WHERE id = $1', [id, name]);
    // Every character and pair of 甲乙丙 is in the second name too, but never the three together.
    await rename(first!.id, '郑州甲乙丙丁机械有限公司');
    await rename(second!.id, '郑州甲乙测乙丙机械有限公司');
    try {
      const names = async (keyword: string) =>
        (
          (await office.ok(PAGE, { page: { first: 10, filter: { keyword } } })).enterprises.items as Data[]
        ).map((e) => e.name);
      expect(await names('甲乙丙')).toEqual(['郑州甲乙丙丁机械有限公司']);
      expect((await names('乙丙')).sort()).toEqual([
        '郑州甲乙丙丁机械有限公司',
        '郑州甲乙测乙丙机械有限公司',
      ]);
      expect(await names('丙乙')).toEqual([]);

      // The plan PostgreSQL would choose with full scans priced out: the two-character word meets
      // the index (a trigram index cannot serve it, and read every name at 1,000,000 enterprises).
      const runner = server.db.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query('SET LOCAL enable_seqscan = off');
        const plan = (await runner.query(
          `EXPLAIN SELECT id FROM enterprise WHERE ${enterpriseNameContains('name', '$1')}`,
          ['乙丙'],
        )) as { 'QUERY PLAN': string }[];
        expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('enterprise_name_grams_idx');
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    } finally {
      await rename(first!.id, first!.name);
      await rename(second!.id, second!.name);
    }
  });

  it('runs a constant number of SQL statements per page, whatever its size (no N+1)', async () => {
    const counts = [];
    for (const first of [10, 100]) {
      const response = await office.request(PAGE, { page: { first } });
      expect(response.errors).toBeUndefined();
      counts.push(Number(response.headers.get('x-sql-statements')));
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('lets one of two concurrent edits of the same version win and tells the other', async () => {
    const cell = await aCell();
    const created = (await office.ok(CREATE, { input: newEnterprise(cell.id) })).createEnterprise;
    const input = newEnterprise(cell.id, { creditCode: created.creditCode, name: created.name });
    const results = await Promise.all(
      ['13800001111', '13800002222'].map((contactPhone) =>
        office.request(UPDATE, {
          id: created.id,
          input: { ...input, contactPhone },
          version: created.version,
        }),
      ),
    );
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
  });

  it('records who changed what, before and after, and shows it as the enterprise’s history', async () => {
    const cell = await aCell();
    const created = (await office.ok(CREATE, { input: newEnterprise(cell.id) })).createEnterprise;
    await office.ok(UPDATE, {
      id: created.id,
      input: newEnterprise(cell.id, {
        creditCode: created.creditCode,
        name: created.name,
        contactPhone: '13600000000',
      }),
      version: created.version,
    });
    const history = (
      await office.ok(
        'query ($id: ID!) { enterpriseHistory(enterpriseId: $id) { action actorName details } }',
        { id: created.id },
      )
    ).enterpriseHistory;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'ENTERPRISE_UPDATED',
      'ENTERPRISE_CREATED',
    ]);
    expect(history[0].actorName).toBe('office');
    const details = JSON.parse(history[0].details);
    expect(details.before.contactPhone).toBe('13912345678');
    expect(details.after.contactPhone).toBe('13600000000');
  });
});

describe('grid tree', () => {
  const CREATE_GRID = 'mutation ($input: GridInput!) { createGrid(input: $input) { id level path version } }';

  it('builds a three-level branch, refuses to remove a grid that holds anything, and moves a subtree', async () => {
    const root = (await admin.ok(CREATE_GRID, { input: { name: '测试街道', code: 'T01' } })).createGrid;
    const community = (
      await admin.ok(CREATE_GRID, { input: { name: '测试社区', code: 'T0101', parentId: root.id } })
    ).createGrid;
    const cell = (
      await admin.ok(CREATE_GRID, { input: { name: '测试网格', code: 'T010101', parentId: community.id } })
    ).createGrid;
    expect([root.level, community.level, cell.level]).toEqual([1, 2, 3]);
    expect(cell.path).toEqual([root.id, community.id, cell.id]);
    const tooDeep = await admin.request(CREATE_GRID, {
      input: { name: 'x', code: 'T01010101', parentId: cell.id },
    });
    expect(tooDeep.errors?.[0].extensions?.fields?.[0].field).toBe('parentId');
    const taken = await admin.request(CREATE_GRID, { input: { name: 'x', code: 'T01' } });
    expect(taken.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'code',
      message: '编码已被使用',
    });

    const enterprise = (await office.ok(CREATE, { input: newEnterprise(cell.id) })).createEnterprise;
    const refused = await admin.request('mutation ($id: ID!) { removeGrid(id: $id) }', { id: community.id });
    expect(errorCode(refused)).toBe('GRID_NOT_EMPTY');
    expect(
      (await server.db.query('SELECT count(*)::int AS n FROM grid WHERE id = $1', [community.id]))[0].n,
    ).toBe(1);

    const otherRoot = await gridId('古荥镇');
    await admin.ok(
      'mutation ($id: ID!, $parentId: ID!, $version: Int!) { moveGrid(id: $id, parentId: $parentId, version: $version) { id } }',
      {
        id: community.id,
        parentId: otherRoot,
        version: community.version,
      },
    );
    const moved: Data = await office.ok(PAGE, {
      page: { first: 100, filter: { gridId: otherRoot, keyword: enterprise.name } },
    });
    expect(moved.enterprises.items.map((e: { id: string }) => e.id)).toEqual([enterprise.id]);
    const [{ path }] = await server.db.query('SELECT path FROM grid WHERE id = $1', [cell.id]);
    expect(path).toEqual([otherRoot, community.id, cell.id]);

    const empty = (await admin.ok(CREATE_GRID, { input: { name: '空网格', code: 'T02' } })).createGrid;
    expect((await admin.ok('mutation ($id: ID!) { removeGrid(id: $id) }', { id: empty.id })).removeGrid).toBe(
      true,
    );
  });
});

describe('enterprise accounts', () => {
  const REGISTER = `mutation ($input: RegisterEnterpriseAccountInput!) { registerEnterpriseAccount(input: $input) { id status } }`;

  it('registers with the credit code, waits for the office, then acts for the enterprise', async () => {
    const [enterprise] = await server.db.query(
      "SELECT id, name, credit_code FROM enterprise WHERE name <> '郑州惠济宏达食品有限公司' ORDER BY name LIMIT 1",
    );
    const visitor = server.portal();
    const unknown = await visitor.request(REGISTER, {
      input: {
        creditCode: makeCreditCode('914101089Q9Q9Q9Q9'),
        enterpriseName: 'x',
        displayName: '王五',
        mobile: '15000000001',
        password: 'Good#Pass1',
      },
    });
    expect(unknown.errors?.[0].extensions?.fields?.[0].field).toBe('creditCode');
    const claim = (
      await visitor.ok(REGISTER, {
        input: {
          creditCode: enterprise.credit_code,
          enterpriseName: enterprise.name,
          displayName: '王五',
          mobile: '15000000001',
          password: 'Good#Pass1',
        },
      })
    ).registerEnterpriseAccount;
    expect(claim.status).toBe('PENDING');

    const applicant = server.portal();
    expect((await applicant.login('15000000001', 'Good#Pass1')).errors).toBeUndefined();
    expect(errorCode(await applicant.request('{ myEnterprise { id } }'))).toBe('CLAIM_PENDING');

    const approvals = await Promise.all([
      office.request('mutation ($id: ID!) { approveEnterpriseClaim(id: $id) { status } }', { id: claim.id }),
      (await server.signedIn('admin', 'OFFICE_LEADER')).request(
        'mutation ($id: ID!) { approveEnterpriseClaim(id: $id) { status } }',
        {
          id: claim.id,
        },
      ),
    ]);
    expect(approvals.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);

    // The viewer is read per request, so the approval takes effect without signing in again.
    const mine = (await applicant.ok(
      '{ myEnterprise { id name } myEnterpriseAccounts { manager } }',
    )) as Data;
    expect(mine.myEnterprise).toEqual({ id: enterprise.id, name: enterprise.name });
    expect(mine.myEnterpriseAccounts).toEqual([{ manager: true }]);
  });

  it('shows the applicant the reason for a rejection', async () => {
    const [enterprise] = await server.db.query(
      'SELECT name, credit_code FROM enterprise ORDER BY name DESC LIMIT 1',
    );
    const claim = (
      await server.portal().ok(REGISTER, {
        input: {
          creditCode: enterprise.credit_code,
          enterpriseName: enterprise.name,
          displayName: '赵六',
          mobile: '15000000002',
          password: 'Good#Pass1',
        },
      })
    ).registerEnterpriseAccount;
    const noReason = await office.request(
      'mutation ($id: ID!) { rejectEnterpriseClaim(id: $id, reason: "") { status } }',
      { id: claim.id },
    );
    expect(noReason.errors?.[0].extensions?.fields?.[0].field).toBe('reason');
    await office.ok(
      'mutation ($id: ID!) { rejectEnterpriseClaim(id: $id, reason: "非本企业员工") { status } }',
      { id: claim.id },
    );
    const applicant = server.portal();
    await applicant.login('15000000002', 'Good#Pass1');
    expect(
      (await applicant.ok('{ myEnterpriseClaim { status rejectionReason } }')).myEnterpriseClaim,
    ).toEqual({
      status: 'REJECTED',
      rejectionReason: '非本企业员工',
    });
  });

  it('lets the managing account switch another account of its enterprise off, ending its sessions', async () => {
    const manager = await server.signedIn('portal', 'ENTERPRISE');
    const colleague = server.portal();
    expect((await colleague.login('enterprise2')).errors).toBeUndefined();
    const accounts = (await manager.ok('{ myEnterpriseAccounts { id username manager } }'))
      .myEnterpriseAccounts;
    const other = accounts.find((a: { username: string }) => a.username === 'enterprise2');
    await manager.ok(
      'mutation ($id: ID!) { setEnterpriseAccountActive(userId: $id, active: false) { active } }',
      { id: other.id },
    );
    expect((await colleague.ok('{ me { id } }')).me).toBeNull();
    // …and a non-manager may not do the same.
    await manager.ok(
      'mutation ($id: ID!) { setEnterpriseAccountActive(userId: $id, active: true) { active } }',
      { id: other.id },
    );
    await colleague.login('enterprise2');
    const [me] = accounts.filter((a: { manager: boolean }) => a.manager);
    expect(
      errorCode(
        await colleague.request(
          'mutation ($id: ID!) { setEnterpriseAccountActive(userId: $id, active: false) { active } }',
          { id: me.id },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('users and service points', () => {
  it('creates an account whose password must be changed at first sign-in', async () => {
    const [department] = await server.db.query("SELECT id FROM department WHERE name = '区税务局'");
    const create = `mutation ($input: NewUserInput!) { createUser(input: $input) { id roles departmentId email } }`;
    const missingDepartment = await admin.request(create, {
      input: { username: 'tax1', displayName: '税务一', roles: ['DEPT_STAFF'], password: 'First#Pass1' },
    });
    expect(missingDepartment.errors?.[0].extensions?.fields?.[0].field).toBe('departmentId');
    const badEmail = await admin.request(create, {
      input: {
        username: 'tax1',
        displayName: '税务一',
        roles: ['DEPT_STAFF'],
        departmentId: department.id,
        email: 'not-an-address',
        password: 'First#Pass1',
      },
    });
    expect(badEmail.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'email',
      message: '电子邮箱格式不正确',
    });
    const created = await admin.ok(create, {
      input: {
        username: 'tax1',
        displayName: '税务一',
        roles: ['DEPT_STAFF'],
        departmentId: department.id,
        email: ' tax1@huiji.gov.cn ',
        password: 'First#Pass1',
      },
    });
    expect(created.createUser.email).toBe('tax1@huiji.gov.cn');
    const taken = await admin.request(create, {
      input: { username: 'tax1', displayName: '税务二', roles: ['INSPECTOR'], password: 'First#Pass1' },
    });
    expect(taken.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'username' });
    const newcomer = server.admin();
    expect((await newcomer.login('tax1', 'First#Pass1')).data?.login).toMatchObject({
      mustChangePassword: true,
    });
  });

  it('resets a password so that the user must change it, ending their sessions and lifting a lock', async () => {
    const victim = await server.signedIn('admin', 'INSPECTOR');
    const [{ id }] = await server.db.query("SELECT id FROM app_user WHERE username = 'inspector'");
    await server.db.query(
      `INSERT INTO sign_in_failure (key, failures, locked_until, forget_at) VALUES ($1, 0, $2, $2)`,
      [`account:${id}`, new Date(server.clock.now().getTime() + 10 * 60_000)],
    );
    await admin.ok('mutation ($input: ResetPasswordInput!) { resetUserPassword(input: $input) { id } }', {
      input: { userId: id, password: 'Reset#2026a' },
    });
    expect((await victim.ok('{ me { id } }')).me).toBeNull();
    const again = server.admin();
    expect((await again.login('inspector', 'Reset#2026a')).data?.login).toMatchObject({
      mustChangePassword: true,
    });
    expect(errorCode(await again.request('{ grids { id } }'))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('lists active service points for anyone, searchable by keyword', async () => {
    const all = (await server.portal().ok('{ servicePoints { name kind gridPath } }')).servicePoints;
    const [{ expected }] = await server.db.query(
      `SELECT count(*)::int AS expected FROM grid WHERE level IN (1, 2) AND active AND code LIKE 'HJ%'`,
    );
    expect(all.length).toBe(expected);
    expect(all.filter((p: { kind: string }) => p.kind === 'CENTRE')).toHaveLength(8);
    const search = (await server.portal().ok('{ servicePoints(keyword: "花园口") { gridPath } }'))
      .servicePoints;
    expect(search.length).toBeGreaterThan(0);
    expect(search.some((p: { gridPath: string[] }) => p.gridPath.join('/') === '花园口镇')).toBe(true);
  });
});
