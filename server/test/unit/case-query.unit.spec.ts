import { describe, expect, it } from '@jest/globals';
import { CN_HOLIDAYS_2025_2026, WorkingCalendar, type Role } from '@gridbridge/shared';
import type { Viewer } from '../../src/common/gql-context.js';
import { encodeCursor } from '../../src/common/keyset.js';
import { caseConditions, casePageQuery } from '../../src/modules/cases/case-query.js';
import { caseScope, sqlParams } from '../../src/modules/cases/case-scope.js';

const calendar = new WorkingCalendar(CN_HOLIDAYS_2025_2026);
const now = new Date('2026-06-15T02:00:00.000Z');
const DEPARTMENT = '11111111-1111-4111-8111-111111111111';
const ENTERPRISE = '22222222-2222-4222-8222-222222222222';
const GRID = '33333333-3333-4333-8333-333333333333';
const CASE_ID = '44444444-4444-4444-8444-444444444444';

function viewer(
  roles: Role[],
  ids: Partial<Pick<Viewer, 'departmentId' | 'enterpriseId' | 'gridId'>> = {},
): Viewer {
  return {
    userId: 'u',
    sessionId: 's',
    username: 'u',
    displayName: 'U',
    roles,
    mustChangePassword: false,
    departmentId: null,
    gridId: null,
    enterpriseId: null,
    ...ids,
  };
}

/** The scope condition with its parameters filled in, to read as one string. */
function scopeOf(v: Viewer): { sql: string; params: unknown[] } {
  const { params, add } = sqlParams();
  return { sql: caseScope(v, add).replace(/\s+/g, ' '), params };
}

describe('caseScope', () => {
  it('lets the office see every case', () => {
    expect(scopeOf(viewer(['OFFICE_STAFF']))).toEqual({ sql: 'TRUE', params: [] });
    expect(scopeOf(viewer(['OFFICE_STAFF', 'OFFICE_LEADER']))).toEqual({ sql: 'TRUE', params: [] });
  });

  it('limits a department to the cases it holds an assignment for, minus complaints that name it', () => {
    const { sql, params } = scopeOf(viewer(['DEPT_STAFF'], { departmentId: DEPARTMENT }));
    expect(params).toEqual([DEPARTMENT]);
    expect(sql).toContain(
      'c.id IN (SELECT a.case_id FROM case_assignment a WHERE a.department_id = $1::uuid)',
    );
    expect(sql).toContain("c.kind <> 'COMPLAINT' OR c.named_department_id IS DISTINCT FROM $1::uuid");
  });

  it('limits an enterprise account to its own enterprise', () => {
    expect(scopeOf(viewer(['ENTERPRISE'], { enterpriseId: ENTERPRISE }))).toEqual({
      sql: '(c.enterprise_id = $1::uuid)',
      params: [ENTERPRISE],
    });
  });

  it('limits a grid head to enterprises in the grid subtree', () => {
    const { sql, params } = scopeOf(viewer(['GRID_HEAD'], { gridId: GRID }));
    expect(params).toEqual([GRID]);
    expect(sql).toBe('(c.enterprise_id IN (SELECT id FROM enterprise WHERE grid_path @> ARRAY[$1::uuid]))');
  });

  it.each<[string, Viewer]>([
    ['an inspector', viewer(['INSPECTOR'])],
    ['an administrator', viewer(['SYS_ADMIN'])],
    ['an auditor', viewer(['AUDITOR'])],
    ['a department user without a department', viewer(['DEPT_LEADER'])],
    ['an enterprise account whose claim is pending', viewer(['ENTERPRISE'])],
    ['a grid head without a grid', viewer(['GRID_HEAD'])],
  ])('shows %s nothing', (_, v) => {
    expect(scopeOf(v)).toEqual({ sql: 'FALSE', params: [] });
  });
});

describe('caseConditions', () => {
  const office = viewer(['OFFICE_STAFF']);
  const conditions = (filter: Parameters<typeof caseConditions>[1]) => {
    const { params, add } = sqlParams();
    return { where: caseConditions(office, filter, calendar, now, add), params };
  };

  it('starts with the scope, then one condition per filter given', () => {
    const { where, params } = conditions({ state: 'SUBMITTED', kind: 'COMPLAINT', departmentId: DEPARTMENT });
    expect(where).toEqual(['TRUE', 'c.state = $1', 'c.kind = $2', 'c.lead_department_id = $3::uuid']);
    expect(params).toEqual(['SUBMITTED', 'COMPLAINT', DEPARTMENT]);
  });

  it('matches a tracking number exactly, upper-cased, instead of searching words', () => {
    expect(conditions({ keyword: ' yh2026000123 ' })).toEqual({
      where: ['TRUE', 'c.tracking_no = $1'],
      params: ['YH2026000123'],
    });
  });

  it('searches the words of a keyword, and finds nothing for a keyword without words', () => {
    const words = conditions({ keyword: '用地规划' });
    expect(words.where[1]).toMatch(
      /^\(c\.search_vector @@ plainto_tsquery\('simple', \$1\) OR c\.enterprise_id = ANY/,
    );
    expect(words.params[0]).toMatch(/用地/);
    expect(conditions({ keyword: '!!!' }).where).toEqual(['TRUE', 'FALSE']);
  });

  it('matches each word in the text, the enterprise name or a category name (zh-CN or en)', () => {
    const financing = conditions({ keyword: '融资' });
    expect(financing.where).toHaveLength(2);
    expect(financing.where[1]).toContain('strpos(lower(name), $1)');
    expect(financing.where[1]).toContain('c.category = ANY ($2::text[])');
    expect(financing.params).toEqual(['融资', ['FINANCING']]);
    expect(conditions({ keyword: 'Credit' }).params).toEqual(['credit', ['FINANCING']]);
    // A word that names no category asks only the text and the enterprise names.
    const plain = conditions({ keyword: '宏达' });
    expect(plain.where[1]).not.toContain('c.category');
    expect(plain.params.every((p) => typeof p === 'string')).toBe(true);
  });

  it('splits running deadlines at now and at the yellow cut-off', () => {
    const cutoff = calendar.yellowCutoff(now);
    expect(conditions({ deadline: 'RED' })).toEqual({
      where: ['TRUE', 'c.paused_at IS NULL AND c.state_deadline < $1'],
      params: [now],
    });
    expect(conditions({ deadline: 'YELLOW' }).params).toEqual([now, cutoff]);
    expect(conditions({ deadline: 'NONE' })).toEqual({
      where: ['TRUE', 'c.paused_at IS NULL AND c.state_deadline >= $1'],
      params: [cutoff],
    });
    expect(conditions({ deadline: 'PAUSED' }).where).toEqual(['TRUE', 'c.paused_at IS NOT NULL']);
  });
});

describe('casePageQuery', () => {
  const office = viewer(['OFFICE_STAFF']);

  it('asks for one row more than the page, newest first', () => {
    const page = casePageQuery(office, { first: 20 }, calendar, now);
    expect(page).toMatchObject({ limit: 20, byDeadline: false, params: [21] });
    expect(page.sql).toContain('ORDER BY c.submitted_at DESC, c.id DESC LIMIT $1');
  });

  it('continues after the cursor of the newest-first order', () => {
    const after = encodeCursor(['2026-06-15T02:00:00.000Z', CASE_ID]);
    const page = casePageQuery(office, { first: 10, after }, calendar, now);
    expect(page.sql).toContain('(c.submitted_at, c.id) < ($1::timestamptz, $2::uuid)');
    expect(page.params).toEqual(['2026-06-15T02:00:00.000Z', CASE_ID, 11]);
  });

  it('sorts the inbox by nearest deadline, untimed cases last', () => {
    const page = casePageQuery(office, { first: 5, sort: 'DEADLINE' }, calendar, now);
    expect(page.byDeadline).toBe(true);
    expect(page.sql).toContain('ORDER BY c.state_deadline ASC NULLS LAST, c.id ASC');
  });

  it('past the timed cases, continues among the untimed ones by id', () => {
    const after = encodeCursor(['', CASE_ID]);
    const page = casePageQuery(office, { first: 5, sort: 'DEADLINE', after }, calendar, now);
    expect(page.sql).toContain('(c.state_deadline IS NULL AND c.id > $1::uuid)');
  });

  it('applies the viewer scope inside the page query', () => {
    const page = casePageQuery(
      viewer(['ENTERPRISE'], { enterpriseId: ENTERPRISE }),
      { first: 5 },
      calendar,
      now,
    );
    expect(page.sql).toContain('WHERE (c.enterprise_id = $1::uuid)');
    expect(page.params).toEqual([ENTERPRISE, 6]);
  });

  it.each([0, 101, 2.5])('refuses a page size of %s, naming `first`', (first) => {
    expect(() => casePageQuery(office, { first }, calendar, now)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        fields: [{ field: 'first', rule: 'between', params: { min: 1, max: 100 } }],
      }),
    );
  });

  it.each([
    ['not base64url JSON', 'not a cursor!'],
    ['a cursor of the other order', encodeCursor(['', CASE_ID])],
    ['an id that is no UUID', encodeCursor(['2026-06-15T02:00:00.000Z', "1'; DROP TABLE case_file; --"])],
    ['too many values', encodeCursor(['2026-06-15T02:00:00.000Z', CASE_ID, 'x'])],
  ])('refuses %s as a cursor, naming `after`', (_, after) => {
    expect(() => casePageQuery(office, { first: 5, after }, calendar, now)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', fields: [{ field: 'after', rule: 'invalid' }] }),
    );
  });
});
