import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import CaseList from './list.vue';
import { casePage, caseRow } from './fixtures';

const office = viewer({ roles: ['OFFICE_STAFF'] });
const department = viewer({ roles: ['DEPT_LEADER'] });

const grids = { data: { grids: [] } };
const departments = { data: { departments: [] } };

function pages(fetchMock: ReturnType<typeof stubGraphQLByOperation>) {
  return graphQLCalls(fetchMock)
    .filter((call) => call.operation === 'Cases')
    .map((call) => call.variables.page);
}

// The date-range picker makes these pages slow to mount in happy-dom.
describe('all cases 诉求查询', { timeout: 40_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('searches with the filters in the URL and loads the next page with the cursor', async () => {
    const fetchMock = stubGraphQLByOperation({
      Grids: grids,
      Departments: departments,
      Cases: (variables) =>
        (variables.page as { after: string | null }).after
          ? casePage([caseRow({ id: 'c2', trackingNo: 'YH2026000002', title: '第二页的诉求' })])
          : casePage([caseRow()], 'cursor-1', { totalCount: 2, totalCountCapped: false }),
    });
    const { wrapper } = await mountWithApp(CaseList, {
      path: '/cases?q=用电&state=SUBMITTED&deadline=RED&from=2026-03-01&to=2026-03-31',
      viewer: office,
    });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-table"]').text()).toContain('厂区用电报装'),
    );
    expect(pages(fetchMock)[0]).toEqual({
      filter: {
        keyword: '用电',
        state: 'SUBMITTED',
        deadline: 'RED',
        from: '2026-02-28T16:00:00.000Z',
        to: '2026-03-31T16:00:00.000Z',
      },
      first: 20,
      after: null,
    });
    expect((wrapper.find('input[data-testid="case-keyword"]').element as HTMLInputElement).value).toBe(
      '用电',
    );
    // The first page asks for the total; the footer shows it until everything is loaded.
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'Cases')?.variables.withTotal).toBe(
      true,
    );
    expect(wrapper.get('[data-testid="case-count"]').text()).toBe('已加载 1 件,共 2 件');

    await wrapper.find('[data-testid="case-load-more"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-table"]').text()).toContain('第二页的诉求'),
    );
    expect(pages(fetchMock)[1]).toMatchObject({ after: 'cursor-1', filter: { keyword: '用电' } });
    expect(graphQLCalls(fetchMock).filter((call) => call.operation === 'Cases')[1].variables.withTotal).toBe(
      false,
    );
    expect(wrapper.find('[data-testid="case-load-more"]').exists()).toBe(false);
  });

  it('says when nothing matches', async () => {
    stubGraphQLByOperation({ Grids: grids, Departments: departments, Cases: casePage([]) });
    const { wrapper } = await mountWithApp(CaseList, { path: '/cases?kind=COMPLAINT', viewer: office });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-table"]').text()).toContain('没有符合条件的诉求'),
    );
  });

  it('exports the filtered list in the background and downloads it when ready', async () => {
    const queued = {
      id: 'x1',
      kind: 'CASES',
      status: 'QUEUED',
      fileName: '诉求-2026-06-15.xlsx',
      rows: null,
      createdAt: '2026-06-15T02:00:00.000Z',
      finishedAt: null,
      error: null,
      downloadUrl: null,
    };
    const ready = {
      ...queued,
      status: 'READY',
      rows: 12,
      finishedAt: '2026-06-15T02:00:03.000Z',
      downloadUrl: '/graphql/admin/exports/x1',
    };
    let polls = 0;
    const fetchMock = stubGraphQLByOperation({
      Grids: grids,
      Departments: departments,
      Cases: casePage([caseRow()]),
      RequestCaseExport: { data: { requestCaseExport: queued } },
      MyExports: () => ({
        data: { myExports: [(polls += 1) < 2 ? { ...queued, status: 'RUNNING' } : ready] },
      }),
    });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const { wrapper } = await mountWithApp(CaseList, { path: '/cases?channel=PHONE', viewer: office });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-export"]').exists()).toBe(true));

    expect(wrapper.find('[data-testid="case-export"]').text()).toBe('导出筛选结果');
    await wrapper.find('[data-testid="case-export"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-export-progress"]').text()).toContain('导出已排队'),
    );
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'RequestCaseExport')?.variables).toEqual(
      {
        filter: { channel: 'PHONE' },
      },
    );
    await vi.waitFor(
      () => expect(wrapper.find('[data-testid="case-export-progress"]').text()).toContain('正在生成'),
      { timeout: 5000 },
    );
    await vi.waitFor(() => expect(clicks).toHaveLength(1), { timeout: 5000 });
    expect(clicks[0].getAttribute('href')).toBe('/graphql/admin/exports/x1');
    expect(clicks[0].download).toBe('诉求-2026-06-15.xlsx');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-export-progress"]').exists()).toBe(false));
    expect(document.body.textContent).toContain('已导出 12 条');
  });

  it('says so when an export is already running, and follows that one', async () => {
    const running = {
      id: 'x2',
      kind: 'CASES',
      status: 'RUNNING',
      fileName: '诉求-2026-06-15.xlsx',
      rows: null,
      createdAt: '2026-06-15T02:00:00.000Z',
      finishedAt: null,
      error: null,
      downloadUrl: null,
    };
    stubGraphQLByOperation({
      Grids: grids,
      Departments: departments,
      Cases: casePage([caseRow()]),
      RequestCaseExport: graphQLError('EXPORT_RUNNING', '您已有一个导出正在进行，请等它完成后再导出'),
      MyExports: { data: { myExports: [running] } },
    });
    const { wrapper } = await mountWithApp(CaseList, { path: '/cases', viewer: office });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-export"]').exists()).toBe(true));
    await wrapper.find('[data-testid="case-export"]').trigger('click');

    await vi.waitFor(() => expect(document.body.textContent).toContain('您已有一个导出正在进行'));
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-export-progress"]').text()).toContain('正在生成'),
    );
  });

  it('shows a department neither the export nor the lead-department filter', async () => {
    const fetchMock = stubGraphQLByOperation({ Grids: grids, Cases: casePage([caseRow()]) });
    const { wrapper } = await mountWithApp(CaseList, { path: '/cases', viewer: department });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-table"]').text()).toContain('厂区用电报装'),
    );
    expect(wrapper.find('[data-testid="case-export"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="case-filter-department"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="case-enter"]').exists()).toBe(false);
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('Departments');
  });
});
