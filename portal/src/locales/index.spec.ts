import { afterEach, describe, expect, it } from 'vitest';
import { currentLocale, setLocale, t } from '.';

describe('t, the portal’s messages', () => {
  afterEach(() => setLocale('zh-CN'));

  it('fills the placeholders from the named values, and leaves an empty one for a missing value', () => {
    expect(t('app.footer', { year: 2026 })).toBe('© 2026 网格连心桥 · 优化营商环境网格化服务平台');
    expect(t('app.footer')).toBe('©  网格连心桥 · 优化营商环境网格化服务平台');
  });

  it('answers in the language chosen, and names a message it does not have by its key', () => {
    setLocale('en');
    expect(currentLocale()).toBe('en');
    expect(t('pages.signIn')).toBe('Sign in');
    // @ts-expect-error: no such message
    expect(t('app.noSuchMessage')).toBe('app.noSuchMessage');
  });
});
