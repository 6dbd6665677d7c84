import { beforeEach, describe, expect, it } from 'vitest';
import { makeCreditCode } from '@gridbridge/shared';
import { setLocale } from '@/locales';
import { PAGE_SIZE, creditCodeMessage, emptyFilters, historyChanges, toPageArgs } from './data';

describe('enterprise filters', () => {
  it('asks for the first page of everything when no filter is set', () => {
    expect(toPageArgs(emptyFilters(), 'NEWEST')).toEqual({
      filter: null,
      sort: 'NEWEST',
      first: PAGE_SIZE,
      after: null,
    });
  });

  it('sends only the conditions in use, the keyword trimmed', () => {
    const filters = { ...emptyFilters(), gridId: 'g-2', scale: 'SMALL' as const, keyword: '  华瑞 ' };

    expect(toPageArgs(filters, 'NAME', 'cursor-1')).toEqual({
      filter: { gridId: 'g-2', scale: 'SMALL', keyword: '华瑞' },
      sort: 'NAME',
      first: PAGE_SIZE,
      after: 'cursor-1',
    });
  });

  it('maps every filter to its field', () => {
    const filters = {
      gridId: 'g-1',
      industry: 'C' as const,
      scale: 'MICRO' as const,
      status: 'CLOSED' as const,
      keyword: '91410108',
    };

    expect(toPageArgs(filters, 'NEWEST').filter).toEqual(filters);
  });

  it('treats a keyword of spaces as no keyword', () => {
    expect(toPageArgs({ ...emptyFilters(), keyword: '   ' }, 'NEWEST').filter).toBeNull();
  });
});

describe('credit-code rule', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('accepts a code whose check character is right', () => {
    expect(creditCodeMessage(makeCreditCode('91410108MA4567890'))).toBeNull();
  });

  it('leaves an empty code to the required rule', () => {
    expect(creditCodeMessage('')).toBeNull();
  });

  it('says what is wrong with a code', () => {
    const valid = makeCreditCode('91410108MA4567890');
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');

    expect(creditCodeMessage('9141010812345')).toBe('统一社会信用代码应为 18 位');
    expect(creditCodeMessage(valid.toLowerCase())).toContain('含非法字符');
    expect(creditCodeMessage('91410108MA456789IO')).toContain('含非法字符');
    expect(creditCodeMessage(wrongCheck)).toBe('统一社会信用代码校验位不正确,请核对营业执照');
  });

  it('speaks English when the UI does', () => {
    setLocale('en');
    expect(creditCodeMessage('914101')).toBe('A unified social credit code has 18 characters');
  });
});

describe('change history', () => {
  const show = (field: string, value: string) => (field === 'scale' ? `<${value}>` : value);

  it('lists the fields that changed, before and after', () => {
    const details = JSON.stringify({
      before: { name: '甲公司', scale: 'SMALL', contactName: '王五', version: 1, updatedAt: 'a' },
      after: { name: '甲公司', scale: 'MEDIUM', contactName: '赵六', version: 2, updatedAt: 'b' },
    });

    expect(historyChanges(details, show)).toEqual([
      { field: 'scale', before: '<SMALL>', after: '<MEDIUM>' },
      { field: 'contactName', before: '王五', after: '赵六' },
    ]);
  });

  it('lists what a creation set', () => {
    const details = JSON.stringify({ before: null, after: { name: '乙公司', address: '' } });

    expect(historyChanges(details, show)).toEqual([{ field: 'name', before: null, after: '乙公司' }]);
  });

  it('shows nothing for details it cannot read', () => {
    expect(historyChanges('not json', show)).toEqual([]);
    expect(historyChanges(null, show)).toEqual([]);
  });
});
