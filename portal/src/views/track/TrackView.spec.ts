import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as cases from '@/api/cases';
import { ApiError } from '@/api/client';
import { setLocale } from '@/locales';
import { mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');
vi.mock('@/api/notifications');

describe('tracking a case anonymously', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
  });

  it('checks the tracking number pattern before asking the server', async () => {
    const { wrapper } = await mountAt('/track');

    await wrapper.get('[data-testid="track-tracking-no"]').setValue('YH26-123');
    await wrapper.get('[data-testid="track-query-code"]').setValue('K7MPQ2XA');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(cases.trackCase).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('诉求编号格式不正确');
  });

  it('shows the status and the public steps, with the codes as people type them', async () => {
    vi.mocked(cases.trackCase).mockResolvedValue({
      trackingNo: 'YH2026000123',
      kind: 'DIFFICULTY',
      category: 'UTILITIES',
      state: 'ACCEPTED',
      submittedAt: '2026-11-20T02:00:00Z',
      timeline: [
        { occurredAt: '2026-11-20T02:00:00Z', action: 'submit', toState: 'SUBMITTED' },
        { occurredAt: '2026-11-20T07:00:00Z', action: 'accept', toState: 'ACCEPTED' },
      ],
    });
    const { wrapper } = await mountAt('/track');

    await wrapper.get('[data-testid="track-tracking-no"]').setValue(' yh2026000123 ');
    await wrapper.get('[data-testid="track-query-code"]').setValue('k7mp q2xa');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(cases.trackCase).toHaveBeenCalledWith('YH2026000123', 'K7MPQ2XA');
    const result = wrapper.get('[data-testid="track-result"]');
    expect(result.get('[data-testid="case-state"]').text()).toBe('已受理');
    expect(result.text()).toContain('困难问题');
    expect(result.text()).toContain('水电气暖');
    const steps = result.findAll('[data-testid="timeline-step"]');
    expect(steps.map((step) => step.get('.timeline__action').text())).toEqual(['受理', '提交诉求']);
  });

  it('says only "not found" for a wrong code', async () => {
    vi.mocked(cases.trackCase).mockRejectedValue(new ApiError('NOT_FOUND', '未找到该记录'));
    const { wrapper } = await mountAt('/track');

    await wrapper.get('[data-testid="track-tracking-no"]').setValue('YH2026000123');
    await wrapper.get('[data-testid="track-query-code"]').setValue('WRONG123');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="track-error"]').text()).toBe('没有查到诉求，请核对诉求编号和查询码');
    expect(wrapper.find('[data-testid="track-result"]').exists()).toBe(false);
  });

  it('is open to anyone, and linked from the home page', async () => {
    const { wrapper } = await mountAt('/');
    expect(wrapper.find('a[href="/track"]').exists()).toBe(true);
  });
});
