import { beforeEach, describe, expect, it } from 'vitest';
import SignIn from '@/views/auth/SignIn.vue';
import { mountWithApp } from '@/testing';
import { i18n, setLocale } from './index';

describe('language switch', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    localStorage.clear();
  });

  it('starts in Simplified Chinese', async () => {
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    expect(document.documentElement.lang).toBe('zh-CN');
    expect(wrapper.find('[data-testid="login-submit"]').text()).toBe('登录');
    expect(wrapper.find('[data-testid="locale-switch"]').text()).toBe('English');
  });

  it('switches the texts, <html lang> and the remembered choice to English and back', async () => {
    const { wrapper } = await mountWithApp(SignIn, { path: '/sign-in' });

    await wrapper.find('[data-testid="locale-switch"]').trigger('click');

    expect(wrapper.find('[data-testid="login-submit"]').text()).toBe('Sign in');
    expect(wrapper.find('h2').text()).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('gridbridge.admin.locale')).toBe('en');
    expect(wrapper.find('[data-testid="locale-switch"]').text()).toBe('中文');

    await wrapper.find('[data-testid="locale-switch"]').trigger('click');

    expect(wrapper.find('[data-testid="login-submit"]').text()).toBe('登录');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('has every Chinese message in English too', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) =>
        typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    const { 'zh-CN': zh, en } = i18n.global.messages.value;
    expect(keys(en)).toEqual(keys(zh));
  });
});
