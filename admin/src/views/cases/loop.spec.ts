import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import CaseDetailPage from './detail.vue';
import { assignment, caseDetail, casePage } from './fixtures';

vi.mock('@/api/notifications', async (original) => ({
  ...(await original<typeof import('@/api/notifications')>()),
  fetchUnreadCount: async () => 0,
  openLiveNotifications: () => () => undefined,
}));

const office = viewer({ roles: ['OFFICE_STAFF'] });
const officeLeader = viewer({ roles: ['OFFICE_LEADER'] });
const department = viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' });

const departments = {
  data: {
    departments: [
      {
        id: 'd1',
        name: '区市场监督管理局',
        shortName: '市场监管',
        kind: 'DISTRICT_BUREAU',
        contactPhone: null,
        active: true,
        version: 1,
      },
      {
        id: 'd2',
        name: '区人力资源和社会保障局',
        shortName: '人社',
        kind: 'DISTRICT_BUREAU',
        contactPhone: null,
        active: true,
        version: 1,
      },
      {
        id: 'd3',
        name: '区住房和城乡建设局',
        shortName: '住建',
        kind: 'DISTRICT_BUREAU',
        contactPhone: null,
        active: true,
        version: 1,
      },
    ],
  },
};

const dept = (id: string, name: string) => ({ id, name, shortName: name, active: true });
const suggestions = {
  data: {
    assignmentSuggestions: {
      leads: [
        {
          score: 90,
          department: dept('d1', '区市场监督管理局'),
          reasons: [
            {
              source: 'CATALOGUE_LEAD',
              matterId: 'm1',
              matterName: '食品经营许可',
              words: ['食品', '许可'],
              caseCount: 0,
            },
            { source: 'HISTORY', matterId: null, matterName: null, words: ['许可'], caseCount: 4 },
          ],
        },
        { score: 40, department: dept('d3', '区住房和城乡建设局'), reasons: [] },
      ],
      co: [
        {
          score: 50,
          department: dept('d2', '区人力资源和社会保障局'),
          reasons: [
            {
              source: 'CATALOGUE_CO',
              matterId: 'm1',
              matterName: '食品经营许可',
              words: ['食品'],
              caseCount: 0,
            },
          ],
        },
      ],
    },
  },
};

function buttons(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid^="case-action-"]').map((b) => b.attributes('data-testid')!);
}

describe('the case loop on the case page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('assigns by taking the suggestion, says why it suggests, and shows the deadlines given', async () => {
    const accepted = caseDetail({ state: 'ACCEPTED', availableActions: ['assign', 'replyDirectly'] });
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: accepted } },
      Cases: casePage([]),
      Departments: departments,
      AssignmentSuggestions: suggestions,
      AssignCase: {
        data: {
          assignCase: caseDetail({
            state: 'ASSIGNED',
            version: 4,
            leadDepartmentName: '区市场监督管理局',
            assignments: [
              assignment(),
              assignment({
                id: 'as2',
                departmentId: 'd2',
                departmentName: '区人力资源和社会保障局',
                role: 'CO',
                replyDeadline: '2026-03-06T15:59:59.999Z',
              }),
            ],
          }),
        },
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() =>
      expect(buttons(wrapper)).toEqual(['case-action-replyDirectly', 'case-action-assign']),
    );
    expect(wrapper.find('[data-testid="case-assignments"]').exists()).toBe(false);

    await wrapper.find('[data-testid="case-action-assign"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="assign-suggestion-lead"]')).toHaveLength(2));
    const first = wrapper.find('[data-testid="assign-suggestion-lead"]').text();
    expect(first).toContain('区市场监督管理局');
    expect(first).toContain('首选');
    expect(first).toContain('派单目录「食品经营许可」的主办部门');
    expect(first).toContain('近期 4 件同类诉求由其主办');
    expect(first).toContain('匹配词:食品、许可');
    expect(wrapper.find('[data-testid="assign-suggestion-co"]').text()).toContain(
      '派单目录「食品经营许可」的协办部门',
    );

    await wrapper.find('[data-testid="assign-take-suggestion"]').trigger('click');
    await wrapper.find('[data-testid="assign-note"]').setValue(' 请尽快联系企业 ');
    await wrapper.find('[data-testid="assign-submit"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="case-assignment"]')).toHaveLength(2));
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'AssignCase')?.variables).toEqual({
      id: 'c1',
      version: 3,
      input: { leadDepartmentId: 'd1', coDepartmentIds: ['d2'], note: '请尽快联系企业' },
    });
    const [lead, co] = wrapper.findAll('[data-testid="case-assignment"]');
    expect(lead.text()).toContain('主办');
    expect(lead.text()).toContain('区市场监督管理局');
    expect(lead.text()).toContain('待签收');
    expect(lead.text()).toContain('答复时限');
    expect(co.text()).toContain('协办');
    expect(co.text()).toContain('区人力资源和社会保障局');
    expect(co.text()).toContain('意见时限');
    expect(document.body.textContent).toContain('签收截止');
  });

  it('never offers the department a complaint names, not even as a suggestion', async () => {
    const complaint = caseDetail({
      kind: 'COMPLAINT',
      state: 'ACCEPTED',
      namedDepartmentId: 'd1',
      namedDepartmentName: '区市场监督管理局',
      availableActions: ['assign'],
    });
    stubGraphQLByOperation({
      Case: { data: { case: complaint } },
      Cases: casePage([]),
      Departments: departments,
      AssignmentSuggestions: suggestions,
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() => expect(buttons(wrapper)).toEqual(['case-action-assign']));
    await wrapper.find('[data-testid="case-action-assign"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="assign-suggestion-lead"]')).toHaveLength(1));
    expect(wrapper.find('[data-testid="assign-suggestion-lead"]').attributes('data-department')).toBe('d3');
    expect(wrapper.find('[data-testid="assign-excluded"]').text()).toContain('区市场监督管理局');
    await wrapper.find('[data-testid="assign-lead"]').trigger('click');
    await vi.waitFor(() =>
      expect(document.body.querySelectorAll('.el-select-dropdown__item').length).toBeGreaterThan(0),
    );
    const offered = [...document.body.querySelectorAll('.el-select-dropdown__item')].map(
      (item) => item.textContent,
    );
    expect(offered).not.toContain('区市场监督管理局');
    expect(offered).toContain('区住房和城乡建设局');
  });

  it('lets the lead department sign, then draft a reply that its leader will see', async () => {
    let current = caseDetail({
      state: 'ASSIGNED',
      leadDepartmentName: '区市场监督管理局',
      availableActions: ['sign', 'requestReturn'],
      assignments: [assignment()],
      contact: { name: '李经理', phone: '138****1234', masked: true },
    });
    const fetchMock = stubGraphQLByOperation({
      Case: () => ({ data: { case: current } }),
      Cases: casePage([]),
      Departments: departments,
      SignCase: () => {
        current = caseDetail({
          ...current,
          state: 'IN_PROGRESS',
          version: 4,
          availableActions: ['contact', 'recordProgress', 'draftReply', 'requestExtension', 'requestReturn'],
          assignments: [assignment({ state: 'IN_PROGRESS', signedAt: '2026-03-03T03:00:00Z', version: 2 })],
        });
        return { data: { signCase: current } };
      },
      DraftCaseReply: () => {
        current = caseDetail({
          ...current,
          version: 5,
          availableActions: ['recordProgress'],
          assignments: [
            assignment({
              state: 'REPLY_DRAFTED',
              draftResult: 'RESOLVED',
              draftText: '已为企业办理用电报装。',
              version: 3,
            }),
          ],
        });
        return { data: { draftCaseReply: current } };
      },
      RevealCaseContact: {
        data: { revealCaseContact: { name: '李经理', phone: '13800001234', masked: false } },
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: department });
    await vi.waitFor(() =>
      expect(buttons(wrapper)).toEqual(['case-action-sign', 'case-action-requestReturn']),
    );

    expect(wrapper.find('[data-testid="case-contact-phone"]').text()).toBe('138****1234');
    await wrapper.find('[data-testid="case-contact-reveal"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-contact-phone"]').text()).toBe('13800001234'),
    );
    expect(wrapper.find('[data-testid="case-contact-reveal"]').exists()).toBe(false);

    await wrapper.find('[data-testid="case-action-sign"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="loop-dialog"]').attributes('data-action')).toBe('sign'),
    );
    await wrapper.find('[data-testid="loop-submit"]').trigger('click');
    await vi.waitFor(() => expect(buttons(wrapper)).toContain('case-action-draftReply'));
    expect(wrapper.find('[data-testid="assignment-state"]').text()).toBe('办理中');

    await wrapper.find('[data-testid="case-action-draftReply"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="loop-dialog"]').attributes('data-action')).toBe('draftReply'),
    );
    // Nothing chosen: the form says what is missing and sends nothing.
    await wrapper.find('[data-testid="loop-submit"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="loop-dialog"]').text()).toContain('答复内容不能为空'),
    );
    expect(graphQLCalls(fetchMock).some((call) => call.operation === 'DraftCaseReply')).toBe(false);
  });

  it('lets the office leader decide an extension with a reason, showing the request', async () => {
    const waiting = caseDetail({
      state: 'IN_PROGRESS',
      leadDepartmentName: '区市场监督管理局',
      availableActions: ['approveExtension', 'denyExtension'],
      assignments: [
        assignment({
          state: 'IN_PROGRESS',
          paused: true,
          pendingRequest: 'EXTENSION',
          requestReason: '需现场勘查,等待供电公司排期',
          requestDays: 5,
        }),
      ],
    });
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: waiting } },
      Cases: casePage([]),
      Departments: departments,
      DecideCaseExtension: {
        data: {
          decideCaseExtension: caseDetail({
            ...waiting,
            version: 4,
            availableActions: [],
            assignments: [
              assignment({
                state: 'IN_PROGRESS',
                replyDeadline: '2026-03-17T15:59:59.999Z',
                originalReplyDeadline: '2026-03-10T15:59:59.999Z',
              }),
            ],
          }),
        },
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: officeLeader });
    await vi.waitFor(() =>
      expect(buttons(wrapper)).toEqual(['case-action-approveExtension', 'case-action-denyExtension']),
    );
    expect(wrapper.find('[data-testid="assignment-request"]').text()).toContain('需现场勘查');
    expect(wrapper.find('[data-testid="case-assignment"]').text()).toContain('计时暂停');

    await wrapper.find('[data-testid="case-action-approveExtension"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="loop-request"]').text()).toContain('延长 5 个工作日'),
    );
    await wrapper.find('[data-testid="loop-reason"]').setValue('情况属实');
    await wrapper.find('[data-testid="loop-submit"]').trigger('click');

    await vi.waitFor(() => expect(buttons(wrapper)).toEqual([]));
    expect(
      graphQLCalls(fetchMock).find((call) => call.operation === 'DecideCaseExtension')?.variables,
    ).toEqual({
      id: 'c1',
      version: 3,
      approve: true,
      reason: '情况属实',
    });
    expect(wrapper.find('[data-testid="assignment-deadline"]').text()).toContain('原时限');
  });

  it('shows the office the approved draft to review, and sends it back with a reason', async () => {
    const review = caseDetail({
      state: 'REPLY_REVIEW',
      leadDepartmentName: '区市场监督管理局',
      availableActions: ['approveReply', 'sendBack'],
      assignments: [
        assignment({
          state: 'REPLY_SUBMITTED',
          draftResult: 'RESOLVED',
          draftText: '已为企业办理用电报装。',
          draftInternalNote: '供电公司已确认',
        }),
        assignment({
          id: 'as2',
          departmentId: 'd2',
          departmentName: '区人力资源和社会保障局',
          role: 'CO',
          state: 'OPINION_GIVEN',
          opinion: '社保方面无异议',
        }),
      ],
    });
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: review } },
      Cases: casePage([]),
      Departments: departments,
      SendCaseBack: {
        data: {
          sendCaseBack: caseDetail({
            ...review,
            state: 'IN_PROGRESS',
            version: 4,
            availableActions: [],
            assignments: [assignment({ state: 'IN_PROGRESS', sentBackAt: '2026-03-05T02:00:00Z' })],
          }),
        },
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() =>
      expect(buttons(wrapper)).toEqual(['case-action-approveReply', 'case-action-sendBack']),
    );
    expect(wrapper.find('[data-testid="assignment-opinion"]').text()).toBe('社保方面无异议');

    await wrapper.find('[data-testid="case-action-sendBack"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="loop-draft"]').text()).toContain('已为企业办理用电报装。'),
    );
    expect(wrapper.find('[data-testid="loop-draft"]').text()).toContain('已解决');
    await wrapper.find('[data-testid="loop-reason"]').setValue(' 请补充办理时间 ');
    await wrapper.find('[data-testid="loop-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-assignment"]').text()).toContain('已退回重办'),
    );
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'SendCaseBack')?.variables).toEqual({
      id: 'c1',
      version: 3,
      reason: '请补充办理时间',
    });
  });
});
