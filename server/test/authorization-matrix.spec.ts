import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, getNamedType, isObjectType, type GraphQLField } from 'graphql';
import type { AdminApi } from '@gridbridge/shared';
import { APP_ROLES } from '../src/modules/auth/session.service.js';
import { demoAccountFor, errorCode, startTestServer, type TestServer } from './harness.js';
import {
  ACTORS,
  ADMIN_STAFF,
  NO_SUCH,
  OFFICE,
  type Actor,
  type Api,
  type Expectation,
} from './authorization/expectation.js';
import { CALENDAR_MATRIX } from './authorization/calendar.js';
import { DISPATCH_MATRIX } from './authorization/dispatch.js';
import { ACCOUNTABILITY_MATRIX } from './authorization/accountability.js';
import { SCORECARDS_MATRIX } from './authorization/scorecards.js';
import { INSPECTIONS_MATRIX } from './authorization/inspections.js';
import { JOBS_MATRIX } from './authorization/jobs.js';
import { CASE_MATRIX } from './authorization/cases.js';
import { EXPORTS_MATRIX } from './authorization/exports.js';
import { NOTIFICATION_MATRIX } from './authorization/notifications.js';
import { SUPERVISION_MATRIX } from './authorization/supervision.js';
import { CONDITIONS_MATRIX } from './authorization/conditions.js';
import { REPORTS_MATRIX } from './authorization/reports.js';

/*
 * Every query and mutation of both schemas, with who may call it. The test reads the committed
 * schema files, so a new operation without a line here fails the run, and then proves every
 * line against the running server, for anonymous visitors and every role.
 */
const ENTERPRISE_INPUT: AdminApi.EnterpriseInput = {
  name: '',
  creditCode: 'bad',
  legalRepresentative: '',
  industry: 'C',
  scale: 'SMALL',
  status: 'ACTIVE',
  address: '',
  gridId: NO_SUCH,
  contactName: '',
  contactPhone: '1',
};
const USER_INPUT: AdminApi.UserInput = { username: '', displayName: '', roles: ['INSPECTOR'] };
const SERVICE_POINT_INPUT: AdminApi.ServicePointInput = {
  gridId: NO_SUCH,
  name: '',
  address: '',
  phone: '',
  openingHours: '',
  services: [],
};

const MATRIX: Record<Api, Record<string, Expectation>> = {
  portal: {
    ...CASE_MATRIX.portal,
    ...NOTIFICATION_MATRIX.portal,
    ...CALENDAR_MATRIX.portal,
    ...DISPATCH_MATRIX.portal,
    ...ACCOUNTABILITY_MATRIX.portal,
    ...SCORECARDS_MATRIX.portal,
    ...INSPECTIONS_MATRIX.portal,
    ...JOBS_MATRIX.portal,
    ...EXPORTS_MATRIX.portal,
    ...SUPERVISION_MATRIX.portal,
    ...CONDITIONS_MATRIX.portal,
    'Query.me': { allow: 'everyone' },
    'Mutation.login': {
      allow: 'everyone',
      variables: { input: { identifier: 'nobody', password: 'Wrong#Pass1' } },
    },
    'Mutation.newCaptcha': { allow: 'everyone' },
    'Mutation.logout': { allow: 'signed-in' },
    'Mutation.changePassword': {
      allow: 'signed-in',
      variables: { input: { currentPassword: 'Wrong#Pass1', newPassword: 'Other#Pass2' } },
    },
    'Query.servicePoints': { allow: 'everyone' },
    'Mutation.registerEnterpriseAccount': {
      allow: 'everyone',
      variables: {
        input: { creditCode: 'bad', enterpriseName: '', displayName: '', mobile: '1', password: 'x' },
      },
    },
    'Query.myEnterpriseClaim': { allow: ['ENTERPRISE'] },
    'Query.myEnterprise': { allow: ['ENTERPRISE'] },
    'Mutation.updateMyEnterpriseContact': {
      allow: ['ENTERPRISE'],
      variables: { input: { contactName: '', contactPhone: '1', address: '' }, version: 0 },
    },
    'Query.myEnterpriseAccounts': { allow: ['ENTERPRISE'] },
    'Mutation.setEnterpriseAccountActive': {
      allow: ['ENTERPRISE'],
      variables: { userId: NO_SUCH, active: true },
    },
    'Query.gridEnterprises': { allow: ['GRID_HEAD'] },
    'Query.gridEnterprise': { allow: ['GRID_HEAD'], variables: { id: NO_SUCH } },
    'Mutation.updateGridEnterprise': {
      allow: ['GRID_HEAD'],
      variables: { id: NO_SUCH, input: ENTERPRISE_INPUT, version: 1 },
    },
  },
  admin: {
    ...CASE_MATRIX.admin,
    ...NOTIFICATION_MATRIX.admin,
    ...CALENDAR_MATRIX.admin,
    ...DISPATCH_MATRIX.admin,
    ...ACCOUNTABILITY_MATRIX.admin,
    ...SCORECARDS_MATRIX.admin,
    ...INSPECTIONS_MATRIX.admin,
    ...JOBS_MATRIX.admin,
    ...EXPORTS_MATRIX.admin,
    ...SUPERVISION_MATRIX.admin,
    ...CONDITIONS_MATRIX.admin,
    ...REPORTS_MATRIX.admin,
    'Query.me': { allow: 'everyone' },
    'Mutation.login': {
      allow: 'everyone',
      variables: { input: { identifier: 'nobody', password: 'Wrong#Pass1' } },
    },
    'Mutation.newCaptcha': { allow: 'everyone' },
    'Mutation.logout': { allow: 'signed-in' },
    'Mutation.changePassword': {
      allow: 'signed-in',
      variables: { input: { currentPassword: 'Wrong#Pass1', newPassword: 'Other#Pass2' } },
    },
    'Query.users': { allow: ['SYS_ADMIN'] },
    'Mutation.setUserActive': { allow: ['SYS_ADMIN'], variables: { userId: NO_SUCH, active: true } },
    'Mutation.createUser': { allow: ['SYS_ADMIN'], variables: { input: { ...USER_INPUT, password: 'x' } } },
    'Mutation.updateUser': { allow: ['SYS_ADMIN'], variables: { id: NO_SUCH, input: USER_INPUT } },
    'Mutation.resetUserPassword': {
      allow: ['SYS_ADMIN'],
      variables: { input: { userId: NO_SUCH, password: 'x' } },
    },
    'Query.auditLog': { allow: ['AUDITOR'] },
    'Query.verifyAuditChain': { allow: ['AUDITOR'] },
    'Query.grids': { allow: ADMIN_STAFF },
    'Mutation.createGrid': { allow: ['SYS_ADMIN'], variables: { input: { name: '', code: '' } } },
    'Mutation.renameGrid': {
      allow: ['SYS_ADMIN'],
      variables: { id: NO_SUCH, name: 'x', code: 'x', version: 1 },
    },
    'Mutation.moveGrid': { allow: ['SYS_ADMIN'], variables: { id: NO_SUCH, parentId: NO_SUCH, version: 1 } },
    'Mutation.setGridActive': { allow: ['SYS_ADMIN'], variables: { id: NO_SUCH, active: true } },
    'Mutation.removeGrid': { allow: ['SYS_ADMIN'], variables: { id: NO_SUCH } },
    'Query.departments': { allow: ADMIN_STAFF },
    'Mutation.createDepartment': {
      allow: ['SYS_ADMIN'],
      variables: { input: { name: '', shortName: '', kind: 'DISTRICT_BUREAU' } },
    },
    'Mutation.updateDepartment': {
      allow: ['SYS_ADMIN'],
      variables: { id: NO_SUCH, input: { name: 'x', shortName: 'x', kind: 'DISTRICT_BUREAU' }, version: 1 },
    },
    'Mutation.setDepartmentActive': { allow: ['SYS_ADMIN'], variables: { id: NO_SUCH, active: true } },
    'Query.servicePointsAdmin': { allow: ['SYS_ADMIN', ...OFFICE] },
    'Mutation.createServicePoint': { allow: ['SYS_ADMIN'], variables: { input: SERVICE_POINT_INPUT } },
    'Mutation.updateServicePoint': {
      allow: ['SYS_ADMIN'],
      variables: { id: NO_SUCH, input: SERVICE_POINT_INPUT, version: 1 },
    },
    'Mutation.setServicePointActive': { allow: ['SYS_ADMIN'], variables: { id: NO_SUCH, active: true } },
    'Query.enterprises': { allow: ['SYS_ADMIN', ...OFFICE] },
    'Query.enterprise': { allow: ['SYS_ADMIN', ...OFFICE], variables: { id: NO_SUCH } },
    'Query.enterpriseAccounts': { allow: ['SYS_ADMIN', ...OFFICE], variables: { enterpriseId: NO_SUCH } },
    'Query.enterpriseHistory': { allow: ['SYS_ADMIN', ...OFFICE], variables: { enterpriseId: NO_SUCH } },
    'Mutation.createEnterprise': { allow: ['SYS_ADMIN', ...OFFICE], variables: { input: ENTERPRISE_INPUT } },
    'Mutation.updateEnterprise': {
      allow: ['SYS_ADMIN', ...OFFICE],
      variables: { id: NO_SUCH, input: ENTERPRISE_INPUT, version: 1 },
    },
    'Query.enterpriseImportTemplate': { allow: ['SYS_ADMIN', ...OFFICE] },
    'Mutation.importEnterprises': {
      allow: ['SYS_ADMIN', ...OFFICE],
      variables: { file: 'bm90IGFuIHhsc3g=' },
    },
    'Query.enterpriseClaims': { allow: OFFICE },
    'Mutation.approveEnterpriseClaim': { allow: OFFICE, variables: { id: NO_SUCH } },
    'Mutation.rejectEnterpriseClaim': { allow: OFFICE, variables: { id: NO_SUCH, reason: 'x' } },
  },
};

function operations(api: Api) {
  const schema = buildSchema(readFileSync(new URL(`../schema/${api}.graphql`, import.meta.url), 'utf8'));
  return (['Query', 'Mutation'] as const).flatMap((kind) => {
    const type = kind === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({
      kind,
      field,
      key: `${kind}.${field.name}`,
    }));
  });
}

/**
 * The smallest document that calls one field: the expectation's variables as arguments,
 * `__typename` as the selection of an object.
 */
function documentFor(
  kind: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown> = {},
): string {
  const used = field.args.filter((arg) => arg.name in variables);
  const params = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind.toLowerCase()}${params ? ` (${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function allowed(expectation: Expectation, actor: Actor): boolean {
  if (expectation.allow === 'everyone') return true;
  if (expectation.allow === 'signed-in') return actor !== 'ANONYMOUS';
  return expectation.allow.includes(actor);
}

/** Operations that may end or replace the session they run in (logout; a sign-in; a password change ends other sessions). */
const SESSION_CHANGING = new Set(['Mutation.logout', 'Mutation.login', 'Mutation.changePassword']);

const REFUSALS = ['UNAUTHENTICATED', 'SESSION_EXPIRED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED'];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe.each(['portal', 'admin'] as const)('authorization matrix: %s API', (api) => {
  it('has an expectation for every operation of the schema, and none for operations that do not exist', () => {
    const inSchema = operations(api)
      .map((op) => op.key)
      .sort();
    expect(Object.keys(MATRIX[api]).sort()).toEqual(inSchema);
  });

  it.each(ACTORS)('holds for %s', async (actor) => {
    // Roles of the other app cannot sign in here; they call this API as anonymous visitors.
    const signsInHere =
      actor !== 'ANONYMOUS' && APP_ROLES[api === 'portal' ? 'PORTAL' : 'ADMIN'].includes(actor);
    const signIn = async () => {
      const client = api === 'portal' ? server.portal() : server.admin();
      if (actor !== 'ANONYMOUS') {
        const login = await client.login(demoAccountFor(actor));
        expect(errorCode(login) ?? 'OK').toBe(
          signsInHere ? 'OK' : api === 'portal' ? 'WRONG_APP_PORTAL' : 'WRONG_APP_ADMIN',
        );
      }
      return client;
    };
    // One session for the actor's whole run: a sign-in verifies an Argon2 hash, and signing in
    // before every operation cost some 900 sign-ins per run. A session lost on the way would turn
    // every later allowed call into a refusal, and fail the run.
    const session = await signIn();
    for (const { kind, field, key } of operations(api)) {
      const expectation = MATRIX[api][key];
      // Operations that end or replace the session they run in get a session of their own.
      const client = SESSION_CHANGING.has(key) ? await signIn() : session;
      const effective: Actor = signsInHere ? actor : 'ANONYMOUS';
      const response = await client.request(
        documentFor(kind, field, expectation.variables),
        expectation.variables,
      );
      const code = errorCode(response);
      // A malformed call proves nothing about permissions: the matrix's own document must be valid.
      expect(`${key}: ${code}`).not.toMatch(/BAD_REQUEST|INTERNAL/);
      const outcome = code && REFUSALS.includes(code) ? 'refused' : 'allowed';
      expect(`${key} as ${actor}: ${outcome}`).toBe(
        `${key} as ${actor}: ${allowed(expectation, effective) ? 'allowed' : 'refused'}`,
      );
      expect(response.status).toBeLessThan(500);
    }
  });
});
