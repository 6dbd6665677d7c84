import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import PublicNotices from './PublicNotices.vue';

const item = {
  type: 'ADMONITION',
  subjectKind: 'OFFICIAL',
  departmentName: '区市场监督管理局',
  officialName: '李某',
  officialPost: '审批股股长',
  decidedOn: '2026-06-12',
};
const notice = (id: string, withdrawnAt: string | null) => ({
  id,
  title: `通报 ${id}`,
  body: '正文',
  publishedAt: '2026-06-15T02:00:00.000Z',
  withdrawnAt,
  withdrawReason: withdrawnAt ? '内容有误' : null,
  recordIds: ['r1'],
  version: 1,
  redaction: { names: true, posts: false, enterprises: true },
  items: [item],
});
const RECORD = {
  id: 'r1',
  subjectKind: 'OFFICIAL',
  department: { id: 'd1', name: '区市场监督管理局' },
  officialName: '李四',
  officialPost: '审批股股长',
  type: 'ADMONITION',
  reason: '超期未签收',
  cases: [],
  decidedOn: '2026-06-12',
  decidedBy: '区纪委监委',
  publishedNotices: 0,
  version: 1,
};

describe('public notices page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lists published and withdrawn notices; only a published one can be withdrawn', async () => {
    stubGraphQLByOperation({
      AdminPublicNotices: {
        data: {
          adminPublicNotices: {
            items: [notice('n2', null), notice('n1', '2026-06-16T02:00:00Z')],
            nextCursor: null,
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(PublicNotices, {
      path: '/public-notices',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="notice-table"]').text()).toContain('通报 n2'));
    const rows = wrapper.findAll('[data-testid="notice-table"] .el-table__body tr');
    expect(rows[0].text()).toContain('已发布');
    expect(rows[0].find('[data-testid="notice-withdraw"]').exists()).toBe(true);
    expect(rows[1].text()).toContain('已撤回');
    expect(rows[1].text()).toContain('内容有误');
    expect(rows[1].find('[data-testid="notice-withdraw"]').exists()).toBe(false);
  });

  it('drafts from a record, previews the redaction, and publishes what the leader chose', async () => {
    const published: Record<string, unknown>[] = [];
    stubGraphQLByOperation({
      AdminPublicNotices: { data: { adminPublicNotices: { items: [], nextCursor: null } } },
      AccountabilityRecords: { data: { accountabilityRecords: { items: [RECORD], nextCursor: null } } },
      PublicNoticeDraft: (variables) => {
        const input = variables.input as { title: string; body: string };
        return {
          data: {
            publicNoticeDraft: {
              title: input.title || '关于对区市场监督管理局审批股股长李某问责情况的通报',
              body: (input.body || '一、李四超期未签收。').replace('李四', '李某'),
              items: [item],
            },
          },
        };
      },
      PublishPublicNotice: (variables) => {
        published.push(variables);
        return { data: { publishPublicNotice: { id: 'n3', title: '通报' } } };
      },
    });
    const { wrapper } = await mountWithApp(PublicNotices, {
      path: '/public-notices',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });
    await vi.waitFor(() => expect(wrapper.find('.el-empty').text()).toContain('暂无通报'));
    await wrapper.find('[data-testid="notice-create"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="notice-records"]').exists()).toBe(true));
    await flushPromises();
    // Pick the record from the dropdown (rendered in the document body).
    await wrapper.find('[data-testid="notice-records"] .el-select__wrapper').trigger('click');
    await vi.waitFor(() => expect(document.querySelector('.el-select-dropdown__item')).not.toBeNull());
    (document.querySelector('.el-select-dropdown__item') as HTMLElement).click();
    await flushPromises();
    await wrapper.find('[data-testid="notice-draft"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="notice-preview"]').text()).toContain('一、李某超期未签收。'),
    );
    expect((wrapper.find('[data-testid="notice-title"]').element as HTMLInputElement).value).toBe(
      '关于对区市场监督管理局审批股股长李某问责情况的通报',
    );
    const posts = wrapper.find('[data-testid="notice-redact-posts"]');
    await (posts.element.tagName === 'INPUT' ? posts : posts.find('input')).setValue(true);
    await wrapper.find('[data-testid="notice-publish"]').trigger('click');
    await vi.waitFor(() => expect(published).toHaveLength(1));
    expect(published[0]).toEqual({
      input: {
        recordIds: ['r1'],
        title: '关于对区市场监督管理局审批股股长李某问责情况的通报',
        body: '一、李某超期未签收。',
        redaction: { names: true, posts: true, enterprises: true },
      },
    });
  });
});
