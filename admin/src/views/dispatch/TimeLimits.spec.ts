import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import TimeLimitsPage from './TimeLimits.vue';
import type { TimeLimits } from './data';

const limits = (overrides: Partial<TimeLimits> = {}): TimeLimits => ({
  category: 'APPROVAL',
  priority: 'NORMAL',
  sign: 1,
  firstContact: 1,
  reply: 5,
  replyComplex: 15,
  review: 1,
  custom: false,
  version: 0,
  ...overrides,
});
const ROWS = [limits(), limits({ priority: 'URGENT', reply: 3, custom: true, version: 2 })];

describe('time limits page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows each category and priority with its limits in working days, read only for staff', async () => {
    stubGraphQLByOperation({ TimeLimits: { data: { timeLimits: ROWS } } });
    const { wrapper } = await mountWithApp(TimeLimitsPage, {
      path: '/time-limits',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="limit-reply"]')).toHaveLength(2));
    expect(wrapper.findAll('[data-testid="limit-reply"]').map((cell) => cell.text())).toEqual([
      '5 个工作日',
      '3 个工作日',
    ]);
    const body = wrapper.find('[data-testid="limits-table"] .el-table__body').text();
    expect(body).toContain('审批服务');
    expect(body).toContain('紧急');
    expect(body).toContain('已设置');
    expect(wrapper.text()).toContain('办理时限由优化办负责人设置,您可以查看。');
    expect(wrapper.find('[data-testid="limits-edit"]').exists()).toBe(false);
  });

  it('lets the office leader change one pair, over the version read', async () => {
    const fetchMock = stubGraphQLByOperation({
      TimeLimits: { data: { timeLimits: ROWS } },
      SaveTimeLimits: (variables) => ({
        data: { saveTimeLimits: limits({ ...(variables.input as object), custom: true, version: 1 }) },
      }),
    });
    const { wrapper } = await mountWithApp(TimeLimitsPage, {
      path: '/time-limits',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="limits-edit"]')).toHaveLength(2));
    // Only a pair that was set can go back to the defaults.
    expect(wrapper.findAll('[data-testid="limits-reset"]')).toHaveLength(1);
    await wrapper.find('[data-testid="limits-edit"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="limits-form-reply"] input').exists()).toBe(true),
    );

    const reply = wrapper.find('[data-testid="limits-form-reply"] input');
    await reply.setValue('4');
    await reply.trigger('blur');
    await wrapper.find('[data-testid="limits-form-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(graphQLCalls(fetchMock).find((call) => call.operation === 'SaveTimeLimits')?.variables).toEqual({
        key: { category: 'APPROVAL', priority: 'NORMAL' },
        input: { sign: 1, firstContact: 1, reply: 4, replyComplex: 15, review: 1 },
        version: 0,
      }),
    );
  });
});
