import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import { openBoardChanges, type BoardChangeHandlers } from '@/api/supervision';
import Board from './board.vue';
import { boardFilter, emptyFilters, reasonLabel, type DepartmentCount, type SupervisionItem } from './data';

/** The board's live feed, held by the test: it pushes events through the page's handlers. */
const feed: { handlers: BoardChangeHandlers | null; closed: boolean } = { handlers: null, closed: false };
vi.mock('@/api/supervision', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/supervision')>()),
  openBoardChanges: vi.fn((handlers: BoardChangeHandlers) => {
    feed.handlers = handlers;
    feed.closed = false;
    return () => {
      feed.closed = true;
    };
  }),
}));

const item = (overrides: Partial<SupervisionItem> = {}): SupervisionItem => ({
  id: 'i1',
  kind: 'INACTION',
  step: 'SIGN',
  colour: 'RED',
  reason: null,
  deadline: '2026-02-24T15:59:59.999Z',
  raisedAt: '2026-02-24T16:00:00.000Z',
  overdueWorkingDays: 2,
  caseId: 'case-1',
  trackingNo: 'YH2026000123',
  caseTitle: '厂区用电增容迟迟未办理',
  caseState: 'ASSIGNED',
  suggestionId: null,
  suggestion: null,
  departmentId: 'd1',
  departmentName: '区市场监督管理局',
  gridId: 'g1',
  gridName: '惠济一网格',
  ...overrides,
});

const count = (overrides: Partial<DepartmentCount> = {}): DepartmentCount => ({
  departmentId: 'd1',
  departmentName: '区市场监督管理局',
  total: 3,
  red: 2,
  yellow: 1,
  inaction: 1,
  slowAction: 1,
  wrongAction: 0,
  complaint: 0,
  ...overrides,
});

const office = viewer({ roles: ['OFFICE_STAFF'] });

function answers(items: SupervisionItem[], counts: DepartmentCount[], nextCursor: string | null = null) {
  return {
    SupervisionBoard: { data: { supervisionBoard: { items, nextCursor } } },
    SupervisionCounts: { data: { supervisionCounts: counts } },
    Departments: {
      data: {
        departments: [
          { id: 'd1', name: '区市场监督管理局', shortName: '市场监管', active: true, version: 1 },
        ],
      },
    },
    GridOptions: { data: { grids: [] } },
  };
}

describe('supervision board 督查台', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));
  afterEach(() => vi.clearAllMocks());

  it('lists warnings with their colour and a link to the case, and the counts per department', async () => {
    const fetchMock = stubGraphQLByOperation(
      answers(
        [
          item(),
          item({
            id: 'i2',
            kind: 'WARNING',
            step: 'ACCEPT',
            colour: 'YELLOW',
            overdueWorkingDays: 0,
            departmentId: null,
            departmentName: null,
            caseId: 'case-2',
            trackingNo: 'YH2026000124',
          }),
          item({
            id: 'i3',
            kind: 'WRONG_ACTION',
            step: null,
            colour: null,
            reason: 'SENT_BACK_TWICE',
            deadline: null,
            overdueWorkingDays: null,
            caseId: 'case-3',
            trackingNo: 'YH2026000125',
          }),
        ],
        [
          count(),
          count({
            departmentId: null,
            departmentName: null,
            total: 1,
            red: 0,
            yellow: 1,
            inaction: 0,
            slowAction: 0,
          }),
        ],
      ),
    );
    const { wrapper } = await mountWithApp(Board, { path: '/supervision', viewer: office });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="supervision-table"]').text()).toContain('YH2026000123'),
    );
    const table = wrapper.find('[data-testid="supervision-table"]').text();
    expect(table).toContain('不作为');
    expect(table).toContain('2 个工作日');
    expect(table).toContain('今日到期');
    expect(table).toContain('答复两次被退回重办');
    // Deadlines in Shanghai business time, whatever the computer's time zone.
    expect(table).toContain('2026/02/24 23:59');
    expect(table).toContain('优化办(受理、审核)');
    const colours = wrapper
      .findAll('[data-testid="supervision-colour"]')
      .map((tag) => [tag.attributes('data-colour'), tag.text()]);
    expect(colours).toEqual([
      ['RED', '红牌'],
      ['YELLOW', '黄牌'],
    ]);
    const link = wrapper.find('[data-testid="supervision-case-link"]');
    expect(link.attributes('href')).toBe('/cases/case-1');

    const counts = wrapper.find('[data-testid="supervision-counts"]').text();
    expect(counts).toContain('区市场监督管理局');
    expect(wrapper.find('[data-testid="supervision-count-office"]').text()).toBe('优化办(受理、审核)');

    const operations = graphQLCalls(fetchMock).map((call) => call.operation);
    expect(operations).toEqual(expect.arrayContaining(['SupervisionBoard', 'SupervisionCounts']));
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'SupervisionBoard')!.variables).toEqual({
      filter: { departmentId: null, gridId: null, kind: null, colour: null, from: null, to: null },
      first: 50,
      after: null,
    });
  });

  it('filters by colour at once, and says so when nothing matches', async () => {
    const fetchMock = stubGraphQLByOperation(answers([], []));
    const { wrapper } = await mountWithApp(Board, { path: '/supervision', viewer: office });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="supervision-table"]').text()).toContain('暂无预警或监察记录'),
    );

    const red = wrapper
      .findAll('[data-testid="supervision-filter-colour"] input')
      .find((input) => input.attributes('value') === 'RED')!;
    await red.setValue(true);
    await vi.waitFor(() =>
      expect(
        graphQLCalls(fetchMock)
          .filter((call) => call.operation === 'SupervisionBoard')
          .at(-1)!.variables.filter,
      ).toMatchObject({ colour: 'RED' }),
    );
    expect(
      graphQLCalls(fetchMock)
        .filter((call) => call.operation === 'SupervisionCounts')
        .at(-1)!.variables,
    ).toEqual({
      filter: { departmentId: null, gridId: null, kind: null, colour: 'RED', from: null, to: null },
    });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="supervision-table"]').text()).toContain('没有符合条件的记录'),
    );
  });

  it('shows the server’s refusal above the table', async () => {
    stubGraphQLByOperation({
      ...answers([], []),
      SupervisionBoard: graphQLError('FORBIDDEN', '您没有权限执行此操作'),
    });
    const { wrapper } = await mountWithApp(Board, { path: '/supervision', viewer: office });
    await vi.waitFor(() => expect(wrapper.find('.page-alert').text()).toContain('您没有权限执行此操作'));
  });

  it('reads the list and the counts again when the server announces new items, and stops listening when closed', async () => {
    const fetchMock = stubGraphQLByOperation(answers([item()], [count()]));
    const { wrapper } = await mountWithApp(Board, { path: '/supervision', viewer: office });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="supervision-table"]').text()).toContain('YH2026000123'),
    );
    expect(openBoardChanges).toHaveBeenCalledTimes(1);
    const calls = (operation: string) =>
      graphQLCalls(fetchMock).filter((call) => call.operation === operation).length;
    const before = [calls('SupervisionBoard'), calls('SupervisionCounts')];

    stubGraphQLByOperation(answers([item(), item({ id: 'i9', trackingNo: 'YH2026000999' })], [count()]));
    feed.handlers!.next({ supervisionBoardChanged: { raised: 1 } });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="supervision-table"]').text()).toContain('YH2026000999'),
    );
    expect(before).toEqual([1, 1]);

    wrapper.unmount();
    expect(feed.closed).toBe(true);
  });

  it('keeps the pages loaded with "load more" through a live reload', async () => {
    const second = item({ id: 'i2', trackingNo: 'YH2026000222' });
    let firstPage = [item()];
    const fetchMock = stubGraphQLByOperation({
      ...answers([], [count()]),
      SupervisionBoard: (variables) => ({
        data: {
          supervisionBoard: variables.after
            ? { items: [second], nextCursor: null }
            : { items: firstPage, nextCursor: 'cursor-1' },
        },
      }),
    });
    const { wrapper } = await mountWithApp(Board, { path: '/supervision', viewer: office });
    const table = () => wrapper.find('[data-testid="supervision-table"]').text();
    await vi.waitFor(() => expect(table()).toContain('YH2026000123'));
    await wrapper.find('[data-testid="supervision-load-more"]').trigger('click');
    await vi.waitFor(() => expect(table()).toContain('YH2026000222'));

    firstPage = [item({ id: 'i9', trackingNo: 'YH2026000999' })];
    feed.handlers!.next({ supervisionBoardChanged: { raised: 1 } });
    await vi.waitFor(() => expect(table()).toContain('YH2026000999'));
    expect(table()).toContain('YH2026000222');
    const boardReads = graphQLCalls(fetchMock).filter((call) => call.operation === 'SupervisionBoard');
    expect(boardReads.map((call) => call.variables.after ?? null)).toEqual([
      null,
      'cursor-1',
      null,
      'cursor-1',
    ]);
    wrapper.unmount();
  });
});

describe('board filters', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('turns a period of Shanghai dates into the instants the API takes', () => {
    expect(
      boardFilter({
        ...emptyFilters(),
        departmentId: 'd1',
        kind: 'SLOW_ACTION',
        period: ['2026-02-01', '2026-02-28'],
      }),
    ).toEqual({
      departmentId: 'd1',
      gridId: null,
      kind: 'SLOW_ACTION',
      colour: null,
      from: '2026-02-01T00:00:00+08:00',
      to: '2026-03-01T00:00:00+08:00',
    });
  });

  it('names reasons and misconduct types', () => {
    expect(reasonLabel('REOPENED')).toBe('不满意后重新办理');
    expect(reasonLabel('INACTION')).toBe('不作为');
    expect(reasonLabel(null)).toBe('');
  });
});
