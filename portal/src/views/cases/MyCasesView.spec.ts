import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as cases from '@/api/cases';
import type { CaseSummary } from '@/api/cases';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';
import { gridHeadViewer } from './fixtures';

vi.mock('@/api/account');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');
vi.mock('@/api/notifications');

function summary(id: string, overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id,
    trackingNo: `YH2026000${id.padStart(3, '0')}`,
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    channel: 'PORTAL',
    title: `诉求 ${id}`,
    state: 'IN_PROGRESS',
    submittedAt: '2026-11-20T17:00:00Z',
    enterpriseName: '惠济区明达机械有限公司',
    ...overrides,
  };
}

describe('my cases', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
  });

  it('lists cases with state, tracking number and date, the total, and pages on', async () => {
    vi.mocked(cases.fetchMyCases).mockResolvedValue({
      items: [summary('1'), summary('2')],
      nextCursor: 'cursor-2',
      totalCount: 3,
      totalCountCapped: false,
    });
    const { wrapper } = await mountAt('/cases');

    expect(cases.fetchMyCases).toHaveBeenCalledWith({ state: null, kind: null }, null, 20);
    const items = wrapper.findAll('[data-testid="case-item"]');
    expect(items).toHaveLength(2);
    expect(items[0]!.attributes('href')).toBe('/cases/1');
    expect(items[0]!.get('[data-testid="case-state"]').text()).toBe('办理中');
    // The office's warnings (黄牌/红牌) are not for the enterprise.
    expect(wrapper.text()).not.toMatch(/黄牌|红牌/);
    expect(wrapper.get('[data-testid="cases-total"]').text()).toBe('共 3 件');
    expect(items[0]!.text()).toContain('YH2026000001');
    // 17:00 UTC is the next day in Beijing.
    expect(items[0]!.text()).toContain('2026年11月21日 提交');
    // An enterprise sees its own cases only: no enterprise name on each card.
    expect(items[0]!.text()).not.toContain('惠济区明达机械有限公司');

    vi.mocked(cases.fetchMyCases).mockResolvedValue({ items: [summary('3')], nextCursor: null });
    await wrapper.get('[data-testid="cases-load-more"]').trigger('click');
    await flushPromises();

    expect(vi.mocked(cases.fetchMyCases).mock.lastCall).toEqual([
      { state: null, kind: null },
      'cursor-2',
      20,
    ]);
    expect(wrapper.findAll('[data-testid="case-item"]')).toHaveLength(3);
    expect(wrapper.text()).toContain('已显示全部 3 件诉求');
    // A later page asks for no total and keeps the first page's.
    expect(wrapper.get('[data-testid="cases-total"]').text()).toBe('共 3 件');
  });

  it('says "more than" for a total the server stopped counting', async () => {
    vi.mocked(cases.fetchMyCases).mockResolvedValue({
      items: [summary('1')],
      nextCursor: 'cursor-1',
      totalCount: 10000,
      totalCountCapped: true,
    });
    const { wrapper } = await mountAt('/cases');
    expect(wrapper.get('[data-testid="cases-total"]').text()).toBe('超过 10000 件');
  });

  it('filters by state and kind through the address', async () => {
    vi.mocked(cases.fetchMyCases).mockResolvedValue({ items: [], nextCursor: null });
    const { wrapper, router } = await mountAt('/cases');
    expect(wrapper.text()).toContain('还没有诉求');

    await wrapper.get('[data-testid="cases-filter-state"]').setValue('NEEDS_INFO');
    await wrapper.get('[data-testid="cases-filter-kind"]').setValue('COMPLAINT');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ state: 'NEEDS_INFO', kind: 'COMPLAINT' }),
    );
    await flushPromises();

    expect(vi.mocked(cases.fetchMyCases).mock.lastCall).toEqual([
      { state: 'NEEDS_INFO', kind: 'COMPLAINT' },
      null,
      20,
    ]);
    expect(wrapper.text()).toContain('没有符合条件的诉求');
  });

  it('shows a grid head the cases of the grid, each with its enterprise', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHeadViewer);
    vi.mocked(cases.fetchMyCases).mockResolvedValue({
      items: [summary('1', { channel: 'GRID_HEAD', enterpriseName: '惠济区史记烩面馆' })],
      nextCursor: null,
    });
    const { wrapper } = await mountAt('/cases');

    expect(wrapper.get('h1').text()).toBe('网格诉求');
    expect(wrapper.get('[data-testid="case-item"]').text()).toContain('惠济区史记烩面馆');
  });
});
