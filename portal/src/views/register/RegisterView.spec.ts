import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { makeCreditCode } from '@gridbridge/shared';
import * as account from '@/api/account';
import { ApiError } from '@/api/client';
import * as enterprise from '@/api/enterprise';
import { setLocale } from '@/locales';
import { mountAt } from '@/testing/mount';

vi.mock('@/api/account');
vi.mock('@/api/enterprise');

const VALID_CODE = makeCreditCode('91410108MA3X7K2P0');
/** The same code with a wrong check character. */
const WRONG_CHECK = VALID_CODE.slice(0, 17) + (VALID_CODE.endsWith('1') ? '2' : '1');

const valid = {
  'register-credit-code': VALID_CODE,
  'register-enterprise-name': '郑州惠济宏达食品有限公司',
  'register-name': '王建华',
  'register-mobile': '13912345678',
  'register-password': 'Secret#2026',
  'register-confirm': 'Secret#2026',
};

type FieldId = keyof typeof valid;

function messageOf(wrapper: VueWrapper, testId: FieldId): string | undefined {
  const input = wrapper.get(`[data-testid="${testId}"]`);
  const messageId = input.attributes('aria-describedby');
  return input.attributes('aria-invalid') === 'true' && messageId
    ? wrapper.get(`#${messageId}`).text()
    : undefined;
}

async function submit(wrapper: VueWrapper, values: Partial<Record<FieldId, string>>): Promise<void> {
  for (const [testId, value] of Object.entries({ ...valid, ...values })) {
    await wrapper.get(`[data-testid="${testId}"]`).setValue(value);
  }
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('enterprise registration', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
  });

  it('is reachable from the sign-in page and from home', async () => {
    const { wrapper, router } = await mountAt('/sign-in');
    expect(wrapper.get('[data-testid="register-link"]').attributes('href')).toBe('/register');

    await router.push('/');
    await flushPromises();
    expect(wrapper.get('[data-testid="register-link"]').attributes('href')).toBe('/register');
  });

  it('says what each empty field needs and sends nothing', async () => {
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, Object.fromEntries(Object.keys(valid).map((key) => [key, ''])));

    expect(messageOf(wrapper, 'register-credit-code')).toBe('统一社会信用代码不能为空');
    expect(messageOf(wrapper, 'register-enterprise-name')).toBe('企业名称不能为空');
    expect(messageOf(wrapper, 'register-name')).toBe('姓名不能为空');
    expect(messageOf(wrapper, 'register-mobile')).toBe('手机号不能为空');
    expect(messageOf(wrapper, 'register-password')).toBe('密码不能为空');
    expect(enterprise.registerEnterpriseAccount).not.toHaveBeenCalled();
  });

  it.each([
    ['too short', '91410108MA3X7K2P', '统一社会信用代码应为 18 位（已输入 16 位）'],
    [
      'with a wrong check character',
      WRONG_CHECK,
      '统一社会信用代码不符合 GB 32100-2015 规则（校验位错误或含非法字符）',
    ],
    [
      'with a letter the code never uses',
      `91410108MA3X7K2PO${VALID_CODE[17]}`,
      '统一社会信用代码不符合 GB 32100-2015 规则（校验位错误或含非法字符）',
    ],
  ])('refuses a credit code %s', async (_case, code, message) => {
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, { 'register-credit-code': code });

    expect(messageOf(wrapper, 'register-credit-code')).toBe(message);
    expect(enterprise.registerEnterpriseAccount).not.toHaveBeenCalled();
  });

  it.each([
    ['Ab#1', '密码至少 8 个字符'],
    ['abcdefgh1', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
  ])('applies the password policy to %s', async (password, message) => {
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, { 'register-password': password, 'register-confirm': password });

    expect(messageOf(wrapper, 'register-password')).toBe(message);
    expect(enterprise.registerEnterpriseAccount).not.toHaveBeenCalled();
  });

  it('asks for the same password twice and a real mobile number', async () => {
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, { 'register-confirm': 'Secret#2025', 'register-mobile': '1391234567' });

    expect(messageOf(wrapper, 'register-confirm')).toBe('两次输入的密码不一致');
    expect(messageOf(wrapper, 'register-mobile')).toBe('手机号格式不正确');
    expect(messageOf(wrapper, 'register-password')).toBeUndefined();
    expect(enterprise.registerEnterpriseAccount).not.toHaveBeenCalled();
  });

  it('sends the trimmed form with the credit code in capitals and shows what happens next', async () => {
    vi.mocked(enterprise.registerEnterpriseAccount).mockResolvedValue({
      id: 'c1',
      status: 'PENDING',
      enterpriseName: valid['register-enterprise-name'],
      creditCode: VALID_CODE,
      applicantName: '王建华',
      applicantMobile: '13912345678',
      createdAt: '2026-11-27T06:00:00Z',
    });
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, {
      'register-credit-code': ` ${VALID_CODE.toLowerCase()} `,
      'register-name': ' 王建华 ',
    });

    expect(enterprise.registerEnterpriseAccount).toHaveBeenCalledWith({
      creditCode: VALID_CODE,
      enterpriseName: '郑州惠济宏达食品有限公司',
      displayName: '王建华',
      mobile: '13912345678',
      password: 'Secret#2026',
    });
    const done = wrapper.get('[data-testid="register-done"]');
    expect(done.get('h1').text()).toBe('已提交，待优化办审核');
    expect(done.text()).toContain('请使用手机号 13912345678');
    expect(done.get('a[href^="/sign-in"]').attributes('href')).toBe('/sign-in?identifier=13912345678');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it.each([
    ['register-credit-code', 'creditCode', '统一社会信用代码不在本区企业名录中，请联系所在网格长或优化办'],
    ['register-enterprise-name', 'enterpriseName', '企业名称与名录中的企业名称不一致'],
    ['register-mobile', 'mobile', '手机号已被使用'],
  ] as const)("shows the server's %s problem under its field", async (testId, field, message) => {
    vi.mocked(enterprise.registerEnterpriseAccount).mockRejectedValue(
      new ApiError('VALIDATION', `输入有误：${message}`, [{ field, message }]),
    );
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, {});

    expect(messageOf(wrapper, testId)).toBe(message);
    expect(wrapper.find('[data-testid="register-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="register-done"]').exists()).toBe(false);
  });

  it('shows a refusal that concerns no field above the button', async () => {
    const message = '操作过于频繁，请 60 秒后再试';
    vi.mocked(enterprise.registerEnterpriseAccount).mockRejectedValue(new ApiError('RATE_LIMITED', message));
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, {});

    expect(wrapper.get('[data-testid="register-error"]').text()).toBe(message);
    expect(wrapper.get('[data-testid="register-error"]').attributes('role')).toBe('alert');
  });

  it('speaks English too', async () => {
    setLocale('en');
    const { wrapper } = await mountAt('/register');

    await submit(wrapper, { 'register-confirm': 'other' });

    expect(wrapper.get('h1').text()).toBe('Register your enterprise');
    expect(messageOf(wrapper, 'register-confirm')).toBe('The two passwords do not match');
  });
});
