import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as cases from '@/api/cases';
import { ApiError } from '@/api/client';
import * as notifications from '@/api/notifications';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';
import { caseDetail, gridHeadViewer } from './fixtures';

vi.mock('@/api/account');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');
vi.mock('@/api/notifications');

const NEEDS_INFO = caseDetail({
  state: 'NEEDS_INFO',
  officeNote: '请补充近三个月的停电记录和供电合同。',
  promisedBy: null,
  timeline: [
    ...caseDetail().timeline,
    {
      id: 'ev2',
      action: 'requestInfo',
      toState: 'NEEDS_INFO',
      occurredAt: '2026-11-20T06:30:00Z',
      publicNote: '请补充近三个月的停电记录和供电合同。',
      actorRole: 'OFFICE_STAFF',
      actorName: null,
      attachments: [],
    },
  ],
});

const REPLIED = caseDetail({
  state: 'REPLIED',
  version: 7,
  promisedBy: '2026-12-01T15:59:59.999Z',
  acceptedAt: '2026-11-20T03:00:00Z',
  repliedAt: '2026-11-23T08:00:00Z',
  replyResult: 'RESOLVED',
  replyText: '已为贵司办理临时用电增容，并安排线路检修。',
  leadDepartmentName: '区供电公司',
  assignments: [
    { id: 'a1', departmentId: 'd1', departmentName: '区供电公司', role: 'LEAD' },
    { id: 'a2', departmentId: 'd2', departmentName: '区发展和改革委员会', role: 'CO' },
  ],
});

const PUSHED = {
  id: 'n1',
  event: 'CASE_REPLIED',
  title: '',
  body: '',
  createdAt: '',
  read: false,
} as const;

let live: notifications.LiveNotificationHandlers | undefined;

describe('the case page', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    live = undefined;
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(notifications.fetchUnreadCount).mockResolvedValue(0);
    vi.mocked(notifications.openLiveNotifications).mockImplementation((handlers) => {
      live = handlers;
      return () => undefined;
    });
  });

  it('shows the office’s request with the supplement form, and the public timeline', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(NEEDS_INFO);
    const { wrapper } = await mountAt('/cases/c1');

    expect(cases.fetchMyCase).toHaveBeenCalledWith('c1');
    expect(wrapper.get('h1').text()).toBe('厂区供电不稳定');
    expect(wrapper.get('[data-testid="case-state"]').text()).toBe('待补充');
    expect(wrapper.get('[data-testid="case-promised-row"]').text()).toContain('等待补充材料期间暂停计时');
    expect(wrapper.get('[data-testid="case-query-code"]').text()).toBe('K7MPQ2XA');
    expect(wrapper.get('[data-testid="case-office-request"]').text()).toContain('请补充近三个月的停电记录');
    expect(wrapper.find('[data-testid="supplement-form"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="case-withdraw"]').exists()).toBe(true);

    const steps = wrapper.findAll('[data-testid="timeline-step"]');
    expect(steps).toHaveLength(2);
    // Newest first, in Beijing time, with the role that acted and what the enterprise was told.
    expect(steps[0]!.text()).toContain('要求补充材料');
    expect(steps[0]!.text()).toContain('待补充');
    expect(steps[0]!.text()).toContain('14:30');
    expect(steps[0]!.text()).toContain('优化办工作人员');
    expect(steps[1]!.text()).toContain('提交诉求');
  });

  it('shows its summary first, the rest a task later, and the shell’s footer and bell then, not below the loading state', async () => {
    let answer: (found: cases.CaseDetail) => void = () => undefined;
    vi.mocked(cases.fetchMyCase).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const { wrapper, router } = await mountAt('/cases/c1');

    expect(wrapper.find('[role="status"].page-state--loading').exists()).toBe(true);
    // The case would push it down as it shows: a layout shift.
    expect(wrapper.find('.app-shell-footer').exists()).toBe(false);

    answer(NEEDS_INFO);
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('厂区供电不稳定');
    expect(wrapper.find('[data-testid="case-timeline"]').exists()).toBe(false);
    expect(wrapper.find('.app-shell-footer').exists()).toBe(false);
    // Nor the header's bell: its code and count wait for the page's.
    expect(wrapper.find('[data-testid="notification-bell"]').exists()).toBe(false);

    // The next step waits for a frame and then a task (layouts/render-steps.ts).
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-timeline"]').exists()).toBe(true));
    await flushPromises();
    expect(wrapper.find('.app-shell-footer').exists()).toBe(true);
    await vi.waitFor(() => expect(wrapper.find('[data-testid="notification-bell"]').exists()).toBe(true));

    // Once shown it stays, whatever loads later.
    vi.mocked(cases.fetchMyCases).mockReturnValue(new Promise(() => undefined));
    await router.push('/cases');
    await flushPromises();
    expect(wrapper.find('[role="status"].page-state--loading').exists()).toBe(true);
    expect(wrapper.find('.app-shell-footer').exists()).toBe(true);
  });

  it('sends the supplement with the version it was shown, then reads the case again', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(NEEDS_INFO);
    vi.mocked(cases.supplementCase).mockResolvedValue(undefined);
    const { wrapper } = await mountAt('/cases/c1');

    await wrapper.get('[data-testid="supplement-content"]').setValue('停电记录见附件。');
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail({ state: 'SUBMITTED', version: 4 }));
    await wrapper.get('[data-testid="supplement-form"]').trigger('submit');
    await flushPromises();

    expect(cases.supplementCase).toHaveBeenCalledWith('c1', 3, {
      content: '停电记录见附件。',
      attachmentIds: [],
    });
    expect(cases.fetchMyCase).toHaveBeenCalledTimes(2);
    expect(wrapper.get('[data-testid="case-state"]').text()).toBe('待受理');
    expect(wrapper.find('[data-testid="supplement-form"]').exists()).toBe(false);
  });

  it('offers no supplement or withdrawal once the case is replied to, and shows the reply', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(
      caseDetail({
        state: 'CLOSED',
        promisedBy: null,
        replyResult: 'RESOLVED',
        replyText: '已协调供电公司更换变压器。',
        repliedAt: '2026-11-22T08:00:00Z',
      }),
    );
    const { wrapper } = await mountAt('/cases/c1');

    expect(wrapper.get('[data-testid="case-reply"]').text()).toContain('已解决');
    expect(wrapper.get('[data-testid="case-reply"]').text()).toContain('已协调供电公司更换变压器。');
    expect(wrapper.find('[data-testid="case-withdraw"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="supplement-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="case-promised-row"]').exists()).toBe(false);
  });

  it('shows the date promised for the next step, in Beijing time, with no warning colour', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail());
    const { wrapper } = await mountAt('/cases/c1');

    const row = wrapper.get('[data-testid="case-promised-row"]');
    expect(row.text()).toContain('下一步承诺时间');
    expect(row.text()).toContain('2026');
    expect(row.text()).toContain('23:59');
    expect(row.find('.is-overdue').exists()).toBe(false);
    expect(wrapper.text()).not.toMatch(/黄牌|红牌|预警/);
  });

  it('withdraws with an optional reason after confirming', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail());
    vi.mocked(cases.withdrawCase).mockResolvedValue(undefined);
    const { wrapper } = await mountAt('/cases/c1');

    await wrapper.get('[data-testid="case-withdraw"]').trigger('click');
    expect(cases.withdrawCase).not.toHaveBeenCalled();
    await wrapper.get('[data-testid="withdraw-reason"]').setValue(' 问题已自行解决 ');
    vi.mocked(cases.fetchMyCase).mockResolvedValue(
      caseDetail({ state: 'WITHDRAWN', version: 4, promisedBy: null }),
    );
    await wrapper.get('#withdraw-form').trigger('submit');
    await flushPromises();

    expect(cases.withdrawCase).toHaveBeenCalledWith('c1', 3, '问题已自行解决');
    expect(wrapper.get('[data-testid="case-state"]').text()).toBe('已撤回');
    expect(wrapper.find('[data-testid="case-withdraw"]').exists()).toBe(false);
  });

  it('says the case moved on when an action meets a conflict, and reloads it on request', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail());
    vi.mocked(cases.withdrawCase).mockRejectedValue(
      new ApiError('CONFLICT', '数据已被他人修改，请刷新后重试'),
    );
    const { wrapper } = await mountAt('/cases/c1');

    await wrapper.get('[data-testid="case-withdraw"]').trigger('click');
    await wrapper.get('#withdraw-form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="case-conflict"]').text()).toContain('请刷新后再操作');
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail({ state: 'ACCEPTED', version: 4 }));
    await wrapper.get('[data-testid="case-reload"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-testid="case-conflict"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="case-state"]').text()).toBe('已受理');
  });

  it('updates live when a notification about this case arrives, not for another case', async () => {
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail());
    const { wrapper } = await mountAt('/cases/c1');
    expect(live).toBeDefined();
    const pushed = {
      id: 'n1',
      event: 'CASE_ACCEPTED',
      title: '',
      body: '',
      createdAt: '',
      read: false,
    } as const;

    live!.added({ ...pushed, caseId: 'other' });
    await flushPromises();
    expect(cases.fetchMyCase).toHaveBeenCalledTimes(1);

    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail({ state: 'ACCEPTED', version: 4 }));
    live!.added({ ...pushed, caseId: 'c1' });
    await flushPromises();

    expect(cases.fetchMyCase).toHaveBeenCalledTimes(2);
    expect(wrapper.get('[data-testid="case-state"]').text()).toBe('已受理');
  });

  it('draws its buttons from the actions the server allows, not from the viewer’s roles', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHeadViewer);
    vi.mocked(cases.fetchMyCase).mockResolvedValue(NEEDS_INFO);
    const { wrapper } = await mountAt('/cases/c1');

    expect(wrapper.find('[data-testid="supplement-form"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="case-withdraw"]').exists()).toBe(true);

    // A grid head reads the reply of a case it reported, but only the enterprise evaluates it.
    vi.mocked(cases.fetchMyCase).mockResolvedValue({ ...REPLIED, availableActions: [] });
    live!.added({ ...PUSHED, caseId: 'c1' });
    await flushPromises();
    expect(wrapper.get('[data-testid="case-reply"]').text()).toContain('已为贵司办理临时用电增容');
    expect(wrapper.find('[data-testid="evaluation-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="case-withdraw"]').exists()).toBe(false);
  });

  describe('a replied case', () => {
    it('shows who handles it, the reply and its result, and asks for an evaluation', async () => {
      vi.mocked(cases.fetchMyCase).mockResolvedValue(REPLIED);
      const { wrapper } = await mountAt('/cases/c1');

      expect(wrapper.get('[data-testid="case-lead-department"]').text()).toBe('区供电公司');
      expect(wrapper.get('[data-testid="case-co-departments"]').text()).toBe('区发展和改革委员会');
      expect(wrapper.get('[data-testid="case-handling"]').text()).toContain('主办部门');
      expect(wrapper.get('[data-testid="case-handling"]').text()).toContain('协办部门');
      expect(wrapper.get('[data-testid="case-reply"]').text()).toContain('已解决');
      expect(wrapper.get('[data-testid="case-reply"]').text()).toContain('已为贵司办理临时用电增容');
      const form = wrapper.get('[data-testid="evaluation-form"]');
      expect(form.findAll('input[name="solved"]').map((input) => input.attributes('value'))).toEqual([
        'SOLVED',
        'PARTLY_SOLVED',
        'NOT_SOLVED',
      ]);
      expect(form.text()).toContain('部分解决');
      expect(form.text()).toContain('基本满意');
      expect(form.text()).toContain('不满意');
      expect(wrapper.find('[data-testid="case-evaluation"]').exists()).toBe(false);
    });

    it('asks for both answers before sending anything', async () => {
      vi.mocked(cases.fetchMyCase).mockResolvedValue(REPLIED);
      const { wrapper } = await mountAt('/cases/c1');

      await wrapper.get('[data-testid="evaluation-solved-SOLVED"]').setValue(true);
      await wrapper.get('[data-testid="evaluation-form"]').trigger('submit');
      await flushPromises();

      expect(cases.evaluateCase).not.toHaveBeenCalled();
      const alerts = wrapper.findAll('[data-testid="evaluation-form"] [role="alert"]');
      expect(alerts.map((alert) => alert.text())).toEqual(['请选择满意度']);
    });

    it('closes the case when the enterprise is satisfied, and then shows the evaluation', async () => {
      vi.mocked(cases.fetchMyCase).mockResolvedValue(REPLIED);
      vi.mocked(cases.evaluateCase).mockResolvedValue(undefined);
      const { wrapper } = await mountAt('/cases/c1');

      await wrapper.get('[data-testid="evaluation-solved-SOLVED"]').setValue(true);
      await wrapper.get('[data-testid="evaluation-satisfaction-SATISFIED"]').setValue(true);
      expect(wrapper.find('[data-testid="evaluation-dispute-hint"]').exists()).toBe(false);
      vi.mocked(cases.fetchMyCase).mockResolvedValue(
        caseDetail({
          ...REPLIED,
          state: 'CLOSED',
          version: 8,
          availableActions: [],
          evaluatedAt: '2026-11-24T03:00:00Z',
          evaluationSolved: 'SOLVED',
          evaluationSatisfaction: 'SATISFIED',
        }),
      );
      await wrapper.get('[data-testid="evaluation-form"]').trigger('submit');
      await flushPromises();

      expect(cases.evaluateCase).toHaveBeenCalledWith('c1', 7, {
        solved: 'SOLVED',
        satisfaction: 'SATISFIED',
        comment: null,
      });
      expect(wrapper.get('[data-testid="case-state"]').text()).toBe('已办结');
      expect(wrapper.find('[data-testid="evaluation-form"]').exists()).toBe(false);
      const evaluation = wrapper.get('[data-testid="case-evaluation"]');
      expect(evaluation.text()).toContain('已解决');
      expect(evaluation.text()).toContain('满意');
      expect(evaluation.text()).toContain('11:00');
    });

    it('sends 不满意 with its reason to the office as a dispute, in English too', async () => {
      setLocale('en');
      vi.mocked(cases.fetchMyCase).mockResolvedValue(REPLIED);
      vi.mocked(cases.evaluateCase).mockResolvedValue(undefined);
      const { wrapper } = await mountAt('/cases/c1');

      await wrapper.get('[data-testid="evaluation-solved-NOT_SOLVED"]').setValue(true);
      await wrapper.get('[data-testid="evaluation-satisfaction-DISSATISFIED"]').setValue(true);
      expect(wrapper.get('[data-testid="evaluation-dispute-hint"]').text()).toContain('the office reviews');
      await wrapper.get('[data-testid="evaluation-comment"]').setValue('  增容只批了一半，仍不够生产用电。 ');
      vi.mocked(cases.fetchMyCase).mockResolvedValue(
        caseDetail({
          ...REPLIED,
          state: 'DISPUTED',
          version: 8,
          availableActions: [],
          evaluatedAt: '2026-11-24T03:00:00Z',
          evaluationSolved: 'NOT_SOLVED',
          evaluationSatisfaction: 'DISSATISFIED',
          evaluationComment: '增容只批了一半，仍不够生产用电。',
        }),
      );
      await wrapper.get('[data-testid="evaluation-form"]').trigger('submit');
      await flushPromises();

      expect(cases.evaluateCase).toHaveBeenCalledWith('c1', 7, {
        solved: 'NOT_SOLVED',
        satisfaction: 'DISSATISFIED',
        comment: '增容只批了一半，仍不够生产用电。',
      });
      const evaluation = wrapper.get('[data-testid="case-evaluation"]');
      expect(evaluation.text()).toContain('Dissatisfied');
      expect(evaluation.text()).toContain('Not solved');
      expect(evaluation.text()).toContain('增容只批了一半');
      expect(evaluation.text()).toContain('the office will review');
    });

    it('says the case moved on when the evaluation meets a conflict', async () => {
      vi.mocked(cases.fetchMyCase).mockResolvedValue(REPLIED);
      vi.mocked(cases.evaluateCase).mockRejectedValue(
        new ApiError('INVALID_TRANSITION', '诉求当前状态不允许此操作'),
      );
      const { wrapper } = await mountAt('/cases/c1');

      await wrapper.get('[data-testid="evaluation-solved-PARTLY_SOLVED"]').setValue(true);
      await wrapper.get('[data-testid="evaluation-satisfaction-BASICALLY_SATISFIED"]').setValue(true);
      await wrapper.get('[data-testid="evaluation-form"]').trigger('submit');
      await flushPromises();

      expect(wrapper.get('[data-testid="case-conflict"]').text()).toContain('请刷新后再操作');
    });
  });

  it('says when the case cannot be found', async () => {
    vi.mocked(cases.fetchMyCase).mockRejectedValue(new ApiError('NOT_FOUND', '未找到该记录'));
    const { wrapper } = await mountAt('/cases/nope');

    expect(wrapper.get('[role="alert"]').text()).toContain('未找到该记录');
  });
});
