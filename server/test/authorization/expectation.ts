import { ROLES, type Role } from '@gridbridge/shared';

/** The shape of the authorization matrix (authorization-matrix.spec.ts); each module keeps its own part. */
export type Actor = 'ANONYMOUS' | Role;
export const ACTORS: Actor[] = ['ANONYMOUS', ...ROLES];
export type Api = 'portal' | 'admin';

export interface Expectation {
  /** Who gets through the guard; every other actor must be refused. */
  allow: Actor[] | 'everyone' | 'signed-in';
  variables?: Record<string, unknown>;
}

export const NO_SUCH = '00000000-0000-4000-8000-000000000000';
export const ADMIN_STAFF: Actor[] = [
  'OFFICE_STAFF',
  'OFFICE_LEADER',
  'DEPT_STAFF',
  'DEPT_LEADER',
  'INSPECTOR',
  'SYS_ADMIN',
  'AUDITOR',
];
export const OFFICE: Actor[] = ['OFFICE_STAFF', 'OFFICE_LEADER'];
export type MatrixPart = Record<Api, Record<string, Expectation>>;
