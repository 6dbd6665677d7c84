import { graphql } from '@/gql';
import type {
  ConditionDifficultyInput,
  ConditionEnterpriseFilter,
  ConditionReportFormQuery,
  ConditionReportInput,
  ConditionVisitInput,
  GridConditionEnterprisesQuery,
  ConditionCoverageQuery,
  RecordConditionVisitMutation,
} from '@/gql/graphql';
import { request } from './client';

/** Condition reports and visits (docs/conditions.md). */
export type ConditionReportForm = ConditionReportFormQuery['conditionReportForm'];
export type ConditionReport = NonNullable<ConditionReportForm['report']>;
export type ConditionEnterprisePage = GridConditionEnterprisesQuery['gridConditionEnterprises'];
export type ConditionEnterprise = ConditionEnterprisePage['items'][number];
export type ConditionCoverage = ConditionCoverageQuery['conditionCoverage'];
export type ConditionVisit = RecordConditionVisitMutation['recordConditionVisit'];

graphql(`
  fragment ConditionReportFields on ConditionReport {
    id
    month
    operatingStatus
    employees
    outputValue
    revenue
    capacityUse
    orderTrend
    difficulties
    submittedAt
    submittedByName
    revisions
    version
    cases {
      id
      trackingNo
      title
      state
    }
  }
`);

const ConditionReportFormDocument = graphql(`
  query ConditionReportForm($enterpriseId: ID, $month: String) {
    conditionReportForm(enterpriseId: $enterpriseId, month: $month) {
      enterpriseId
      enterpriseName
      month
      dueDate
      report {
        ...ConditionReportFields
      }
      previous {
        ...ConditionReportFields
      }
    }
  }
`);

const SubmitConditionReportDocument = graphql(`
  mutation SubmitConditionReport($input: ConditionReportInput!) {
    submitConditionReport(input: $input) {
      ...ConditionReportFields
    }
  }
`);

const RaiseConditionDifficultyDocument = graphql(`
  mutation RaiseConditionDifficulty($reportId: ID!, $input: ConditionDifficultyInput!) {
    raiseConditionDifficulty(reportId: $reportId, input: $input) {
      id
      trackingNo
    }
  }
`);

const GridConditionEnterprisesDocument = graphql(`
  query GridConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {
    gridConditionEnterprises(filter: $filter, first: $first, after: $after) {
      items {
        id
        name
        address
        gridName
        status
        latestStatus
        latestMonth
        reported
        visitedOn
      }
      nextCursor
    }
  }
`);

const ConditionCoverageDocument = graphql(`
  query ConditionCoverage($month: String!) {
    conditionCoverage(month: $month) {
      enterprises
      visited
      visits
      reported
    }
  }
`);

const RecordConditionVisitDocument = graphql(`
  mutation RecordConditionVisit($input: ConditionVisitInput!) {
    recordConditionVisit(input: $input) {
      id
      enterpriseId
      enterpriseName
      visitedOn
      findings
      reportId
      photos {
        id
        fileName
        thumbnail
      }
    }
  }
`);

export async function fetchConditionReportForm(
  enterpriseId: string | null,
  month: string | null = null,
): Promise<ConditionReportForm> {
  return (await request(ConditionReportFormDocument, { enterpriseId, month })).conditionReportForm;
}

export async function submitConditionReport(input: ConditionReportInput): Promise<ConditionReport> {
  return (await request(SubmitConditionReportDocument, { input })).submitConditionReport;
}

export async function raiseConditionDifficulty(
  reportId: string,
  input: ConditionDifficultyInput,
): Promise<{ id: string; trackingNo: string }> {
  return (await request(RaiseConditionDifficultyDocument, { reportId, input })).raiseConditionDifficulty;
}

export async function fetchGridConditionEnterprises(
  filter: ConditionEnterpriseFilter,
  after: string | null,
  first = 30,
): Promise<ConditionEnterprisePage> {
  return (await request(GridConditionEnterprisesDocument, { filter, first, after })).gridConditionEnterprises;
}

export async function fetchConditionCoverage(month: string): Promise<ConditionCoverage> {
  return (await request(ConditionCoverageDocument, { month })).conditionCoverage;
}

export async function recordConditionVisit(input: ConditionVisitInput): Promise<ConditionVisit> {
  return (await request(RecordConditionVisitDocument, { input })).recordConditionVisit;
}
