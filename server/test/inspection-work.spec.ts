import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { AttachmentsService } from '../src/modules/cases/attachments.service.js';
import {
  TEST_EPOCH,
  errorCode,
  startTestServer,
  type GqlClient,
  type GqlResponse,
  type TestServer,
} from './harness.js';

/*
 * An inspector's field work (docs/inspections.md): photos on a record through the attachments
 * path, and the scoped enterprise pick list for turning a finding into a case.
 */

let server: TestServer;
let leader: GqlClient;
let inspector: GqlClient;
let inspector2: GqlClient;
let market: string;
let gridTask: string;
let departmentTask: string;
/** The top grid the grid task inspects, and an enterprise inside and one outside its subtree. */
let grid: string;
let inside: { id: string; name: string; credit_code: string };
let outside: { id: string; name: string; credit_code: string };

const UPLOAD = `mutation ($input: UploadAttachmentInput!) { uploadInspectionPhoto(input: $input) { id fileName mimeType thumbnail } }`;
const CASE_UPLOAD = `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { id } }`;
const RECORD = `id photos { id fileName thumbnail } findings { id outcome version caseId }`;
const CREATE_RECORD = `mutation ($input: InspectionRecordInput!) { createInspectionRecord(input: $input) { ${RECORD} } }`;
const RECORDS = `query ($taskId: ID!) { inspectionRecords(taskId: $taskId) { items { ${RECORD} } } }`;
const ENTERPRISE_PAGE = `query ($findingId: ID!, $keyword: String, $first: Int, $after: String) {
  inspectionFindingEnterprises(findingId: $findingId, keyword: $keyword, first: $first, after: $after) {
    items { id name creditCode gridName } nextCursor } }`;
const FILE = `mutation ($id: ID!, $version: Int!, $input: FindingCaseInput!) {
  fileFindingAsCase(id: $id, version: $version, input: $input) { id outcome caseId version } }`;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const rows: T[] = await server.db.query(sql, params);
  return rows[0];
}

type Enterprise = { id: string; name: string; creditCode: string; gridName: string };

/** The first page of the pick list (20, the default), as `{ inspectionFindingEnterprises: items }`. */
async function choices(
  client: GqlClient,
  variables: { findingId: string; keyword?: string },
): Promise<{ inspectionFindingEnterprises: Enterprise[] }> {
  const page = (await client.ok(ENTERPRISE_PAGE, variables)).inspectionFindingEnterprises;
  return { inspectionFindingEnterprises: page.items };
}

/** The field and message of the first field problem; fails unless the answer is VALIDATION. */
function problem(response: GqlResponse): { field: string; message: string } {
  expect(errorCode(response)).toBe('VALIDATION');
  return response.errors![0].extensions!.fields![0] as { field: string; message: string };
}

const png = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();
const upload = async (client: GqlClient, fileName: string, content: Buffer) =>
  client.request(UPLOAD, { input: { fileName, contentBase64: content.toString('base64') } });
const uploaded = async (client: GqlClient, fileName: string, content: Buffer) =>
  (await client.ok(UPLOAD, { input: { fileName, contentBase64: content.toString('base64') } }))
    .uploadInspectionPhoto;

const record = (taskId: string, photoIds: string[], findings = 0) => ({
  taskId,
  inspectedOn: '2026-06-15',
  place: '农贸市场',
  checked: '价格公示',
  photoIds,
  findings: Array.from({ length: findings }, (_, i) => ({
    category: 'ENFORCEMENT',
    departmentId: market,
    description: `问题 ${i + 1}`,
  })),
});

beforeAll(async () => {
  server = await startTestServer();
  // A second inspector in a team of their own (the demo password's hash copied from `inspector`).
  await server.db.query(
    `INSERT INTO app_user (username, display_name, mobile, password_hash, roles)
     SELECT 'inspector2', '吴巡查', '13800009999', password_hash, roles FROM app_user WHERE username = 'inspector'`,
  );
  [leader, inspector] = await Promise.all([
    server.signedIn('admin', 'OFFICE_LEADER'),
    server.signedIn('admin', 'INSPECTOR'),
  ]);
  inspector2 = server.admin();
  const login = await inspector2.login('inspector2');
  if (login.errors) throw new Error(JSON.stringify(login.errors));
  market = (await one<{ id: string }>(`SELECT id FROM department WHERE name = '区市场监督管理局'`)).id;
  // The top grid with the most enterprises, so that both sides of its boundary have some.
  grid = (
    await one<{ id: string }>(
      `SELECT g.id FROM grid g WHERE g.parent_id IS NULL
        ORDER BY (SELECT count(*) FROM enterprise e WHERE e.grid_path @> ARRAY[g.id]) DESC, g.id LIMIT 1`,
    )
  ).id;
  inside = await one(
    `SELECT id, name, credit_code FROM enterprise WHERE grid_path @> ARRAY[$1::uuid] AND status = 'ACTIVE' ORDER BY name LIMIT 1`,
    [grid],
  );
  outside = await one(
    `SELECT id, name, credit_code FROM enterprise WHERE NOT grid_path @> ARRAY[$1::uuid] AND status = 'ACTIVE' ORDER BY name LIMIT 1`,
    [grid],
  );
  const [me, two] = [
    (await one<{ id: string }>(`SELECT id FROM app_user WHERE username = 'inspector'`)).id,
    (await one<{ id: string }>(`SELECT id FROM app_user WHERE username = 'inspector2'`)).id,
  ];
  const team = async (name: string, leaderId: string) =>
    (
      await leader.ok(
        `mutation ($input: InspectionTeamInput!) { createInspectionTeam(input: $input) { id } }`,
        { input: { name, leaderId, memberIds: [] } },
      )
    ).createInspectionTeam.id as string;
  const [teamA, teamB] = [await team('照片测试一组', me), await team('照片测试二组', two)];
  const task = async (teamId: string, target: { gridId?: string; departmentId?: string }) =>
    (
      await leader.ok(
        `mutation ($input: InspectionTaskInput!) { createInspectionTask(input: $input) { id } }`,
        {
          input: {
            teamId,
            title: '六月巡查',
            focus: 'MARKET_REGULATION',
            startsOn: '2026-06-01',
            endsOn: '2026-06-30',
            ...target,
          },
        },
      )
    ).createInspectionTask.id as string;
  gridTask = await task(teamA, { gridId: grid });
  departmentTask = await task(teamA, { departmentId: market });
  // Team B has a task of its own, so that inspector2 is an inspector at work, only elsewhere.
  await task(teamB, { departmentId: market });
});
afterAll(() => server.close());

describe('photos on inspection records', () => {
  it('keeps uploaded pictures with the record, shows their previews, and lets the purge pass them by', async () => {
    const picture = await uploaded(inspector, '价签.png', await png());
    expect(picture).toMatchObject({
      fileName: '价签.png',
      mimeType: 'image/png',
      thumbnail: expect.stringMatching(/^data:image\/webp;base64,/),
    });
    const abandoned = await uploaded(inspector, '废片.png', await png());

    const { createInspectionRecord: created } = await inspector.ok(CREATE_RECORD, {
      input: record(gridTask, [picture.id, picture.id]),
    });
    expect(created.photos).toEqual([{ id: picture.id, fileName: '价签.png', thumbnail: picture.thumbnail }]);
    const inspectionRecords = (await inspector.ok(RECORDS, { taskId: gridTask })).inspectionRecords.items;
    expect(inspectionRecords.find((r: { id: string }) => r.id === created.id).photos).toEqual(created.photos);
    // The office reads the record with its photos too.
    const staff = await server.signedIn('admin', 'OFFICE_STAFF');
    const seen = (await staff.ok(RECORDS, { taskId: gridTask })).inspectionRecords.items;
    expect(seen.find((r: { id: string }) => r.id === created.id).photos).toHaveLength(1);

    // A week on, the upload no record took is purged; the record's photo stays.
    server.clock.advance(8 * 24 * 3600 * 1000);
    try {
      expect(await server.app.get(AttachmentsService).purgeUnbound()).toBeGreaterThanOrEqual(1);
    } finally {
      server.clock.set(TEST_EPOCH);
    }
    const left = await server.db.query('SELECT id FROM case_attachment WHERE id = ANY($1::uuid[])', [
      [picture.id, abandoned.id],
    ]);
    expect(left).toEqual([{ id: picture.id }]);
  });

  it('takes pictures only, each once, and only the inspector’s own', async () => {
    const pdf = Buffer.from(
      '%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
    const refused = problem(await upload(inspector, '报告.pdf', pdf));
    expect(refused.field).toBe('contentBase64');
    expect(refused.message).toContain('application/pdf');
    expect(refused.message).toContain('图片');

    // A photo already on a record cannot go on another one.
    const photo = await uploaded(inspector, 'a.png', await png());
    await inspector.ok(CREATE_RECORD, { input: record(gridTask, [photo.id]) });
    const twice = await inspector.request(CREATE_RECORD, { input: record(gridTask, [photo.id]) });
    expect(problem(twice).field).toBe('photoIds');
    // Nor someone else's upload; the refused record is not written at all.
    const theirs = await uploaded(inspector2, 'b.png', await png());
    const before = await one<{ n: number }>('SELECT count(*)::int AS n FROM inspection_record');
    const foreign = await inspector.request(CREATE_RECORD, { input: record(gridTask, [theirs.id], 1) });
    expect(problem(foreign).field).toBe('photoIds');
    expect(await one<{ n: number }>('SELECT count(*)::int AS n FROM inspection_record')).toEqual(before);
    // Nor an upload of the office's, meant for a case.
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const officeUpload = (
      await office.ok(CASE_UPLOAD, {
        input: { fileName: 'c.png', contentBase64: (await png()).toString('base64') },
      })
    ).uploadAttachment;
    expect(
      problem(await inspector.request(CREATE_RECORD, { input: record(gridTask, [officeUpload.id]) })).field,
    ).toBe('photoIds');
    // Ten photos are one too many, named before anything is looked up.
    const many = Array.from({ length: 10 }, () => photo.id);
    expect(problem(await inspector.request(CREATE_RECORD, { input: record(gridTask, many) })).field).toMatch(
      /photoIds$/,
    );
  });
});

describe('turning a finding into a case', () => {
  it("offers the enterprises of the task's grid subtree only, and files the case for one of them", async () => {
    const { createInspectionRecord: created } = await inspector.ok(CREATE_RECORD, {
      input: record(gridTask, [], 2),
    });
    const [first, second] = created.findings;
    const offered = (await choices(inspector, { findingId: first.id })).inspectionFindingEnterprises;
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThanOrEqual(20);
    const ids = offered.map((e: { id: string }) => e.id);
    const inScope = await server.db.query(
      `SELECT id FROM enterprise WHERE id = ANY($1::uuid[]) AND grid_path @> ARRAY[$2::uuid]`,
      [ids, grid],
    );
    expect(inScope).toHaveLength(ids.length);
    // By name or by credit code; an enterprise outside the subtree is not found either way.
    const byName = (await choices(inspector, { findingId: first.id, keyword: inside.name }))
      .inspectionFindingEnterprises;
    expect(byName.map((e: { id: string }) => e.id)).toContain(inside.id);
    const byCode = (
      await choices(inspector, { findingId: first.id, keyword: inside.credit_code.toLowerCase() })
    ).inspectionFindingEnterprises;
    expect(byCode.map((e: { id: string }) => e.id)).toEqual([inside.id]);
    expect(
      (await choices(inspector, { findingId: first.id, keyword: outside.credit_code }))
        .inspectionFindingEnterprises,
    ).toEqual([]);
    // A keyword's % is a character, not a wildcard.
    expect(
      (await choices(inspector, { findingId: first.id, keyword: '%' })).inspectionFindingEnterprises,
    ).toEqual([]);

    // The case cannot be filed for an enterprise outside the list; the finding stays open.
    const refused = await inspector.request(FILE, {
      id: first.id,
      version: first.version,
      input: { enterpriseId: outside.id, kind: 'DIFFICULTY', title: '价签缺失' },
    });
    expect(problem(refused).field).toBe('enterpriseId');
    const { fileFindingAsCase: filed } = await inspector.ok(FILE, {
      id: first.id,
      version: first.version,
      input: { enterpriseId: inside.id, kind: 'DIFFICULTY', title: '价签缺失' },
    });
    expect(filed.outcome).toBe('CASE');
    expect(
      await one('SELECT channel, enterprise_id AS enterprise FROM case_file WHERE id = $1', [filed.caseId]),
    ).toEqual({ channel: 'INSPECTION', enterprise: inside.id });

    // Another team's inspector cannot list them: the finding is as good as absent.
    expect(errorCode(await inspector2.request(ENTERPRISE_PAGE, { findingId: second.id }))).toBe('NOT_FOUND');
    // Nor can the office, which has the directory for this.
    const staff = await server.signedIn('admin', 'OFFICE_STAFF');
    expect(errorCode(await staff.request(ENTERPRISE_PAGE, { findingId: second.id }))).toBe('FORBIDDEN');
  });

  it('pages through the whole pick list by name, the subtree and the keyword holding on every page', async () => {
    const { createInspectionRecord: created } = await inspector.ok(CREATE_RECORD, {
      input: record(gridTask, [], 1),
    });
    const findingId = created.findings[0].id;
    const everyPage = async (keyword: string | null, first: number) => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: { items: Enterprise[]; nextCursor: string | null } = (
          await inspector.ok(ENTERPRISE_PAGE, { findingId, keyword, first, after })
        ).inspectionFindingEnterprises;
        if (page.nextCursor) expect(page.items).toHaveLength(first);
        seen.push(...page.items.map((e) => e.id));
        after = page.nextCursor;
        pages += 1;
      } while (after);
      return { seen, pages };
    };
    const subtree = `FROM enterprise WHERE status = 'ACTIVE' AND grid_path @> ARRAY[$1::uuid]`;
    const expected = (
      (await server.db.query(`SELECT id ${subtree} ORDER BY name, id`, [grid])) as { id: string }[]
    ).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(7);
    const all = await everyPage(null, 7);
    expect(all.seen).toEqual(expected);
    expect(all.pages).toBe(Math.ceil(expected.length / 7));
    // A keyword narrows every page alike: the enterprises of the subtree whose name has it.
    const word = inside.name.slice(-4);
    const named = (
      (await server.db.query(`SELECT id ${subtree} AND name LIKE '%' || $2 || '%' ORDER BY name, id`, [
        grid,
        word,
      ])) as { id: string }[]
    ).map((row) => row.id);
    expect((await everyPage(word, 2)).seen).toEqual(named);
  });

  it('offers any operating enterprise of the district for a task that inspects a department', async () => {
    const { createInspectionRecord: created } = await inspector.ok(CREATE_RECORD, {
      input: record(departmentTask, [], 1),
    });
    const [finding] = created.findings;
    for (const enterprise of [inside, outside]) {
      const found = (await choices(inspector, { findingId: finding.id, keyword: enterprise.credit_code }))
        .inspectionFindingEnterprises;
      expect(found.map((e: { id: string }) => e.id)).toEqual([enterprise.id]);
    }
    const closed = await one<{ credit_code: string } | undefined>(
      `SELECT credit_code FROM enterprise WHERE status = 'CLOSED' LIMIT 1`,
    );
    if (closed) {
      expect(
        (await choices(inspector, { findingId: finding.id, keyword: closed.credit_code }))
          .inspectionFindingEnterprises,
      ).toEqual([]);
    }
    const { fileFindingAsCase: filed } = await inspector.ok(FILE, {
      id: finding.id,
      version: finding.version,
      input: { enterpriseId: outside.id, kind: 'SUGGESTION', title: '建议' },
    });
    expect(filed.outcome).toBe('CASE');
  });
});
