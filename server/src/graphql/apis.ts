import { Module } from '@nestjs/common';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import {
  EnterpriseFieldsResolver,
  GridFieldsResolver,
  ServicePointFieldsResolver,
} from '../modules/directory/directory-fields.resolver.js';
import {
  EnterprisesAdminResolver,
  OrganisationAdminResolver,
} from '../modules/directory/directory.admin.resolver.js';
import { DirectoryPortalResolver } from '../modules/directory/directory.portal.resolver.js';

/*
 * The two GraphQL APIs. A resolver appears in an API only if it is listed here, so the public
 * portal schema does not even contain admin operations (STYLE.md, Vendure's Shop/Admin split).
 */
export const PORTAL_RESOLVERS = [
  AuthResolver,
  DirectoryPortalResolver,
  EnterpriseFieldsResolver,
  ServicePointFieldsResolver,
];
export const ADMIN_RESOLVERS = [
  AuthResolver,
  UsersResolver,
  AuditResolver,
  OrganisationAdminResolver,
  EnterprisesAdminResolver,
  EnterpriseFieldsResolver,
  ServicePointFieldsResolver,
  GridFieldsResolver,
];

@Module({ providers: PORTAL_RESOLVERS })
export class PortalApiModule {}

@Module({ providers: ADMIN_RESOLVERS })
export class AdminApiModule {}
