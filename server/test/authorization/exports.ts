import { OFFICE, type MatrixPart } from './expectation.js';

/**
 * Who may export what: the office the case list, the office and the system administrator the
 * enterprise directory, the auditor the audit log. An allowed request starts a real export (or meets EXPORT_RUNNING, which
 * is past the guard too).
 */
export const EXPORTS_MATRIX: MatrixPart = {
  portal: {},
  admin: {
    'Mutation.requestCaseExport': { allow: OFFICE, variables: { filter: { state: 'WITHDRAWN' } } },
    'Mutation.requestEnterpriseExport': {
      allow: ['SYS_ADMIN', ...OFFICE],
      variables: { filter: { keyword: '宏达' } },
    },
    'Mutation.requestAuditExport': { allow: ['AUDITOR'], variables: { filter: { action: 'LOGIN' } } },
    'Query.myExports': { allow: ['SYS_ADMIN', ...OFFICE, 'AUDITOR'] },
  },
};
