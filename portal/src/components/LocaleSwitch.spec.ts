import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as account from '@/api/account';
import { setLocale } from '@/locales';
import { mountAt } from '@/testing/mount';

vi.mock('@/api/account');

describe('language switch', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('zh-CN');
    vi.mocked(account.fetchViewer).mockResolvedValue(null);
  });

  it('switches the page between Chinese and English and marks the document language', async () => {
    const { wrapper } = await mountAt('/');
    const heading = () => wrapper.get('h1').text();
    const toggle = wrapper.get('[data-testid="locale-switch"]');
    expect(heading()).toBe('企业有呼声，区里有回应');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(toggle.text()).toBe('English');

    await toggle.trigger('click');

    expect(heading()).toBe('Enterprises speak up, the district answers');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Home - GridBridge');
    expect(toggle.text()).toBe('中文');
    expect(toggle.attributes('lang')).toBe('zh-CN');

    await toggle.trigger('click');

    expect(heading()).toBe('企业有呼声，区里有回应');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('remembers the choice on this device', async () => {
    const { wrapper } = await mountAt('/');

    await wrapper.get('[data-testid="locale-switch"]').trigger('click');

    expect(localStorage.getItem('gridbridge.locale')).toBe('en');
  });
});
