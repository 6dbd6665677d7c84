import { beforeEach, describe, expect, it } from 'vitest';
import SideMenu from '@/components/SideMenu.vue';
import { setLocale } from '@/locales';
import { mountWithApp, viewer } from '@/testing';
import { buildMenu } from './menu';
import { layoutRoutes } from './routes';

describe('sidebar menu', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('lists only the pages the viewer’s roles allow', () => {
    expect(buildMenu(layoutRoutes, ['AUDITOR']).map((item) => item.name)).toEqual(['workbench', 'audit-log']);
    expect(buildMenu(layoutRoutes, ['OFFICE_STAFF']).map((item) => item.name)).toEqual([
      'workbench',
      'inbox',
      'cases',
      'case-new',
      'supervision',
      'enterprises',
      'conditions',
      'enterprise-claims',
      'calendar',
      'dispatch-catalogue',
      'time-limits',
      'accountability',
      'public-notices',
      'accountability-figures',
      'dashboard',
      'scorecards',
      'monthly-report',
      'inspection-tasks',
      'rectifications',
      'inspection-figures',
      'sent-messages',
    ]);
    // A department reads the accountability records that name it, nothing more of accountability.
    expect(buildMenu(layoutRoutes, ['DEPT_STAFF']).map((item) => item.name)).toContain('accountability');
    expect(buildMenu(layoutRoutes, ['DEPT_STAFF']).map((item) => item.name)).not.toContain('public-notices');
    expect(buildMenu(layoutRoutes, ['SYS_ADMIN']).map((item) => item.name)).toEqual([
      'workbench',
      'enterprises',
      'users',
      'grids',
      'departments',
      'service-points',
      'calendar',
      'sent-messages',
      'background-jobs',
    ]);
  });

  it('leaves pages without an icon, such as 403, 404 and detail pages, out of the menu', () => {
    const names = buildMenu(layoutRoutes, ['AUDITOR', 'OFFICE_STAFF']).map((item) => item.name);
    expect(names).not.toContain('forbidden');
    expect(names).not.toContain('not-found');
    expect(names).not.toContain('enterprise-detail');
  });

  it('shows the audit log to an auditor', async () => {
    const { wrapper } = await mountWithApp(SideMenu, { viewer: viewer({ roles: ['AUDITOR'] }) });

    expect(wrapper.find('[data-testid="menu-audit-log"]').text()).toBe('审计日志');
    expect(wrapper.find('[data-testid="menu-workbench"]').text()).toBe('工作台');
  });

  it('hides the audit log from office staff', async () => {
    const { wrapper } = await mountWithApp(SideMenu, { viewer: viewer({ roles: ['OFFICE_STAFF'] }) });

    expect(wrapper.find('[data-testid="menu-workbench"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="menu-audit-log"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('审计日志');
  });
});
