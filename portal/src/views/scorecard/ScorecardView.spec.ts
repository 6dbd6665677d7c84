import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as scorecard from '@/api/scorecard';
import type { PublicScorecard } from '@/api/scorecard';
import { setLocale } from '@/locales';
import { mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/scorecard');

const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
});
const row = (id: string, name: string, score: number, rank: number | null, previousRank: number | null) => ({
  departmentId: id,
  departmentName: name,
  current: {
    assigned: rank === null ? 2 : 9,
    signedOnTime: rate(3, 4),
    repliedOnTime: rate(2, 3),
    resolution: rate(2, 3),
    satisfaction: rate(2, 3),
    score,
    ranked: rank !== null,
    rank,
  },
  previous: { rank: previousRank },
});
const CARD: PublicScorecard = {
  from: '2026-01-01',
  to: '2026-08-31',
  rankedCount: 4,
  weights: { minSample: 5 },
  rows: [
    row('a', '区税务局', 92.5, 1, 3),
    row('b', '区市场监督管理局', 85, 2, 2),
    row('c', '区财政局', 80, 3, null),
    row('d', '区城市管理局', 51.2, 4, 1),
    row('e', '区供电公司', 100, null, null),
  ],
};

describe('public scorecard', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
    vi.mocked(scorecard.fetchPublicScorecard).mockResolvedValue(CARD);
  });

  it('shows anyone the red and black lists, each department’s rates with what they are made of, and leaves small samples unranked', async () => {
    const { wrapper } = await mountAt('/scorecard');
    await flushPromises();
    expect(wrapper.find('[data-testid="scorecard-red"]').text()).toContain('区税务局');
    expect(wrapper.find('[data-testid="scorecard-red"]').text()).not.toContain('区城市管理局');
    expect(wrapper.find('[data-testid="scorecard-black"]').text()).toMatch(/区城市管理局[\s\S]*区财政局/);
    const rows = wrapper.findAll('[data-testid="scorecard-row"]');
    expect(rows).toHaveLength(5);
    expect(rows[0].text()).toContain('75.0% (3/4)');
    expect(rows[0].text()).toContain('较上期上升 2 名');
    expect(rows[4].text()).toContain('未排名');
    // The 100-point department with two cases is not on the red list.
    expect(wrapper.find('[data-testid="scorecard-red"]').text()).not.toContain('区供电公司');
  });

  it('asks for another period', async () => {
    const { wrapper } = await mountAt('/scorecard');
    await flushPromises();
    await wrapper.find('[data-testid="scorecard-lastMonth"]').trigger('click');
    await flushPromises();
    expect(vi.mocked(scorecard.fetchPublicScorecard)).toHaveBeenCalledTimes(2);
    const [from, to] = vi.mocked(scorecard.fetchPublicScorecard).mock.calls[1];
    expect(from.endsWith('-01')).toBe(true);
    expect(to >= from).toBe(true);
  });
});
