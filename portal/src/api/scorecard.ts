import { graphql } from '@/gql';
import type { PublicScorecardQuery } from '@/gql/graphql';
import { request } from './client';

/** The public 红黑榜 of a period: departments, their rates and ranks; no case and no person. */
export type PublicScorecard = PublicScorecardQuery['publicScorecard'];

const PublicScorecardDocument = graphql(`
  query PublicScorecard($period: ScorecardPeriodInput!) {
    publicScorecard(period: $period) {
      from
      to
      rankedCount
      weights {
        minSample
      }
      rows {
        departmentId
        departmentName
        current {
          assigned
          signedOnTime {
            numerator
            denominator
            rate
          }
          repliedOnTime {
            numerator
            denominator
            rate
          }
          resolution {
            numerator
            denominator
            rate
          }
          satisfaction {
            numerator
            denominator
            rate
          }
          score
          ranked
          rank
        }
        previous {
          rank
        }
      }
    }
  }
`);

export async function fetchPublicScorecard(from: string, to: string): Promise<PublicScorecard> {
  return (await request(PublicScorecardDocument, { period: { from, to } })).publicScorecard;
}
