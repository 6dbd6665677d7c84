import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { makeCreditCode } from '@gridbridge/shared';
import { setLocale } from '@/locales';
import { graphQLCalls, mountWithApp, stubGraphQLByOperation, viewer } from '@/testing';
import NewCase from './new.vue';

const office = viewer({ roles: ['OFFICE_STAFF'] });

const enterprise = {
  id: 'e1',
  name: '郑州惠济宏达食品有限公司',
  creditCode: makeCreditCode('91410108MA0000001'),
  legalRepresentative: '王五',
  industry: 'C',
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
};

const departments = {
  data: {
    departments: [
      {
        id: 'd1',
        name: '区市场监督管理局',
        shortName: '市场监管局',
        kind: 'BUREAU',
        contactPhone: null,
        active: true,
        version: 1,
      },
    ],
  },
};

/** Chooses an option of the select inside `testId` (Element Plus renders options in a popper). */
async function choose(wrapper: VueWrapper, testId: string, label: string) {
  await wrapper.find(`[data-testid="${testId}"]`).trigger('click');
  await flushPromises();
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find(
    (item) => item.textContent?.trim() === label,
  );
  if (!option) throw new Error(`No option ${label}`);
  option.click();
  await flushPromises();
}

async function pick(wrapper: VueWrapper, group: string, label: string) {
  const radio = wrapper
    .findAll(`[data-testid="${group}"] label`)
    .find((node) => node.text().trim() === label);
  await radio!.find('input').setValue(true);
}

function errors(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.el-form-item__error').map((node) => node.text());
}

describe('office entry 录入诉求', { timeout: 20_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('asks a complaint for the department concerned and the misconduct before sending anything', async () => {
    const fetchMock = stubGraphQLByOperation({
      Enterprise: { data: { enterprise } },
      Departments: departments,
    });
    const { wrapper } = await mountWithApp(NewCase, { path: '/cases/new?enterpriseId=e1', viewer: office });
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="entry-enterprise-info"]').text()).toContain('新城社区第一网格'),
    );

    await pick(wrapper, 'entry-kind', '投诉举报');
    await choose(wrapper, 'entry-category', '执法检查');
    await wrapper.find('[data-testid="entry-title"]').setValue('检查中被要求缴纳不明费用');
    await wrapper.find('[data-testid="entry-content"]').setValue('执法人员检查时要求缴纳服务费。');
    await wrapper.find('[data-testid="case-entry-form"]').trigger('submit');

    await vi.waitFor(() => expect(errors(wrapper)).toEqual(['被投诉部门不能为空', '投诉类型不能为空']));
    expect(graphQLCalls(fetchMock).map((call) => call.operation)).not.toContain('EnterCase');
  });

  it('enters the case with its channel, and a retry after a lost answer reuses the same key', async () => {
    let attempts = 0;
    const fetchMock = stubGraphQLByOperation({
      Enterprise: { data: { enterprise } },
      Departments: departments,
      EnterCase: () => {
        attempts += 1;
        if (attempts === 1) throw new Error('connection reset');
        return { data: { enterCase: { id: 'new1', trackingNo: 'YH2026000321' } } };
      },
      Case: { data: null },
    });
    const { wrapper, router } = await mountWithApp(NewCase, {
      path: '/cases/new?enterpriseId=e1',
      viewer: office,
    });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="entry-enterprise-info"]').exists()).toBe(true));

    await pick(wrapper, 'entry-channel', '来信');
    await pick(wrapper, 'entry-kind', '困难问题');
    await choose(wrapper, 'entry-category', '水电气暖');
    await wrapper.find('[data-testid="entry-title"]').setValue(' 新厂房用电报装 ');
    await wrapper.find('[data-testid="entry-content"]').setValue('来信反映新厂房用电报装一个月未办理。');
    await wrapper.find('[data-testid="case-entry-form"]').trigger('submit');

    await vi.waitFor(() => expect(wrapper.find('[data-testid="entry-error"]').exists()).toBe(true));
    expect(wrapper.find('[data-testid="entry-error"]').text()).toContain('无法连接服务器');

    await wrapper.find('[data-testid="case-entry-form"]').trigger('submit');
    // The case page loads lazily: give it time.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/new1'), {
      timeout: 10_000,
    });

    const sent = graphQLCalls(fetchMock)
      .filter((call) => call.operation === 'EnterCase')
      .map((call) => call.variables.input as Record<string, unknown>);
    expect(sent).toHaveLength(2);
    expect(sent[1].clientKey).toBe(sent[0].clientKey);
    expect(sent[1]).toEqual({
      enterpriseId: 'e1',
      channel: 'LETTER',
      kind: 'DIFFICULTY',
      category: 'UTILITIES',
      title: '新厂房用电报装',
      content: '来信反映新厂房用电报装一个月未办理。',
      namedDepartmentId: null,
      misconductType: null,
      contactConsent: true,
      attachmentIds: [],
      clientKey: sent[0].clientKey,
    });
  });
});
