import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CASE_ACTIONS,
  CASE_CATEGORY_CODES,
  CASE_CHANNEL_CODES,
  CASE_COMPLEXITY_CODES,
  CASE_KIND_CODES,
  CASE_PRIORITY_CODES,
  CASE_STATE_CODES,
  DEADLINE_STATE_CODES,
  MISCONDUCT_TYPE_CODES,
  REPLY_RESULT_CODES,
  EVALUATION_SOLVED_CODES,
  SATISFACTION_CODES,
  type EvaluationSolved,
  type Satisfaction,
  type Actor,
  type CaseAction,
  type CaseCategory,
  type CaseChannel,
  type CaseComplexity,
  type CaseKind,
  type CasePriority,
  type CaseState,
  type DeadlineState,
  type MisconductType,
  type ReplyResult,
} from '@gridbridge/shared';
import { enumOf } from '../../graphql/enum-of.js';

export const CaseKindEnum = enumOf(CASE_KIND_CODES);
registerEnumType(CaseKindEnum, { name: 'CaseKind' });
export const CaseCategoryEnum = enumOf(CASE_CATEGORY_CODES);
registerEnumType(CaseCategoryEnum, { name: 'CaseCategory' });
export const CaseChannelEnum = enumOf(CASE_CHANNEL_CODES);
registerEnumType(CaseChannelEnum, { name: 'CaseChannel' });
export const CaseStateEnum = enumOf(CASE_STATE_CODES);
registerEnumType(CaseStateEnum, { name: 'CaseState' });
export const CaseActionEnum = enumOf(Object.keys(CASE_ACTIONS) as CaseAction[]);
registerEnumType(CaseActionEnum, { name: 'CaseAction' });
export const MisconductTypeEnum = enumOf(MISCONDUCT_TYPE_CODES);
registerEnumType(MisconductTypeEnum, { name: 'MisconductType' });
export const CasePriorityEnum = enumOf(CASE_PRIORITY_CODES);
registerEnumType(CasePriorityEnum, { name: 'CasePriority' });
export const CaseComplexityEnum = enumOf(CASE_COMPLEXITY_CODES);
registerEnumType(CaseComplexityEnum, { name: 'CaseComplexity' });
export const ReplyResultEnum = enumOf(REPLY_RESULT_CODES);
registerEnumType(ReplyResultEnum, { name: 'ReplyResult' });
export const EvaluationSolvedEnum = enumOf(EVALUATION_SOLVED_CODES);
registerEnumType(EvaluationSolvedEnum, { name: 'EvaluationSolved' });
export const SatisfactionEnum = enumOf(SATISFACTION_CODES);
registerEnumType(SatisfactionEnum, { name: 'Satisfaction' });
export const CaseSortEnum = enumOf(['NEWEST', 'DEADLINE'] as const);
registerEnumType(CaseSortEnum, {
  name: 'CaseSort',
  description: 'NEWEST: latest submitted first; DEADLINE: nearest deadline first, untimed last (the inbox)',
});
export type CaseSort = keyof typeof CaseSortEnum;
export const DeadlineStateEnum = enumOf(DEADLINE_STATE_CODES);
registerEnumType(DeadlineStateEnum, { name: 'DeadlineState' });

@ObjectType('Attachment')
export class AttachmentType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field({ description: 'Detected from the content' }) mimeType: string;
  @Field(() => Int) size: number;
  @Field(() => String, { nullable: true, description: 'A small WebP preview of an image, as a data: URL' })
  thumbnail: string | null;
  @Field() createdAt: Date;
  caseId: string | null;
  eventId: string | null;
}

@ObjectType('CaseEvent', { description: 'One step on a case’s timeline' })
export class CaseEventType {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => CaseActionEnum) action: CaseAction;
  @Field(() => CaseStateEnum, { nullable: true }) fromState: CaseState | null;
  @Field(() => CaseStateEnum) toState: CaseState;
  @Field(() => String, { description: 'A role, or SYSTEM for scheduled jobs' }) actorRole: Actor;
  @Field(() => String, { nullable: true, description: 'Hidden from the enterprise for staff' })
  actorName: string | null;
  @Field(() => String, { nullable: true, description: 'What the enterprise reads' }) publicNote:
    string | null;
  @Field(() => String, { nullable: true, description: 'Office and departments only' })
  internalNote: string | null;
  @Field(() => [AttachmentType]) attachments: AttachmentType[];
}

@ObjectType('CaseDeadline')
export class CaseDeadlineType {
  @Field({ description: 'End of the running step (23:59:59 Asia/Shanghai)' }) dueAt: Date;
  @Field(() => DeadlineStateEnum) state: DeadlineState;
  @Field(() => Int, { description: 'Working days left, or working days overdue when RED' })
  workingDays: number;
}

@ObjectType('CaseLink')
export class CaseLinkType {
  @Field(() => ID) id: string;
  @Field() trackingNo: string;
}

@ObjectType('CaseContact', { description: 'The enterprise’s contact person for a case' })
export class CaseContactType {
  @Field() name: string;
  @Field({ description: 'Masked (138****1234) for a department until it reveals it, which is audited' })
  phone: string;
  @Field({ description: 'Whether the phone is masked' }) masked: boolean;
}

/** 诉求: the columns both APIs share; the timeline and attachments resolve per API. */
@ObjectType('Case')
export class CaseType {
  @Field(() => ID) id: string;
  @Field() trackingNo: string;
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field(() => CaseCategoryEnum) category: CaseCategory;
  @Field(() => CaseChannelEnum) channel: CaseChannel;
  @Field() title: string;
  @Field() content: string;
  @Field(() => CaseStateEnum) state: CaseState;
  @Field(() => CasePriorityEnum) priority: CasePriority;
  @Field(() => CaseComplexityEnum) complexity: CaseComplexity;
  @Field(() => MisconductTypeEnum, { nullable: true }) misconductType: MisconductType | null;
  @Field() contactConsent: boolean;
  @Field(() => ID) enterpriseId: string;
  @Field() enterpriseName: string;
  gridId: string;
  @Field(() => ID, { nullable: true }) namedDepartmentId: string | null;
  @Field(() => ID, { nullable: true }) leadDepartmentId: string | null;
  /** The co-departments (协办) with an active assignment; the departments resolve through `assignments`. */
  coDepartmentIds: string[];
  submitterId: string;
  @Field() submittedAt: Date;
  stateDeadline: Date | null;
  pausedAt: Date | null;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) repliedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The office’s request for information or its reason to reject',
  })
  officeNote: string | null;
  duplicateOfId: string | null;
  @Field(() => ReplyResultEnum, { nullable: true }) replyResult: ReplyResult | null;
  @Field(() => String, { nullable: true }) replyText: string | null;
  @Field(() => EvaluationSolvedEnum, { nullable: true }) evaluationSolved: EvaluationSolved | null;
  @Field(() => SatisfactionEnum, { nullable: true }) evaluationSatisfaction: Satisfaction | null;
  @Field(() => String, { nullable: true }) evaluationComment: string | null;
  @Field(() => Date, { nullable: true }) evaluatedAt: Date | null;
  @Field(() => Int) reopenCount: number;
  @Field(() => Int) version: number;
}

@ObjectType('CaseStateCount', { description: 'How many cases are in one state' })
export class CaseStateCountType {
  @Field(() => CaseStateEnum) state: CaseState;
  @Field(() => Int) count: number;
}

@ObjectType('CasePage')
export class CasePage {
  @Field(() => [CaseType]) items: CaseType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
  /** The cases of the whole filtered list, capped (CASE_COUNT_CAP); run only when asked for. */
  count: () => Promise<number>;
}

@ObjectType('CaseTracking', {
  description: 'What anyone with the tracking number and query code sees: nothing personal',
})
export class CaseTrackingType {
  @Field() trackingNo: string;
  @Field(() => CaseKindEnum) kind: CaseKind;
  @Field(() => CaseCategoryEnum) category: CaseCategory;
  @Field(() => CaseStateEnum) state: CaseState;
  @Field() submittedAt: Date;
  @Field(() => [CaseTrackingStepType]) timeline: CaseTrackingStepType[];
}

@ObjectType('CaseTrackingStep')
export class CaseTrackingStepType {
  @Field() occurredAt: Date;
  @Field(() => CaseActionEnum) action: CaseAction;
  @Field(() => CaseStateEnum) toState: CaseState;
}
