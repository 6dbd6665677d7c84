import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CN_HOLIDAYS_2025_2026 } from '@gridbridge/shared';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import Workbench from '@/views/home/Workbench.vue';
import WorkingCalendar from './WorkingCalendar.vue';
import type { HolidayYearRecord } from './data';

const record = (year: '2025' | '2026', version = 1): HolidayYearRecord => ({
  year: Number(year),
  off: [...CN_HOLIDAYS_2025_2026.years[year].off],
  work: [...CN_HOLIDAYS_2025_2026.years[year].work],
  version,
  updatedAt: '2026-11-01T08:00:00Z',
});

const STATUS = { data: { calendarStatus: { currentYear: 2026, nextYear: 2027, missingYears: [2027] } } };
const YEARS = { data: { holidayYears: [record('2025'), record('2026')] } };
const admin = viewer({ roles: ['SYS_ADMIN'] });

describe('working-day calendar page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows this year in a month grid and warns that next year is missing', async () => {
    stubGraphQLByOperation({ HolidayYears: YEARS, CalendarStatus: STATUS });
    const { wrapper } = await mountWithApp(WorkingCalendar, { path: '/calendar', viewer: admin });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="month-2"]').exists()).toBe(true));

    const day = (date: string) => wrapper.find(`[data-date="${date}"]`);
    expect(day('2026-02-17').attributes('data-kind')).toBe('holiday');
    expect(day('2026-02-17').attributes('aria-label')).toBe('2026-02-17,春节,放假');
    expect(day('2026-02-14').attributes('data-kind')).toBe('makeUp');
    expect(day('2026-02-14').text()).toContain('班');
    expect(wrapper.find('[data-testid="calendar-summary"]').text()).toContain('全年 248 个工作日');
    expect(wrapper.find('[data-testid="calendar-state"]').text()).toContain('第 1 版');
    expect(wrapper.find('[data-testid="calendar-missing-years"]').text()).toContain(
      '2027 年的法定节假日安排尚未录入',
    );
    expect(wrapper.findAll('[data-testid^="calendar-range-"][role="group"]')).toHaveLength(7);
  });

  it('opens a missing year empty, ready to be entered', async () => {
    stubGraphQLByOperation({ HolidayYears: YEARS, CalendarStatus: STATUS });
    const { wrapper } = await mountWithApp(WorkingCalendar, { path: '/calendar', viewer: admin });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="calendar-enter-2027"]').exists()).toBe(true));

    await wrapper.find('[data-testid="calendar-enter-2027"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.text()).toContain('2027 年的放假安排尚未录入,该年只有周末休息。'));
    expect(wrapper.findAll('[role="group"]')).toHaveLength(0);
    expect(wrapper.find('[data-date="2027-10-01"]').attributes('data-kind')).toBe('workday');
    await wrapper.find('[data-testid="calendar-add-range"]').trigger('click');
    expect(wrapper.findAll('[data-testid^="calendar-range-"][role="group"]')).toHaveLength(1);
  });

  it('checks the form before sending and puts each message beside its field', async () => {
    const fetchMock = stubGraphQLByOperation({ HolidayYears: YEARS, CalendarStatus: STATUS });
    const { wrapper } = await mountWithApp(WorkingCalendar, { path: '/calendar', viewer: admin });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="calendar-range-1"]').exists()).toBe(true));

    await wrapper
      .find('[data-testid="calendar-range-1"] input[data-testid="calendar-range-name"]')
      .setValue('');
    await wrapper.find('[data-testid="calendar-form"]').trigger('submit');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="calendar-range-1"] .el-form-item__error').text()).toBe(
        '假日名称不能为空',
      ),
    );
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('SaveHolidayYear');
  });

  it('sends the year with its version and shows the server’s field messages', async () => {
    const fetchMock = stubGraphQLByOperation({
      HolidayYears: YEARS,
      CalendarStatus: STATUS,
      SaveHolidayYear: graphQLError('VALIDATION', '输入有误', {
        fields: [{ field: 'work.2', message: '调休上班日落在「元旦」假期内' }],
      }),
    });
    const { wrapper } = await mountWithApp(WorkingCalendar, { path: '/calendar', viewer: admin });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="calendar-range-0"]').exists()).toBe(true));

    await wrapper
      .find('[data-testid="calendar-range-0"] input[data-testid="calendar-range-name"]')
      .setValue('新年');
    await wrapper.find('[data-testid="calendar-form"]').trigger('submit');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="calendar-make-up-2"] .el-form-item__error').text()).toBe(
        '调休上班日落在「元旦」假期内',
      ),
    );
    const save = graphQLCalls(fetchMock).find((call) => call.operation === 'SaveHolidayYear');
    expect(save?.variables).toMatchObject({ year: 2026, version: 1 });
    expect((save?.variables.input as { off: { name: string }[] }).off[0].name).toBe('新年');
  });

  it('reloads and says so when someone else saved the year first', async () => {
    let version = 1;
    const fetchMock = stubGraphQLByOperation({
      HolidayYears: () => ({ data: { holidayYears: [record('2025'), record('2026', version)] } }),
      CalendarStatus: STATUS,
      SaveHolidayYear: () => {
        version = 2;
        return graphQLError('CONFLICT', '数据已被他人修改,请刷新后重试');
      },
    });
    const { wrapper } = await mountWithApp(WorkingCalendar, { path: '/calendar', viewer: admin });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="calendar-range-0"]').exists()).toBe(true));

    await wrapper
      .find('[data-testid="calendar-range-0"] input[data-testid="calendar-range-name"]')
      .setValue('新年');
    await wrapper.find('[data-testid="calendar-form"]').trigger('submit');

    await vi.waitFor(() => expect(wrapper.text()).toContain('他人刚修改了 2026 年的安排'));
    expect(wrapper.find('[data-testid="calendar-state"]').text()).toContain('第 2 版');
    expect(graphQLCalls(fetchMock).filter((call) => call.operation === 'HolidayYears')).toHaveLength(2);
  });

  it('lets office staff read the calendar without a form', async () => {
    stubGraphQLByOperation({ HolidayYears: YEARS, CalendarStatus: STATUS });
    const { wrapper } = await mountWithApp(WorkingCalendar, {
      path: '/calendar',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="calendar-ranges"]').text()).toContain('春节'));

    expect(wrapper.find('[data-testid="calendar-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="calendar-enter-2027"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="calendar-missing-years"]').text()).toContain('请提醒系统管理员');
  });
});

describe('workbench calendar warning', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('warns the system administrator and the office leader, with a link to the calendar', async () => {
    for (const roles of [['SYS_ADMIN'], ['OFFICE_STAFF', 'OFFICE_LEADER']] as const) {
      stubGraphQLByOperation({ CalendarStatus: STATUS });
      const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: [...roles] }) });
      await vi.waitFor(() =>
        expect(wrapper.find('[data-testid="calendar-missing-years"]').exists()).toBe(true),
      );
      expect(wrapper.find('[data-testid="calendar-missing-years"] a').attributes('href')).toBe('/calendar');
      wrapper.unmount();
    }
  });

  it('stays silent when every due year is entered, and for other roles', async () => {
    const fetchMock = stubGraphQLByOperation({
      CalendarStatus: { data: { calendarStatus: { currentYear: 2026, nextYear: 2027, missingYears: [] } } },
    });
    const { wrapper } = await mountWithApp(Workbench, { viewer: admin });
    await vi.waitFor(() => expect(graphQLCalls(fetchMock)).toHaveLength(1));
    expect(wrapper.find('[data-testid="calendar-missing-years"]').exists()).toBe(false);
    wrapper.unmount();

    const staff = stubGraphQLByOperation({ CalendarStatus: STATUS });
    await mountWithApp(Workbench, { viewer: viewer({ roles: ['OFFICE_STAFF'] }) });
    // The office's workbench asks for its own counts, never for the calendar's status.
    expect(graphQLCalls(staff).filter((call) => call.operation === 'CalendarStatus')).toHaveLength(0);
  });
});
