import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import Rectifications from './Rectifications.vue';
import { rectification } from './fixtures';

describe('rectification suggestions page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows a department its overdue suggestion in red and sends its report', async () => {
    let reported: Record<string, unknown> | null = null;
    stubGraphQLByOperation({
      Rectifications: { data: { rectifications: { items: [rectification()], nextCursor: null } } },
      ReportRectification: (variables) => {
        reported = variables;
        return {
          data: { reportRectification: rectification({ state: 'REPORTED', warning: null, version: 2 }) },
        };
      },
    });
    const { wrapper } = await mountWithApp(Rectifications, {
      path: '/rectifications',
      viewer: viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' }),
    });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="rectification-warning"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="rectification-warning"]').text()).toBe('已逾期');
    expect(wrapper.find('.el-tag--danger').text()).toBe('已逾期');
    expect(wrapper.find('[data-testid="rectification-accept"]').exists()).toBe(false);

    await wrapper.find('[data-testid="rectification-report"]').trigger('click');
    await vi.waitFor(() =>
      expect(document.body.querySelector('textarea[data-testid="rectification-form-report"]')).not.toBeNull(),
    );
    for (const [testid, value] of [
      ['rectification-form-report', '已补齐价签'],
      ['rectification-form-evidence', '现场照片三张'],
    ]) {
      const area = document.body.querySelector(`textarea[data-testid="${testid}"]`) as HTMLTextAreaElement;
      area.value = value;
      area.dispatchEvent(new Event('input'));
    }
    (document.body.querySelector('[data-testid="rectification-form-submit"]') as HTMLElement).click();
    await vi.waitFor(() =>
      expect(reported).toEqual({
        id: 's1',
        version: 1,
        input: { report: '已补齐价签', evidence: '现场照片三张' },
      }),
    );
  });

  it('lets the office accept a reported rectification', async () => {
    const fetchMock = stubGraphQLByOperation({
      Rectifications: {
        data: {
          rectifications: {
            items: [
              rectification({
                state: 'REPORTED',
                warning: null,
                report: '已补齐',
                evidence: '照片',
                version: 3,
              }),
            ],
            nextCursor: null,
          },
        },
      },
      AcceptRectification: {
        data: { acceptRectification: rectification({ state: 'ACCEPTED', warning: null, version: 4 }) },
      },
    });
    const { wrapper } = await mountWithApp(Rectifications, {
      path: '/rectifications',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="rectification-accept"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="rectification-table"]').text()).toContain('区市场监督管理局');
    expect(wrapper.find('[data-testid="rectification-report"]').exists()).toBe(false);
    await wrapper.find('[data-testid="rectification-accept"]').trigger('click');
    await vi.waitFor(() =>
      expect(
        graphQLCalls(fetchMock).find((call) => call.operation === 'AcceptRectification')?.variables,
      ).toEqual({
        id: 's1',
        version: 3,
      }),
    );
  });

  it('opens on what the viewer acts on and pages on by the cursor, keeping the state asked for', async () => {
    const fetchMock = stubGraphQLByOperation({
      Rectifications: (variables) => ({
        data: {
          rectifications: variables.after
            ? { items: [rectification({ id: 's2', suggestion: '第二页的建议' })], nextCursor: null }
            : { items: [rectification()], nextCursor: 'page-2' },
        },
      }),
    });
    const { wrapper } = await mountWithApp(Rectifications, {
      path: '/rectifications',
      viewer: viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' }),
    });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="rectification-load-more"]').exists()).toBe(true),
    );
    expect(wrapper.find('[data-testid="rectification-count"]').text()).toBe('已加载 1 条');
    await wrapper.find('[data-testid="rectification-load-more"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="rectification-table"]').text()).toContain('第二页的建议'),
    );
    expect(wrapper.find('[data-testid="rectification-table"]').text()).toContain('三日内补齐价签');
    expect(wrapper.find('[data-testid="rectification-count"]').text()).toBe('已显示全部 2 条记录');
    expect(wrapper.find('[data-testid="rectification-load-more"]').exists()).toBe(false);
    // A department starts on the suggestions it has to rectify; the next page keeps that filter.
    expect(graphQLCalls(fetchMock).map((call) => call.variables)).toEqual([
      { state: 'ISSUED', first: 20, after: null },
      { state: 'ISSUED', first: 20, after: 'page-2' },
    ]);
  });

  it('starts the office on the reports to verify, or on the state a link asks for', async () => {
    const fetchMock = stubGraphQLByOperation({
      Rectifications: { data: { rectifications: { items: [], nextCursor: null } } },
    });
    const { wrapper } = await mountWithApp(Rectifications, {
      path: '/rectifications',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(graphQLCalls(fetchMock)).toHaveLength(1));
    expect(graphQLCalls(fetchMock)[0].variables).toMatchObject({ state: 'REPORTED' });
    await vi.waitFor(() => expect(wrapper.find('.el-empty').exists()).toBe(true));
    expect(wrapper.find('[data-testid="rectification-count"]').exists()).toBe(false);
    wrapper.unmount();

    const linked = stubGraphQLByOperation({
      Rectifications: { data: { rectifications: { items: [], nextCursor: null } } },
    });
    await mountWithApp(Rectifications, {
      path: '/rectifications?state=ALL',
      viewer: viewer({ roles: ['OFFICE_STAFF'] }),
    });
    await vi.waitFor(() => expect(graphQLCalls(linked)).toHaveLength(1));
    expect(graphQLCalls(linked)[0].variables).toMatchObject({ state: null });
  });
});
