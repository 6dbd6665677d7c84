import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import * as grid from '@/api/grid';
import type { GridEnterprise, GridEnterpriseSummary } from '@/api/grid';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/grid');
vi.mock('@/api/enterprise');

const gridHead: account.Viewer = {
  ...enterpriseViewer,
  id: '7',
  displayName: '李网格',
  roles: ['GRID_HEAD'],
  organisationName: '新城社区',
};

function summary(id: string, name: string): GridEnterpriseSummary {
  return {
    id,
    name,
    creditCode: '92410108MAU48MGGN2',
    industry: 'H',
    scale: 'INDIVIDUAL',
    status: 'ACTIVE',
    gridPath: ['新城街道', '新城社区', '新城社区第一网格'],
    contactName: '史永',
  };
}

const detail: GridEnterprise = {
  ...summary('e1', '惠济区史记烩面馆'),
  legalRepresentative: '史永',
  address: '郑州市惠济区新城路75号',
  gridId: 'g3',
  contactPhone: '13700001111',
  createdAt: '2026-01-02T02:00:00Z',
  updatedAt: '2026-11-02T02:00:00Z',
  version: 2,
};

describe('grid head: enterprises of my grid', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHead);
    vi.mocked(grid.fetchGridEnterprises).mockResolvedValue({
      items: [summary('e1', '惠济区史记烩面馆'), summary('e2', '惠济区百川便利店')],
      nextCursor: 'c2',
    });
  });

  it('lists the first page and loads more on request', async () => {
    const { wrapper } = await mountAt('/grid');

    expect(grid.fetchGridEnterprises).toHaveBeenCalledWith({
      filter: { keyword: null, industry: null, scale: null, status: null },
      sort: 'NAME',
      first: 20,
      after: null,
    });
    const items = wrapper.findAll('[data-testid="grid-enterprise-item"]');
    expect(items).toHaveLength(2);
    expect(items[0]!.text()).toContain('个体工商户');
    expect(items[0]!.text()).toContain('住宿和餐饮业');
    expect(items[0]!.attributes('href')).toBe('/grid/enterprises/e1');

    vi.mocked(grid.fetchGridEnterprises).mockResolvedValue({
      items: [summary('e3', '惠济区百川理发店')],
      nextCursor: null,
    });
    await wrapper.get('[data-testid="grid-load-more"]').trigger('click');
    await flushPromises();

    expect(vi.mocked(grid.fetchGridEnterprises).mock.lastCall?.[0]).toMatchObject({ after: 'c2' });
    expect(wrapper.findAll('[data-testid="grid-enterprise-item"]')).toHaveLength(3);
    expect(wrapper.find('[data-testid="grid-load-more"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('已显示全部 3 家企业');
  });

  it('filters by industry and scale and keeps the filters in the address', async () => {
    const { wrapper, router } = await mountAt('/grid');

    await wrapper.get('[data-testid="grid-filter-industry"]').setValue('C');
    await wrapper.get('[data-testid="grid-filter-scale"]').setValue('MICRO');
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ industry: 'C', scale: 'MICRO' }),
    );
    await flushPromises();

    expect(vi.mocked(grid.fetchGridEnterprises).mock.lastCall?.[0]).toMatchObject({
      filter: { industry: 'C', scale: 'MICRO', keyword: null },
      after: null,
    });
  });

  it('searches by keyword and says when nothing matches', async () => {
    const { wrapper } = await mountAt('/grid');
    vi.mocked(grid.fetchGridEnterprises).mockResolvedValue({ items: [], nextCursor: null });

    await wrapper.get('[data-testid="grid-enterprise-search"]').setValue(' 烩面 ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await vi.waitFor(() =>
      expect(vi.mocked(grid.fetchGridEnterprises).mock.lastCall?.[0].filter).toMatchObject({
        keyword: '烩面',
      }),
    );
    await flushPromises();

    expect(wrapper.text()).toContain('没有符合条件的企业');
  });

  it('is only for grid heads', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);

    const { router, wrapper } = await mountAt('/grid');

    expect(router.currentRoute.value.name).toBe('home');
    expect(grid.fetchGridEnterprises).not.toHaveBeenCalled();
    expect(
      wrapper
        .get('nav.tabbar')
        .findAll('a')
        .map((link) => link.attributes('href')),
    ).not.toContain('/grid');
  });

  it('shows an enterprise and saves corrections in its own grid', async () => {
    vi.mocked(grid.fetchGridEnterprise).mockResolvedValue(detail);
    vi.mocked(grid.updateGridEnterprise).mockResolvedValue({
      ...detail,
      legalRepresentative: '史强',
      version: 3,
    });
    const { wrapper } = await mountAt('/grid/enterprises/e1');

    expect(grid.fetchGridEnterprise).toHaveBeenCalledWith('e1');
    expect(wrapper.get('h1').text()).toBe('惠济区史记烩面馆');
    expect(wrapper.get('[data-testid="grid-enterprise-facts"]').text()).toContain('郑州市惠济区新城路75号');

    await wrapper.get('[data-testid="grid-enterprise-legal-representative"]').setValue('史强');
    await wrapper.get('[data-testid="grid-enterprise-scale"]').setValue('MICRO');
    await wrapper.get('[data-testid="grid-enterprise-save"]').trigger('submit');
    await flushPromises();

    expect(grid.updateGridEnterprise).toHaveBeenCalledWith(
      'e1',
      {
        name: '惠济区史记烩面馆',
        creditCode: '92410108MAU48MGGN2',
        legalRepresentative: '史强',
        industry: 'H',
        scale: 'MICRO',
        status: 'ACTIVE',
        address: '郑州市惠济区新城路75号',
        gridId: 'g3',
        contactName: '史永',
        contactPhone: '13700001111',
      },
      2,
    );
    expect(wrapper.get('[data-testid="grid-enterprise-facts"]').text()).toContain('史强');
  });

  it('reloads the enterprise when someone else changed it meanwhile', async () => {
    vi.mocked(grid.fetchGridEnterprise).mockResolvedValue(detail);
    vi.mocked(grid.updateGridEnterprise).mockRejectedValue(
      new ApiError('CONFLICT', '数据已被他人修改，请刷新后重试'),
    );
    const { wrapper } = await mountAt('/grid/enterprises/e1');
    vi.mocked(grid.fetchGridEnterprise).mockResolvedValue({ ...detail, contactName: '王五', version: 3 });

    await wrapper.get('[data-testid="grid-enterprise-save"]').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="grid-enterprise-error"]').text()).toBe(
      '数据已被他人修改，请刷新后重试',
    );
    expect(wrapper.get<HTMLInputElement>('[data-testid="grid-enterprise-contact-name"]').element.value).toBe(
      '王五',
    );
  });
});
