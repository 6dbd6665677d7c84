import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as account from '@/api/account';
import * as cases from '@/api/cases';
import * as enterprise from '@/api/enterprise';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';
import { caseDetail, gridHeadViewer } from '../cases/fixtures';

vi.mock('@/api/account');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');
vi.mock('@/api/enterprise');
vi.mock('@/api/notifications');

/** The page’s links in document order, as a screen reader or a phone's screen meets them. */
const linkTexts = (root: Element) =>
  [...root.querySelectorAll('a')].map((element) => element.textContent?.trim() ?? '');

// Pages whose code loads on first use (lazy routes, the claim card) take seconds on a busy machine.
describe('home on a phone', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(null);
    vi.mocked(cases.fetchMyCases).mockResolvedValue({ items: [], nextCursor: null, totalCount: 0 });
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail());
  });

  it('puts 反映诉求 first on the page, and 我的诉求 in the tab bar right after home', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    const { wrapper } = await mountAt('/');

    const main = wrapper.get('main').element;
    const report = wrapper.get('[data-testid="home-report"]');
    expect(report.attributes('href')).toBe('/cases/new');
    expect(linkTexts(main)[0]).toContain('反映诉求');
    // Raising a case is offered once, at the top; the shortcuts start with following one's cases.
    expect(linkTexts(main).filter((text) => text.startsWith('反映诉求'))).toHaveLength(1);

    const tabs = wrapper.findAll('.tabbar a').map((tab) => tab.text());
    expect(tabs.slice(0, 2)).toEqual(['首页', '我的诉求']);
    expect(wrapper.get('.tabbar a[aria-current="page"]').text()).toBe('首页');
  });

  it('lights 我的诉求 on a case page and opens it from the tab bar', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    const { wrapper, router } = await mountAt('/');

    await wrapper.get('[data-testid="tab-nav.cases"]').trigger('click');
    // The list's code loads on first use: give the lazy route time.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/cases'), { timeout: 5000 });
    await vi.waitFor(() => expect(wrapper.get('.tabbar a[aria-current="page"]').text()).toBe('我的诉求'));
    await router.push('/cases/c1');
    await vi.waitFor(() => expect(wrapper.get('.tabbar a[aria-current="page"]').text()).toBe('我的诉求'));
  });

  it('offers a grid head 网格上报 first', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHeadViewer);
    const { wrapper } = await mountAt('/');
    expect(wrapper.get('[data-testid="home-report"]').text()).toContain('网格上报');
    expect(wrapper.findAll('.tabbar a').map((tab) => tab.text())[1]).toBe('我的诉求');
  });

  it('shows a visitor no report button and no 我的诉求 tab', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
    const { wrapper } = await mountAt('/');
    expect(wrapper.find('[data-testid="home-report"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="tab-nav.cases"]').exists()).toBe(false);
  });
});
