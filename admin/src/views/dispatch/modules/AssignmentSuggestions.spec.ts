import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enableAutoUnmount } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import AssignmentSuggestions from './AssignmentSuggestions.vue';

const dept = (id: string, name: string) => ({ id, name, shortName: name });
const ANSWER = {
  data: {
    assignmentSuggestions: {
      leads: [
        {
          department: dept('d1', '区供电公司'),
          score: 11,
          reasons: [
            {
              source: 'CATALOGUE_LEAD',
              matterId: 'm1',
              matterName: '用电报装与供电保障',
              words: ['停电', '增容'],
              caseCount: 0,
            },
            { source: 'HISTORY', matterId: null, matterName: null, words: ['停电', '冷库'], caseCount: 3 },
          ],
        },
        {
          department: dept('d2', '区住房和城乡建设局'),
          score: 1,
          reasons: [{ source: 'HISTORY', matterId: null, matterName: null, words: ['园区'], caseCount: 1 }],
        },
      ],
      co: [
        {
          department: dept('d3', '区发展和改革委员会'),
          score: 4,
          reasons: [
            {
              source: 'CATALOGUE_CO',
              matterId: 'm1',
              matterName: '用电报装与供电保障',
              words: ['停电', '增容'],
              caseCount: 0,
            },
          ],
        },
      ],
    },
  },
};
const office = viewer({ roles: ['OFFICE_STAFF'] });

enableAutoUnmount(afterEach);

describe('assignment suggestions', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the suggested lead and co-departments with why, and hands them over when taken', async () => {
    const fetchMock = stubGraphQLByOperation({ AssignmentSuggestions: ANSWER });
    const { wrapper } = await mountWithApp(AssignmentSuggestions, {
      viewer: office,
      props: { caseId: 'c1' },
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="suggestions-lead"]').exists()).toBe(true));

    expect(graphQLCalls(fetchMock)).toEqual([
      { operation: 'AssignmentSuggestions', variables: { caseId: 'c1' } },
    ]);
    const lead = wrapper.find('[data-testid="suggestions-lead"]');
    expect(lead.find('.suggestions__name').text()).toBe('区供电公司');
    expect(lead.findAll('li').map((li) => li.text())).toEqual([
      '派单目录「用电报装与供电保障」的主办部门(匹配:停电、增容)',
      '以往 3 件同类相似诉求由其主办(相同词语:停电、冷库)',
    ]);
    const co = wrapper.find('[data-testid="suggestions-co"]');
    expect(co.text()).toContain('区发展和改革委员会');
    expect(co.text()).toContain('派单目录「用电报装与供电保障」的协办部门(匹配:停电、增容)');
    expect(wrapper.find('[data-testid="suggestions-others"]').text()).toContain('区住房和城乡建设局');

    await wrapper.find('[data-testid="suggestions-take"]').trigger('click');
    expect(wrapper.emitted('pick')).toEqual([[{ lead: 'd1', co: ['d3'] }]]);
  });

  it('says when nothing can be suggested, and offers nothing to take', async () => {
    stubGraphQLByOperation({
      AssignmentSuggestions: { data: { assignmentSuggestions: { leads: [], co: [] } } },
    });
    const { wrapper } = await mountWithApp(AssignmentSuggestions, {
      viewer: office,
      props: { caseId: 'c2' },
    });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="suggestions-none"]').text()).toBe(
        '派单目录和以往诉求都没有可推荐的部门,请人工选择。',
      ),
    );
    expect(wrapper.find('[data-testid="suggestions-take"]').exists()).toBe(false);
  });
});
