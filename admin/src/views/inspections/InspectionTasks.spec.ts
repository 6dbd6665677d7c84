import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import InspectionTasks from './InspectionTasks.vue';
import { RECORD, TASK, TEAM } from './fixtures';

describe('inspection tasks page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the office leader the teams and the tasks, with the buttons to add them', async () => {
    const fetchMock = stubGraphQLByOperation({
      InspectionTasks: { data: { inspectionTasks: { items: [TASK], nextCursor: null } } },
      InspectionTeams: { data: { inspectionTeams: [TEAM] } },
      Departments: { data: { departments: [] } },
    });
    const { wrapper } = await mountWithApp(InspectionTasks, {
      path: '/inspection-tasks',
      viewer: viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] }),
    });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="task-table"]').text()).toContain('六月巡查'));
    const task = wrapper.find('[data-testid="task-table"] .el-table__body tr').text();
    expect(task).toContain('市场监管情况');
    expect(task).toContain('区市场监督管理局');
    expect(task).toContain('2026-06-01 ~ 2026-06-30');
    expect(wrapper.find('[data-testid="team-table"]').text()).toContain('周巡查、吴巡查');
    expect(wrapper.find('[data-testid="team-create"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="task-create"]').exists()).toBe(true);
    const operations = graphQLCalls(fetchMock).map((call) => call.operation);
    expect(operations).toContain('InspectionTasks');
    expect(operations).toContain('InspectionTeams');
  });

  it('lets an inspector open a task, see its findings and settle one on the spot', async () => {
    let solved: Record<string, unknown> | null = null;
    const fetchMock = stubGraphQLByOperation({
      InspectionTasks: { data: { inspectionTasks: { items: [TASK], nextCursor: null } } },
      InspectionRecords: { data: { inspectionRecords: { items: [RECORD], nextCursor: null } } },
      Departments: { data: { departments: [] } },
      SolveFindingOnSpot: (variables) => {
        solved = variables;
        return {
          data: {
            solveFindingOnSpot: {
              ...RECORD.findings[0],
              outcome: 'SOLVED',
              solution: '当场补齐',
              version: 2,
            },
          },
        };
      },
    });
    const { wrapper } = await mountWithApp(InspectionTasks, {
      path: '/inspection-tasks',
      viewer: viewer({ roles: ['INSPECTOR'] }),
    });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="task-records"]').exists()).toBe(true));
    // Inspectors neither keep teams nor see them.
    expect(wrapper.find('[data-testid="team-table"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="task-create"]').exists()).toBe(false);
    await wrapper.find('[data-testid="task-records"]').trigger('click');
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="finding"]')?.textContent).toContain('价签缺失'),
    );
    expect(document.body.querySelector('[data-testid="finding-outcome"]')?.textContent).toContain('待处理');

    (document.body.querySelector('[data-testid="finding-handle"]') as HTMLElement).click();
    await vi.waitFor(() =>
      expect(document.body.querySelector('textarea[data-testid="outcome-solution"]')).not.toBeNull(),
    );
    const textarea = document.body.querySelector(
      'textarea[data-testid="outcome-solution"]',
    ) as HTMLTextAreaElement;
    textarea.value = '当场补齐';
    textarea.dispatchEvent(new Event('input'));
    (document.body.querySelector('[data-testid="outcome-submit"]') as HTMLElement).click();

    await vi.waitFor(() => expect(solved).toEqual({ id: 'f1', version: 1, solution: '当场补齐' }));
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="finding-outcome"]')?.textContent).toContain(
        '现场解决',
      ),
    );
    // The settled finding took its place: the pages loaded were not read again.
    expect(document.body.querySelector('[data-testid="finding"]')?.textContent).toContain('当场补齐');
    expect(graphQLCalls(fetchMock).filter((call) => call.operation === 'InspectionRecords')).toHaveLength(1);
  });

  it("pages on through the tasks and a task's records with the cursors", async () => {
    const fetchMock = stubGraphQLByOperation({
      InspectionTasks: (variables) => ({
        data: {
          inspectionTasks: variables.after
            ? { items: [{ ...TASK, id: 'task-2', title: '五月巡查' }], nextCursor: null }
            : { items: [TASK], nextCursor: 'tasks-2' },
        },
      }),
      InspectionRecords: (variables) => ({
        data: {
          inspectionRecords: variables.after
            ? { items: [{ ...RECORD, id: 'r2', place: '第二页的地点', findings: [] }], nextCursor: null }
            : { items: [RECORD], nextCursor: 'records-2' },
        },
      }),
      Departments: { data: { departments: [] } },
    });
    const { wrapper } = await mountWithApp(InspectionTasks, {
      path: '/inspection-tasks',
      viewer: viewer({ roles: ['INSPECTOR'] }),
    });

    await vi.waitFor(() => expect(wrapper.find('[data-testid="task-load-more"]').exists()).toBe(true));
    await wrapper.find('[data-testid="task-load-more"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="task-table"]').text()).toContain('五月巡查'));
    expect(wrapper.find('[data-testid="task-count"]').text()).toBe('已显示全部 2 条记录');

    await wrapper.find('[data-testid="task-records"]').trigger('click');
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="record-load-more"]')).not.toBeNull(),
    );
    (document.body.querySelector('[data-testid="record-load-more"]') as HTMLElement).click();
    await vi.waitFor(() => expect(document.body.querySelectorAll('[data-testid="record"]')).toHaveLength(2));
    expect(document.body.querySelector('[data-testid="record-list"]')?.textContent).toContain('第二页的地点');
    const records = graphQLCalls(fetchMock).filter((call) => call.operation === 'InspectionRecords');
    expect(records.map((call) => call.variables)).toEqual([
      { taskId: 'task-1', first: 10, after: null },
      { taskId: 'task-1', first: 10, after: 'records-2' },
    ]);
  });
});
