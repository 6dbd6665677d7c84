import { graphql } from '@/gql';
import type {
  DashboardFilterInput,
  ScorecardMeasure,
  ScorecardPeriodInput,
  ScorecardWeightsInput,
} from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment ScorecardRateFields on ScorecardRate {
    numerator
    denominator
    rate
  }
`);

graphql(`
  fragment ScorecardFiguresFields on ScorecardFigures {
    assigned
    signedOnTime {
      ...ScorecardRateFields
    }
    contactedOnTime {
      ...ScorecardRateFields
    }
    repliedOnTime {
      ...ScorecardRateFields
    }
    resolution {
      ...ScorecardRateFields
    }
    satisfaction {
      ...ScorecardRateFields
    }
    closed
    returned
    extended
    reopened
    sentBack
    overdue
    overdueSuggestions
    score
    ranked
    rank
  }
`);

graphql(`
  fragment ScorecardWeightsFields on ScorecardWeights {
    signWeight
    contactWeight
    replyWeight
    resolutionWeight
    satisfactionWeight
    minSample
    version
  }
`);

const ScorecardQuery = graphql(`
  query Scorecard($period: ScorecardPeriodInput!) {
    scorecard(period: $period) {
      from
      to
      previousFrom
      previousTo
      rankedCount
      weights {
        ...ScorecardWeightsFields
      }
      rows {
        departmentId
        departmentName
        current {
          ...ScorecardFiguresFields
        }
        previous {
          ...ScorecardFiguresFields
        }
      }
    }
  }
`);

const ScorecardCasesQuery = graphql(`
  query ScorecardCases($period: ScorecardPeriodInput!, $drill: ScorecardDrillInput!, $after: String) {
    scorecardCases(period: $period, drill: $drill, first: 20, after: $after) {
      items {
        caseId
        trackingNo
        title
        state
        day
      }
      nextCursor
    }
  }
`);

const ScorecardPreviewQuery = graphql(`
  query ScorecardPreview($period: ScorecardPeriodInput!, $weights: ScorecardWeightsInput!) {
    scorecardPreview(period: $period, weights: $weights) {
      departmentId
      departmentName
      score
      rank
      previewScore
      previewRank
    }
  }
`);

const SaveScorecardWeightsMutation = graphql(`
  mutation SaveScorecardWeights($weights: ScorecardWeightsInput!, $version: Int!) {
    saveScorecardWeights(weights: $weights, version: $version) {
      ...ScorecardWeightsFields
    }
  }
`);

export async function fetchScorecard(period: ScorecardPeriodInput) {
  return (await request(ScorecardQuery, { period })).scorecard;
}

export async function fetchScorecardCases(
  period: ScorecardPeriodInput,
  departmentId: string,
  measure: ScorecardMeasure,
  after: string | null,
) {
  return (await request(ScorecardCasesQuery, { period, drill: { departmentId, measure }, after }))
    .scorecardCases;
}

export async function previewScorecard(period: ScorecardPeriodInput, weights: ScorecardWeightsInput) {
  return (await request(ScorecardPreviewQuery, { period, weights })).scorecardPreview;
}

export async function saveScorecardWeights(weights: ScorecardWeightsInput, version: number) {
  return (await request(SaveScorecardWeightsMutation, { weights, version })).saveScorecardWeights;
}

graphql(`
  fragment DashboardCountFields on DashboardCount {
    key
    name
    received
    closed
    previousReceived
    previousClosed
  }
`);

graphql(`
  fragment DashboardRatesFields on DashboardRates {
    repliedOnTime {
      ...ScorecardRateFields
    }
    resolution {
      ...ScorecardRateFields
    }
    satisfaction {
      ...ScorecardRateFields
    }
  }
`);

const DashboardQuery = graphql(`
  query Dashboard($period: ScorecardPeriodInput!, $filter: DashboardFilterInput) {
    dashboard(period: $period, filter: $filter) {
      from
      to
      previousFrom
      previousTo
      received
      closed
      previousReceived
      previousClosed
      open
      overdue
      rates {
        ...DashboardRatesFields
      }
      previousRates {
        ...DashboardRatesFields
      }
      series {
        bucket
        received
        closed
        repliedOnTime {
          ...ScorecardRateFields
        }
        resolution {
          ...ScorecardRateFields
        }
        satisfaction {
          ...ScorecardRateFields
        }
      }
      byKind {
        ...DashboardCountFields
      }
      byCategory {
        ...DashboardCountFields
      }
      byGrid {
        ...DashboardCountFields
      }
      byDepartment {
        departmentId
        name
        assigned
        closed
        overdue
        overdueNow
      }
      overdueCases {
        id
        trackingNo
        title
        state
        departmentName
        dueAt
      }
      hotKeywords {
        key
        count
        previous
      }
      hotCategories {
        key
        count
        previous
      }
    }
  }
`);

export async function fetchDashboard(period: ScorecardPeriodInput, filter: DashboardFilterInput | null) {
  return (await request(DashboardQuery, { period, filter })).dashboard;
}
