import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import * as account from '@/api/account';
import * as cases from '@/api/cases';
import { ApiError } from '@/api/client';
import * as enterprise from '@/api/enterprise';
import * as grid from '@/api/grid';
import { setLocale } from '@/locales';
import { enterpriseViewer, mountAt } from '@/testing/mount';
import { draftStorageKey } from './draft';
import { caseDetail, gridHeadViewer } from './fixtures';

vi.mock('@/api/account');
vi.mock('@/api/cases');
// The pages' early reads (router/routes.ts) would otherwise go to the network.
vi.mock('@/api/first-reads');
vi.mock('@/api/enterprise');
vi.mock('@/api/grid');
vi.mock('@/api/notifications');

async function fill(wrapper: VueWrapper, kind = 'DIFFICULTY'): Promise<void> {
  await wrapper.get(`[data-testid="case-kind-${kind}"]`).setValue(true);
  await wrapper.get('[data-testid="case-category"]').setValue('UTILITIES');
  await wrapper.get('[data-testid="case-title"]').setValue('厂区供电不稳定');
  await wrapper.get('[data-testid="case-content"]').setValue('本月已停电三次，影响生产。');
}

const storedDraft = (userId = enterpriseViewer.id) =>
  JSON.parse(localStorage.getItem(draftStorageKey(userId)) ?? 'null') as Record<string, unknown> | null;

describe('submitting a case', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    localStorage.clear();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(enterpriseViewer);
    vi.mocked(enterprise.fetchMyEnterpriseClaim).mockResolvedValue(null);
    vi.mocked(cases.fetchCaseDepartments).mockResolvedValue([
      { id: 'd1', name: '区市场监督管理局' },
      { id: 'd2', name: '区供电公司' },
    ]);
    vi.mocked(cases.fetchMyCase).mockResolvedValue(caseDetail());
  });

  it('renders its heading, then the form’s first screen, then the rest, each in a task of its own, then the shell’s footer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { wrapper } = await mountAt('/cases/new', { settle: false });
      expect(wrapper.find('h1').text()).toBe('反映诉求');
      expect(wrapper.find('[data-testid="case-kind-DIFFICULTY"]').exists()).toBe(false);

      vi.runOnlyPendingTimers();
      await flushPromises();
      expect(wrapper.find('[data-testid="case-kind-DIFFICULTY"]').exists()).toBe(true);
      expect(wrapper.find('[data-testid="case-department"]').exists()).toBe(true);
      expect(wrapper.find('[data-testid="case-title"]').exists()).toBe(false);
      expect(wrapper.find('.app-shell-footer').exists()).toBe(false);

      vi.runOnlyPendingTimers();
      await flushPromises();
      expect(wrapper.find('[data-testid="case-title"]').exists()).toBe(true);
      expect(wrapper.find('[data-testid="case-submit"]').exists()).toBe(true);
      expect(wrapper.find('.app-shell-footer').exists()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps what was typed across a reload, and says the draft was restored', async () => {
    const first = await mountAt('/cases/new');
    expect(first.wrapper.find('[data-testid="draft-restored"]').exists()).toBe(false);
    await fill(first.wrapper);
    await flushPromises();
    expect(storedDraft()).toMatchObject({ kind: 'DIFFICULTY', title: '厂区供电不稳定' });

    const { wrapper } = await mountAt('/cases/new');

    expect(wrapper.find('[data-testid="draft-restored"]').exists()).toBe(true);
    expect((wrapper.get('[data-testid="case-title"]').element as HTMLInputElement).value).toBe(
      '厂区供电不稳定',
    );
    expect((wrapper.get('[data-testid="case-kind-DIFFICULTY"]').element as HTMLInputElement).checked).toBe(
      true,
    );
    expect((wrapper.get('[data-testid="case-category"]').element as HTMLSelectElement).value).toBe(
      'UTILITIES',
    );
  });

  it('retries a submission that got no answer with the same key, then clears the draft', async () => {
    vi.mocked(cases.submitCase)
      .mockRejectedValueOnce(new ApiError('NETWORK', '无法连接服务器，请检查网络后重试'))
      .mockResolvedValueOnce({ id: 'c1', trackingNo: 'YH2026000123', queryCode: 'K7MPQ2XA' });
    const { wrapper, router } = await mountAt('/cases/new');
    await fill(wrapper);

    await wrapper.get('form.new-case__form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="case-submit-error"]').text()).toContain('同一份草稿只会生成一件诉求');
    expect(wrapper.get('[data-testid="case-submit"]').text()).toBe('重新提交');
    const keyOnDevice = storedDraft()?.clientKey;
    expect(keyOnDevice).toEqual(vi.mocked(cases.submitCase).mock.calls[0]![0].clientKey);

    await wrapper.get('form.new-case__form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/cases/c1/submitted'));
    await flushPromises();

    const calls = vi.mocked(cases.submitCase).mock.calls;
    expect(calls).toHaveLength(2);
    expect(calls[1]![0].clientKey).toBe(calls[0]![0].clientKey);
    expect(vi.mocked(cases.submitCase).mock.calls[1]![0]).toMatchObject({
      kind: 'DIFFICULTY',
      category: 'UTILITIES',
      title: '厂区供电不稳定',
      namedDepartmentId: null,
      misconductType: null,
      enterpriseId: null,
      attachmentIds: [],
    });
    expect(storedDraft()).toBeNull();
    expect(wrapper.get('[data-testid="receipt-tracking-no"]').text()).toBe('YH2026000123');
    expect(wrapper.get('[data-testid="receipt-query-code"]').text()).toBe('K7MPQ2XA');
  });

  it('asks a complaint for the department concerned and the misconduct type', async () => {
    const { wrapper } = await mountAt('/cases/new');
    expect(wrapper.find('[data-testid="case-misconduct"]').exists()).toBe(false);
    await fill(wrapper, 'COMPLAINT');

    await wrapper.get('form.new-case__form').trigger('submit');
    await flushPromises();

    expect(cases.submitCase).not.toHaveBeenCalled();
    const department = () => wrapper.get('[data-testid="case-department"]');
    const misconduct = () => wrapper.get('[data-testid="case-misconduct"]');
    expect(department().attributes('aria-invalid')).toBe('true');
    expect(misconduct().attributes('aria-invalid')).toBe('true');
    const messages = () => wrapper.findAll('.select-field__message').map((m) => m.text());
    expect(messages()).toEqual(expect.arrayContaining(['请选择涉及部门', '请选择投诉类型']));

    await department().setValue('d1');
    await misconduct().setValue('SLOW_ACTION');
    // A corrected field loses its message at once.
    expect(department().attributes('aria-invalid')).toBeUndefined();
    expect(messages()).not.toContain('请选择投诉类型');
    vi.mocked(cases.submitCase).mockResolvedValue({ id: 'c1', trackingNo: 'YH2026000123' });
    await wrapper.get('form.new-case__form').trigger('submit');
    await flushPromises();

    expect(vi.mocked(cases.submitCase).mock.calls[0]![0]).toMatchObject({
      kind: 'COMPLAINT',
      namedDepartmentId: 'd1',
      misconductType: 'SLOW_ACTION',
    });
  });

  it('shows the server’s message next to the field it names', async () => {
    vi.mocked(cases.submitCase).mockRejectedValue(
      new ApiError('VALIDATION', '输入有误', [{ field: 'input.title', message: '标题最多 80 个字符' }]),
    );
    const { wrapper } = await mountAt('/cases/new');
    await fill(wrapper);

    await wrapper.get('form.new-case__form').trigger('submit');
    await flushPromises();

    expect(wrapper.text()).toContain('标题最多 80 个字符');
    expect(wrapper.get('[data-testid="case-title"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('[data-testid="case-submit-error"]').exists()).toBe(false);
  });

  it('lets a grid head report for an enterprise of the grid given in the address (网格上报)', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHeadViewer);
    vi.mocked(grid.fetchGridEnterprise).mockResolvedValue({
      id: 'e1',
      name: '惠济区史记烩面馆',
    } as grid.GridEnterprise);
    vi.mocked(grid.fetchGridEnterprises).mockResolvedValue({ items: [], nextCursor: null });
    vi.mocked(cases.submitCase).mockResolvedValue({ id: 'c2', trackingNo: 'YH2026000124' });

    const { wrapper } = await mountAt('/cases/new?enterprise=e1');
    expect(wrapper.get('h1').text()).toBe('网格上报');
    expect(wrapper.get('[data-testid="chosen-enterprise"]').text()).toBe('惠济区史记烩面馆');
    await fill(wrapper);
    await wrapper.get('form.new-case__form').trigger('submit');
    await flushPromises();

    expect(vi.mocked(cases.submitCase).mock.calls[0]![0].enterpriseId).toBe('e1');
  });

  it('does not let a grid head submit without choosing an enterprise', async () => {
    vi.mocked(account.fetchViewer).mockResolvedValue(gridHeadViewer);
    vi.mocked(grid.fetchGridEnterprises).mockResolvedValue({ items: [], nextCursor: null });
    const { wrapper } = await mountAt('/cases/new');
    await fill(wrapper);

    await wrapper.get('form.new-case__form').trigger('submit');
    await flushPromises();

    expect(cases.submitCase).not.toHaveBeenCalled();
    expect(wrapper.get('[data-testid="enterprise-picker"] [role="alert"]').text()).toBe(
      '请选择要代为反映诉求的企业',
    );
  });
});
