import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import * as account from '@/api/account';
import * as servicePoints from '@/api/service-points';
import type { ServicePoint } from '@/api/service-points';
import { setLocale } from '@/locales';
import { mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/service-points');

const centre: ServicePoint = {
  id: 'p1',
  kind: 'CENTRE',
  name: '新城街道便民服务中心',
  address: '郑州市惠济区天河路与开元路交叉口',
  phone: '0371-63169495',
  openingHours: '周一至周五 9:00-12:00, 13:30-17:30',
  services: ['企业开办咨询', '惠企政策咨询'],
  gridPath: ['新城街道'],
};
const station: ServicePoint = {
  ...centre,
  id: 'p2',
  kind: 'STATION',
  name: '开元社区便民服务站',
  phone: '0371-69266049',
  services: ['营业执照代办'],
  gridPath: ['新城街道', '开元社区'],
};

describe('service points', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
    vi.mocked(servicePoints.fetchServicePoints).mockResolvedValue([centre, station]);
  });

  it('lists every service point for anyone, with kind, grid, dialable phone, hours and services', async () => {
    const { wrapper } = await mountAt('/service-points');

    expect(servicePoints.fetchServicePoints).toHaveBeenCalledWith('');
    const cards = wrapper.findAll('[data-testid="service-point-card"]');
    expect(cards).toHaveLength(2);
    const [first, second] = cards;
    expect(first!.get('h2').text()).toBe('新城街道便民服务中心');
    expect(first!.text()).toContain('便民服务中心');
    expect(first!.get('a').attributes('href')).toBe('tel:037163169495');
    expect(first!.text()).toContain('周一至周五 9:00-12:00');
    expect(first!.findAll('.tag').map((tag) => tag.text())).toEqual(['企业开办咨询', '惠企政策咨询']);
    expect(second!.text()).toContain('便民服务站');
    expect(second!.text()).toContain('新城街道 / 开元社区');
    expect(wrapper.text()).toContain('共找到 2 个服务网点');
  });

  it('searches by keyword on submit and keeps the keyword in the address', async () => {
    const { wrapper, router } = await mountAt('/service-points');
    vi.mocked(servicePoints.fetchServicePoints).mockResolvedValue([station]);

    await wrapper.get('[data-testid="service-point-search"]').setValue(' 开元 ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();

    expect(servicePoints.fetchServicePoints).toHaveBeenLastCalledWith('开元');
    expect(wrapper.findAll('[data-testid="service-point-card"]')).toHaveLength(1);
    expect(router.currentRoute.value.query).toEqual({ q: '开元' });
  });

  it('searches by itself once the visitor stops typing', async () => {
    const { wrapper } = await mountAt('/service-points');

    await wrapper.get('[data-testid="service-point-search"]').setValue('营业执照');

    await vi.waitFor(() => expect(servicePoints.fetchServicePoints).toHaveBeenLastCalledWith('营业执照'));
  });

  it('says when nothing matches and offers to clear the search', async () => {
    const { wrapper } = await mountAt('/service-points?q=火星');

    expect(servicePoints.fetchServicePoints).toHaveBeenCalledWith('火星');
    vi.mocked(servicePoints.fetchServicePoints).mockResolvedValue([]);
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();

    const empty = wrapper.get('[data-testid="service-point-empty"]');
    expect(empty.text()).toContain('没有找到与“火星”相关的服务网点');
    expect(wrapper.find('[data-testid="service-point-card"]').exists()).toBe(false);

    vi.mocked(servicePoints.fetchServicePoints).mockResolvedValue([centre, station]);
    await empty.get('button').trigger('click');
    await flushPromises();

    expect(servicePoints.fetchServicePoints).toHaveBeenLastCalledWith('');
    expect(wrapper.findAll('[data-testid="service-point-card"]')).toHaveLength(2);
  });

  it('shows a failed load with a way to try again', async () => {
    const { ApiError } = await import('@/api/client');
    vi.mocked(servicePoints.fetchServicePoints).mockRejectedValue(
      new ApiError('NETWORK', '无法连接服务器，请检查网络后重试'),
    );

    const { wrapper } = await mountAt('/service-points');

    expect(wrapper.get('[role="alert"]').text()).toContain('无法连接服务器');
  });

  it('is in the tab bar for everybody', async () => {
    const { wrapper } = await mountAt('/');

    const tabs = wrapper
      .get('nav.tabbar')
      .findAll('a')
      .map((link) => link.attributes('href'));
    expect(tabs).toEqual(['/', '/service-points', '/sign-in']);
  });

  it('names the kinds in English', async () => {
    setLocale('en');

    const { wrapper } = await mountAt('/service-points');

    expect(wrapper.findAll('[data-testid="service-point-card"]')[0]!.text()).toContain('Service centre');
  });
});
