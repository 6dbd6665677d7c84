import {
  DEPARTMENT_KIND_CODES,
  ENTERPRISE_SCALE_CODES,
  ENTERPRISE_STATUS_CODES,
  INDUSTRY_CODES,
  SERVICE_POINT_KINDS,
  type ServicePointKind,
} from '@gridbridge/shared';
import {
  bool,
  column,
  insertTarget,
  int,
  nullable,
  oneOf,
  rowShape,
  text,
  textArray,
  timestamp,
} from '../../database/rows.js';

/*
 * The directory's tables as the services, loaders, exports and the demo read them: each table's
 * columns once (docs/architecture.md, "Typed rows"). Field names are the GraphQL types' names.
 */

export const GRID_ROW = rowShape({
  id: column('id', text),
  name: column('name', text),
  code: column('code', text),
  level: column('level', int),
  parentId: column('parent_id', nullable(text)),
  path: column('path', textArray),
  active: column('active', bool),
  version: column('version', int),
});

export const DEPARTMENT_ROW = rowShape({
  id: column('id', text),
  name: column('name', text),
  shortName: column('short_name', text),
  kind: column('kind', oneOf(DEPARTMENT_KIND_CODES)),
  contactPhone: column('contact_phone', nullable(text)),
  active: column('active', bool),
  version: column('version', int),
});

export const ENTERPRISE_ROW = rowShape({
  id: column('id', text),
  name: column('name', text),
  creditCode: column('credit_code', text),
  legalRepresentative: column('legal_representative', text),
  industry: column('industry', oneOf(INDUSTRY_CODES)),
  scale: column('scale', oneOf(ENTERPRISE_SCALE_CODES)),
  status: column('status', oneOf(ENTERPRISE_STATUS_CODES)),
  address: column('address', text),
  gridId: column('grid_id', text),
  contactName: column('contact_name', text),
  contactPhone: column('contact_phone', text),
  createdAt: column('created_at', timestamp),
  updatedAt: column('updated_at', timestamp),
  version: column('version', int),
});
export const ENTERPRISE_COLUMNS = ENTERPRISE_ROW.select;

/** Read on the alias `sp`, since the portal's search joins the grid. */
export const SERVICE_POINT_ROW = rowShape({
  id: column('sp.id', text),
  gridId: column('sp.grid_id', text),
  kind: column('sp.kind', oneOf(Object.keys(SERVICE_POINT_KINDS) as ServicePointKind[])),
  name: column('sp.name', text),
  address: column('sp.address', text),
  phone: column('sp.phone', text),
  openingHours: column('sp.opening_hours', text),
  services: column('sp.services', textArray),
  active: column('sp.active', bool),
  version: column('sp.version', int),
});

/** A claim with its enterprise and applicant, read from CLAIM_FROM. */
export const CLAIM_ROW = rowShape({
  id: column('c.id', text),
  status: column('c.status', oneOf(['PENDING', 'APPROVED', 'REJECTED'] as const)),
  rejectionReason: column('c.rejection_reason', nullable(text)),
  enterpriseId: column('c.enterprise_id', text),
  enterpriseName: column('e.name', text),
  creditCode: column('e.credit_code', text),
  applicantName: column('u.display_name', text),
  applicantMobile: column('u.mobile', text),
  createdAt: column('c.created_at', timestamp),
  decidedAt: column('c.decided_at', nullable(timestamp)),
});
export const CLAIM_FROM = `enterprise_claim c JOIN enterprise e ON e.id = c.enterprise_id JOIN app_user u ON u.id = c.user_id`;

/** An enterprise's own account, from app_user. */
export const ENTERPRISE_ACCOUNT_ROW = rowShape({
  id: column('id', text),
  displayName: column('display_name', text),
  username: column('username', text),
  mobile: column('mobile', nullable(text)),
  manager: column('enterprise_manager', bool),
  active: column('active', bool),
});

/*
 * What each writer of a directory table fills on INSERT, in this order: the services, the demo
 * district and the bench generator (scripts/generate-large-dataset.mjs).
 */
export const DEPARTMENT_INSERT = insertTarget('department', [
  'name',
  'short_name',
  'kind',
  'contact_phone',
  'created_at',
  'updated_at',
]);
export const GRID_INSERT = insertTarget('grid', [
  'id',
  'name',
  'code',
  'level',
  'parent_id',
  'path',
  'created_at',
  'updated_at',
]);
export const SERVICE_POINT_INSERT = insertTarget('service_point', [
  'grid_id',
  'kind',
  'name',
  'address',
  'phone',
  'opening_hours',
  'services',
  'created_at',
  'updated_at',
]);
export const ENTERPRISE_INSERT = insertTarget('enterprise', [
  'name',
  'credit_code',
  'legal_representative',
  'industry',
  'scale',
  'status',
  'address',
  'grid_id',
  'grid_path',
  'contact_name',
  'contact_phone',
  'created_at',
  'updated_at',
]);
