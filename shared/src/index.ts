export * from './roles.js';
export * from './locale.js';
export * from './errors.js';
export * from './password.js';
export * from './calendar/index.js';
export * from './credit-code.js';
export * from './directory.js';
export type * as PortalApi from './graphql/portal.js';
export type * as AdminApi from './graphql/admin.js';
