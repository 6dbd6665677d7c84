import { ROLES } from '@gridbridge/shared';
import { arrayOf, bool, column, nullable, oneOf, rowShape, text, timestamp } from '../../database/rows.js';

/** An account as the user administration reads it (app_user, without its secrets). */
export const USER_ROW = rowShape({
  id: column('id', text),
  username: column('username', text),
  displayName: column('display_name', text),
  mobile: column('mobile', nullable(text)),
  email: column('email', nullable(text)),
  roles: column('roles', arrayOf(oneOf(ROLES))),
  active: column('active', bool),
  departmentId: column('department_id', nullable(text)),
  gridId: column('grid_id', nullable(text)),
  enterpriseId: column('enterprise_id', nullable(text)),
  createdAt: column('created_at', timestamp),
});
