import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as notices from '@/api/notices';
import { ApiError } from '@/api/client';
import type { PublicNotice } from '@/api/notices';
import { setLocale } from '@/locales';
import { mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/notices');

const notice: PublicNotice = {
  id: 'n1',
  title: '关于对区市场监督管理局审批股股长李某问责情况的通报',
  body: '为持续优化营商环境，现将有关问责情况通报如下：\n一、区市场监督管理局审批股股长李某在办理某企业的诉求中超期未签收。',
  publishedAt: '2026-06-15T02:00:00.000Z',
  items: [
    {
      type: 'ADMONITION',
      subjectKind: 'OFFICIAL',
      departmentName: '区市场监督管理局',
      officialName: '李某',
      officialPost: null,
      decidedOn: '2026-06-12',
    },
    {
      type: 'CRITICISM',
      subjectKind: 'DEPARTMENT',
      departmentName: '区税务局',
      officialName: null,
      officialPost: null,
      decidedOn: '2026-06-10',
    },
  ],
};

describe('public notices', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
  });

  it('lists the notices for an anonymous visitor, each leading to its own page', async () => {
    vi.mocked(notices.fetchPublicNotices).mockResolvedValue({
      items: [
        { id: 'n1', title: notice.title, publishedAt: notice.publishedAt, items: [{ type: 'ADMONITION' }] },
      ],
      nextCursor: null,
    });
    const { wrapper } = await mountAt('/notices');
    await flushPromises();
    const cards = wrapper.findAll('[data-testid="notice-card"]');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.get('h2').text()).toBe(notice.title);
    expect(cards[0]!.attributes('href')).toBe('/notices/n1');
    expect(cards[0]!.text()).toContain('诫勉谈话');
    expect(wrapper.find('[data-testid="notice-more"]').exists()).toBe(false);
  });

  it('says so when there is no notice yet', async () => {
    vi.mocked(notices.fetchPublicNotices).mockResolvedValue({ items: [], nextCursor: null });
    const { wrapper } = await mountAt('/notices');
    await flushPromises();
    expect(wrapper.get('[data-testid="notice-empty"]').text()).toContain('暂无问责通报');
  });

  it('shows one notice with its paragraphs and who was held accountable, as redacted', async () => {
    vi.mocked(notices.fetchPublicNotice).mockResolvedValue(notice);
    const { wrapper } = await mountAt('/notices/n1');
    await flushPromises();
    expect(notices.fetchPublicNotice).toHaveBeenCalledWith('n1');
    const article = wrapper.get('[data-testid="notice"]');
    expect(article.get('h1').text()).toBe(notice.title);
    expect(article.findAll('.notice__paragraph')).toHaveLength(2);
    const items = wrapper.findAll('[data-testid="notice-item"]').map((item) => item.text());
    expect(items[0]).toContain('区市场监督管理局李某');
    expect(items[0]).toContain('诫勉谈话');
    expect(items[1]).toContain('区税务局');
    expect(items[1]).toContain('通报批评');
  });

  it('tells the visitor a withdrawn notice is gone, in English too', async () => {
    setLocale('en');
    vi.mocked(notices.fetchPublicNotice).mockRejectedValue(new ApiError('NOT_FOUND', 'Not found'));
    const { wrapper } = await mountAt('/notices/n1');
    await flushPromises();
    expect(wrapper.get('[data-testid="notice-missing"]').text()).toContain(
      'This notice does not exist or was withdrawn',
    );
  });
});
