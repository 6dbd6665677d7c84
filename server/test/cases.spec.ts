import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import {
  LIFECYCLE,
  ROLES,
  WorkingCalendar,
  CN_HOLIDAYS_2025_2026,
  shanghaiDate,
  type Role,
} from '@gridbridge/shared';
import type { Viewer } from '../src/common/gql-context.js';
import { AttachmentsService } from '../src/modules/cases/attachments.service.js';
import { CaseTransitions } from '../src/modules/cases/case-transitions.service.js';
import { AdminBrowser, column, exportAndDownload } from './exports-client.js';
import { errorCode, startTestServer, type GqlClient, type TestServer } from './harness.js';

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

let server: TestServer;
let enterprise: GqlClient;
let office: GqlClient;
let gridhead: GqlClient;
beforeAll(async () => {
  server = await startTestServer({ SUBMIT_RATE_LIMIT_PER_HOUR: '1000', ATTACHMENT_MAX_BYTES: '200000' });
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
  office = await server.signedIn('admin', 'OFFICE_STAFF');
  gridhead = await server.signedIn('portal', 'GRID_HEAD');
});
afterAll(() => server.close());

const CASE_FIELDS = `id trackingNo queryCode kind category channel title state version enterpriseId enterpriseName
  officeNote replyResult replyText duplicateOf { trackingNo } deadline { dueAt state workingDays } promisedBy
  attachments { id fileName mimeType thumbnail }
  timeline { action fromState toState actorRole actorName publicNote internalNote attachments { id } }`;
const SUBMIT = `mutation ($input: SubmitCaseInput!) { submitCase(input: $input) { ${CASE_FIELDS} } }`;
const UPLOAD = `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { id fileName mimeType size thumbnail } }`;
const MY_CASE = `query ($id: ID!) { myCase(id: $id) { ${CASE_FIELDS} } }`;
const ADMIN_CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} submitterName } }`;
const ACCEPT = `mutation ($id: ID!, $version: Int!, $input: AcceptCaseInput!) {
  acceptCase(id: $id, version: $version, input: $input) { id state version category priority } }`;
const REQUEST_INFO = `mutation ($id: ID!, $version: Int!, $request: String!) {
  requestCaseInfo(id: $id, version: $version, request: $request) { ${CASE_FIELDS} } }`;
const SUPPLEMENT = `mutation ($id: ID!, $version: Int!, $input: SupplementCaseInput!) {
  supplementCase(id: $id, version: $version, input: $input) { ${CASE_FIELDS} } }`;
const CASES = `query ($page: CasePageArgs) { cases(page: $page) { items { id trackingNo state } nextCursor } }`;

let serial = 0;
function caseInput(overrides: Data = {}): Data {
  serial += 1;
  return {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: `厂区用电增容申请迟迟未办理 ${serial}`,
    content: '我公司新增两条生产线，需要将用电容量从 400 千伏安增至 800 千伏安，申请提交一个月仍无答复。',
    contactConsent: true,
    attachmentIds: [],
    clientKey: `test-key-${serial}-${Date.now()}`,
    ...overrides,
  };
}

/** The Shanghai year of the server's clock: the year new tracking numbers carry. */
const clockYear = () => Number(shanghaiDate(server.clock.now()).slice(0, 4));

async function submit(client: GqlClient = enterprise, overrides: Data = {}): Promise<Data> {
  return (await client.ok(SUBMIT, { input: caseInput(overrides) })).submitCase;
}

const png = (width = 800) =>
  sharp({ create: { width, height: 600, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();

async function enterpriseOf(gridCode: string): Promise<string> {
  const [row] = await server.db.query(
    `SELECT e.id FROM enterprise e JOIN grid g ON g.id = ANY(e.grid_path) WHERE g.code = $1 ORDER BY e.name LIMIT 1`,
    [gridCode],
  );
  return row.id;
}

describe('submission', () => {
  it('gives a tracking number, a query code and a one-working-day deadline, and tells the office', async () => {
    const c = await submit();
    expect(c.trackingNo).toMatch(new RegExp(`^YH${clockYear()}\\d{6}$`));
    expect(c.queryCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(c).toMatchObject({ state: 'SUBMITTED', channel: 'PORTAL', version: 1 });
    const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
    const [{ submittedAt }] = await server.db.query(
      'SELECT submitted_at AS "submittedAt" FROM case_file WHERE id = $1',
      [c.id],
    );
    expect(submittedAt).toEqual(server.clock.now());
    expect(new Date(c.promisedBy)).toEqual(calendar.addWorkingDays(submittedAt, 1));
    expect(c.timeline).toEqual([
      expect.objectContaining({
        action: 'submit',
        fromState: null,
        toState: 'SUBMITTED',
        actorRole: 'ENTERPRISE',
      }),
    ]);
    const notified: Data[] = await server.db.query(
      `SELECT n.event, u.username FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.case_id = $1`,
      [c.id],
    );
    expect(notified).toEqual(
      expect.arrayContaining([
        { event: 'CASE_SUBMITTED', username: 'office' },
        { event: 'CASE_SUBMITTED', username: 'officelead' },
        { event: 'CASE_RECEIVED', username: 'enterprise' },
        { event: 'CASE_RECEIVED', username: 'enterprise2' },
      ]),
    );
    const sms: Data[] = await server.db.query(
      `SELECT recipient FROM outbox_message WHERE channel = 'SMS' AND params->>'trackingNo' = $1 ORDER BY recipient`,
      [c.trackingNo],
    );
    expect(sms.map((m) => m.recipient)).toEqual(['13800000001', '13800000010']);
    const mail: Data[] = await server.db.query(
      `SELECT recipient FROM outbox_message WHERE channel = 'EMAIL' AND params->>'trackingNo' = $1 ORDER BY recipient`,
      [c.trackingNo],
    );
    expect(mail.map((m) => m.recipient)).toEqual([
      'office@huiji-district.example',
      'officelead@huiji-district.example',
    ]);
  });

  it('is idempotent: the same client key sent 20 times at once makes one case', async () => {
    const input = caseInput();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => enterprise.request<Data>(SUBMIT, { input })),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    const ids = new Set(results.map((r) => r.data!.submitCase.id));
    expect(ids.size).toBe(1);
    const [{ count }] = await server.db.query(
      'SELECT count(*)::int AS count FROM case_file WHERE client_key = $1',
      [input.clientKey],
    );
    expect(count).toBe(1);
  });

  it('numbers cases without gaps under concurrency, also when a submission fails half-way', async () => {
    // Each year numbers afresh: the sequence that counts is the one of the clock's year in Shanghai.
    const year = clockYear();
    const [{ before }] = await server.db.query(
      `SELECT coalesce(max(last_value), 0) AS before FROM case_tracking_sequence WHERE year = $1`,
      [year],
    );
    const foreign = (
      await gridhead.ok(UPLOAD, {
        input: { fileName: 'x.png', contentBase64: (await png(50)).toString('base64') },
      })
    ).uploadAttachment.id;
    const attempts = await Promise.all([
      ...Array.from({ length: 12 }, () => enterprise.request<Data>(SUBMIT, { input: caseInput() })),
      // Someone else's upload: refused inside the transaction, after the number was drawn.
      enterprise.request<Data>(SUBMIT, { input: caseInput({ attachmentIds: [foreign] }) }),
      ...Array.from({ length: 8 }, async () =>
        gridhead.request<Data>(SUBMIT, { input: caseInput({ enterpriseId: await enterpriseOf('HJ0101') }) }),
      ),
    ]);
    expect(attempts.filter((a) => a.errors).map(errorCode)).toEqual(['VALIDATION']);
    const numbered: string[] = attempts.filter((a) => !a.errors).map((a) => a.data!.submitCase.trackingNo);
    expect(numbered.every((no) => no.startsWith(`YH${year}`))).toBe(true);
    const numbers = numbered.map((no) => Number(no.slice(6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => Number(before) + i + 1));
  });

  it('asks a complaint for the misconduct and the department concerned, naming the field, in the user’s language', async () => {
    const english = server.portal('en');
    await english.login('enterprise');
    const response = await english.request(SUBMIT, {
      input: caseInput({ kind: 'COMPLAINT', misconductType: 'ARBITRARY_FEES' }),
    });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.errors![0].extensions!.fields).toEqual([
      { field: 'namedDepartmentId', message: 'Department concerned is required' },
    ]);
    const noType = await enterprise.request(SUBMIT, { input: caseInput({ kind: 'COMPLAINT' }) });
    expect(noType.errors![0].extensions!.fields![0].field).toBe('misconductType');
    const [department] = await server.db.query(`SELECT id FROM department ORDER BY name LIMIT 1`);
    const c = await submit(enterprise, {
      kind: 'COMPLAINT',
      misconductType: 'ARBITRARY_FEES',
      namedDepartmentId: department.id,
    });
    expect(c.kind).toBe('COMPLAINT');
  });

  it('lets a grid head submit for an enterprise of their grid only (网格上报)', async () => {
    const inside = await submit(gridhead, { enterpriseId: await enterpriseOf('HJ0101') });
    expect(inside.channel).toBe('GRID_HEAD');
    const outside = await gridhead.request(SUBMIT, {
      input: caseInput({ enterpriseId: await enterpriseOf('HJ02') }),
    });
    expect(outside.errors![0].extensions!.fields![0]).toMatchObject({ field: 'enterpriseId' });
    const missing = await gridhead.request(SUBMIT, { input: caseInput() });
    expect(missing.errors![0].extensions!.fields![0]).toMatchObject({ field: 'enterpriseId' });
  });

  it('records the channel of office entry', async () => {
    const entered = await office.ok(
      `mutation ($input: OfficeCaseInput!) { enterCase(input: $input) { id channel state enterpriseId } }`,
      { input: { ...caseInput(), channel: 'PHONE', enterpriseId: await enterpriseOf('HJ03') } },
    );
    expect(entered.enterCase).toMatchObject({ channel: 'PHONE', state: 'SUBMITTED' });
    const web = await office.request(
      `mutation ($input: OfficeCaseInput!) { enterCase(input: $input) { id } }`,
      {
        input: { ...caseInput(), channel: 'PORTAL', enterpriseId: await enterpriseOf('HJ03') },
      },
    );
    expect(errorCode(web)).toBe('VALIDATION');
  });
});

describe('attachments', () => {
  const countRows = async () =>
    (await server.db.query('SELECT count(*)::int AS n FROM case_attachment'))[0].n as number;

  it('detects images, PDF and Office files by content and makes thumbnails of images', async () => {
    const image = (
      await enterprise.ok(UPLOAD, {
        input: { fileName: '现场照片.jpg', contentBase64: (await png()).toString('base64') },
      })
    ).uploadAttachment;
    expect(image).toMatchObject({ fileName: '现场照片.jpg', mimeType: 'image/png' });
    expect(image.thumbnail).toMatch(/^data:image\/webp;base64,/);
    const thumb = await sharp(Buffer.from(image.thumbnail.split(',')[1], 'base64')).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(320);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const doc = (
      await enterprise.ok(UPLOAD, { input: { fileName: '申请.pdf', contentBase64: pdf.toString('base64') } })
    ).uploadAttachment;
    expect(doc).toMatchObject({ mimeType: 'application/pdf', thumbnail: null });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['a']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = (
      await enterprise.ok(UPLOAD, {
        input: { fileName: 'data.xlsx', contentBase64: xlsx.toString('base64') },
      })
    ).uploadAttachment;
    expect(sheet.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const c = await submit(enterprise, { attachmentIds: [image.id, doc.id] });
    expect(c.attachments.map((a: Data) => a.id).sort()).toEqual([image.id, doc.id].sort());
    const served = await enterprise.get(`/graphql/portal/attachments/${doc.id}`);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);
    // Used once: it cannot be attached to a second case.
    const again = await enterprise.request(SUBMIT, { input: caseInput({ attachmentIds: [image.id] }) });
    expect(again.errors![0].extensions!.fields![0].field).toBe('attachmentIds');
  });

  it('refuses a renamed executable and stores nothing', async () => {
    const before = await countRows();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    exe.write('PE\0\0', 0x80);
    exe.writeUInt32LE(0x80, 0x3c);
    const response = await enterprise.request(UPLOAD, {
      input: { fileName: '营业执照.pdf', contentBase64: exe.toString('base64') },
    });
    expect(errorCode(response)).toBe('VALIDATION');
    expect(response.errors![0].extensions!.fields![0]).toMatchObject({ field: 'contentBase64' });
    expect(response.errors![0].extensions!.fields![0].message).toContain('application/x-msdownload');
    const text = await enterprise.request(UPLOAD, {
      input: { fileName: 'a.png', contentBase64: Buffer.from('hello').toString('base64') },
    });
    expect(errorCode(text)).toBe('VALIDATION');
    expect(await countRows()).toBe(before);
  });

  it('refuses files over the size limit and broken base64', async () => {
    const big = await enterprise.request(UPLOAD, {
      input: { fileName: 'big.png', contentBase64: Buffer.alloc(300_000, 1).toString('base64') },
    });
    expect(big.errors![0].extensions!.fields![0].message).toContain('MB');
    const broken = await enterprise.request(UPLOAD, { input: { fileName: 'x.png', contentBase64: '@@@' } });
    expect(errorCode(broken)).toBe('VALIDATION');
  });

  it('purges uploads no case took within a week, and only those', async () => {
    const upload = async () =>
      (
        await enterprise.ok(UPLOAD, {
          input: { fileName: 'a.png', contentBase64: (await png(30)).toString('base64') },
        })
      ).uploadAttachment.id as string;
    const [abandoned, recent, used] = [await upload(), await upload(), await upload()];
    await submit(enterprise, { attachmentIds: [used] });
    await server.db.query(
      `UPDATE case_attachment SET created_at = created_at - interval '8 days' WHERE id = ANY($1::uuid[])`,
      [[abandoned, used]],
    );
    expect(await server.app.get(AttachmentsService).purgeUnbound()).toBe(1);
    const left = await server.db.query(`SELECT id FROM case_attachment WHERE id = ANY($1::uuid[])`, [
      [abandoned, recent, used],
    ]);
    expect(left.map((r: Data) => r.id).sort()).toEqual([recent, used].sort());
  });

  it('never shows one enterprise’s upload to another', async () => {
    const mine = (
      await gridhead.ok(UPLOAD, {
        input: { fileName: 'a.png', contentBase64: (await png(40)).toString('base64') },
      })
    ).uploadAttachment;
    expect((await enterprise.get(`/graphql/portal/attachments/${mine.id}`)).status).toBe(404);
  });
});

describe('data scope', () => {
  it('keeps each enterprise, grid head and department to its own cases', async () => {
    const other = server.portal();
    await other.login('gridhead-hj02');
    const foreign = await submit(other, { enterpriseId: await enterpriseOf('HJ02') });
    const own = await submit();
    expect(errorCode(await enterprise.request(MY_CASE, { id: foreign.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gridhead.request(MY_CASE, { id: foreign.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.request(MY_CASE, { id: own.id }))).toBe('NOT_FOUND');
    const dept = await server.signedIn('admin', 'DEPT_STAFF');
    expect(errorCode(await dept.request(ADMIN_CASE, { id: own.id }))).toBe('NOT_FOUND');
    const mine: Data[] = (await enterprise.ok(`{ myCases(page: { first: 100 }) { items { enterpriseId } } }`))
      .myCases.items;
    expect(new Set(mine.map((c) => c.enterpriseId))).toEqual(new Set([own.enterpriseId]));
    const grid: Data[] = (await other.ok(`{ myCases(page: { first: 100 }) { items { id } } }`)).myCases.items;
    expect(grid.map((c) => c.id)).toContain(foreign.id);
    expect(grid.map((c) => c.id)).not.toContain(own.id);
    const deptList = (await dept.ok(CASES)).cases.items as Data[];
    const [{ id: deptId }] = await server.db.query(
      `SELECT department_id AS id FROM app_user WHERE username = 'dept'`,
    );
    const held = await server.db.query(
      `SELECT DISTINCT a.case_id FROM case_assignment a JOIN case_file c ON c.id = a.case_id
        WHERE a.department_id = $1 AND (c.kind <> 'COMPLAINT' OR c.named_department_id IS DISTINCT FROM $1)`,
      [deptId],
    );
    expect(deptList.length).toBe(Math.min(20, held.length));
  });

  it('lets anyone track a case with its number and query code, and reveals nothing otherwise', async () => {
    const c = await submit();
    const TRACK = `query ($no: String!, $code: String!) { trackCase(trackingNo: $no, queryCode: $code) {
      trackingNo state kind timeline { action toState } } }`;
    const anonymous = server.portal();
    const found = await anonymous.ok(TRACK, { no: c.trackingNo, code: c.queryCode.toLowerCase() });
    expect(found.trackCase).toEqual({
      trackingNo: c.trackingNo,
      state: 'SUBMITTED',
      kind: 'DIFFICULTY',
      timeline: [{ action: 'submit', toState: 'SUBMITTED' }],
    });
    const wrong = await anonymous.request(TRACK, { no: c.trackingNo, code: 'AAAAAAAA' });
    const unknown = await anonymous.request(TRACK, { no: 'YH2000000001', code: c.queryCode });
    expect([errorCode(wrong), errorCode(unknown)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });
});

describe('triage', () => {
  it('asks for information (the clock pauses), takes the supplement, then accepts', async () => {
    const c = await submit();
    server.clock.advance(60_000);
    const asked = (
      await office.ok(REQUEST_INFO, { id: c.id, version: c.version, request: '请补充用电负荷计算书' })
    ).requestCaseInfo;
    expect(asked).toMatchObject({ state: 'NEEDS_INFO', officeNote: '请补充用电负荷计算书' });
    expect(asked.deadline.state).toBe('PAUSED');
    const notice = await server.db.query(
      `SELECT n.event FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'enterprise' AND n.case_id = $1 ORDER BY n.created_at`,
      [c.id],
    );
    expect(notice.map((n: Data) => n.event)).toEqual(['CASE_RECEIVED', 'CASE_INFO_REQUESTED']);
    // Pretend the enterprise took a week: the deadline moves by the working days paused.
    await server.db.query(`UPDATE case_file SET paused_at = paused_at - interval '7 days' WHERE id = $1`, [
      c.id,
    ]);
    const [{ pausedAt, deadline }] = await server.db.query(
      `SELECT paused_at AS "pausedAt", state_deadline AS deadline FROM case_file WHERE id = $1`,
      [c.id],
    );
    const file = (
      await enterprise.ok(UPLOAD, {
        input: { fileName: '负荷计算书.png', contentBase64: (await png(60)).toString('base64') },
      })
    ).uploadAttachment;
    const supplemented = (
      await enterprise.ok(SUPPLEMENT, {
        id: c.id,
        version: asked.version,
        input: { content: '已补充负荷计算书，见附件。', attachmentIds: [file.id] },
      })
    ).supplementCase;
    expect(supplemented.state).toBe('SUBMITTED');
    const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
    const paused = calendar.workingDaysBetween(pausedAt, server.clock.now());
    expect(paused).toBeGreaterThan(0);
    expect(new Date(supplemented.promisedBy)).toEqual(calendar.addWorkingDays(deadline, paused));
    expect(supplemented.timeline.at(-1)).toMatchObject({
      action: 'supplement',
      publicNote: '已补充负荷计算书，见附件。',
      attachments: [{ id: file.id }],
    });
    const accepted = (
      await office.ok(ACCEPT, {
        id: c.id,
        version: supplemented.version,
        input: {
          category: 'UTILITIES',
          priority: 'URGENT',
          complexity: 'SIMPLE',
          note: '已受理，转供电部门',
        },
      })
    ).acceptCase;
    expect(accepted).toMatchObject({ state: 'ACCEPTED', priority: 'URGENT' });
  });

  it('shows the enterprise its public timeline only: no internal notes, no staff names', async () => {
    const c = await submit(enterprise, {
      kind: 'CONSULTATION',
      category: 'POLICY_DELIVERY',
    });
    const REPLY = `mutation ($id: ID!, $version: Int!, $input: DirectReplyInput!) {
      replyCaseDirectly(id: $id, version: $version, input: $input) { state version replyResult } }`;
    const replied = (
      await office.ok(REPLY, {
        id: c.id,
        version: c.version,
        input: {
          result: 'EXPLAINED',
          text: '可申请小微企业稳岗补贴，详见区人社局通知。',
          internalNote: '内部：已电话确认',
        },
      })
    ).replyCaseDirectly;
    expect(replied).toMatchObject({ state: 'REPLIED', replyResult: 'EXPLAINED' });
    const portal = (await enterprise.ok(MY_CASE, { id: c.id })).myCase;
    const step = portal.timeline.at(-1);
    expect(step).toMatchObject({
      action: 'replyDirectly',
      internalNote: null,
      actorName: null,
      actorRole: 'OFFICE_STAFF',
    });
    // The date promised, never the office's warning colour.
    expect(portal.deadline).toBeNull();
    expect(portal.promisedBy).toBeTruthy();
    const admin = (await office.ok(ADMIN_CASE, { id: c.id })).case;
    expect(admin.timeline.at(-1)).toMatchObject({ internalNote: '内部：已电话确认', actorName: '张专员' });
    expect(admin.submitterName).toBe('王经理');
  });

  it('lets exactly one of 20 concurrent acceptances win; the others get a conflict', async () => {
    const c = await submit();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        office.request(ACCEPT, {
          id: c.id,
          version: c.version,
          input: { category: 'UTILITIES', priority: 'NORMAL', complexity: 'SIMPLE' },
        }),
      ),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors).map(errorCode)).toEqual(Array(19).fill('CONFLICT'));
    const events = await server.db.query(`SELECT action FROM case_event WHERE case_id = $1 ORDER BY id`, [
      c.id,
    ]);
    expect(events.map((e: Data) => e.action)).toEqual(['submit', 'accept']);
  });

  it('refuses what the lifecycle does not allow, with a clear error', async () => {
    const c = await submit();
    const accepted = (
      await office.ok(ACCEPT, {
        id: c.id,
        version: c.version,
        input: { category: 'OTHER', priority: 'NORMAL', complexity: 'SIMPLE' },
      })
    ).acceptCase;
    const twice = await office.request(ACCEPT, {
      id: c.id,
      version: accepted.version,
      input: { category: 'OTHER', priority: 'NORMAL', complexity: 'SIMPLE' },
    });
    expect(errorCode(twice)).toBe('INVALID_TRANSITION');
    expect(twice.errors![0].message).toBe('该诉求当前状态为「已受理」，不能执行「受理」');
    const stale = await office.request(
      `mutation ($id: ID!) { rejectCase(id: $id, version: 1, reason: "重复") { id } }`,
      { id: c.id },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    const fresh = await submit();
    const noReason = await office.request(
      `mutation ($id: ID!) { rejectCase(id: $id, version: 1, reason: "  ") { id } }`,
      {
        id: fresh.id,
      },
    );
    expect(noReason.errors![0].extensions!.fields![0]).toMatchObject({ field: 'reason' });
    const difficulty = await office.request(
      `mutation ($id: ID!) { replyCaseDirectly(id: $id, version: 1, input: { result: EXPLAINED, text: "x" }) { id } }`,
      { id: fresh.id },
    );
    expect(errorCode(difficulty)).toBe('INVALID_TRANSITION');
  });

  it('rejects with a reason the enterprise reads, marks duplicates with a link, and lets the enterprise withdraw', async () => {
    const original = await submit();
    const rejected = await submit();
    const REJECT = `mutation ($id: ID!, $version: Int!) { rejectCase(id: $id, version: $version, reason: "不属于政务服务事项") { state officeNote } }`;
    expect((await office.ok(REJECT, { id: rejected.id, version: 1 })).rejectCase).toEqual({
      state: 'REJECTED',
      officeNote: '不属于政务服务事项',
    });
    const duplicate = await submit();
    const DUP = `mutation ($id: ID!, $no: String!) { markCaseDuplicate(id: $id, version: 1, originalTrackingNo: $no) { state duplicateOf { trackingNo } } }`;
    const unknown = await office.request(DUP, { id: duplicate.id, no: 'YH2000000001' });
    expect(unknown.errors![0].extensions!.fields![0]).toMatchObject({ field: 'originalTrackingNo' });
    const itself = await office.request(DUP, { id: duplicate.id, no: duplicate.trackingNo });
    expect(errorCode(itself)).toBe('VALIDATION');
    expect((await office.ok(DUP, { id: duplicate.id, no: original.trackingNo })).markCaseDuplicate).toEqual({
      state: 'DUPLICATE',
      duplicateOf: { trackingNo: original.trackingNo },
    });
    const WITHDRAW = `mutation ($id: ID!, $version: Int!) { withdrawCase(id: $id, version: $version, reason: "问题已自行解决") { state } }`;
    expect((await enterprise.ok(WITHDRAW, { id: original.id, version: 1 })).withdrawCase.state).toBe(
      'WITHDRAWN',
    );
    expect(errorCode(await enterprise.request(WITHDRAW, { id: original.id, version: 2 }))).toBe(
      'INVALID_TRANSITION',
    );
  });
});

describe('the lifecycle table, row by row', () => {
  it('allows every row to exactly its roles and relation, and refuses every other role', async () => {
    const transitions = server.app.get(CaseTransitions);
    const c = await submit();
    const [lead] = await server.db.query(`SELECT department_id AS id FROM app_user WHERE username = 'dept'`);
    const [grid] = await server.db.query(
      `SELECT e.grid_path[1] AS id, e.id AS enterprise FROM case_file c JOIN enterprise e ON e.id = c.enterprise_id WHERE c.id = $1`,
      [c.id],
    );
    await server.db.query(`UPDATE case_file SET lead_department_id = $2 WHERE id = $1`, [c.id, lead.id]);
    await server.db.query(
      `INSERT INTO case_assignment (case_id, department_id, role, state, assigned_at, sign_deadline, reply_deadline)
       VALUES ($1, $2, 'LEAD', 'IN_PROGRESS', now(), now(), now())`,
      [c.id, lead.id],
    );
    /** How each actor stands to the case: dept's department holds the row's department relation. */
    const relationOf = (actor: Role | 'SYSTEM', row: (typeof LIFECYCLE)[number]) =>
      actor === 'SYSTEM'
        ? 'SYSTEM'
        : ['OFFICE_STAFF', 'OFFICE_LEADER'].includes(actor)
          ? 'OFFICE'
          : ['ENTERPRISE', 'GRID_HEAD'].includes(actor)
            ? 'SUBMITTER'
            : ['DEPT_STAFF', 'DEPT_LEADER'].includes(actor) && ['LEAD', 'CO'].includes(row.relation)
              ? row.relation
              : null;
    const viewer = (role: Role): Viewer => ({
      userId: '00000000-0000-4000-8000-000000000001',
      sessionId: 'test',
      username: role,
      displayName: role,
      roles: [role],
      mustChangePassword: false,
      departmentId: lead.id,
      gridId: grid.id,
      enterpriseId: grid.enterprise,
    });
    const [someone] = await server.db.query(`SELECT id FROM app_user WHERE username = 'office'`);
    let checked = 0;
    for (const row of LIFECYCLE.filter((t) => t.from !== null)) {
      for (const actor of [...ROLES, 'SYSTEM' as const]) {
        const [[{ version }]] = await server.db.query(
          `UPDATE case_file SET state = $2, version = version + 1 WHERE id = $1 RETURNING version`,
          [c.id, row.from],
        );
        if (row.relation === 'LEAD' || row.relation === 'CO') {
          await server.db.query(`UPDATE case_assignment SET role = $2 WHERE case_id = $1`, [
            c.id,
            row.relation,
          ]);
        }
        const allowed =
          row.roles.includes(actor) &&
          relationOf(actor, row) === row.relation &&
          (!row.kinds || row.kinds.includes('DIFFICULTY'));
        const attempt = transitions.run({
          caseId: c.id,
          version,
          action: row.action,
          viewer: actor === 'SYSTEM' ? null : { ...viewer(actor), userId: someone.id },
        });
        if (allowed) {
          await expect(attempt).resolves.toMatchObject({ state: row.to });
        } else {
          const outOfScope = ['INSPECTOR', 'SYS_ADMIN', 'AUDITOR'].includes(actor);
          await expect(attempt).rejects.toMatchObject({
            code: outOfScope ? 'NOT_FOUND' : 'INVALID_TRANSITION',
          });
        }
        checked += 1;
      }
    }
    expect(checked).toBe(LIFECYCLE.filter((t) => t.from !== null).length * (ROLES.length + 1));
  });
});

describe('case list', () => {
  it('searches Chinese words by segmentation, or a tracking number, and filters', async () => {
    // A word no other case holds, so that every search below sees this test's cases only.
    const word = Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');
    const land = await submit(enterprise, {
      category: 'LAND_PLANNING',
      title: `新厂房用地规划许可办理缓慢 ${word}`,
      content: '我公司在惠济区购置工业用地，建设工程规划许可证已申请两个月。',
    });
    const loan = await submit(enterprise, {
      category: 'FINANCING',
      title: `中小企业融资贷款担保难 ${word}`,
      content: '银行要求抵押物，我公司厂房为租赁，无法办理。',
    });
    const search = async (filter: Data) =>
      ((await office.ok(CASES, { page: { first: 100, filter } })).cases.items as Data[])
        .map((c) => c.id)
        .sort();
    expect(await search({ keyword: word })).toEqual([land.id, loan.id].sort());
    expect(await search({ keyword: `规划许可 ${word}` })).toEqual([land.id]);
    expect(await search({ keyword: `工业用地 ${word}` })).toEqual([land.id]);
    expect(await search({ keyword: `贷款担保 ${word}` })).toEqual([loan.id]);
    expect(await search({ keyword: `融资贷款担保 ${word}` })).toEqual([loan.id]);
    expect(await search({ keyword: `规划许可 融资 ${word}` })).toEqual([]);
    expect(await search({ keyword: land.trackingNo.toLowerCase() })).toEqual([land.id]);
    expect(await search({ keyword: `规划 ${word}`, category: 'LAND_PLANNING', state: 'SUBMITTED' })).toEqual([
      land.id,
    ]);
    expect(await search({ keyword: word, category: 'FINANCING' })).toEqual([loan.id]);
    expect(await search({ keyword: `规划 ${word}`, state: 'CLOSED' })).toEqual([]);
    expect(await search({ keyword: '！！' })).toEqual([]);
    // Both are due at the end of the next working day: neither yellow nor red on a Monday morning.
    expect(await search({ keyword: word, deadline: 'NONE' })).toEqual([land.id, loan.id].sort());
    await server.db.query(
      `UPDATE case_file SET state_deadline = $2::timestamptz - interval '2 days' WHERE id = $1`,
      [land.id, server.clock.now()],
    );
    expect(await search({ keyword: word, deadline: 'RED' })).toEqual([land.id]);
    expect(await search({ keyword: word, deadline: 'NONE' })).toEqual([loan.id]);
    expect(await search({ keyword: word, deadline: 'YELLOW' })).toEqual([]);
  });

  it('pages with a keyset cursor: no case twice, none left out', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Data = (
        await office.ok(CASES, { page: { first: 7, after, filter: { kind: 'DIFFICULTY' } } })
      ).cases;
      seen.push(...page.items.map((c: Data) => c.id));
      after = page.nextCursor;
    } while (after && seen.length < 2000);
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM case_file WHERE kind = 'DIFFICULTY'`,
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(count);
  });

  it('pages nearest deadline first for the inbox, untimed cases last, none twice or left out', async () => {
    const seen: Data[] = [];
    let after: string | null = null;
    do {
      const page: Data = (
        await office.ok(
          `query ($page: CasePageArgs) { cases(page: $page) { items { id deadline { dueAt } } nextCursor } }`,
          { page: { first: 40, after, sort: 'DEADLINE' } },
        )
      ).cases;
      seen.push(...page.items);
      after = page.nextCursor;
    } while (after && seen.length < 5000);
    const [{ count }] = await server.db.query(`SELECT count(*)::int AS count FROM case_file`);
    expect(new Set(seen.map((c) => c.id)).size).toBe(count);
    const due = seen.map((c) => (c.deadline ? Date.parse(c.deadline.dueAt) : Infinity));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(due.at(-1)).toBe(Infinity);
  });

  it('exports the filtered list to Excel in the background, for the office to download', async () => {
    const browser = await AdminBrowser.signedIn(server, 'OFFICE_STAFF');
    const { file, sheet } = await exportAndDownload(browser, 'requestCaseExport', { kind: 'COMPLAINT' });
    const [{ count }] = await server.db.query(
      `SELECT count(*)::int AS count FROM case_file WHERE kind = 'COMPLAINT'`,
    );
    expect(count).toBeGreaterThan(0);
    expect(file.rows).toBe(count);
    expect(sheet.getRow(1).getCell(1).value).toBe('诉求编号');
    expect(sheet.rowCount).toBe(count + 1);
    expect(new Set(column(sheet, 3))).toEqual(new Set(['投诉举报']));
  });

  it('runs a constant number of SQL statements per page, whatever its size', async () => {
    // The newest case has a lead department, so that every page has names of each kind to load.
    server.clock.advance(60_000);
    const newest = await submit();
    await server.db.query(
      `UPDATE case_file SET lead_department_id = (SELECT department_id FROM app_user WHERE username = 'dept')
        WHERE id = $1`,
      [newest.id],
    );
    await server.db.query(
      `INSERT INTO case_assignment (case_id, department_id, role, state, assigned_at, sign_deadline, reply_deadline)
       SELECT $1, department_id, 'LEAD', 'ASSIGNED', now(), now(), now() FROM app_user WHERE username = 'dept'`,
      [newest.id],
    );
    const statements = async (first: number) => {
      const response = await office.request(
        `query ($page: CasePageArgs) { cases(page: $page) { items { id enterpriseName gridPath leadDepartmentName deadline { state } } } }`,
        { page: { first } },
      );
      return Number(response.headers.get('x-sql-statements'));
    };
    expect(await statements(5)).toBe(await statements(50));
  });
});
