import { graphql } from '@/gql';
import type {
  ConditionDashboardQuery,
  ConditionEnterpriseFilter,
  ConditionEnterprisesQuery,
  EnterpriseConditionReportsQuery,
  EnterpriseConditionVisitsQuery,
} from '@/gql/graphql';
import { request } from './client';

/** The office's condition dashboard and an enterprise's condition history (docs/conditions.md). */
export type ConditionDashboard = ConditionDashboardQuery['conditionDashboard'];
export type ConditionEnterprisePage = ConditionEnterprisesQuery['conditionEnterprises'];
export type ConditionEnterprise = ConditionEnterprisePage['items'][number];
export type ConditionReport = EnterpriseConditionReportsQuery['enterpriseConditionReports'][number];
export type ConditionVisit = EnterpriseConditionVisitsQuery['enterpriseConditionVisits'][number];

const ConditionDashboardDocument = graphql(`
  query ConditionDashboard($month: String!, $gridId: ID) {
    conditionDashboard(month: $month, gridId: $gridId) {
      month
      dueDate
      pastDue
      enterprises
      reported
      missing
      worsened
      employees
      outputValue
      revenue
      byGrid {
        key
        label
        status
        count
      }
      byIndustry {
        key
        label
        status
        count
      }
      trend {
        month
        reports
        employees
        outputValue
        revenue
      }
      coverage {
        gridId
        gridName
        enterprises
        visited
        visits
        reported
      }
    }
  }
`);

const ConditionEnterprisesDocument = graphql(`
  query ConditionEnterprises($filter: ConditionEnterpriseFilter!, $first: Int, $after: String) {
    conditionEnterprises(filter: $filter, first: $first, after: $after) {
      items {
        id
        name
        gridName
        industry
        status
        previousStatus
        latestStatus
        latestMonth
        reported
        visitedOn
      }
      nextCursor
    }
  }
`);

const EnterpriseConditionReportsDocument = graphql(`
  query EnterpriseConditionReports($enterpriseId: ID!, $months: Int) {
    enterpriseConditionReports(enterpriseId: $enterpriseId, months: $months) {
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
      visitId
      revisions
      cases {
        id
        trackingNo
        title
        state
      }
    }
  }
`);

const EnterpriseConditionVisitsDocument = graphql(`
  query EnterpriseConditionVisits($enterpriseId: ID!) {
    enterpriseConditionVisits(enterpriseId: $enterpriseId) {
      id
      visitedOn
      findings
      visitorName
      reportId
      photos {
        id
        fileName
        thumbnail
      }
    }
  }
`);

export async function fetchConditionDashboard(
  month: string,
  gridId: string | null,
): Promise<ConditionDashboard> {
  return (await request(ConditionDashboardDocument, { month, gridId })).conditionDashboard;
}

export async function fetchConditionEnterprises(
  filter: ConditionEnterpriseFilter,
  after: string | null,
  first = 50,
): Promise<ConditionEnterprisePage> {
  return (await request(ConditionEnterprisesDocument, { filter, first, after })).conditionEnterprises;
}

export async function fetchEnterpriseConditionReports(
  enterpriseId: string,
  months = 12,
): Promise<ConditionReport[]> {
  return (await request(EnterpriseConditionReportsDocument, { enterpriseId, months }))
    .enterpriseConditionReports;
}

export async function fetchEnterpriseConditionVisits(enterpriseId: string): Promise<ConditionVisit[]> {
  return (await request(EnterpriseConditionVisitsDocument, { enterpriseId })).enterpriseConditionVisits;
}
