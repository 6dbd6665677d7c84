import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/locales';
import {
  caseActions,
  deadlineDisplay,
  emptyFilters,
  emptyEntryForm,
  filtersFromQuery,
  filtersToQuery,
  formatShanghai,
  hasFilters,
  newClientKey,
  normalizeTrackingNo,
  periodBounds,
  toCaseFilter,
  toOfficeCaseInput,
  toPageArgs,
  type CaseFilters,
} from './data';

describe('case list filters → API variables', () => {
  it('sends no filter when nothing is chosen, and the page size with the cursor', () => {
    expect(toPageArgs(emptyFilters())).toEqual({ filter: null, first: 20, after: null });
    expect(toPageArgs(emptyFilters(), 'cursor-2').after).toBe('cursor-2');
    expect(hasFilters(emptyFilters())).toBe(false);
  });

  it('sends only the conditions in use, the keyword trimmed', () => {
    const filters: CaseFilters = {
      ...emptyFilters(),
      keyword: '  用电 报装 ',
      state: 'SUBMITTED',
      kind: 'COMPLAINT',
      category: 'TAXES_FEES',
      channel: 'PHONE',
      gridId: 'g1',
      industry: 'F',
      departmentId: 'd1',
      deadline: 'RED',
    };
    expect(toCaseFilter(filters)).toEqual({
      keyword: '用电 报装',
      state: 'SUBMITTED',
      kind: 'COMPLAINT',
      category: 'TAXES_FEES',
      channel: 'PHONE',
      gridId: 'g1',
      industry: 'F',
      departmentId: 'd1',
      deadline: 'RED',
    });
    expect(toCaseFilter({ ...emptyFilters(), keyword: '   ' })).toBeNull();
  });

  it('turns a period of dates into Shanghai midnights, the last day included', () => {
    // 2026-03-01 00:00 in Shanghai is 2026-02-28 16:00 UTC; "to" is the midnight after 03-31.
    expect(periodBounds(['2026-03-01', '2026-03-31'])).toEqual({
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
    });
    // One day: the whole of it.
    expect(periodBounds(['2026-10-01', '2026-10-01'])).toEqual({
      from: '2026-09-30T16:00:00.000Z',
      to: '2026-10-01T16:00:00.000Z',
    });
    // Dates typed the wrong way round still give a period.
    expect(periodBounds(['2026-03-31', '2026-03-01'])).toEqual(periodBounds(['2026-03-01', '2026-03-31']));
    expect(toCaseFilter({ ...emptyFilters(), period: ['2026-03-01', '2026-03-31'] })).toEqual({
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
    });
  });

  it('keeps the filters in the URL and reads them back, ignoring what it does not know', () => {
    const filters: CaseFilters = {
      ...emptyFilters(),
      keyword: 'YH2026000123',
      state: 'NEEDS_INFO',
      gridId: 'g9',
      industry: 'C',
      deadline: 'YELLOW',
      period: ['2026-01-01', '2026-01-31'],
    };
    const query = filtersToQuery(filters);
    expect(query).toEqual({
      q: 'YH2026000123',
      state: 'NEEDS_INFO',
      grid: 'g9',
      industry: 'C',
      deadline: 'YELLOW',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(filtersFromQuery(query as Record<string, string>)).toEqual(filters);
    expect(filtersToQuery(emptyFilters())).toEqual({});

    expect(
      filtersFromQuery({
        state: 'DELETED',
        kind: ['COMPLAINT'],
        industry: 'ZZ',
        from: '2026-1-1',
        to: '2026-01-31',
        q: 'x',
      }),
    ).toEqual({ ...emptyFilters(), keyword: 'x' });
  });
});

describe('which triage buttons a viewer sees', () => {
  const office = ['OFFICE_STAFF'] as const;

  it('gives the office every triage action on a submitted difficulty, refusal last — but no direct reply', () => {
    expect(caseActions('SUBMITTED', office, 'DIFFICULTY')).toEqual([
      'accept',
      'requestInfo',
      'markDuplicate',
      'reject',
    ]);
  });

  it('lets the office reply directly to a consultation from the inbox, and to any accepted case', () => {
    expect(caseActions('SUBMITTED', ['OFFICE_LEADER'], 'CONSULTATION')).toEqual([
      'accept',
      'requestInfo',
      'markDuplicate',
      'replyDirectly',
      'reject',
    ]);
    expect(caseActions('ACCEPTED', office, 'DIFFICULTY')).toEqual(['replyDirectly']);
  });

  it('offers nothing while the enterprise supplements, nor on a closed case', () => {
    expect(caseActions('NEEDS_INFO', office, 'DIFFICULTY')).toEqual([]);
    for (const state of ['REJECTED', 'DUPLICATE', 'WITHDRAWN', 'CLOSED', 'REPLIED'] as const) {
      expect(caseActions(state, office, 'CONSULTATION')).toEqual([]);
    }
  });

  it('shows departments, administrators and auditors no triage at all', () => {
    for (const roles of [['DEPT_STAFF'], ['DEPT_LEADER'], ['SYS_ADMIN'], ['AUDITOR']] as const) {
      expect(caseActions('SUBMITTED', roles, 'CONSULTATION')).toEqual([]);
      expect(caseActions('ACCEPTED', roles, 'DIFFICULTY')).toEqual([]);
    }
  });

  it('leaves out the table’s actions that have no mutation yet (assign, sign, supervise …)', () => {
    expect(caseActions('ASSIGNED', ['DEPT_STAFF'], 'DIFFICULTY')).toEqual([]);
    expect(caseActions('IN_PROGRESS', ['OFFICE_LEADER', 'DEPT_LEADER'], 'DIFFICULTY')).toEqual([]);
    expect(caseActions('ACCEPTED', office, 'DIFFICULTY')).not.toContain('assign');
  });
});

describe('deadlines', () => {
  beforeEach(() => setLocale('zh-CN'));

  it('reads the time left with the warning colours of docs/lifecycle-and-deadlines.md#warnings', () => {
    const due = '2026-03-03T15:59:59.999Z';
    expect(deadlineDisplay({ dueAt: due, state: 'NONE', workingDays: 3 })).toEqual({
      type: 'success',
      text: '剩 3 个工作日',
    });
    expect(deadlineDisplay({ dueAt: due, state: 'YELLOW', workingDays: 1 })).toEqual({
      type: 'warning',
      text: '今日到期',
    });
    // A weekend before the deadline day: one working day left, not due today.
    expect(deadlineDisplay({ dueAt: due, state: 'NONE', workingDays: 1 })).toEqual({
      type: 'success',
      text: '剩 1 个工作日',
    });
    expect(deadlineDisplay({ dueAt: due, state: 'RED', workingDays: 2 })).toEqual({
      type: 'danger',
      text: '超期 2 个工作日',
    });
    expect(deadlineDisplay({ dueAt: due, state: 'RED', workingDays: 0 })?.text).toBe('已超期');
    expect(deadlineDisplay({ dueAt: due, state: 'PAUSED', workingDays: 1 })).toEqual({
      type: 'info',
      text: '计时暂停',
    });
    expect(deadlineDisplay(null)).toBeNull();
  });

  it('speaks English too', () => {
    setLocale('en');
    expect(deadlineDisplay({ dueAt: '2026-03-03T15:59:59Z', state: 'NONE', workingDays: 2 })?.text).toBe(
      '2 working days left',
    );
  });

  it('shows times in Asia/Shanghai whatever the browser’s zone', () => {
    expect(formatShanghai('2026-03-03T15:59:59.999Z', 'zh-CN')).toBe('2026/03/03 23:59');
    expect(formatShanghai('2026-03-03T16:30:00Z', 'zh-CN', false)).toBe('2026/03/04');
    expect(formatShanghai(null, 'zh-CN')).toBe('');
  });
});

describe('office entry', () => {
  it('sends a complaint with its department and misconduct, trimmed, with the form’s key', () => {
    const input = toOfficeCaseInput(
      {
        ...emptyEntryForm(),
        enterpriseId: 'e1',
        channel: 'VISIT',
        kind: 'COMPLAINT',
        category: 'ENFORCEMENT',
        title: ' 检查中被要求缴纳不明费用 ',
        content: ' 执法人员检查时要求缴纳“服务费”。 ',
        namedDepartmentId: 'd7',
        misconductType: 'ARBITRARY_FEES',
        contactConsent: false,
      },
      ['a1', 'a2'],
      'key-12345678',
    );
    expect(input).toEqual({
      enterpriseId: 'e1',
      channel: 'VISIT',
      kind: 'COMPLAINT',
      category: 'ENFORCEMENT',
      title: '检查中被要求缴纳不明费用',
      content: '执法人员检查时要求缴纳“服务费”。',
      namedDepartmentId: 'd7',
      misconductType: 'ARBITRARY_FEES',
      contactConsent: false,
      attachmentIds: ['a1', 'a2'],
      clientKey: 'key-12345678',
    });
  });

  it('drops a misconduct type left over when the kind changed from complaint', () => {
    const input = toOfficeCaseInput(
      {
        ...emptyEntryForm(),
        enterpriseId: 'e1',
        kind: 'SUGGESTION',
        category: 'OTHER',
        title: 't',
        content: 'c',
        misconductType: 'INACTION',
      },
      [],
      'key-12345678',
    );
    expect(input.misconductType).toBeNull();
    expect(input.namedDepartmentId).toBeNull();
    expect(input.channel).toBe('PHONE');
  });

  it('makes idempotency keys the server accepts, a new one each time', () => {
    const first = newClientKey();
    expect(first).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newClientKey()).not.toBe(first);
  });

  it('normalises a typed tracking number', () => {
    expect(normalizeTrackingNo(' yh2026 000123 ')).toBe('YH2026000123');
  });
});
