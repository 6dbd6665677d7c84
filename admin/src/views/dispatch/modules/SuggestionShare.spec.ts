import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import SuggestionShare from './SuggestionShare.vue';

const SHARE = (assignments: number, suggested: number, tookFirst: number, share: number | null) => ({
  data: { assignmentSuggestionShare: { assignments, suggested, tookFirst, share } },
});

describe('share of first suggestions taken', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the share with its numerator and denominator, and asks again for a longer period', async () => {
    const fetchMock = stubGraphQLByOperation({ SuggestionShare: SHARE(40, 32, 24, 0.75) });
    const { wrapper } = await mountWithApp(SuggestionShare, { viewer: viewer({ roles: ['OFFICE_STAFF'] }) });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="suggestion-share-figure"]').text()).toContain('75%'),
    );
    const figure = wrapper.find('[data-testid="suggestion-share-figure"]').text();
    expect(figure).toContain('交办 40 件');
    expect(figure).toContain('24 件采用首选主办部门');
    const [first] = graphQLCalls(fetchMock);
    const { from, to } = first.variables as { from: string; to: string };
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(30 * 24 * 60 * 60 * 1000);

    await wrapper.findAll('.el-radio-button')[1].trigger('click');
    await vi.waitFor(() => expect(graphQLCalls(fetchMock)).toHaveLength(2));
    const { from: from90, to: to90 } = graphQLCalls(fetchMock)[1].variables as { from: string; to: string };
    expect(new Date(to90).getTime() - new Date(from90).getTime()).toBe(90 * 24 * 60 * 60 * 1000);
  });

  it('says so when nothing was assigned in the period', async () => {
    stubGraphQLByOperation({ SuggestionShare: SHARE(0, 0, 0, null) });
    const { wrapper } = await mountWithApp(SuggestionShare, { viewer: viewer({ roles: ['OFFICE_STAFF'] }) });
    await vi.waitFor(() => expect(wrapper.text()).toContain('期间内没有交办'));
    expect(wrapper.find('[data-testid="suggestion-share-figure"]').exists()).toBe(false);
  });
});
