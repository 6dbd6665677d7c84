import { graphql } from '@/gql';
import { request } from './client';

const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditLog(first: $first, after: $after) {
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

export async function fetchAuditLog(first: number, after: string | null) {
  return (await request(AuditLogQuery, { first, after })).auditLog;
}

export async function verifyAuditChain() {
  return (await request(VerifyAuditChainQuery)).verifyAuditChain;
}
