import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { cleanFileName } from '../src/modules/cases/attachments.service.js';
import { errorCode, startTestServer, type GqlClient, type GqlResponse, type TestServer } from './harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

let server: TestServer;
let enterprise: GqlClient;
beforeAll(async () => {
  server = await startTestServer({
    UNBOUND_UPLOAD_MAX_PER_HOUR: '8',
    UNBOUND_UPLOAD_MAX_BYTES_PER_HOUR: '300000',
  });
  enterprise = await server.signedIn('portal', 'ENTERPRISE');
});
afterAll(() => server.close());

const UPLOAD = `mutation ($input: UploadAttachmentInput!) { uploadAttachment(input: $input) { id fileName mimeType size } }`;
const PORTAL_FILES = '/graphql/portal/attachments';
const ADMIN_FILES = '/graphql/admin/attachments';

const upload = (fileName: string, content: Buffer, client = enterprise) =>
  client.request(UPLOAD, { input: { fileName, contentBase64: content.toString('base64') } });

const countRows = async () =>
  (await server.db.query('SELECT count(*)::int AS n FROM case_attachment'))[0].n as number;

/** The field and message of the first field problem; fails unless the answer is VALIDATION. */
function problem(response: GqlResponse): { field: string; message: string } {
  expect(errorCode(response)).toBe('VALIDATION');
  return response.errors![0].extensions!.fields![0] as { field: string; message: string };
}

const png = (width = 64) =>
  sharp({ create: { width, height: 48, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'latin1');

describe('legacy Office files', () => {
  // An OLE compound file: the container of .doc, .xls, .msi and .msg alike.
  const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024, 0)]);

  it('refuses any OLE compound file, whatever its name, and stores nothing', async () => {
    const before = await countRows();
    for (const name of ['报告.doc', '台账.xls', 'setup.msi', 'a.doc']) {
      const found = problem(await upload(name, cfb));
      expect(found.field).toBe('contentBase64');
      expect(found.message).toContain('.docx');
    }
    expect(await countRows()).toBe(before);
  });
});

describe('PDF with active content', () => {
  it('accepts a plain PDF', async () => {
    const response = await upload('申请.pdf', pdf('1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj'));
    expect(response.errors).toBeUndefined();
  });

  it.each([
    ['JavaScript', '1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj'],
    ['a launch action', '1 0 obj<</Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>>>endobj'],
    ['an embedded file', '1 0 obj<</Type/Catalog/Names<</EmbeddedFiles 3 0 R>>>>endobj'],
    ['an additional action', '1 0 obj<</Type/Page/AA<</O 4 0 R>>>>endobj'],
    ['a hex-escaped name', '1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/J#53(x)>>>>endobj'],
  ])('refuses one with %s', async (_, body) => {
    const before = await countRows();
    const found = problem(await upload('a.pdf', pdf(body)));
    expect(found.field).toBe('contentBase64');
    expect(found.message).toContain('脚本');
    expect(await countRows()).toBe(before);
  });

  it('refuses JavaScript hidden in a deflated object stream', async () => {
    const hidden = deflateSync(Buffer.from('5 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj'));
    const body = Buffer.concat([
      Buffer.from('2 0 obj<</Type/ObjStm/Filter/FlateDecode/Length ' + hidden.length + '>>stream\n'),
      hidden,
      Buffer.from('\nendstream\nendobj'),
    ]);
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), body, Buffer.from('\n%%EOF\n')]);
    expect(file.includes('JavaScript')).toBe(false);
    expect(problem(await upload('a.pdf', file)).field).toBe('contentBase64');
  });
});

describe('image polyglots', () => {
  const stored = async (id: string): Promise<Buffer> =>
    (await server.db.query('SELECT content FROM case_attachment WHERE id = $1', [id]))[0].content;

  it.each([
    ['HTML', Buffer.from('<html><script>alert(document.cookie)</script></html>')],
    ['a ZIP archive', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)])],
  ])('stores and serves a PNG with %s appended as a clean, re-encoded PNG', async (_, trailer) => {
    const polyglot = Buffer.concat([await png(), trailer]);
    const response = await upload('photo.png', polyglot);
    expect(response.errors).toBeUndefined();
    const attachment = (response.data as Data).uploadAttachment;
    expect(attachment.mimeType).toBe('image/png');
    const bytes = await stored(attachment.id);
    expect(attachment.size).toBe(bytes.length);
    const served = Buffer.from(
      await (await enterprise.get(`${PORTAL_FILES}/${attachment.id}`)).arrayBuffer(),
    );
    for (const out of [bytes, served]) {
      expect(out.equals(polyglot)).toBe(false);
      expect(out.includes('<html')).toBe(false);
      expect(out.includes('<script')).toBe(false);
      expect(out.includes(Buffer.from('PK\x03\x04', 'latin1'))).toBe(false);
      expect(await sharp(out).metadata()).toMatchObject({ format: 'png', width: 64, height: 48 });
    }
  });

  it('drops the metadata of a JPEG', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#abc' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-marker' } } })
      .toBuffer();
    const attachment = (
      await enterprise.ok(UPLOAD, {
        input: { fileName: 'a.jpg', contentBase64: jpeg.toString('base64') },
      })
    ).uploadAttachment;
    expect(attachment.mimeType).toBe('image/jpeg');
    const bytes = await stored(attachment.id);
    expect(jpeg.includes('secret-marker')).toBe(true);
    expect(bytes.includes('secret-marker')).toBe(false);
  });
});

describe('file names', () => {
  it.each([
    ['a\r\nContent-Type: text/html.pdf', 'html.pdf'],
    ['a\r\nContent-Type: text.pdf', 'a Content-Type text.pdf'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['..\\..\\windows\\boot.pdf', 'boot.pdf'],
    ['invoice\u202Efdp.exe.pdf', 'invoice fdp.exe.pdf'],
    ['<img src=x onerror=alert(1)>.pdf', 'img src=x onerror=alert(1).pdf'],
    ['  \t报告\u0000  2026\u2066.pdf ', '报告 2026 .pdf'],
    ['e\u0301té.pdf', 'été.pdf'],
    ['.hidden.pdf', 'hidden.pdf'],
  ])('cleans %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('keeps the extension when cutting a long name', () => {
    const name = cleanFileName(`${'长'.repeat(300)}.pdf`);
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('长.pdf')).toBe(true);
  });

  it('stores the cleaned name and serves it', async () => {
    const response = await upload('../../x\r\n<b>报告</b>\u202E.pdf', pdf('1 0 obj<<>>endobj'));
    const attachment = (response.data as Data).uploadAttachment;
    // `</b>` holds a path separator: only what follows it is the name.
    expect(attachment.fileName).toBe('b .pdf');
    const served = await enterprise.get(`${PORTAL_FILES}/${attachment.id}`);
    expect(served.headers.get('content-disposition')).toBe(
      `attachment; filename="b .pdf"; filename*=UTF-8''b%20.pdf`,
    );
  });

  it.each(['../../', '\u202E\r\n', '<>', '...', '\u0000\u0001'])(
    'refuses %j, empty once cleaned, naming the field',
    async (raw) => {
      const before = await countRows();
      expect(problem(await upload(raw, await png())).field).toBe('fileName');
      expect(await countRows()).toBe(before);
    },
  );
});

describe('quota on uploads not yet on a case', () => {
  it('counts files per account over the last hour', async () => {
    let gridhead = await server.signedIn('portal', 'GRID_HEAD');
    const image = await png(20);
    for (let i = 0; i < 8; i++) expect((await upload(`${i}.png`, image, gridhead)).errors).toBeUndefined();
    const before = await countRows();
    const refused = problem(await upload('9.png', image, gridhead));
    expect(refused.field).toBe('contentBase64');
    expect(refused.message).toBe(
      '文件上传过多：一小时内尚未提交的上传最多 8 个、共 0.3 MB，请 60 分钟后再试',
    );
    expect(await countRows()).toBe(before);
    // Another account is not affected.
    expect((await upload('other.png', image, enterprise)).errors).toBeUndefined();
    server.clock.advance(59 * 60_000);
    gridhead = await server.signedIn('portal', 'GRID_HEAD'); // the idle session has ended
    expect(problem(await upload('9.png', image, gridhead)).message).toContain('请 1 分钟后再试');
    server.clock.advance(60_001);
    gridhead = await server.signedIn('portal', 'GRID_HEAD');
    expect((await upload('9.png', image, gridhead)).errors).toBeUndefined();
  });

  it('counts bytes per account over the last hour', async () => {
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const big = Buffer.concat([pdf('1 0 obj<<>>endobj'), Buffer.alloc(120_000, 0x20)]);
    expect((await upload('1.pdf', big, office)).errors).toBeUndefined();
    expect((await upload('2.pdf', big, office)).errors).toBeUndefined();
    const refused = problem(await upload('3.pdf', big, office));
    expect(refused.field).toBe('contentBase64');
    expect(refused.message).toContain('0.3 MB');
    // A small file still fits under the byte cap.
    expect((await upload('small.png', await png(10), office)).errors).toBeUndefined();
  });
});

describe('serving attachments over HTTP', () => {
  let enterprise: GqlClient;
  beforeAll(async () => {
    // A fresh hour for the quota, and a fresh session after the clock moved.
    server.clock.advance(61 * 60_000);
    enterprise = await server.signedIn('portal', 'ENTERPRISE');
  });
  const uploaded = async (fileName: string, content: Buffer, client = enterprise): Promise<string> => {
    const response = await upload(fileName, content, client);
    expect(response.errors).toBeUndefined();
    return (response.data as Data).uploadAttachment.id;
  };
  /** Binds an upload to a case picked by SQL, as a submitted case would hold it. */
  const bindTo = async (id: string, caseWhere: string, params: unknown[] = []): Promise<void> => {
    const [target] = await server.db.query(
      `SELECT c.id FROM case_file c WHERE ${caseWhere} ORDER BY c.id LIMIT 1`,
      params,
    );
    expect(target).toBeDefined();
    await server.db.query('UPDATE case_attachment SET case_id = $2 WHERE id = $1', [id, target.id]);
  };
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
  const ENTERPRISE_OF = (username: string) =>
    `(SELECT enterprise_id FROM app_user WHERE username = '${username}')`;
  const DEPARTMENT_OF = (username: string) =>
    `(SELECT department_id FROM app_user WHERE username = '${username}')`;

  it('serves a stored PNG+HTML polyglot as a clean image, inline, with the safe headers', async () => {
    const id = await uploaded('截图.png', await png(32));
    // A row stored before uploads were re-encoded: the polyglot bytes themselves.
    const polyglot = Buffer.concat([await png(32), Buffer.from('<html><script>alert(1)</script></html>')]);
    await server.db.query('UPDATE case_attachment SET content = $2 WHERE id = $1', [id, polyglot]);
    const response = await enterprise.get(`${PORTAL_FILES}/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="__.png"; filename*=UTF-8''%E6%88%AA%E5%9B%BE.png`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const served = await bytes(response);
    expect(served.includes('<html')).toBe(false);
    expect(served.includes('<script')).toBe(false);
    expect(await sharp(served).metadata()).toMatchObject({ format: 'png', width: 32, height: 48 });
  });

  it('serves any other file as a download under its cleaned name, byte for byte', async () => {
    const file = pdf('1 0 obj<</Type/Catalog>>endobj');
    const id = await uploaded('..\\报告\u202E 2026.pdf', file);
    const response = await enterprise.get(`${PORTAL_FILES}/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="__ 2026.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%202026.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await bytes(response)).toEqual(file);
  });

  it('answers 401 without a session, on both APIs', async () => {
    const id = await uploaded('a.pdf', pdf('1 0 obj<<>>endobj'));
    for (const path of [PORTAL_FILES, ADMIN_FILES]) {
      const response = await server.portal().get(`${path}/${id}`);
      expect(response.status).toBe(401);
      expect(((await response.json()) as Data).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    // A portal session is not an admin one.
    expect((await enterprise.get(`${ADMIN_FILES}/${id}`)).status).toBe(401);
  });

  it('answers the same 404 for unknown, malformed and out-of-scope ids', async () => {
    const office = await server.signedIn('admin', 'OFFICE_STAFF');
    const dept = await server.signedIn('admin', 'DEPT_STAFF');
    const gridhead = await server.signedIn('portal', 'GRID_HEAD');
    // Another enterprise's case, handled by dept's department.
    const elsewhere = await uploaded('other.pdf', pdf('1 0 obj<<>>endobj'), office);
    await bindTo(
      elsewhere,
      `c.enterprise_id <> ${ENTERPRISE_OF('enterprise')} AND c.lead_department_id = ${DEPARTMENT_OF('dept')}
       AND c.kind <> 'COMPLAINT'`,
    );
    // The enterprise's own case, handled by another department.
    const own = await uploaded('own.pdf', pdf('1 0 obj<<>>endobj'));
    await bindTo(
      own,
      `c.enterprise_id = ${ENTERPRISE_OF('enterprise')} AND c.lead_department_id IS NOT NULL
       AND c.lead_department_id <> ${DEPARTMENT_OF('dept')}`,
    );
    // A gridhead's upload not yet on a case: its uploader's alone.
    const draft = await uploaded('draft.pdf', pdf('1 0 obj<<>>endobj'), gridhead);

    const status = async (client: GqlClient, path: string, id: string) =>
      (await client.get(`${path}/${id}`)).status;
    expect(await status(enterprise, PORTAL_FILES, own)).toBe(200);
    expect(await status(office, ADMIN_FILES, own)).toBe(200);
    expect(await status(dept, ADMIN_FILES, elsewhere)).toBe(200);
    expect(await status(gridhead, PORTAL_FILES, draft)).toBe(200);

    const notFound = async (client: GqlClient, path: string, id: string) => {
      const response = await client.get(`${path}/${id}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as Data).errors[0].extensions.code).toBe('NOT_FOUND');
    };
    await notFound(enterprise, PORTAL_FILES, elsewhere); // another enterprise's case
    await notFound(dept, ADMIN_FILES, own); // a department not handling the case
    await notFound(enterprise, PORTAL_FILES, draft); // someone else's draft
    await notFound(office, ADMIN_FILES, draft);
    await notFound(enterprise, PORTAL_FILES, '00000000-0000-4000-8000-000000000000');
    await notFound(enterprise, PORTAL_FILES, 'not-a-uuid');
    await notFound(enterprise, PORTAL_FILES, `${own}%00`);
    for (const role of ['INSPECTOR', 'SYS_ADMIN', 'AUDITOR'] as const) {
      await notFound(await server.signedIn('admin', role), ADMIN_FILES, own);
    }
  });
});
