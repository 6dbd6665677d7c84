import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import Inbox from './inbox.vue';
import { caseDetail, casePage, caseRow } from './fixtures';

const office = viewer({ roles: ['OFFICE_STAFF'] });

const fresh = caseRow({
  id: 'fresh',
  trackingNo: 'YH2026000103',
  title: '新提交的融资问题',
  category: 'FINANCING',
  submittedAt: '2026-03-03T02:00:00Z',
  deadline: { dueAt: '2026-03-04T15:59:59.999Z', state: 'NONE', workingDays: 2 },
});
const overdue = caseRow({
  id: 'overdue',
  trackingNo: 'YH2026000101',
  title: '厂区用电报装迟迟未办理',
  submittedAt: '2026-02-26T02:00:00Z',
  deadline: { dueAt: '2026-02-27T15:59:59.999Z', state: 'RED', workingDays: 2 },
});
const yellow = caseRow({
  id: 'yellow',
  trackingNo: 'YH2026000102',
  title: '咨询稳岗补贴申报条件',
  kind: 'CONSULTATION',
  submittedAt: '2026-03-02T02:00:00Z',
  deadline: { dueAt: '2026-03-03T15:59:59.999Z', state: 'YELLOW', workingDays: 1 },
});

function rowTexts(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid="inbox-table"] .el-table__body tr').map((tr) => tr.text());
}

/** The row's actions: its button, then those of its "more" menu (Element Plus renders menus in a popper). */
async function rowActions(wrapper: VueWrapper, trackingNo: string): Promise<string[]> {
  const first = `[data-tracking-no="${trackingNo}"][data-testid^="case-action-"]`;
  await vi.waitFor(() => expect(wrapper.find(first).exists()).toBe(true));
  const more = wrapper.find(`[data-testid="case-actions-more"][data-tracking-no="${trackingNo}"]`);
  if (more.exists()) {
    await more.trigger('click');
    await flushPromises();
  }
  const inMenu = [...document.querySelectorAll<HTMLElement>(`li[data-tracking-no="${trackingNo}"]`)];
  return [wrapper.find(first).attributes('data-testid')!, ...inMenu.map((item) => item.dataset.testid!)];
}

async function openAction(wrapper: VueWrapper, action: string, trackingNo: string) {
  const selector = `[data-testid="case-action-${action}"][data-tracking-no="${trackingNo}"]`;
  const actions = await rowActions(wrapper, trackingNo);
  expect(actions).toContain(`case-action-${action}`);
  if (wrapper.find(selector).exists()) await wrapper.find(selector).trigger('click');
  else document.querySelector<HTMLElement>(selector)!.click();
  await vi.waitFor(() => expect(wrapper.find('[data-testid="triage-submit"]').exists()).toBe(true));
}

function mutationCall(fetchMock: ReturnType<typeof stubGraphQLByOperation>, operation: string) {
  return graphQLCalls(fetchMock).find((call) => call.operation === operation);
}

describe('office inbox 待受理', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lists submitted cases oldest deadline first, with the time left to accept', async () => {
    // The server answers nearest deadline first (sort: DEADLINE).
    const fetchMock = stubGraphQLByOperation({
      Cases: casePage([overdue, yellow, fresh], null, { totalCount: 3, totalCountCapped: false }),
    });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });

    await vi.waitFor(() => expect(rowTexts(wrapper)).toHaveLength(3));
    const rows = rowTexts(wrapper);
    expect(rows[0]).toContain('YH2026000101');
    expect(rows[0]).toContain('超期 2 个工作日');
    expect(rows[1]).toContain('今日到期');
    expect(rows[2]).toContain('剩 2 个工作日');
    expect(wrapper.find('[data-testid="inbox-summary"]').text()).toContain('红牌 1 件');
    expect(graphQLCalls(fetchMock)[0]).toEqual({
      operation: 'Cases',
      variables: {
        page: { filter: { state: 'SUBMITTED' }, sort: 'DEADLINE', first: 100, after: null },
        withTotal: true,
      },
    });
    expect(wrapper.find('[data-testid="inbox-summary"]').text()).toContain('共 3 件');
    // The refusal comes last; a direct reply is only offered for the consultation.
    expect(await rowActions(wrapper, 'YH2026000101')).toEqual([
      'case-action-accept',
      'case-action-requestInfo',
      'case-action-markDuplicate',
      'case-action-reject',
    ]);
    expect(await rowActions(wrapper, 'YH2026000102')).toEqual([
      'case-action-accept',
      'case-action-requestInfo',
      'case-action-markDuplicate',
      'case-action-replyDirectly',
      'case-action-reject',
    ]);
  });

  it('reads the whole queue page by page, in the server’s order', async () => {
    const fetchMock = stubGraphQLByOperation({
      Cases: (variables) =>
        (variables.page as { after: string | null }).after === null
          ? casePage([overdue], 'next')
          : casePage([fresh]),
    });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });

    await vi.waitFor(() => expect(rowTexts(wrapper)).toHaveLength(2));
    expect(rowTexts(wrapper)[0]).toContain('YH2026000101');
    expect(graphQLCalls(fetchMock).map((call) => (call.variables.page as { after: unknown }).after)).toEqual([
      null,
      'next',
    ]);
  });

  it('accepts with the category the submitter chose preset, and drops the row', async () => {
    let queue = [fresh, overdue];
    const fetchMock = stubGraphQLByOperation({
      Cases: () => casePage(queue),
      AcceptCase: () => {
        queue = [overdue];
        return {
          data: { acceptCase: caseDetail({ ...fresh, state: 'ACCEPTED', deadline: null, version: 4 }) },
        };
      },
    });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });
    await openAction(wrapper, 'accept', 'YH2026000103');

    expect(wrapper.find('[data-testid="triage-subject"]').text()).toContain('新提交的融资问题');
    expect(wrapper.find('[data-testid="triage-category"]').text()).toContain('融资信贷');
    await wrapper.find('[data-testid="triage-note"]').setValue(' 已电话核实 ');
    await wrapper.find('[data-testid="triage-submit"]').trigger('click');

    await vi.waitFor(() => expect(mutationCall(fetchMock, 'AcceptCase')).toBeDefined());
    expect(mutationCall(fetchMock, 'AcceptCase')?.variables).toEqual({
      id: 'fresh',
      version: 3,
      input: { category: 'FINANCING', priority: 'NORMAL', complexity: 'SIMPLE', note: '已电话核实' },
    });
    await vi.waitFor(() => expect(rowTexts(wrapper)).toHaveLength(1));
    expect(rowTexts(wrapper)[0]).toContain('YH2026000101');
  });

  it('will not reject without a reason the enterprise can read', async () => {
    const fetchMock = stubGraphQLByOperation({ Cases: casePage([overdue]) });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });
    await openAction(wrapper, 'reject', 'YH2026000101');

    await wrapper.find('[data-testid="triage-submit"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="triage-dialog"] .el-form-item__error').text()).toBe(
        '不予受理原因不能为空',
      ),
    );
    expect(mutationCall(fetchMock, 'RejectCase')).toBeUndefined();
  });

  it('says clearly when someone else acted first, reloads the case and offers nothing stale', async () => {
    const fetchMock = stubGraphQLByOperation({
      Cases: casePage([overdue]),
      RejectCase: graphQLError('CONFLICT', '数据已被他人修改,请刷新后重试'),
      Case: { data: { case: caseDetail({ ...overdue, state: 'ACCEPTED', deadline: null, version: 4 }) } },
    });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });
    await openAction(wrapper, 'reject', 'YH2026000101');

    await wrapper.find('[data-testid="triage-note"]').setValue('不属于受理范围');
    await wrapper.find('[data-testid="triage-submit"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.find('[data-testid="triage-error"]').exists()).toBe(true));
    const alert = wrapper.find('[data-testid="triage-error"]').text();
    expect(alert).toContain('数据已被他人修改');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="triage-error"]').text()).toContain('已受理'));
    expect(mutationCall(fetchMock, 'Case')?.variables).toEqual({ id: 'overdue' });
    // Accepted meanwhile: it left the inbox, and the dialog can no longer reject it.
    await vi.waitFor(() => expect(rowTexts(wrapper).join()).not.toContain('YH2026000101'));
    expect(wrapper.find('[data-testid="triage-submit"]').attributes('disabled')).toBeDefined();
  });

  it('puts the server’s refusal of a field beside that field', async () => {
    stubGraphQLByOperation({
      Cases: casePage([overdue]),
      MarkCaseDuplicate: graphQLError('VALIDATION', '输入有误', {
        fields: [{ field: 'originalTrackingNo', message: '原诉求受理编号不存在' }],
      }),
    });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });
    await openAction(wrapper, 'markDuplicate', 'YH2026000101');

    await wrapper.find('[data-testid="triage-original"]').setValue('YH2025009999');
    await wrapper.find('[data-testid="triage-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="triage-dialog"] .el-form-item__error').text()).toBe(
        '原诉求受理编号不存在',
      ),
    );
    expect(wrapper.find('[data-testid="triage-error"]').exists()).toBe(false);
  });

  it('shows the cases waiting on the enterprise, clock paused, with no triage buttons', async () => {
    const waiting = caseRow({
      id: 'w',
      trackingNo: 'YH2026000099',
      state: 'NEEDS_INFO',
      officeNote: '请补充供电部门的受理回执',
      deadline: { dueAt: '2026-03-03T15:59:59.999Z', state: 'PAUSED', workingDays: 1 },
    });
    const fetchMock = stubGraphQLByOperation({
      Cases: (variables) =>
        casePage(
          (variables.page as { filter: { state: string } }).filter.state === 'NEEDS_INFO' ? [waiting] : [],
        ),
    });
    const { wrapper } = await mountWithApp(Inbox, { path: '/inbox', viewer: office });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="inbox-table"]').text()).toContain('没有待受理的诉求'),
    );

    await wrapper.find('[data-testid="inbox-queue-NEEDS_INFO"] input').setValue(true);

    await vi.waitFor(() => expect(rowTexts(wrapper)).toHaveLength(1));
    expect(rowTexts(wrapper)[0]).toContain('计时暂停');
    expect(rowTexts(wrapper)[0]).toContain('请补充供电部门的受理回执');
    expect(wrapper.find('[data-testid^="case-action-"]').exists()).toBe(false);
    expect(graphQLCalls(fetchMock).at(-1)?.variables).toEqual({
      page: { filter: { state: 'NEEDS_INFO' }, sort: 'DEADLINE', first: 100, after: null },
      withTotal: true,
    });
  });
});
