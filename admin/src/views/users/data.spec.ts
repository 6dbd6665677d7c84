import { describe, expect, it } from 'vitest';
import { assignableRoles, toNewUserInput, toUserInput, userForm } from './data';

describe('user form', () => {
  it('sends a department only for department roles and a grid only for grid heads', () => {
    const form = {
      ...userForm(),
      username: ' liu ',
      displayName: '刘承办',
      mobile: '',
      email: ' liu@huiji.gov.cn ',
      roles: ['DEPT_STAFF' as const],
      departmentId: 'd1',
      gridId: 'g1',
      password: 'Initial#2026',
    };

    expect(toNewUserInput(form)).toEqual({
      username: 'liu',
      displayName: '刘承办',
      mobile: null,
      email: 'liu@huiji.gov.cn',
      roles: ['DEPT_STAFF'],
      departmentId: 'd1',
      gridId: null,
      enterpriseId: null,
      password: 'Initial#2026',
    });
    expect(toUserInput({ ...form, roles: ['GRID_HEAD'] })).toMatchObject({
      departmentId: null,
      gridId: 'g1',
    });
  });

  it('offers the enterprise role only to keep it', () => {
    expect(assignableRoles()).not.toContain('ENTERPRISE');
    expect(assignableRoles(['ENTERPRISE'])).toContain('ENTERPRISE');
  });

  it('keeps an enterprise user’s enterprise on edit', () => {
    const form = { ...userForm(), username: 'e', displayName: '企业', roles: ['ENTERPRISE' as const] };
    expect(toUserInput(form, 'e1').enterpriseId).toBe('e1');
  });
});
