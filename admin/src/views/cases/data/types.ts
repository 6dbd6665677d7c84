import type { Role } from '@gridbridge/shared';
import type { CaseAttachmentFieldsFragment, CaseFieldsFragment, CaseRowFieldsFragment } from '@/gql/graphql';

export type CaseRow = CaseRowFieldsFragment;
export type CaseDetail = CaseFieldsFragment;
export type CaseEvent = CaseDetail['timeline'][number];
export type CaseAttachment = CaseAttachmentFieldsFragment;
export type CaseDeadline = NonNullable<CaseRow['deadline']>;

export const PAGE_SIZE = 20;

/** The roles of the office (优化办): triage, entry, export. */
export const OFFICE_ROLES: readonly Role[] = ['OFFICE_STAFF', 'OFFICE_LEADER'];
/** Who may open an enterprise's 360° page (the directory's readers). */
export const DIRECTORY_ROLES: readonly Role[] = [...OFFICE_ROLES, 'SYS_ADMIN'];
