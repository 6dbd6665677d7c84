import ExcelJS from 'exceljs';
import type { Role } from '@gridbridge/shared';
import { DEMO_PASSWORD } from '../src/modules/demo/demo-data.js';
import { demoAccountFor, type GqlResponse, type TestServer } from './harness.js';

// What `ok` returns: results read deep, typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/**
 * A browser's view of the admin app for exports: one session cookie for the admin API, sent
 * both with GraphQL requests and with the plain GET of a download, as the browser does.
 */
export class AdminBrowser {
  cookie: string | null = null;

  constructor(
    readonly server: TestServer,
    readonly locale = 'zh-CN',
  ) {}

  static async signedIn(server: TestServer, who: Role | { username: string }, locale = 'zh-CN') {
    const browser = new AdminBrowser(server, locale);
    const username = typeof who === 'string' ? demoAccountFor(who) : who.username;
    await browser.ok('mutation Login($input: LoginInput!) { login(input: $input) { id } }', {
      input: { identifier: username, password: DEMO_PASSWORD },
    });
    if (!browser.cookie) throw new Error(`no session cookie for ${username}`);
    return browser;
  }

  async request(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<Data>> {
    const response = await fetch(`${this.server.url}/graphql/admin`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as { data?: Data; errors?: GqlResponse['errors'] };
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
    };
  }

  async ok(query: string, variables?: Record<string, unknown>): Promise<Data> {
    const response = await this.request(query, variables);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }

  /** A plain GET of a path on the server with this browser's cookie (if any). */
  get(path: string): Promise<Response> {
    return fetch(`${this.server.url}${path}`, {
      headers: { 'accept-language': this.locale, ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
  }
}

export const EXPORT_FIELDS = 'id kind status fileName rows createdAt finishedAt expiresAt error downloadUrl';

/** Polls `myExports`, as the admin app does, until the export is READY or FAILED (at most ~30 s). */
export async function finished(browser: AdminBrowser, id: string): Promise<Data> {
  for (let i = 0; i < 300; i += 1) {
    const exports: Data[] = (await browser.ok(`{ myExports { ${EXPORT_FIELDS} } }`)).myExports;
    const found = exports.find((e) => e.id === id);
    if (!found) throw new Error(`export ${id} is not listed`);
    if (found.status === 'READY' || found.status === 'FAILED') return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`export ${id} did not finish within 30 s`);
}

const FILTER_TYPES = {
  requestCaseExport: 'CaseFilter',
  requestEnterpriseExport: 'EnterpriseFilter',
  requestAuditExport: 'AuditLogFilter',
} as const;

/** Requests an export, waits for it and downloads it: the whole flow of the admin app's button. */
export async function exportAndDownload(
  browser: AdminBrowser,
  mutation: keyof typeof FILTER_TYPES,
  filter: Record<string, unknown>,
): Promise<{ file: Data; sheet: ExcelJS.Worksheet; workbook: ExcelJS.Workbook; response: Response }> {
  const type = FILTER_TYPES[mutation];
  const requested = (
    await browser.ok(`mutation ($filter: ${type}) { ${mutation}(filter: $filter) { ${EXPORT_FIELDS} } }`, {
      filter,
    })
  )[mutation];
  const file = await finished(browser, requested.id);
  if (file.status !== 'READY') throw new Error(`export failed: ${file.error}`);
  const response = await browser.get(file.downloadUrl);
  if (response.status !== 200) throw new Error(`download answered ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  return { file, sheet: workbook.worksheets[0], workbook, response };
}

/** The values of one column below the header row. */
export function column(sheet: ExcelJS.Worksheet, index: number): string[] {
  const values: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) values.push(String(row.getCell(index).value ?? ''));
  });
  return values;
}
