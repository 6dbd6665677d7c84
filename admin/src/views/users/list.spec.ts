import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import UserList from './list.vue';
import { PAGE_SIZE, type User } from './data';

const user = (overrides: Partial<User> = {}): User => ({
  id: 'u2',
  username: 'dept',
  displayName: '刘承办',
  mobile: '13800000005',
  email: null,
  roles: ['DEPT_STAFF'],
  active: true,
  departmentId: 'd1',
  departmentName: '区市场监督管理局',
  gridId: null,
  enterpriseId: null,
  createdAt: '2026-03-01T08:00:00Z',
  ...overrides,
});

const admin = viewer({ id: 'u1', roles: ['SYS_ADMIN'] });

describe('user management', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lists users with their roles and department, searching by keyword', async () => {
    const fetchMock = stubGraphQLByOperation({
      GridOptions: { data: { grids: [] } },
      Users: { data: { users: { items: [user()], nextCursor: null } } },
    });
    const { wrapper } = await mountWithApp(UserList, { path: '/users', viewer: admin });
    const table = () => wrapper.find('[data-testid="user-table"]').text();
    await vi.waitFor(() => expect(table()).toContain('区市场监督管理局'));
    expect(table()).toContain('部门承办人');

    await wrapper.find('[data-testid="user-keyword"]').setValue('刘');

    await vi.waitFor(() =>
      expect(graphQLCalls(fetchMock).filter((call) => call.operation === 'Users')).toHaveLength(2),
    );
    const users = graphQLCalls(fetchMock).filter((call) => call.operation === 'Users');
    expect(users.map((call) => call.variables)).toEqual([
      { first: PAGE_SIZE, after: null, keyword: null },
      { first: PAGE_SIZE, after: null, keyword: '刘' },
    ]);
  });

  it('checks the initial password against the policy before creating the account', async () => {
    const fetchMock = stubGraphQLByOperation({
      GridOptions: { data: { grids: [] } },
      Departments: { data: { departments: [] } },
      Users: { data: { users: { items: [], nextCursor: null } } },
    });
    const { wrapper } = await mountWithApp(UserList, { path: '/users', viewer: admin });
    await wrapper.find('[data-testid="user-create"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="user-form-password"]').exists()).toBe(true));

    await wrapper.find('[data-testid="user-form-username"]').setValue('zhou');
    await wrapper.find('[data-testid="user-form-name"]').setValue('周巡查');
    await wrapper.find('[data-testid="user-form-password"]').setValue('password');
    await wrapper.find('[data-testid="user-form-submit"]').trigger('click');

    await vi.waitFor(() => {
      const errors = wrapper.findAll('.el-dialog .el-form-item__error').map((error) => error.text());
      expect(errors).toEqual(['角色不能为空', '初始密码须包含大写字母、小写字母、数字、符号中的至少三类']);
    });
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('CreateUser');
  });
});
