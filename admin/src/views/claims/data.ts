import type { FormRules } from 'element-plus';
import type { EnterpriseClaimFieldsFragment, EnterpriseClaimStatus } from '@/gql/graphql';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type Claim = EnterpriseClaimFieldsFragment;

/** The status filter: one status, or every claim. */
export type ClaimFilter = EnterpriseClaimStatus | 'ALL';

export const CLAIM_FILTERS: readonly ClaimFilter[] = ['PENDING', 'APPROVED', 'REJECTED', 'ALL'];

export const REASON_MAX_LENGTH = 200;

export function claimStatusArgument(filter: ClaimFilter): EnterpriseClaimStatus | null {
  return filter === 'ALL' ? null : filter;
}

export const CLAIM_TAG_TYPES = {
  PENDING: 'warning',
  APPROVED: 'success',
  REJECTED: 'danger',
} as const satisfies Record<EnterpriseClaimStatus, string>;

export interface RejectForm {
  reason: string;
}

/** A rejection must say why: the applicant reads it when signing in. */
export function rejectRules(label: string): FormRules<RejectForm> {
  return { reason: [requiredRule(label), maxLengthRule(label, REASON_MAX_LENGTH)] };
}
