import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ASSIGNMENT_ROLE_CODES,
  ASSIGNMENT_STATE_CODES,
  CONTACT_METHOD_CODES,
  type AssignmentRole,
  type AssignmentState,
  type ReplyResult,
} from '@gridbridge/shared';
import { enumOf } from '../../graphql/enum-of.js';
import { CaseDeadlineType, CaseType, ReplyResultEnum } from './cases.types.js';

export const AssignmentStateEnum = enumOf(ASSIGNMENT_STATE_CODES);
registerEnumType(AssignmentStateEnum, { name: 'AssignmentState' });
export const AssignmentRoleEnum = enumOf(ASSIGNMENT_ROLE_CODES);
registerEnumType(AssignmentRoleEnum, { name: 'AssignmentRole' });
export const ContactMethodEnum = enumOf(CONTACT_METHOD_CODES);
registerEnumType(ContactMethodEnum, { name: 'ContactMethod' });
export { EvaluationSolvedEnum, SatisfactionEnum } from './cases.types.js';

/**
 * One department's assignment on a case. Everyone who sees the case sees which departments handle
 * it; the working fields (drafts, opinions, requests, deadlines) only office and departments.
 */
@ObjectType('CaseAssignment')
export class CaseAssignmentType {
  @Field(() => ID) id: string;
  @Field(() => ID) departmentId: string;
  @Field(() => AssignmentRoleEnum) role: AssignmentRole;
  @Field(() => AssignmentStateEnum) state: AssignmentState;
  @Field() assignedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Office and departments only' })
  signDeadline: Date | null;
  @Field(() => Date, { nullable: true, description: 'The reply (lead) or opinion (co) deadline in force' })
  replyDeadline: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Before an extension moved it; office and departments only',
  })
  originalReplyDeadline: Date | null;
  @Field(() => Date, { nullable: true }) signedAt: Date | null;
  @Field(() => Date, { nullable: true }) firstContactedAt: Date | null;
  @Field(() => Date, { nullable: true }) repliedAt: Date | null;
  @Field(() => Boolean, { description: 'Whether its clock stops (a request waits for the office leader)' })
  paused: boolean;
  @Field(() => String, { nullable: true, description: 'The office’s note; office and departments only' })
  note: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A co-department’s opinion; office and departments only',
  })
  opinion: string | null;
  @Field(() => ReplyResultEnum, {
    nullable: true,
    description: 'The drafted reply; office and departments only',
  })
  draftResult: ReplyResult | null;
  @Field(() => String, { nullable: true }) draftText: string | null;
  @Field(() => String, { nullable: true }) draftInternalNote: string | null;
  @Field(() => String, { nullable: true, description: 'EXTENSION or RETURN, waiting for the office leader' })
  pendingRequest: string | null;
  @Field(() => String, { nullable: true }) requestReason: string | null;
  @Field(() => Int, { nullable: true }) requestDays: number | null;
  @Field(() => Date, { nullable: true }) sentBackAt: Date | null;
  @Field(() => Int) version: number;
}

export const DEPARTMENT_QUEUES = [
  'TO_SIGN',
  'IN_PROGRESS',
  'AWAITING_LEADER',
  'SENT_BACK',
  'CO_HANDLING',
  'OVERDUE',
] as const;
export type DepartmentQueue = (typeof DEPARTMENT_QUEUES)[number];
export const DepartmentQueueEnum = enumOf(DEPARTMENT_QUEUES);
registerEnumType(DepartmentQueueEnum, {
  name: 'DepartmentQueue',
  description:
    'A department workbench queue: to sign 待签收, in progress 办理中, awaiting the leader 待领导审核, sent back 被退回重办, co-handling 协办任务, overdue 已超期',
});

/** A row of a workbench: the case and the viewer's own task on it. */
@ObjectType('WorkbenchItem')
export class WorkbenchItemType {
  @Field(() => CaseType) case: CaseType;
  @Field(() => CaseAssignmentType) assignment: CaseAssignmentType;
  @Field(() => CaseDeadlineType, {
    nullable: true,
    description: 'The task’s running deadline, in working days',
  })
  deadline: CaseDeadlineType | null;
}

@ObjectType('WorkbenchPage')
export class WorkbenchPageType {
  @Field(() => [WorkbenchItemType]) items: WorkbenchItemType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('DepartmentWorkbenchCounts', { description: 'How many tasks each queue holds' })
export class DepartmentWorkbenchCountsType {
  @Field(() => Int) TO_SIGN: number;
  @Field(() => Int) IN_PROGRESS: number;
  @Field(() => Int) AWAITING_LEADER: number;
  @Field(() => Int) SENT_BACK: number;
  @Field(() => Int) CO_HANDLING: number;
  @Field(() => Int) OVERDUE: number;
}

@ObjectType('OfficeWorkbenchCounts')
export class OfficeWorkbenchCountsType {
  @Field(() => Int) toAccept: number;
  @Field(() => Int) toAssign: number;
  @Field(() => Int) toReview: number;
  @Field(() => Int) disputes: number;
  @Field(() => Int) extensionRequests: number;
  @Field(() => Int) returnRequests: number;
  @Field(() => Int) overdue: number;
}
