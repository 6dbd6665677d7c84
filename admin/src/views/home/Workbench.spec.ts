import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import Workbench from './Workbench.vue';

const officeCounts = {
  data: {
    officeWorkbenchCounts: {
      toAccept: 3,
      toAssign: 2,
      toReview: 1,
      disputes: 0,
      extensionRequests: 1,
      returnRequests: 0,
      overdue: 4,
    },
  },
};

const task = (id: string, title: string, workingDays: number) => ({
  case: {
    id,
    trackingNo: `YH20260001${id}`,
    title,
    kind: 'DIFFICULTY',
    enterpriseName: '郑州惠济宏达食品有限公司',
  },
  assignment: { id: `a-${id}`, role: 'LEAD', state: 'IN_PROGRESS', paused: false },
  deadline: { dueAt: '2026-03-10T15:59:59.999Z', state: 'NONE', workingDays },
});

describe('workbench', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('greets the viewer by name and shows their roles and organisation', async () => {
    const { wrapper } = await mountWithApp(Workbench, {
      viewer: viewer({ displayName: '李审计', roles: ['AUDITOR'], organisationName: '区审计室' }),
    });

    expect(wrapper.find('[data-testid="viewer-name"]').text()).toMatch(/^(上午好|下午好|晚上好),李审计$/);
    expect(wrapper.text()).toContain('审计员');
    expect(wrapper.text()).toContain('区审计室');
  });

  it('offers the audit log to an auditor', async () => {
    const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: ['AUDITOR'] }) });

    expect(wrapper.find('a.feature-card').attributes('href')).toBe('/audit-log');
    expect(wrapper.text()).not.toContain('暂无可用功能');
  });

  it('offers office staff the enterprise directory and account verification, not the audit log', async () => {
    stubGraphQLByOperation({ OfficeWorkbenchCounts: officeCounts });
    const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: ['OFFICE_STAFF'] }) });

    const links = wrapper.findAll('a.feature-card').map((link) => link.attributes('href'));
    expect(links).toEqual(['/enterprises', '/enterprise-claims']);
  });

  it("gives an inspector their team's tasks instead of an empty state", async () => {
    stubGraphQLByOperation({
      InspectionTasks: {
        data: {
          inspectionTasks: {
            nextCursor: null,
            items: [
              {
                id: 't1',
                title: '六月巡查',
                focus: 'DUTIES',
                team: { id: 'a', name: '第一巡查组' },
                grid: { id: 'g', name: '东风路街道' },
                department: null,
                startsOn: '2026-06-01',
                endsOn: '2026-06-30',
                records: 2,
                version: 1,
              },
            ],
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: ['INSPECTOR'] }) });

    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="inspector-task"]')).toHaveLength(1));
    expect(wrapper.find('[data-testid="inspector-task"]').text()).toContain('六月巡查');
    expect(wrapper.find('[data-testid="inspector-task"]').text()).toContain('履行职责情况 · 东风路街道');
    expect(wrapper.text()).not.toContain('暂无可用功能');
    expect(wrapper.text()).not.toContain('正在建设中');
  });

  it('gives the office what waits on it, each count a link to the cases behind it', async () => {
    stubGraphQLByOperation({ OfficeWorkbenchCounts: officeCounts });
    const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: ['OFFICE_LEADER'] }) });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="todo-toAssign"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="todo-toAccept"]').attributes('href')).toBe('/inbox');
    expect(wrapper.find('[data-testid="todo-toAssign"]').text()).toBe('2待交办');
    expect(wrapper.find('[data-testid="todo-toAssign"]').attributes('href')).toBe('/cases?state=ACCEPTED');
    expect(wrapper.find('[data-testid="todo-toReview"]').attributes('href')).toBe(
      '/cases?state=REPLY_REVIEW',
    );
    expect(wrapper.find('[data-testid="todo-overdue"]').attributes('href')).toBe('/cases?deadline=RED');
    expect(wrapper.find('[data-testid="todo-overdue"]').classes()).toContain('todo-count--alert');
  });

  it('gives a department its queues with the working days left, not the placeholder', async () => {
    const fetchMock = stubGraphQLByOperation({
      DepartmentWorkbenchCounts: {
        data: {
          departmentWorkbenchCounts: {
            TO_SIGN: 0,
            IN_PROGRESS: 2,
            AWAITING_LEADER: 0,
            SENT_BACK: 0,
            CO_HANDLING: 1,
            OVERDUE: 0,
          },
        },
      },
      DepartmentWorkbench: (variables) => ({
        data: {
          departmentWorkbench: {
            items:
              variables.queue === 'IN_PROGRESS'
                ? [task('1', '厂区用电报装迟迟未办理', 3), task('2', '食品经营许可证延续', 1)]
                : [],
            nextCursor: null,
          },
        },
      }),
    });
    const { wrapper } = await mountWithApp(Workbench, {
      viewer: viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' }),
    });

    // The first queue holding something opens.
    await vi.waitFor(() =>
      expect(wrapper.findAll('[data-testid="department-todo-table"] tbody tr')).toHaveLength(2),
    );
    const rows = wrapper.findAll('[data-testid="department-todo-table"] tbody tr');
    expect(rows[0].text()).toContain('厂区用电报装迟迟未办理');
    expect(rows[0].text()).toContain('主办 · 办理中');
    expect(rows[0].text()).toContain('剩 3 个工作日');
    expect(rows[0].find('a').attributes('href')).toBe('/cases/1');
    expect(wrapper.find('[data-testid="todo-queue-CO_HANDLING"]').text()).toContain('1');
    expect(wrapper.text()).not.toContain('正在建设中');
    expect(
      graphQLCalls(fetchMock)
        .filter((call) => call.operation === 'DepartmentWorkbench')
        .map((call) => call.variables.queue),
    ).toEqual(['TO_SIGN', 'IN_PROGRESS']);
  });

  it('lists the 督办 waiting for the department’s acknowledgement above its queues', async () => {
    stubGraphQLByOperation({
      DepartmentWorkbenchCounts: {
        data: {
          departmentWorkbenchCounts: {
            TO_SIGN: 0,
            IN_PROGRESS: 0,
            AWAITING_LEADER: 0,
            SENT_BACK: 0,
            CO_HANDLING: 0,
            OVERDUE: 0,
          },
        },
      },
      DepartmentWorkbench: { data: { departmentWorkbench: { items: [], nextCursor: null } } },
      PendingSupervisions: {
        data: {
          pendingSupervisions: {
            items: [
              {
                id: 's1',
                caseId: 'c9',
                trackingNo: 'YH2026000123',
                caseTitle: '厂区用电增容迟迟未办理',
                departmentId: 'd1',
                departmentName: '区市场监督管理局',
                level: 'LISTED',
                note: '请三日内办结',
                dueDate: '2026-03-05T15:59:59.999Z',
                issuedAt: '2026-03-02T02:00:00.000Z',
                issuedByName: '张专员',
                acknowledgedAt: null,
                acknowledgedByName: null,
                acknowledgeNote: null,
              },
            ],
            nextCursor: null,
          },
        },
      },
    });
    const { wrapper } = await mountWithApp(Workbench, {
      viewer: viewer({ roles: ['DEPT_STAFF'], organisationName: '区市场监督管理局' }),
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="pending-supervisions"]').exists()).toBe(true));
    const pending = wrapper.find('[data-testid="pending-supervisions"]');
    expect(pending.text()).toContain('待签收的督办');
    expect(pending.text()).toContain('挂牌督办');
    expect(pending.find('[data-testid="pending-supervision-link"]').attributes('href')).toBe('/cases/c9');
  });
});
