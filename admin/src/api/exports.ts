import { graphql } from '@/gql';
import type { AuditLogFilter, CaseFilter, EnterpriseFilter, ExportFileFieldsFragment } from '@/gql/graphql';
import { request } from './client';

/** An export the server writes in the background; `downloadUrl` is set once it is READY. */
export type ExportFile = ExportFileFieldsFragment;

graphql(`
  fragment ExportFileFields on ExportFile {
    id
    kind
    status
    fileName
    rows
    createdAt
    finishedAt
    error
    downloadUrl
  }
`);

const RequestCaseExportMutation = graphql(`
  mutation RequestCaseExport($filter: CaseFilter) {
    requestCaseExport(filter: $filter) {
      ...ExportFileFields
    }
  }
`);

const RequestEnterpriseExportMutation = graphql(`
  mutation RequestEnterpriseExport($filter: EnterpriseFilter) {
    requestEnterpriseExport(filter: $filter) {
      ...ExportFileFields
    }
  }
`);

const RequestAuditExportMutation = graphql(`
  mutation RequestAuditExport($filter: AuditLogFilter) {
    requestAuditExport(filter: $filter) {
      ...ExportFileFields
    }
  }
`);

const RequestConditionExportMutation = graphql(`
  mutation RequestConditionExport($month: String!) {
    requestConditionExport(month: $month) {
      ...ExportFileFields
    }
  }
`);

const RequestMonthlyReportExportMutation = graphql(`
  mutation RequestMonthlyReportExport($month: String!) {
    requestMonthlyReportExport(month: $month) {
      ...ExportFileFields
    }
  }
`);

const MyExportsQuery = graphql(`
  query MyExports {
    myExports {
      ...ExportFileFields
    }
  }
`);

/** Starts an export of the filtered case list; EXPORT_RUNNING while another export of the user runs. */
export async function requestCaseExport(filter: CaseFilter | null): Promise<ExportFile> {
  return (await request(RequestCaseExportMutation, { filter })).requestCaseExport;
}

/** Starts an export of the filtered enterprise directory. */
export async function requestEnterpriseExport(filter: EnterpriseFilter | null): Promise<ExportFile> {
  return (await request(RequestEnterpriseExportMutation, { filter })).requestEnterpriseExport;
}

/** Starts an export of the month's condition data (docs/conditions.md). */
export async function requestConditionExport(month: string): Promise<ExportFile> {
  return (await request(RequestConditionExportMutation, { month })).requestConditionExport;
}

/** Starts the workbook of a month's report 月报. */
export async function requestMonthlyReportExport(month: string): Promise<ExportFile> {
  return (await request(RequestMonthlyReportExportMutation, { month })).requestMonthlyReportExport;
}

/** Starts the auditor's export of the filtered audit log, with a chain check. */
export async function requestAuditExport(filter: AuditLogFilter | null): Promise<ExportFile> {
  return (await request(RequestAuditExportMutation, { filter })).requestAuditExport;
}

/** The user's exports that have not expired, newest first. */
export async function fetchMyExports(): Promise<ExportFile[]> {
  return (await request(MyExportsQuery)).myExports;
}
