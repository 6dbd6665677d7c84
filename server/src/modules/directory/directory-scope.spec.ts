import { describe, expect, it } from '@jest/globals';
import { ROLES, type Role } from '@gridbridge/shared';
import type { Viewer } from '../../common/gql-context.js';
import { directoryScope } from './directory-scope.js';
import { enterprisePageQuery } from './enterprises.service.js';

const GRID = '00000000-0000-4000-8000-000000000001';
const ENTERPRISE = '00000000-0000-4000-8000-000000000002';

function viewer(roles: Role[], ids: Partial<Viewer> = {}): Viewer {
  return {
    userId: 'u',
    sessionId: 's',
    username: 'u',
    displayName: 'u',
    roles,
    mustChangePassword: false,
    departmentId: null,
    gridId: null,
    enterpriseId: null,
    ...ids,
  };
}

function scopeOf(v: Viewer) {
  const params: unknown[] = [];
  const sql = directoryScope(v, (value) => `$${params.push(value)}`);
  return { sql, params };
}

describe('directoryScope', () => {
  it('gives the whole directory only to those who keep it', () => {
    const whole = ROLES.filter((role) => scopeOf(viewer([role], { gridId: GRID })).sql === 'TRUE');
    expect(whole).toEqual(['OFFICE_STAFF', 'OFFICE_LEADER', 'SYS_ADMIN']);
  });

  it('limits a grid head to their subtree and an enterprise account to its enterprise', () => {
    expect(scopeOf(viewer(['GRID_HEAD'], { gridId: GRID }))).toEqual({
      sql: '(grid_path @> ARRAY[$1::uuid])',
      params: [GRID],
    });
    expect(scopeOf(viewer(['ENTERPRISE'], { enterpriseId: ENTERPRISE }))).toEqual({
      sql: '(id = $1::uuid)',
      params: [ENTERPRISE],
    });
  });

  it('shows nothing, rather than everything, to a viewer without a scope', () => {
    for (const v of [
      viewer(['GRID_HEAD']),
      viewer(['ENTERPRISE']),
      viewer(['DEPT_STAFF'], { gridId: GRID }),
      viewer(['INSPECTOR']),
      viewer(['AUDITOR']),
      viewer([]),
    ]) {
      expect(scopeOf(v).sql).toBe('FALSE');
    }
  });

  it('is part of every page of the directory list', () => {
    const { sql } = enterprisePageQuery({ first: 20, sort: 'NAME' }, viewer(['AUDITOR']));
    expect(sql).toMatch(/WHERE FALSE/);
  });
});
