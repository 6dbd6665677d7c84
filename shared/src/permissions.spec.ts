import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, PORTAL_ROLES } from './roles.js';
import { PERMISSIONS, can, rolesWith, type PermissionName } from './permissions.js';

describe('permissions', () => {
  it('grants a permission to exactly the roles mapped to it', () => {
    expect(can(['OFFICE_LEADER'], 'case.triage')).toBe(true);
    expect(can(['DEPT_LEADER', 'AUDITOR'], 'case.triage')).toBe(false);
    expect(can([], 'organisation.read')).toBe(false);
    expect(rolesWith('directory.write')).toEqual(['SYS_ADMIN', 'OFFICE_STAFF', 'OFFICE_LEADER']);
  });

  it('lets everyone who may export something list their exports', () => {
    const exporters = new Set([
      ...rolesWith('case.export'),
      ...rolesWith('directory.export'),
      ...rolesWith('audit.export'),
    ]);
    expect(new Set(rolesWith('exports.list'))).toEqual(exporters);
  });

  it('never mixes portal and admin roles in one permission', () => {
    for (const name of Object.keys(PERMISSIONS) as PermissionName[]) {
      const roles = rolesWith(name);
      const onPortal = roles.every((role) => PORTAL_ROLES.includes(role));
      const onAdmin = roles.every((role) => ADMIN_ROLES.includes(role));
      expect({ name, oneApp: onPortal || onAdmin }).toEqual({ name, oneApp: true });
    }
  });
});
