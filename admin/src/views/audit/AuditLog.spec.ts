import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { mountWithApp, stubGraphQL, viewer } from '@/testing';
import AuditLog from './AuditLog.vue';
import { PAGE_SIZE, emptyFilter, toQueryFilter } from './data';

const entry = (id: string, action: string) => ({
  id,
  occurredAt: '2025-03-01T08:30:00Z',
  actorName: null,
  action,
  targetType: 'Case',
  targetId: 'C1',
  ip: '10.0.0.1',
  details: '{"to":"ASSIGNED"}',
});

const variablesOf = (fetchMock: ReturnType<typeof stubGraphQL>) =>
  fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).variables);

// Mounting the page with Element Plus takes seconds on a busy machine.
describe('audit log page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('pages through the log by cursor, with readable names and Shanghai times', async () => {
    const fetchMock = stubGraphQL(
      { data: { auditLog: { items: [entry('2', 'LOGIN')], nextCursor: 'c1' } } },
      { data: { auditLog: { items: [entry('1', 'CASE_ASSIGN')], nextCursor: null } } },
    );
    const { wrapper } = await mountWithApp(AuditLog, {
      path: '/audit-log',
      viewer: viewer({ roles: ['AUDITOR'] }),
    });

    const table = () => wrapper.find('[data-testid="audit-table"]').text();
    await vi.waitFor(() => expect(table()).toContain('登录'));
    expect(table()).not.toContain('LOGIN');
    // 08:30Z is 16:30 in Shanghai, whatever the browser's zone.
    expect(table()).toContain('16:30:00');
    expect(table()).toContain('系统');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === '加载更多')!
      .trigger('click');

    await vi.waitFor(() => expect(wrapper.text()).toContain('已显示全部 2 条记录'));
    // An unknown code shows as itself.
    expect(table()).toContain('CASE_ASSIGN');
    expect(variablesOf(fetchMock)).toEqual([
      { first: PAGE_SIZE, after: null },
      { first: PAGE_SIZE, after: 'c1' },
    ]);
  });

  it('reports where the hash chain breaks, and when it was checked', async () => {
    stubGraphQL(
      { data: { auditLog: { items: [], nextCursor: null } } },
      { data: { verifyAuditChain: { intact: false, checked: 42, firstBrokenId: '17' } } },
    );
    const { wrapper } = await mountWithApp(AuditLog, {
      path: '/audit-log',
      viewer: viewer({ roles: ['AUDITOR'] }),
    });

    expect(wrapper.find('[data-testid="chain-checked-at"]').text()).toBe('本页尚未进行完整性校验');
    await wrapper.find('[data-testid="verify-chain"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="chain-status"]').text()).toContain(
        '已校验 42 条记录,自记录 17 起哈希不连续',
      ),
    );
    expect(wrapper.find('[data-testid="chain-checked-at"]').text()).toMatch(
      /^最近一次完整性校验:\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}\(北京时间\)$/,
    );
  });

  it('searches with the filter bar, and load more keeps the filter', async () => {
    const fetchMock = stubGraphQL(
      { data: { auditLog: { items: [], nextCursor: null } } },
      { data: { auditLog: { items: [entry('9', 'case.accept')], nextCursor: 'c9' } } },
      { data: { auditLog: { items: [], nextCursor: null } } },
    );
    const { wrapper } = await mountWithApp(AuditLog, {
      path: '/audit-log',
      viewer: viewer({ roles: ['AUDITOR'] }),
    });
    await wrapper.find('input[data-testid="filter-actor"]').setValue(' wang ');
    await wrapper.find('input[data-testid="filter-target-id"]').setValue('C1');
    await wrapper.find('[data-testid="audit-filters"]').trigger('submit');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="audit-table"]').text()).toContain('诉求：受理'),
    );
    await wrapper
      .findAll('button')
      .find((button) => button.text() === '加载更多')!
      .trigger('click');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    expect(variablesOf(fetchMock)).toEqual([
      { first: PAGE_SIZE, after: null },
      { first: PAGE_SIZE, after: null, filter: { actor: 'wang', targetId: 'C1' } },
      { first: PAGE_SIZE, after: 'c9', filter: { actor: 'wang', targetId: 'C1' } },
    ]);
  });

  it('shows a change as the fields that differ, and shortens session ids', async () => {
    stubGraphQL({
      data: {
        auditLog: {
          items: [
            {
              ...entry('3', 'GRID_UPDATED'),
              details: JSON.stringify({
                before: { name: '东区', code: 'E1' },
                after: { name: '东一区', code: 'E1' },
              }),
            },
            {
              ...entry('2', 'LOGIN'),
              targetType: 'session',
              targetId: 'fedcba9876543210-1111',
              details: JSON.stringify({ sessionId: '0123456789abcdef-0000' }),
            },
          ],
          nextCursor: null,
        },
      },
    });
    const { wrapper } = await mountWithApp(AuditLog, {
      path: '/audit-log',
      viewer: viewer({ roles: ['AUDITOR'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="audit-table"]').text()).toContain('修改网格'));
    const table = wrapper.find('[data-testid="audit-table"]').text();
    expect(table).toContain('name东区 → 东一区');
    expect(table).not.toContain('E1');
    expect(table).toContain('sessionId01234567…');
    expect(table).not.toContain('0123456789abcdef');
    expect(table).toContain('session #fedcba98…');
    expect(table).not.toContain('fedcba9876543210');
    expect(table).not.toContain('{');
  });
});

describe('audit log data', () => {
  it('turns Shanghai calendar days into a period of instants, to the end of the last day', () => {
    expect(toQueryFilter(emptyFilter())).toBeNull();
    expect(
      toQueryFilter({ ...emptyFilter(), action: 'LOGIN', period: ['2025-02-28', '2025-02-28'] }),
    ).toEqual({
      action: 'LOGIN',
      from: '2025-02-28T00:00:00+08:00',
      to: '2025-03-01T00:00:00+08:00',
    });
  });
});
