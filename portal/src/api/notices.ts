import { graphql } from '@/gql';
import type { PublicNoticeQuery, PublicNoticesQuery } from '@/gql/graphql';
import { request } from './client';

/** A public notice 通报 as anyone reads it, with the personal details the office chose to hide already gone. */
export type PublicNotice = PublicNoticeQuery['publicNotice'];
export type PublicNoticeSummary = PublicNoticesQuery['publicNotices']['items'][number];

const PublicNoticesDocument = graphql(`
  query PublicNotices($first: Int, $after: String) {
    publicNotices(first: $first, after: $after) {
      items {
        id
        title
        publishedAt
        items {
          type
        }
      }
      nextCursor
    }
  }
`);

const PublicNoticeDocument = graphql(`
  query PublicNotice($id: ID!) {
    publicNotice(id: $id) {
      id
      title
      body
      publishedAt
      items {
        type
        subjectKind
        departmentName
        officialName
        officialPost
        decidedOn
      }
    }
  }
`);

export async function fetchPublicNotices(after: string | null = null, first = 20) {
  return (await request(PublicNoticesDocument, { first, after })).publicNotices;
}

export async function fetchPublicNotice(id: string): Promise<PublicNotice> {
  return (await request(PublicNoticeDocument, { id })).publicNotice;
}
