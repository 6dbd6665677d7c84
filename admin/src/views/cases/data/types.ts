import type { CaseAttachmentFieldsFragment, CaseFieldsFragment, CaseRowFieldsFragment } from '@/gql/graphql';

export type CaseRow = CaseRowFieldsFragment;
export type CaseDetail = CaseFieldsFragment;
export type CaseEvent = CaseDetail['timeline'][number];
export type CaseAttachment = CaseAttachmentFieldsFragment;
export type CaseDeadline = NonNullable<CaseRow['deadline']>;

export const PAGE_SIZE = 20;
