import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import type { LiveNotificationHandlers } from '@/api/notifications';
import { useNotificationsStore } from '@/stores/notifications';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import CaseDetailPage from './detail.vue';
import { caseDetail, casePage, caseRow } from './fixtures';

// The live feed, driven by the test instead of a WebSocket.
const feed = vi.hoisted(() => ({ handlers: null as LiveNotificationHandlers | null }));
vi.mock('@/api/notifications', async (original) => ({
  ...(await original<typeof import('@/api/notifications')>()),
  fetchUnreadCount: async () => 0,
  openLiveNotifications: (handlers: LiveNotificationHandlers) => {
    feed.handlers = handlers;
    return () => {
      feed.handlers = null;
    };
  },
}));

const office = viewer({ roles: ['OFFICE_STAFF'] });
const department = viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' });

const TRIAGE = ['accept', 'requestInfo', 'markDuplicate', 'replyDirectly', 'reject'] as const;

const consultation = caseDetail({
  availableActions: [...TRIAGE],
  kind: 'CONSULTATION',
  category: 'POLICY_DELIVERY',
  title: '咨询稳岗补贴申报条件',
  attachments: [
    {
      id: 'a1',
      fileName: '营业执照.jpg',
      mimeType: 'image/jpeg',
      size: 204_800,
      thumbnail: 'data:image/webp;base64,UklGRg==',
    },
  ],
  timeline: [
    {
      id: 'ev1',
      occurredAt: '2026-03-02T01:00:00Z',
      action: 'submit',
      fromState: null,
      toState: 'SUBMITTED',
      actorRole: 'ENTERPRISE',
      actorName: '李经理',
      publicNote: null,
      internalNote: null,
      attachments: [],
    },
    {
      id: 'ev2',
      occurredAt: '2026-03-02T03:00:00Z',
      action: 'requestInfo',
      fromState: 'SUBMITTED',
      toState: 'NEEDS_INFO',
      actorRole: 'OFFICE_STAFF',
      actorName: '张伟',
      publicNote: '请补充社保缴费证明',
      internalNote: '企业去年享受过一次',
      attachments: [],
    },
  ],
});

function buttons(wrapper: VueWrapper): string[] {
  return wrapper.findAll('[data-testid^="case-action-"]').map((b) => b.attributes('data-testid')!);
}

describe('case page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the office everything, the timeline’s public and internal notes apart, and the triage buttons', async () => {
    const other = caseRow({ id: 'c0', trackingNo: 'YH2026000050', title: '去年的用地问题', state: 'CLOSED' });
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: consultation } },
      Cases: casePage([consultation, other]),
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-title"]').text()).toBe('咨询稳岗补贴申报条件'),
    );
    expect(wrapper.find('[data-testid="case-state"]').text()).toBe('待受理');
    expect(wrapper.find('[data-testid="case-query-code"]').text()).toBe('K7M2Q9PA');
    expect(buttons(wrapper)).toEqual([
      'case-action-accept',
      'case-action-requestInfo',
      'case-action-markDuplicate',
      'case-action-replyDirectly',
      'case-action-reject',
    ]);

    const steps = wrapper.findAll('[data-testid="case-timeline-step"]');
    expect(steps[0].text()).toContain('要求补充材料');
    expect(steps[0].text()).toContain('优化办工作人员 · 张伟');
    expect(steps[0].find('[data-testid="timeline-public-note"]').text()).toContain('企业可见');
    expect(steps[0].find('[data-testid="timeline-public-note"]').text()).toContain('请补充社保缴费证明');
    expect(steps[0].find('[data-testid="timeline-internal-note"]').text()).toContain('企业不可见');
    expect(steps[0].find('[data-testid="timeline-internal-note"]').text()).toContain('企业去年享受过一次');

    expect(wrapper.find('[data-testid="case-attachments"] img').attributes('alt')).toContain('营业执照.jpg');
    // A plain link to the admin API's attachment address: the session cookie goes with it.
    const link = wrapper.find('[data-testid="attachment-download"]');
    expect(link.attributes('href')).toBe('/graphql/admin/attachments/a1');
    expect(link.attributes('download')).toBe('营业执照.jpg');
    expect(wrapper.find('[data-testid="case-enterprise-link"]').attributes('href')).toBe('/enterprises/e1');

    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-other-cases"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="case-other-cases"]').text()).toContain('去年的用地问题');
    expect(wrapper.find('[data-testid="case-other-cases"]').text()).not.toContain('咨询稳岗补贴申报条件');
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'Cases')?.variables).toEqual({
      page: { filter: { enterpriseId: 'e1' }, first: 11 },
      withTotal: true,
    });
  });

  it('gives a department no triage, no enterprise page, and no complainant', async () => {
    const complaint = caseDetail({
      kind: 'COMPLAINT',
      misconductType: 'ARBITRARY_FEES',
      submitterName: null,
      state: 'ACCEPTED',
      leadDepartmentName: '区市场监督管理局',
    });
    stubGraphQLByOperation({ Case: { data: { case: complaint } }, Cases: casePage([complaint]) });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: department });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-facts"]').exists()).toBe(true));
    expect(buttons(wrapper)).toEqual([]);
    expect(wrapper.find('[data-testid="case-enterprise-link"]').exists()).toBe(false);
    const facts = wrapper.find('[data-testid="case-facts"]').text();
    expect(facts).toContain('乱收费');
    expect(facts).toContain('已隐去(投诉举报人保护)');
  });

  it('marks a duplicate of the number typed, normalised, and links the original', async () => {
    const fetchMock = stubGraphQLByOperation({
      Case: { data: { case: caseDetail({ availableActions: [...TRIAGE] }) } },
      Cases: (variables) => {
        const filter = (variables.page as { filter: { keyword?: string } }).filter;
        return filter.keyword
          ? casePage([
              caseRow({
                id: 'orig',
                trackingNo: 'YH2026000050',
                title: '同一问题的原诉求',
                state: 'ACCEPTED',
              }),
            ])
          : casePage([]);
      },
      MarkCaseDuplicate: {
        data: {
          markCaseDuplicate: caseDetail({
            state: 'DUPLICATE',
            deadline: null,
            duplicateOf: { id: 'orig', trackingNo: 'YH2026000050' },
            version: 4,
          }),
        },
      },
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="case-action-markDuplicate"]').exists()).toBe(true),
    );

    await wrapper.find('[data-testid="case-action-markDuplicate"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="triage-original"]').exists()).toBe(true));
    const input = wrapper.find('[data-testid="triage-original"]');
    await input.setValue(' yh2026000050 ');
    await input.trigger('blur');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="triage-original-found"]').text()).toContain('同一问题的原诉求'),
    );
    await wrapper.find('[data-testid="triage-submit"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-duplicate-link"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="case-duplicate-link"]').attributes('href')).toBe('/cases/orig');
    expect(wrapper.find('[data-testid="case-state"]').text()).toBe('重复诉求');
    expect(buttons(wrapper)).toEqual([]);
    expect(graphQLCalls(fetchMock).find((call) => call.operation === 'MarkCaseDuplicate')?.variables).toEqual(
      {
        id: 'c1',
        version: 3,
        originalTrackingNo: 'YH2026000050',
        note: null,
      },
    );
  });

  it('reloads when a notification about this case arrives, and only then', async () => {
    let state: 'NEEDS_INFO' | 'SUBMITTED' = 'NEEDS_INFO';
    const fetchMock = stubGraphQLByOperation({
      Case: () => ({
        data: {
          case: caseDetail({
            state,
            officeNote: '请补充社保缴费证明',
            availableActions: state === 'SUBMITTED' ? [...TRIAGE] : [],
          }),
        },
      }),
      Cases: casePage([]),
    });
    const { wrapper } = await mountWithApp(CaseDetailPage, { path: '/cases/c1', viewer: office });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-state"]').text()).toBe('待补充'));
    expect(buttons(wrapper)).toEqual([]);
    useNotificationsStore().start();
    const notification = (caseId: string) => ({
      id: `n-${caseId}`,
      event: 'CASE_SUPPLEMENTED' as const,
      title: '企业已补充材料',
      body: '',
      caseId,
      createdAt: '2026-03-02T05:00:00Z',
      read: false,
    });
    const caseLoads = () => graphQLCalls(fetchMock).filter((call) => call.operation === 'Case').length;

    feed.handlers!.added(notification('another-case'));
    await flushPromises();
    expect(caseLoads()).toBe(1);

    state = 'SUBMITTED';
    feed.handlers!.added(notification('c1'));
    await vi.waitFor(() => expect(wrapper.find('[data-testid="case-state"]').text()).toBe('待受理'));
    expect(caseLoads()).toBe(2);
    expect(buttons(wrapper)).toContain('case-action-accept');
  });
});
