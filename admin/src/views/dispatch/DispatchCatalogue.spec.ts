import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type VueWrapper } from '@vue/test-utils';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import DispatchCatalogue from './DispatchCatalogue.vue';
import type { DispatchMatter } from './data';

const department = (id: string, name: string, shortName: string) => ({ id, name, shortName, active: true });
const POWER = department('d1', '区供电公司', '供电公司');
const DRC = department('d2', '区发展和改革委员会', '发改委');
const HOUSING = department('d3', '区住房和城乡建设局', '住建局');
const DEPARTMENTS = {
  data: {
    departments: [POWER, DRC, HOUSING].map((d) => ({
      ...d,
      kind: 'DISTRICT_BUREAU',
      contactPhone: null,
      version: 1,
    })),
  },
};

const matter = (overrides: Partial<DispatchMatter> = {}): DispatchMatter => ({
  id: 'm1',
  category: 'UTILITIES',
  name: '用电报装与供电保障',
  description: '新装增容、接电工程和停电抢修。',
  keywords: ['用电', '增容', '停电'],
  lead: POWER,
  co: [DRC],
  version: 3,
  updatedAt: '2026-06-01T02:00:00Z',
  ...overrides,
});

const leader = viewer({ roles: ['OFFICE_STAFF', 'OFFICE_LEADER'] });
const staff = viewer({ roles: ['OFFICE_STAFF'] });

async function rows(wrapper: VueWrapper) {
  await vi.waitFor(() =>
    expect(wrapper.find('[data-testid="matter-table"] .el-table__body').exists()).toBe(true),
  );
  return wrapper.findAll('[data-testid="matter-table"] .el-table__body tr');
}

describe('dispatch catalogue page', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('shows office staff the matters with their departments, read only', async () => {
    const fetchMock = stubGraphQLByOperation({ DispatchMatters: { data: { dispatchMatters: [matter()] } } });
    const { wrapper } = await mountWithApp(DispatchCatalogue, { path: '/dispatch-catalogue', viewer: staff });

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="matter-table"]').text()).toContain('用电报装与供电保障'),
    );
    const [row] = await rows(wrapper);
    expect(row.text()).toContain('水电气暖');
    expect(row.text()).toContain('增容');
    expect(row.text()).toContain('供电公司');
    expect(row.text()).toContain('发改委');
    expect(wrapper.text()).toContain('派单目录由优化办负责人维护,您可以查看。');
    expect(wrapper.find('[data-testid="matter-create"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="matter-edit"]').exists()).toBe(false);
    // Beside the list, the page asks only for the share of first suggestions taken.
    expect(graphQLCalls(fetchMock).filter((call) => call.operation !== 'SuggestionShare')).toEqual([
      { operation: 'DispatchMatters', variables: { category: null } },
    ]);
  });

  it('says so when a category has no matters yet', async () => {
    stubGraphQLByOperation({ DispatchMatters: { data: { dispatchMatters: [] } } });
    const { wrapper } = await mountWithApp(DispatchCatalogue, { path: '/dispatch-catalogue', viewer: staff });
    await vi.waitFor(() => expect(wrapper.find('.el-empty').text()).toContain('该分类下还没有事项'));
  });

  it('lets the office leader change a matter and sends exactly what the form holds', async () => {
    let current = matter();
    let sent: Record<string, unknown> | null = null;
    stubGraphQLByOperation({
      DispatchMatters: () => ({ data: { dispatchMatters: [current] } }),
      Departments: DEPARTMENTS,
      UpdateDispatchMatter: (variables) => {
        sent = variables;
        current = matter({ name: '用电报装', version: 4 });
        return { data: { updateDispatchMatter: current } };
      },
    });
    const { wrapper } = await mountWithApp(DispatchCatalogue, {
      path: '/dispatch-catalogue',
      viewer: leader,
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="matter-edit"]').exists()).toBe(true));
    await wrapper.find('[data-testid="matter-edit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="matter-form-name"]').exists()).toBe(true));

    await wrapper.find('[data-testid="matter-form-name"]').setValue('  用电报装 ');
    await wrapper.find('[data-testid="matter-form-submit"]').trigger('click');

    await vi.waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({
      id: 'm1',
      version: 3,
      input: {
        category: 'UTILITIES',
        name: '用电报装',
        description: '新装增容、接电工程和停电抢修。',
        keywords: ['用电', '增容', '停电'],
        leadDepartmentId: 'd1',
        coDepartmentIds: ['d2'],
      },
    });
    // The list reloads with the saved name.
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="matter-table"]').text()).not.toContain('与供电保障'),
    );
  });

  it('puts the server message for one co-department on the co-department picker', async () => {
    stubGraphQLByOperation({
      DispatchMatters: { data: { dispatchMatters: [matter()] } },
      Departments: DEPARTMENTS,
      UpdateDispatchMatter: graphQLError('VALIDATION', '输入有误：协办部门不存在', {
        fields: [{ field: 'coDepartmentIds.0', message: '协办部门不存在' }],
      }),
    });
    const { wrapper } = await mountWithApp(DispatchCatalogue, {
      path: '/dispatch-catalogue',
      viewer: leader,
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="matter-edit"]').exists()).toBe(true));
    await wrapper.find('[data-testid="matter-edit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="matter-form-submit"]').exists()).toBe(true));
    await wrapper.find('[data-testid="matter-form-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(wrapper.find('.el-dialog .el-form-item__error').text()).toBe('协办部门不存在'),
    );
  });
});
