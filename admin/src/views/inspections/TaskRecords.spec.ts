import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import InspectionTasks from './InspectionTasks.vue';
import { RECORD, TASK } from './fixtures';

const body = <T extends HTMLElement = HTMLElement>(selector: string) =>
  document.body.querySelector<T>(selector);
const click = (selector: string) => body(selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

async function openRecords(roles: ('INSPECTOR' | 'OFFICE_STAFF')[]) {
  const { wrapper } = await mountWithApp(InspectionTasks, {
    path: '/inspection-tasks',
    viewer: viewer({ roles }),
  });
  await vi.waitFor(() => expect(wrapper.find('[data-testid="task-records"]').exists()).toBe(true));
  await wrapper.find('[data-testid="task-records"]').trigger('click');
  await vi.waitFor(() => expect(body('[data-testid="finding"]')).not.toBeNull());
  return wrapper;
}

describe("a task's records", { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows the photos of a record as previews named by their file', async () => {
    stubGraphQLByOperation({
      InspectionTasks: { data: { inspectionTasks: { items: [TASK], nextCursor: null } } },
      InspectionRecords: { data: { inspectionRecords: { items: [RECORD], nextCursor: null } } },
      InspectionTeams: { data: { inspectionTeams: [] } },
      Departments: { data: { departments: [] } },
    });
    await openRecords(['OFFICE_STAFF']);
    await vi.waitFor(() => expect(body('[data-testid="record-photos"] img')).not.toBeNull());
    const image = body<HTMLImageElement>('[data-testid="record-photos"] img')!;
    expect(image.getAttribute('alt')).toBe('价签.jpg');
    expect(image.getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
    // The office reads; only inspectors record or handle findings.
    expect(body('[data-testid="record-create"]')).toBeNull();
    expect(body('[data-testid="finding-handle"]')).toBeNull();
  });

  it('asks for a finding’s department and description before sending the record', async () => {
    const fetchMock = stubGraphQLByOperation({
      InspectionTasks: { data: { inspectionTasks: { items: [TASK], nextCursor: null } } },
      InspectionRecords: { data: { inspectionRecords: { items: [RECORD], nextCursor: null } } },
      InspectionTeams: { data: { inspectionTeams: [] } },
      Departments: { data: { departments: [] } },
    });
    await openRecords(['INSPECTOR']);
    click('[data-testid="record-create"]');
    await vi.waitFor(() => expect(body('[data-testid="finding-add"]')).not.toBeNull());
    const input = (selector: string, value: string) => {
      const element = body<HTMLInputElement>(selector)!;
      element.value = value;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    };
    input(
      'input[data-testid="record-form-place"], [data-testid="record-form-place"] input',
      '惠济区农贸市场',
    );
    input(
      'textarea[data-testid="record-form-checked"], [data-testid="record-form-checked"] textarea',
      '价格公示',
    );
    click('[data-testid="finding-add"]');
    await flushPromises();
    click('[data-testid="record-form-submit"]');
    await vi.waitFor(() =>
      expect(body('[data-testid="finding-form"]')!.textContent).toContain('涉及部门不能为空'),
    );
    expect(body('[data-testid="finding-form"]')!.textContent).toContain('问题描述不能为空');
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('CreateInspectionRecord');
  });

  it('turns a finding into a case for an enterprise from the scoped pick list', async () => {
    let filed: Record<string, unknown> | null = null;
    const fetchMock = stubGraphQLByOperation({
      InspectionTasks: { data: { inspectionTasks: { items: [TASK], nextCursor: null } } },
      InspectionRecords: { data: { inspectionRecords: { items: [RECORD], nextCursor: null } } },
      Departments: { data: { departments: [] } },
      InspectionFindingEnterprises: {
        data: {
          inspectionFindingEnterprises: {
            items: [
              {
                id: 'e1',
                name: '郑州惠济宏达食品有限公司',
                creditCode: '91410108MA0000001X',
                gridName: '新城社区',
              },
            ],
            nextCursor: null,
          },
        },
      },
      FileFindingAsCase: (variables) => {
        filed = variables;
        return {
          data: {
            fileFindingAsCase: { ...RECORD.findings[0], outcome: 'CASE', caseTrackingNo: 'YH1', version: 2 },
          },
        };
      },
    });
    await openRecords(['INSPECTOR']);

    click('[data-testid="finding-handle"]');
    await vi.waitFor(() => expect(body('[data-testid="outcome-CASE"]')).not.toBeNull());
    click('[data-testid="outcome-CASE"] input');
    await vi.waitFor(() => expect(body('[data-testid="outcome-enterprise"]')).not.toBeNull());
    click('[data-testid="outcome-enterprise"] .el-select__wrapper');
    await vi.waitFor(() =>
      expect(
        [...document.querySelectorAll('.el-select-dropdown__item')].some((item) =>
          item.textContent?.includes('郑州惠济宏达食品有限公司'),
        ),
      ).toBe(true),
    );
    const lookup = graphQLCalls(fetchMock).find((call) => call.operation === 'InspectionFindingEnterprises');
    expect(lookup?.variables).toEqual({ findingId: 'f1', keyword: null, first: 20, after: null });
    [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')]
      .find((item) => item.textContent?.includes('郑州惠济宏达食品有限公司'))!
      .click();
    await flushPromises();
    const title = body<HTMLInputElement>('input[data-testid="outcome-case-title"]')!;
    title.value = ' 价签缺失 ';
    title.dispatchEvent(new Event('input'));
    click('[data-testid="outcome-submit"]');

    await vi.waitFor(() =>
      expect(filed).toEqual({
        id: 'f1',
        version: 1,
        input: { enterpriseId: 'e1', kind: 'DIFFICULTY', title: '价签缺失' },
      }),
    );
  });
});
