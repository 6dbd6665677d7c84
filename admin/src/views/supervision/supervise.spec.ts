import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import CaseDetailPage from '@/views/cases/detail.vue';
import { caseDetail, casePage } from '@/views/cases/fixtures';
import type { CaseSupervision } from './data';

// The case page's 督办, 催办 and acknowledgement (docs/supervision.md), with the server stubbed.
vi.mock('@/api/notifications', async (original) => ({
  ...(await original<typeof import('@/api/notifications')>()),
  fetchUnreadCount: async () => 0,
  openLiveNotifications: () => () => undefined,
}));

const office = viewer({ roles: ['OFFICE_STAFF'] });
const department = viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' });

const assigned = caseDetail({ id: 'c1', state: 'ASSIGNED', availableActions: ['supervise', 'urge'] });

const supervision = (overrides: Partial<CaseSupervision> = {}): CaseSupervision => ({
  id: 's1',
  caseId: 'c1',
  trackingNo: assigned.trackingNo,
  caseTitle: assigned.title,
  departmentId: 'd1',
  departmentName: '区市场监督管理局',
  level: 'KEY',
  note: '请三日内办结并报告',
  dueDate: '2026-03-05T15:59:59.999Z',
  issuedAt: '2026-03-02T02:00:00.000Z',
  issuedByName: '张专员',
  acknowledgedAt: null,
  acknowledgedByName: null,
  acknowledgeNote: null,
  ...overrides,
});

function buttons(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid^="case-action-"]').map((b) => b.attributes('data-testid')!);
}

describe('督办 and 催办 on the case page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lets the office supervise with a level, instructions and a date, and shows the notice', async () => {
    const after = caseDetail({ ...assigned, version: assigned.version + 1 });
    let supervisions: CaseSupervision[] = [];
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: assigned } },
      Cases: casePage([assigned]),
      CaseSupervisions: () => ({ data: { caseSupervisions: supervisions } }),
      SuperviseCase: () => {
        supervisions = [supervision()];
        return { data: { superviseCase: after } };
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() => expect(buttons(wrapper)).toEqual(['case-action-supervise', 'case-action-urge']));
    expect(wrapper.find('[data-testid="case-supervisions"]').exists()).toBe(false);

    await wrapper.find('[data-testid="case-action-supervise"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="supervision-note"]').exists()).toBe(true));
    // Instructions and a date are required.
    await wrapper.find('[data-testid="supervision-submit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('.el-dialog').text()).toContain('督办要求不能为空'));
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('SuperviseCase');

    await wrapper.find('[data-testid="supervision-level"] input[value="LISTED"]').setValue(true);
    await wrapper.find('[data-testid="supervision-note"]').setValue('  请三日内办结并报告 ');
    const picker = wrapper.findComponent({ name: 'ElDatePicker' });
    picker.vm.$emit('update:modelValue', '2026-03-05');
    await wrapper.find('[data-testid="supervision-submit"]').trigger('click');
    await vi.waitFor(() =>
      expect(graphQLCalls(fetchMock).find((call) => call.operation === 'SuperviseCase')?.variables).toEqual({
        id: 'c1',
        version: assigned.version,
        input: { level: 'LISTED', note: '请三日内办结并报告', dueDate: '2026-03-05T23:59:59.999+08:00' },
      }),
    );
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-supervisions"]').exists()).toBe(true));
    const panel = wrapper.find('[data-testid="case-supervision"]');
    expect(panel.attributes('data-acknowledged')).toBe('no');
    expect(panel.text()).toContain('重点督办');
    expect(panel.text()).toContain('待部门签收');
  });

  it('names the refused field when the server refuses the date', async () => {
    stubGraphQLByOperation({
      Case: { data: { case: assigned } },
      Cases: casePage([assigned]),
      CaseSupervisions: { data: { caseSupervisions: [] } },
      SuperviseCase: graphQLError('VALIDATION', '输入有误', {
        fields: [{ field: 'dueDate', message: '督办时限须晚于当前时间' }],
      }),
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() => expect(buttons(wrapper)).toContain('case-action-supervise'));
    await wrapper.find('[data-testid="case-action-supervise"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="supervision-note"]').exists()).toBe(true));
    await wrapper.find('[data-testid="supervision-note"]').setValue('请办理');
    wrapper.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-03-01');
    await wrapper.find('[data-testid="supervision-submit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('.el-dialog').text()).toContain('督办时限须晚于当前时间'));
  });

  it('offers the department the acknowledgement only while a 督办 waits for it', async () => {
    const forDepartment = caseDetail({ ...assigned, availableActions: ['sign', 'acknowledgeSupervision'] });
    const acknowledged = caseDetail({ ...forDepartment, version: forDepartment.version + 1 });
    let supervisions = [supervision()];
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: forDepartment } },
      Cases: casePage([forDepartment]),
      CaseSupervisions: () => ({ data: { caseSupervisions: supervisions } }),
      AcknowledgeSupervision: () => {
        supervisions = [
          supervision({
            acknowledgedAt: '2026-03-02T03:00:00.000Z',
            acknowledgedByName: '刘科员',
            acknowledgeNote: '马上办理',
          }),
        ];
        return { data: { acknowledgeSupervision: { ...acknowledged, availableActions: ['sign'] } } };
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: department });
    await vi.waitFor(() =>
      expect(buttons(wrapper)).toEqual(['case-action-sign', 'case-action-acknowledgeSupervision']),
    );
    await wrapper.find('[data-testid="case-action-acknowledgeSupervision"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="supervision-note"]').exists()).toBe(true));
    await wrapper.find('[data-testid="supervision-note"]').setValue('马上办理');
    await wrapper.find('[data-testid="supervision-submit"]').trigger('click');
    await vi.waitFor(() =>
      expect(
        graphQLCalls(fetchMock).find((call) => call.operation === 'AcknowledgeSupervision')?.variables,
      ).toEqual({ id: 'c1', version: forDepartment.version, note: '马上办理' }),
    );
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-supervision"]').attributes('data-acknowledged')).toBe('yes'),
    );
    expect(wrapper.find('[data-testid="case-supervision"]').text()).toContain('刘科员');
    expect(buttons(wrapper)).toEqual(['case-action-sign']);
  });

  it('hides the acknowledgement from a department with nothing to acknowledge', async () => {
    const forDepartment = caseDetail({ ...assigned, availableActions: ['sign', 'acknowledgeSupervision'] });
    stubGraphQLByOperation({
      Case: { data: { case: forDepartment } },
      Cases: casePage([forDepartment]),
      CaseSupervisions: {
        data: { caseSupervisions: [supervision({ acknowledgedAt: '2026-03-02T03:00:00.000Z' })] },
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: department });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-supervisions"]').exists()).toBe(true));
    expect(buttons(wrapper)).toEqual(['case-action-sign']);
  });
});
