import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { mountWithApp, stubGraphQL, viewer } from '@/testing';
import AuditLog from './AuditLog.vue';
import { PAGE_SIZE } from './data';

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

describe('audit log page', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('pages through the log by cursor', async () => {
    const fetchMock = stubGraphQL(
      { data: { auditLog: { items: [entry('2', 'LOGIN')], nextCursor: 'c1' } } },
      { data: { auditLog: { items: [entry('1', 'CASE_ASSIGN')], nextCursor: null } } },
    );
    const { wrapper } = await mountWithApp(AuditLog, {
      path: '/audit-log',
      viewer: viewer({ roles: ['AUDITOR'] }),
    });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="audit-table"]').text()).toContain('LOGIN'));
    expect(wrapper.find('[data-testid="audit-table"]').text()).toContain('系统');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === '加载更多')!
      .trigger('click');

    await vi.waitFor(() => expect(wrapper.text()).toContain('已显示全部 2 条记录'));
    expect(wrapper.find('[data-testid="audit-table"]').text()).toContain('CASE_ASSIGN');
    const variables = fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)).variables);
    expect(variables).toEqual([
      { first: PAGE_SIZE, after: null },
      { first: PAGE_SIZE, after: 'c1' },
    ]);
  });

  it('reports where the hash chain breaks', async () => {
    stubGraphQL(
      { data: { auditLog: { items: [], nextCursor: null } } },
      { data: { verifyAuditChain: { intact: false, checked: 42, firstBrokenId: '17' } } },
    );
    const { wrapper } = await mountWithApp(AuditLog, {
      path: '/audit-log',
      viewer: viewer({ roles: ['AUDITOR'] }),
    });

    await wrapper.find('[data-testid="verify-chain"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="chain-status"]').text()).toContain(
        '已校验 42 条记录,自记录 17 起哈希不连续',
      ),
    );
  });
});
