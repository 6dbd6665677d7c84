import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/locales';
import { mountWithApp, viewer } from '@/testing';
import Workbench from './Workbench.vue';

describe('workbench', () => {
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
    const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: ['OFFICE_STAFF'] }) });

    const links = wrapper.findAll('a.feature-card').map((link) => link.attributes('href'));
    expect(links).toEqual(['/enterprises', '/enterprise-claims']);
  });

  it('shows an empty state to a role with no feature yet', async () => {
    const { wrapper } = await mountWithApp(Workbench, { viewer: viewer({ roles: ['INSPECTOR'] }) });

    expect(wrapper.find('a.feature-card').exists()).toBe(false);
    expect(wrapper.text()).toContain('暂无可用功能');
  });
});
