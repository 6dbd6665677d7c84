import { graphql } from '@/gql';
import type { AuditLogFilter } from '@/gql/graphql';
import { request } from './client';

const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      items {
        id
        occurredAt
        actorName
        action
        targetType
        targetId
        ip
        details
      }
      nextCursor
    }
  }
`);

const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      intact
      checked
      firstBrokenId
    }
  }
`);

export async function fetchAuditLog(first: number, after: string | null, filter?: AuditLogFilter | null) {
  const variables: { first: number; after: string | null; filter?: AuditLogFilter } = { first, after };
  if (filter) variables.filter = filter;
  return (await request(AuditLogQuery, variables)).auditLog;
}

export async function verifyAuditChain() {
  return (await request(VerifyAuditChainQuery)).verifyAuditChain;
}
