import { graphql } from '@/gql';
import { request } from './client';

const MonthlyReportQuery = graphql(`
  query MonthlyReport($month: String!) {
    monthlyReport(month: $month) {
      month
      generatedAt
      figures {
        from
        to
        received
        closed
        previousReceived
        previousClosed
        open
        overdue
        rates {
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
        previousRates {
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
        byCategory {
          key
          received
          closed
          previousReceived
        }
        byGrid {
          key
          name
          received
          closed
          previousReceived
        }
        hotKeywords {
          key
          count
          previous
        }
      }
      ranking {
        rankedCount
        weights {
          minSample
        }
        rows {
          departmentId
          departmentName
          current {
            ...ScorecardFiguresFields
          }
          previous {
            rank
            score
          }
        }
      }
      typicalCases {
        kind
        id
        trackingNo
        title
        category
        enterpriseName
        departmentName
        state
        count
      }
      notices {
        id
        title
        body
        publishedAt
      }
      accountability {
        people
        departments
        rows {
          type
          people
          departments
        }
      }
      records {
        id
        subjectKind
        department {
          id
          name
        }
        officialName
        officialPost
        type
        reason
        decidedOn
        decidedBy
      }
    }
  }
`);

/** The monthly report 月报 of a Shanghai month ('YYYY-MM'). */
export async function fetchMonthlyReport(month: string) {
  return (await request(MonthlyReportQuery, { month })).monthlyReport;
}
