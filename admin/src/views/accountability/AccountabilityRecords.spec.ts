import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import AccountabilityRecords from './AccountabilityRecords.vue';
import type { AccountabilityCandidate, AccountabilityRecord } from './data';

const MARKET = { id: 'd1', name: '区市场监督管理局' };
const DEPARTMENTS = {
  data: {
    departments: [
      {
        ...MARKET,
        shortName: '市场监管局',
        kind: 'DISTRICT_BUREAU',
        contactPhone: null,
        active: true,
        version: 1,
      },
    ],
  },
};
const CASE = {
  id: 'c1',
  trackingNo: 'YH2026000123',
  title: '营业执照变更迟迟未办',
  enterpriseName: '郑州宏达食品有限公司',
};

const record = (overrides: Partial<AccountabilityRecord> = {}): AccountabilityRecord => ({
  id: 'r1',
  subjectKind: 'OFFICIAL',
  department: MARKET,
  officialName: '张三',
  officialPost: '登记注册科科长',
  type: 'ADMONITION',
  reason: '超期未签收',
  cases: [CASE],
  decidedOn: '2026-06-10',
  decidedBy: '区纪委监委',
  publishedNotices: 1,
  version: 2,
  ...overrides,
});
const candidate: AccountabilityCandidate = {
  kind: 'SIGN_OVERDUE',
  department: MARKET,
  case: CASE,
  at: '2026-06-12T15:59:59.999Z',
  count: 1,
};

const leader = viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] });
const department = viewer({ roles: ['DEPT_STAFF', 'DEPT_LEADER'] });

describe('accountability records page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the office leader the records and the candidates the detections propose', async () => {
    stubGraphQLByOperation({
      AccountabilityRecords: { data: { accountabilityRecords: { items: [record()], nextCursor: null } } },
      AccountabilityCandidates: { data: { accountabilityCandidates: [candidate] } },
      Departments: DEPARTMENTS,
    });
    const { wrapper } = await mountWithApp(AccountabilityRecords, {
      path: '/accountability',
      viewer: leader,
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="record-table"]').text()).toContain('张三'));
    const row = wrapper.find('[data-testid="record-table"] .el-table__body tr');
    expect(row.text()).toContain('区市场监督管理局登记注册科科长张三');
    expect(row.text()).toContain('诫勉谈话');
    expect(row.text()).toContain('YH2026000123');
    expect(row.text()).toContain('已通报 1 次');
    const candidates = wrapper.find('[data-testid="candidate-table"]');
    expect(candidates.text()).toContain('超期未签收（不作为）');
    expect(candidates.text()).toContain('营业执照变更迟迟未办');

    // A candidate starts a record for its department and case.
    await wrapper.find('[data-testid="candidate-record"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="record-form-cases"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="record-form-cases"]').text()).toContain('YH2026000123');
    expect((wrapper.find('[data-testid="record-form-reason"]').element as HTMLTextAreaElement).value).toBe(
      '超期未签收（不作为）：YH2026000123',
    );
  });

  it('sends exactly what the form holds and shows the server’s message on its field', async () => {
    const sent: Record<string, unknown>[] = [];
    stubGraphQLByOperation({
      AccountabilityRecords: { data: { accountabilityRecords: { items: [record()], nextCursor: null } } },
      AccountabilityCandidates: { data: { accountabilityCandidates: [] } },
      Departments: DEPARTMENTS,
      UpdateAccountabilityRecord: (variables) => {
        sent.push(variables);
        return graphQLError('VALIDATION', '输入有误：决定日期不能晚于今天', {
          fields: [{ field: 'decidedOn', message: '决定日期不能晚于今天' }],
        });
      },
    });
    const { wrapper } = await mountWithApp(AccountabilityRecords, {
      path: '/accountability',
      viewer: leader,
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="record-edit"]').exists()).toBe(true));
    await wrapper.find('[data-testid="record-edit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="record-form-reason"]').exists()).toBe(true));
    await wrapper.find('[data-testid="record-form-reason"]').setValue('  超期未签收，影响恶劣 ');
    await wrapper.find('[data-testid="record-form-submit"]').trigger('click');

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      id: 'r1',
      version: 2,
      input: {
        subjectKind: 'OFFICIAL',
        departmentId: 'd1',
        officialName: '张三',
        officialPost: '登记注册科科长',
        type: 'ADMONITION',
        reason: '超期未签收，影响恶劣',
        caseIds: ['c1'],
        decidedOn: '2026-06-10',
        decidedBy: '区纪委监委',
      },
    });
    await vi.waitFor(() =>
      expect(wrapper.find('.el-dialog .el-form-item__error').text()).toBe('决定日期不能晚于今天'),
    );
  });

  it('links another case by its tracking number, and says when there is none', async () => {
    const sent: Record<string, unknown>[] = [];
    const other = { ...CASE, id: 'c9', trackingNo: 'YH2026000999', title: '燃气报装' };
    stubGraphQLByOperation({
      AccountabilityRecords: { data: { accountabilityRecords: { items: [record()], nextCursor: null } } },
      AccountabilityCandidates: { data: { accountabilityCandidates: [] } },
      Departments: DEPARTMENTS,
      Cases: (variables) => {
        const keyword = (variables.page as { filter: { keyword: string } }).filter.keyword;
        return { data: { cases: { items: keyword === 'YH2026000999' ? [other] : [], nextCursor: null } } };
      },
      UpdateAccountabilityRecord: (variables) => {
        sent.push(variables);
        return { data: { updateAccountabilityRecord: record({ cases: [CASE, other], version: 3 }) } };
      },
    });
    const { wrapper } = await mountWithApp(AccountabilityRecords, {
      path: '/accountability',
      viewer: leader,
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="record-edit"]').exists()).toBe(true));
    await wrapper.find('[data-testid="record-edit"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="record-form-tracking-no"]').exists()).toBe(true),
    );
    await wrapper.find('[data-testid="record-form-tracking-no"]').setValue('yh2026000123x');
    await wrapper.find('[data-testid="record-form-add-case"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('.case-add__error').text()).toBe('未找到诉求 YH2026000123X'));
    await wrapper.find('[data-testid="record-form-tracking-no"]').setValue('yh2026000999');
    await wrapper.find('[data-testid="record-form-add-case"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="record-form-cases"]').text()).toContain('燃气报装'),
    );
    await wrapper.find('[data-testid="record-form-submit"]').trigger('click');
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect((sent[0].input as { caseIds: string[] }).caseIds).toEqual(['c1', 'c9']);
  });

  it('shows a department its records only, without candidates or editing', async () => {
    const fetchMock = stubGraphQLByOperation({
      AccountabilityRecords: { data: { accountabilityRecords: { items: [], nextCursor: null } } },
    });
    const { wrapper } = await mountWithApp(AccountabilityRecords, {
      path: '/accountability',
      viewer: department,
    });
    await vi.waitFor(() => expect(wrapper.find('.el-empty').text()).toContain('暂无问责记录'));
    expect(wrapper.find('[data-testid="candidate-table"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="record-create"]').exists()).toBe(false);
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).toEqual(['AccountabilityRecords']);
  });
});
