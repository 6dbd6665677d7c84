import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import * as conditions from '@/api/conditions';
import type { ConditionReport, ConditionReportForm } from '@/api/conditions';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';
import { pendingVisits } from './outbox';

vi.mock('@/api/account');
vi.mock('@/api/conditions');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');

const gridHead: account.Viewer = {
  ...enterpriseViewer,
  id: '7',
  displayName: '李网格',
  roles: ['GRID_HEAD'],
};

const may: ConditionReport = {
  id: 'r5',
  month: '2026-05',
  operatingStatus: 'NORMAL',
  employees: 120,
  outputValue: 850.5,
  revenue: 790.25,
  capacityUse: 82,
  orderTrend: 'UP',
  difficulties: '五月的困难',
  submittedAt: '2026-05-20T02:00:00Z',
  submittedByName: '王经理',
  revisions: 1,
  version: 1,
  cases: [],
};

function form(overrides: Partial<ConditionReportForm> = {}): ConditionReportForm {
  return {
    enterpriseId: 'e1',
    enterpriseName: '郑州惠济宏达食品有限公司',
    month: '2026-06',
    dueDate: '2026-06-25',
    report: null,
    previous: may,
    ...overrides,
  };
}

const value = (wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], testId: string) =>
  (wrapper.get(`[data-testid="${testId}"]`).element as HTMLInputElement).value;

describe('an enterprise reports its condition', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(conditions.fetchConditionReportForm).mockResolvedValue(form());
  });

  it("starts from last month's figures, without last month's difficulties, and submits this month", async () => {
    const { wrapper } = await mountAt('/condition');

    expect(conditions.fetchConditionReportForm).toHaveBeenCalledWith(null);
    expect(wrapper.get('[data-testid="condition-prefilled"]').text()).toContain('2026-05');
    expect(value(wrapper, 'condition-employees')).toBe('120');
    expect(value(wrapper, 'condition-output')).toBe('850.5');
    expect(value(wrapper, 'condition-difficulties')).toBe('');

    vi.mocked(conditions.submitConditionReport).mockResolvedValue({
      ...may,
      id: 'r6',
      month: '2026-06',
      operatingStatus: 'PARTIAL',
      difficulties: '订单减少',
    });
    await wrapper.get('[data-testid="condition-status-PARTIAL"]').trigger('click');
    await wrapper.get('[data-testid="condition-revenue"]').setValue('700');
    await wrapper.get('[data-testid="condition-difficulties"]').setValue(' 订单减少 ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(conditions.submitConditionReport).toHaveBeenCalledWith({
      enterpriseId: null,
      month: '2026-06',
      operatingStatus: 'PARTIAL',
      employees: 120,
      outputValue: 850.5,
      revenue: 700,
      capacityUse: 82,
      orderTrend: 'UP',
      difficulties: '订单减少',
      version: null,
    });
    // Once in, the difficulty can be raised as a case.
    expect(wrapper.get('[data-testid="condition-raise"]').text()).toContain('订单减少');
  });

  it('checks ranges and decimals before sending', async () => {
    const { wrapper } = await mountAt('/condition');

    await wrapper.get('[data-testid="condition-capacity"]').setValue('120');
    await wrapper.get('[data-testid="condition-output"]').setValue('12.345');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(conditions.submitConditionReport).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('产能利用率须在 0 至 100 之间');
    expect(wrapper.text()).toContain('当月产值（万元）最多保留 2 位小数');
  });

  it("updates this month's report with the version it read, and raises its difficulty as a case", async () => {
    const june = { ...may, id: 'r6', month: '2026-06', difficulties: '资金紧张', version: 3, revisions: 2 };
    vi.mocked(conditions.fetchConditionReportForm).mockResolvedValue(form({ report: june }));
    vi.mocked(conditions.raiseConditionDifficulty).mockResolvedValue({
      id: 'c1',
      trackingNo: 'GB2026000123',
    });
    const { wrapper, router } = await mountAt('/condition');

    expect(wrapper.get('[data-testid="condition-submitted"]').text()).toContain('第 2 次');
    expect(value(wrapper, 'condition-difficulties')).toBe('资金紧张');
    vi.mocked(conditions.submitConditionReport).mockResolvedValue({ ...june, version: 4 });
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(vi.mocked(conditions.submitConditionReport).mock.lastCall?.[0]).toMatchObject({ version: 3 });

    // The case page itself is the cases domain's: here it is enough that the way leads there.
    const push = vi.spyOn(router, 'push').mockResolvedValue(undefined);
    await wrapper.get('[data-testid="condition-raise-category"]').setValue('FINANCING');
    await wrapper.get('[data-testid="condition-raise-title"]').setValue('流动资金紧张');
    await wrapper.get('[data-testid="condition-raise-submit"]').trigger('click');
    await flushPromises();

    expect(conditions.raiseConditionDifficulty).toHaveBeenCalledWith('r6', {
      category: 'FINANCING',
      title: '流动资金紧张',
      contactConsent: true,
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    });
    expect(push).toHaveBeenCalledWith({ name: 'case', params: { id: 'c1' } });
  });

  it('loads the month again when someone else changed it meanwhile', async () => {
    vi.mocked(conditions.fetchConditionReportForm).mockResolvedValue(
      form({ report: { ...may, month: '2026-06' } }),
    );
    vi.mocked(conditions.submitConditionReport).mockRejectedValue(new ApiError('CONFLICT', '数据已被修改'));
    const { wrapper } = await mountAt('/condition');

    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(conditions.fetchConditionReportForm).toHaveBeenCalledTimes(2);
  });
});

const savedVisit = {
  id: 'v1',
  enterpriseId: 'e1',
  enterpriseName: '郑州惠济宏达食品有限公司',
  visitedOn: '2026-06-15',
  findings: '二号车间停线',
  reportId: 'r6',
  photos: [],
};

describe('a grid head follows the grid', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.removeItem('gridbridge.pendingVisits');
    pendingVisits.value = [];
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHead);
    vi.mocked(conditions.fetchConditionCoverage).mockResolvedValue({
      enterprises: 4,
      visited: 1,
      visits: 2,
      reported: 3,
    });
    vi.mocked(conditions.fetchGridConditionEnterprises).mockResolvedValue({
      items: [
        {
          id: 'e1',
          name: '惠济区史记烩面馆',
          address: '新城路75号',
          gridName: '新城社区第一网格',
          status: 'PARTIAL',
          latestStatus: 'PARTIAL',
          latestMonth: '2026-06',
          reported: true,
          visitedOn: '2026-06-10',
        },
        {
          id: 'e2',
          name: '惠济区百川便利店',
          address: '新城路80号',
          gridName: '新城社区第一网格',
          status: null,
          latestStatus: null,
          latestMonth: null,
          reported: false,
          visitedOn: null,
        },
      ],
      nextCursor: null,
    });
  });

  it('shows the coverage and each enterprise with its latest status, report and visit', async () => {
    const { wrapper } = await mountAt('/grid/conditions');

    expect(wrapper.get('[data-testid="coverage-visited"]').text()).toBe('已走访 1/4 家');
    expect(wrapper.get('[data-testid="coverage-reported"]').text()).toBe('已填报 3/4 家');
    const items = wrapper.findAll('[data-testid="condition-enterprise"]');
    expect(items).toHaveLength(2);
    expect(items[0]!.text()).toContain('最新：部分停产（2026-06）');
    expect(items[0]!.text()).toContain('2026-06-10 已走访');
    expect(items[1]!.text()).toContain('尚无填报');
    expect(items[1]!.text()).toContain('本月未填报');
    expect(items[1]!.get('[data-testid="condition-visit"]').attributes('href')).toBe(
      '/grid/enterprises/e2/visit',
    );

    await wrapper.get('[data-testid="condition-only-missing"]').trigger('click');
    await flushPromises();
    expect(vi.mocked(conditions.fetchGridConditionEnterprises).mock.lastCall?.[0]).toMatchObject({
      reported: false,
    });
  });

  it('records a visit with its report', async () => {
    vi.mocked(conditions.fetchConditionReportForm).mockResolvedValue(form());
    vi.mocked(conditions.recordConditionVisit).mockRejectedValueOnce(
      new ApiError('VALIDATION', '走访日期不能晚于今天', [
        { field: 'visitedOn', message: '走访日期不能晚于今天' },
      ]),
    );
    const { wrapper, router } = await mountAt('/grid/enterprises/e1/visit');

    expect(wrapper.get('[data-testid="visit-enterprise"]').text()).toBe('郑州惠济宏达食品有限公司');
    await wrapper.get('[data-testid="visit-findings"]').setValue('二号车间停线');
    await wrapper.get('[data-testid="condition-status-PARTIAL"]').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('走访日期不能晚于今天');

    vi.mocked(conditions.recordConditionVisit).mockResolvedValue(savedVisit);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const [first, second] = vi.mocked(conditions.recordConditionVisit).mock.calls.map(([input]) => input);
    expect(second!.clientKey).toBe(first!.clientKey);
    expect(second).toMatchObject({
      enterpriseId: 'e1',
      findings: '二号车间停线',
      photoIds: [],
      report: {
        enterpriseId: 'e1',
        month: '2026-06',
        operatingStatus: 'PARTIAL',
        employees: 120,
        version: null,
      },
    });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('grid-conditions'), { timeout: 5000 });
  });

  it('keeps a visit recorded without a connection on the phone, lists it, and sends it once back online', async () => {
    vi.mocked(conditions.fetchConditionReportForm).mockResolvedValue(form());
    vi.mocked(conditions.recordConditionVisit).mockRejectedValue(new ApiError('NETWORK', '无法连接服务器'));
    const { wrapper, router } = await mountAt('/grid/enterprises/e1/visit');

    await wrapper.get('[data-testid="visit-findings"]').setValue('车间无信号，离线登记');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('grid-conditions'), { timeout: 5000 });
    await flushPromises();

    const stored = JSON.parse(localStorage.getItem('gridbridge.pendingVisits') ?? '[]');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ enterpriseId: 'e1', findings: '车间无信号，离线登记', error: null });
    expect(wrapper.get('[data-testid="condition-pending"]').text()).toContain('待发送的走访（1）');

    vi.mocked(conditions.recordConditionVisit).mockResolvedValue(savedVisit);
    window.dispatchEvent(new Event('online'));
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.find('[data-testid="condition-pending"]').exists()).toBe(false));

    const keys = vi.mocked(conditions.recordConditionVisit).mock.calls.map(([input]) => input.clientKey);
    // Every send of the one visit carried its one key: the server stores it once.
    expect(new Set(keys).size).toBe(1);
    expect(localStorage.getItem('gridbridge.pendingVisits')).toBe('[]');
  });

  it("opens the visit form without a connection, for this month, with the list's enterprise name", async () => {
    vi.mocked(conditions.fetchConditionReportForm).mockRejectedValue(
      new ApiError('NETWORK', '无法连接服务器'),
    );
    // The grid list's link carries the name in the history state (the browser story follows the link).
    window.history.replaceState({ enterpriseName: '惠济区史记烩面馆' }, '');
    const { wrapper } = await mountAt('/grid/enterprises/e1/visit');
    await flushPromises();

    expect(wrapper.get('[data-testid="visit-offline"]').text()).toContain('没有网络');
    expect(wrapper.get('[data-testid="visit-enterprise"]').text()).toBe('惠济区史记烩面馆');
    expect(value(wrapper, 'condition-employees')).toBe('');
    expect(wrapper.find('form').exists()).toBe(true);
  });

  it('keeps the enterprise form closed to grid heads, and the grid pages to enterprises', async () => {
    const asGridHead = await mountAt('/condition');
    expect(asGridHead.router.currentRoute.value.name).toBe('home');

    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    const asEnterprise = await mountAt('/grid/conditions');
    expect(asEnterprise.router.currentRoute.value.name).toBe('home');
  });
});
