import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type VueWrapper } from '@vue/test-utils';
import { makeCreditCode } from '@gridbridge/shared';
import { setLocale } from '@/locales';
import { graphQLCalls, graphQLError, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import EnterpriseList from './list.vue';
import { PAGE_SIZE, type Enterprise } from './data';

const enterprise = (id: string, name: string): Enterprise => ({
  id,
  name,
  creditCode: makeCreditCode(`91410108MA${id.padStart(7, '0')}`),
  legalRepresentative: '王五',
  industry: 'I',
  scale: 'SMALL',
  status: 'ACTIVE',
  address: '惠济区天河路 1 号',
  gridId: 'g3',
  gridPath: ['新城街道', '新城社区', '新城社区第一网格'],
  contactName: '王五',
  contactPhone: '13800001234',
  createdAt: '2026-03-01T08:00:00Z',
  updatedAt: '2026-03-01T08:00:00Z',
  version: 1,
});

const grids = {
  data: {
    grids: [
      { id: 'g1', name: '新城街道', code: 'HJ01', level: 1, parentId: null, active: true },
      { id: 'g2', name: '新城社区', code: 'HJ0101', level: 2, parentId: 'g1', active: true },
      { id: 'g3', name: '新城社区第一网格', code: 'HJ010101', level: 3, parentId: 'g2', active: true },
    ],
  },
};

const page = (items: Enterprise[], nextCursor: string | null = null) => ({
  data: { enterprises: { items, nextCursor } },
});

const office = viewer({ roles: ['OFFICE_STAFF'] });

function enterpriseRequests(fetchMock: ReturnType<typeof stubGraphQLByOperation>) {
  return graphQLCalls(fetchMock)
    .filter((call) => call.operation === 'Enterprises')
    .map((call) => call.variables.page);
}

function fieldError(wrapper: VueWrapper, testId: string): string {
  const item = wrapper
    .findAll('.el-form-item')
    .find((node) => node.find(`[data-testid="${testId}"]`).exists());
  const error = item?.find('.el-form-item__error');
  return error?.exists() ? error.text() : '';
}

// Whole pages with Element Plus dialogs take a few seconds each in happy-dom.
describe('enterprise directory', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('turns the keyword and the sort order into the query’s variables', async () => {
    const fetchMock = stubGraphQLByOperation({
      GridOptions: grids,
      Enterprises: (variables) => {
        const keyword = (variables.page as { filter?: { keyword?: string } }).filter?.keyword;
        return page(
          keyword ? [enterprise('2', '河南华瑞软件科技有限公司')] : [enterprise('1', '郑州信诚商贸')],
        );
      },
    });
    const { wrapper } = await mountWithApp(EnterpriseList, { path: '/enterprises', viewer: office });
    const table = () => wrapper.find('[data-testid="enterprise-table"]').text();
    await vi.waitFor(() => expect(table()).toContain('郑州信诚商贸'));

    await wrapper.find('[data-testid="enterprise-keyword"]').setValue(' 华瑞 ');
    await vi.waitFor(() => expect(table()).toContain('河南华瑞软件科技有限公司'));
    await wrapper.find('[data-testid="enterprise-sort"] input[value="NAME"]').setValue(true);
    await vi.waitFor(() => expect(enterpriseRequests(fetchMock)).toHaveLength(3));

    expect(enterpriseRequests(fetchMock)).toEqual([
      { filter: null, sort: 'NEWEST', first: PAGE_SIZE, after: null },
      { filter: { keyword: '华瑞' }, sort: 'NEWEST', first: PAGE_SIZE, after: null },
      { filter: { keyword: '华瑞' }, sort: 'NAME', first: PAGE_SIZE, after: null },
    ]);
  });

  it('loads the next page after the cursor, keeping the filter', async () => {
    const fetchMock = stubGraphQLByOperation({
      GridOptions: grids,
      Enterprises: (variables) =>
        (variables.page as { after: string | null }).after
          ? page([enterprise('2', '第二页企业')])
          : page([enterprise('1', '第一页企业')], 'c1'),
    });
    const { wrapper } = await mountWithApp(EnterpriseList, { path: '/enterprises', viewer: office });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="enterprise-load-more"]').exists()).toBe(true));

    await wrapper.find('[data-testid="enterprise-load-more"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.text()).toContain('已显示全部 2 条记录'));
    const table = wrapper.find('[data-testid="enterprise-table"]').text();
    expect(table).toContain('第一页企业');
    expect(table).toContain('第二页企业');
    expect(enterpriseRequests(fetchMock)[1]).toMatchObject({ after: 'c1' });
  });

  it('says so when no enterprise matches', async () => {
    stubGraphQLByOperation({ GridOptions: grids, Enterprises: page([]) });
    const { wrapper } = await mountWithApp(EnterpriseList, { path: '/enterprises', viewer: office });

    await wrapper.find('[data-testid="enterprise-keyword"]').setValue('不存在');

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="enterprise-table"]').text()).toContain('没有符合筛选条件的企业'),
    );
  });

  it('checks the credit code before asking the server', async () => {
    const fetchMock = stubGraphQLByOperation({ GridOptions: grids, Enterprises: page([]) });
    const { wrapper } = await mountWithApp(EnterpriseList, { path: '/enterprises', viewer: office });
    await wrapper.find('[data-testid="enterprise-create"]').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="enterprise-form-credit-code"]').exists()).toBe(true),
    );

    const valid = makeCreditCode('91410108MA4567890');
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    await wrapper.find('[data-testid="enterprise-form-credit-code"]').setValue(wrongCheck);
    await wrapper.find('[data-testid="enterprise-form-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(fieldError(wrapper, 'enterprise-form-credit-code')).toBe(
        '统一社会信用代码校验位不正确,请核对营业执照',
      ),
    );
    expect(fieldError(wrapper, 'enterprise-form-name')).toBe('企业名称不能为空');
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('CreateEnterprise');
  });

  it('shows the server’s field errors beside the fields', async () => {
    stubGraphQLByOperation({
      GridOptions: grids,
      Enterprises: page([enterprise('1', '郑州信诚商贸')]),
      UpdateEnterprise: graphQLError('VALIDATION', '输入有误', {
        fields: [{ field: 'creditCode', message: '统一社会信用代码已被使用' }],
      }),
    });
    const { wrapper } = await mountWithApp(EnterpriseList, { path: '/enterprises', viewer: office });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="enterprise-table"] button').exists()).toBe(true),
    );

    await wrapper.find('[data-testid="enterprise-table"] button').trigger('click');
    await vi.waitFor(() =>
      expect((wrapper.find('[data-testid="enterprise-form-name"]').element as HTMLInputElement).value).toBe(
        '郑州信诚商贸',
      ),
    );
    await wrapper.find('[data-testid="enterprise-form-submit"]').trigger('click');

    await vi.waitFor(() =>
      expect(fieldError(wrapper, 'enterprise-form-credit-code')).toBe('统一社会信用代码已被使用'),
    );
  });
});
