import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { CN_HOLIDAYS_2025_2026, shanghaiDate, type AdminApi, type WorkingCalendar } from '@gridbridge/shared';
import { createApp } from '../src/app.js';
import { loadEnv } from '../src/config/env.js';
import { CalendarService } from '../src/modules/calendar/calendar.service.js';
import {
  TEST_EPOCH,
  demoAccountFor,
  errorCode,
  startTestServer,
  type GqlClient,
  type TestServer,
} from './harness.js';

let server: TestServer;
let admin: GqlClient;
let office: GqlClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedIn('admin', 'SYS_ADMIN');
  office = await server.signedIn('admin', 'OFFICE_LEADER');
});
afterAll(() => server.close());

const YEAR_FIELDS = 'year off { name from to } work version updatedAt';
const LIST = `{ holidayYears { ${YEAR_FIELDS} } }`;
const STATUS = '{ calendarStatus { currentYear nextYear missingYears } }';
const SAVE = `mutation ($year: Int!, $input: HolidayYearInput!, $version: Int) {
  saveHolidayYear(year: $year, input: $input, version: $version) { ${YEAR_FIELDS} } }`;

/** A plausible 2027 arrangement, made up for the test: the real notice is the administrator's to enter. */
const Y2027: AdminApi.HolidayYearInput = {
  off: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-14' },
    { name: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { name: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  work: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
};

const calendarOf = (app: NestFastifyApplication) => app.get(CalendarService).current();

/** Polls until the instance's calendar passes `check`: a NOTIFY arrives asynchronously. */
async function eventually(app: NestFastifyApplication, check: (calendar: WorkingCalendar) => boolean) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (check(await calendarOf(app))) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the calendar did not change within 5 s');
}

function databaseUrl(): string {
  const url = new URL(process.env.GB_TEST_TEMPLATE_URL!);
  url.pathname = `/${server.databaseName}`;
  return url.toString();
}

async function withConnection<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function auditEntries(action: string) {
  return server.db.query(
    `SELECT actor_name, target_type, target_id, details::jsonb AS details FROM audit_log WHERE action = $1 ORDER BY id`,
    [action],
  );
}

describe('reading the calendar', () => {
  it('lists the seeded official years 2025 and 2026 to office and department staff', async () => {
    const department = await server.signedIn('admin', 'DEPT_STAFF');
    for (const client of [office, department, admin]) {
      const { holidayYears } = await client.ok(LIST);
      expect(holidayYears.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
      for (const year of holidayYears) {
        const official = CN_HOLIDAYS_2025_2026.years[String(year.year)];
        expect({ off: year.off, work: year.work }).toEqual({ off: official.off, work: official.work });
        expect(year.version).toBe(1);
        expect(Number.isNaN(Date.parse(year.updatedAt))).toBe(false);
      }
    }
  });

  it('tells which due years are missing, by the server clock’s date in Shanghai', async () => {
    // The stored years are 2025 and 2026; next year's notice is due from November on.
    const cases: [string, { currentYear: number; nextYear: number; missingYears: number[] }][] = [
      [TEST_EPOCH, { currentYear: 2026, nextYear: 2027, missingYears: [] }],
      ['2026-10-31T15:59:59.999Z', { currentYear: 2026, nextYear: 2027, missingYears: [] }],
      ['2026-10-31T16:00:00.000Z', { currentYear: 2026, nextYear: 2027, missingYears: [2027] }],
      ['2026-12-31T23:30:00.000Z', { currentYear: 2027, nextYear: 2028, missingYears: [2027] }],
      ['2027-11-02T02:00:00.000Z', { currentYear: 2027, nextYear: 2028, missingYears: [2027, 2028] }],
    ];
    try {
      for (const [instant, expected] of cases) {
        server.clock.set(instant);
        // Signed in at that moment: a session does not outlive a jump of months.
        const reader = await server.signedIn('admin', 'OFFICE_LEADER');
        expect([instant, (await reader.ok(STATUS)).calendarStatus]).toEqual([instant, expected]);
      }
    } finally {
      server.clock.set(TEST_EPOCH);
    }
  });

  it('refuses roles whose work has no deadlines, and anonymous visitors', async () => {
    for (const role of ['INSPECTOR', 'AUDITOR'] as const) {
      const client = await server.signedIn('admin', role);
      expect(errorCode(await client.request(LIST))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(STATUS))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.admin().request(LIST))).toBe('UNAUTHENTICATED');
  });
});

describe('entering a year', () => {
  it('refuses anyone but the system administrator, and writes nothing', async () => {
    const leader = await server.signedIn('admin', 'OFFICE_LEADER');
    const response = await leader.request(SAVE, { year: 2027, input: Y2027 });
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(await server.db.query('SELECT year FROM holiday_year WHERE year = 2027')).toEqual([]);
  });

  it('names each invalid field, in the language of the request, and writes nothing', async () => {
    const input: AdminApi.HolidayYearInput = {
      off: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-14', to: '2027-02-06' },
        { name: '', from: '2027-04-03', to: '2027-04-05' },
        { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
        { name: '中秋节', from: '2027-10-05', to: '2027-10-06' },
        { name: '清明节', from: '2027-04-31', to: '2027-04-31' },
      ],
      work: ['2027-02-22', '2027-10-02', '2028-03-04'],
    };
    const zh = await admin.request(SAVE, { year: 2027, input });
    expect(errorCode(zh)).toBe('VALIDATION');
    expect(zh.errors?.[0].extensions?.fields).toEqual([
      { field: 'off.1.to', message: '结束日期不能早于起始日期' },
      { field: 'off.2.name', message: '假日名称不能为空' },
      { field: 'off.4.from', message: '起始日期与「国庆节」的日期重叠' },
      { field: 'off.5.from', message: '起始日期格式不正确' },
      { field: 'off.5.to', message: '结束日期格式不正确' },
      { field: 'work.0', message: '调休上班日须为周六或周日(周一至周五本就上班)' },
      { field: 'work.1', message: '调休上班日落在「国庆节」假期内' },
      { field: 'work.2', message: '调休上班日须在 2027 年内(放假可跨上年 12 月或次年 1 月)' },
    ]);

    const english = server.admin('en');
    await english.login(demoAccountFor('SYS_ADMIN'));
    const en = await english.request(SAVE, { year: 2027, input });
    expect(en.errors?.[0].extensions?.fields?.slice(0, 2)).toEqual([
      { field: 'off.1.to', message: 'Last day cannot be before the first day' },
      { field: 'off.2.name', message: 'Holiday name is required' },
    ]);

    // Next year's notice (by the server clock's year in Shanghai) is the latest there can be.
    const tooLate = Number(shanghaiDate(server.clock.now()).slice(0, 4)) + 2;
    for (const year of [1999, tooLate]) {
      const response = await admin.request(SAVE, { year, input: Y2027 });
      expect(response.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['year']);
    }
    const tooMany = await admin.request(SAVE, {
      year: 2027,
      input: { off: [], work: Array.from({ length: 21 }, () => '2027-01-30') },
    });
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([
      { field: 'work', message: '调休上班日最多 20 个' },
    ]);

    expect(await server.db.query('SELECT year FROM holiday_year WHERE year = 2027')).toEqual([]);
    expect(await auditEntries('CALENDAR_YEAR_CREATED')).toEqual([]);
  });

  it('enters a new year, and this instance computes with it at once', async () => {
    const before = await calendarOf(server.app);
    expect(before.hasYear(2027)).toBe(false);
    expect(before.isWorkingDay('2027-02-08')).toBe(true); // a Monday of the Spring Festival, not yet known

    const { saveHolidayYear } = await admin.ok(SAVE, { year: 2027, input: Y2027, version: null });
    expect(saveHolidayYear).toMatchObject({ year: 2027, off: Y2027.off, work: Y2027.work, version: 1 });

    const after = await calendarOf(server.app);
    expect(after.hasYear(2027)).toBe(true);
    expect(after.isWorkingDay('2027-02-08')).toBe(false);
    expect(after.holidayName('2027-02-08')).toBe('春节');
    expect(after.isWorkingDay('2027-02-20')).toBe(true); // make-up Saturday
    expect((await office.ok(STATUS)).calendarStatus.missingYears.filter((y: number) => y === 2027)).toEqual(
      [],
    );

    const [entry] = await auditEntries('CALENDAR_YEAR_CREATED');
    expect(entry).toMatchObject({
      actor_name: demoAccountFor('SYS_ADMIN'),
      target_type: 'holiday_year',
      target_id: '2027',
      details: { before: null, after: { year: 2027, off: Y2027.off, work: Y2027.work, version: 1 } },
    });
  });

  it('refuses a change to another year that clashes with the one entered', async () => {
    // A New Year block reaching into 2027, and a make-up day there, entered under 2026 as well.
    const y2026 = CN_HOLIDAYS_2025_2026.years['2026'];
    const response = await admin.request(SAVE, {
      year: 2026,
      input: {
        off: [...y2026.off, { name: '元旦', from: '2026-12-31', to: '2027-01-01' }],
        work: [...y2026.work, '2027-01-02'],
      },
      version: 1,
    });
    expect(response.errors?.[0].extensions?.fields).toEqual([
      { field: 'off.7.from', message: '起始日期与「元旦」的日期重叠' },
      { field: 'work.6', message: '调休上班日落在「元旦」假期内' },
    ]);
  });

  it('refuses to enter a year twice and to replace it from a stale version', async () => {
    const twice = await admin.request(SAVE, { year: 2027, input: Y2027 });
    expect(errorCode(twice)).toBe('CONFLICT');
    const stale = await admin.request(SAVE, { year: 2027, input: { ...Y2027, work: [] }, version: 7 });
    expect(errorCode(stale)).toBe('CONFLICT');
    const absent = await admin.request(SAVE, { year: 2024, input: { off: [], work: [] }, version: 1 });
    expect(errorCode(absent)).toBe('NOT_FOUND');
    const [row] = await server.db.query('SELECT work, version FROM holiday_year WHERE year = 2027');
    expect(row).toEqual({ work: Y2027.work, version: 1 });
  });

  it('replaces a year from its current version, in date order, audited with before and after', async () => {
    const input = {
      off: [
        { name: ' 中秋节 ', from: '2027-09-15', to: '2027-09-15' },
        ...Y2027.off.filter((range) => range.name !== '端午节'),
      ],
      work: [...Y2027.work].reverse(),
    };
    const { saveHolidayYear } = await admin.ok(SAVE, { year: 2027, input, version: 1 });
    expect(saveHolidayYear.version).toBe(2);
    expect(saveHolidayYear.off.map((r: { name: string }) => r.name)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '中秋节',
      '国庆节',
    ]);
    expect(saveHolidayYear.work).toEqual(Y2027.work);

    const calendar = await calendarOf(server.app);
    expect(calendar.isWorkingDay('2027-06-09')).toBe(true);
    expect(calendar.holidayName('2027-09-15')).toBe('中秋节');

    const [entry] = await auditEntries('CALENDAR_YEAR_UPDATED');
    expect(entry.details.before).toMatchObject({ version: 1, off: Y2027.off });
    expect(entry.details.after).toMatchObject({ version: 2, off: saveHolidayYear.off });
  });
});

/** A second instance of the product on the same database, as in a deployment with several. */
async function startSecondInstance(): Promise<NestFastifyApplication> {
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl() });
  const app = await createApp(env, databaseUrl(), server.clock);
  await app.init();
  return app;
}

describe('every instance follows a change', () => {
  let second: NestFastifyApplication;
  beforeAll(async () => {
    second = await startSecondInstance();
  });
  afterAll(() => second.close());

  it('reloads on another instance when a year is saved', async () => {
    // Loaded (and kept) before the change: only the NOTIFY can make it read again.
    expect((await calendarOf(second)).isWorkingDay('2027-06-11')).toBe(true);
    const [{ version }] = await server.db.query('SELECT version FROM holiday_year WHERE year = 2027');
    const [{ off, work }] = await server.db.query('SELECT off, work FROM holiday_year WHERE year = 2027');
    await admin.ok(SAVE, {
      year: 2027,
      input: { off: [...off, { name: '端午节', from: '2027-06-09', to: '2027-06-11' }], work },
      version,
    });
    await eventually(second, (calendar) => calendar.holidayName('2027-06-11') === '端午节');
  });

  it('keeps its copy until someone announces a change, then reads the table again', async () => {
    // Let the announcement of the last save reach this instance too before it loads its copy.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await calendarOf(server.app);
    // A change written behind the service's back is not seen …
    await withConnection((client) =>
      client.query(`UPDATE holiday_year SET work = work || '["2027-12-04"]'::jsonb WHERE year = 2027`),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await calendarOf(server.app)).isWorkingDay('2027-12-04')).toBe(false);
    expect((await calendarOf(second)).isWorkingDay('2027-12-04')).toBe(false);
    // … until a NOTIFY from any connection tells every instance to reload.
    await withConnection((client) => client.query(`SELECT pg_notify('gb_calendar', '')`));
    await eventually(server.app, (calendar) => calendar.isWorkingDay('2027-12-04'));
    await eventually(second, (calendar) => calendar.isWorkingDay('2027-12-04'));
  });
});
