import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import {
  ACCOUNTABILITY_CANDIDATE_KIND_CODES,
  ACCOUNTABILITY_SUBJECT_CODES,
  ACCOUNTABILITY_TYPE_CODES,
  FIGURE_PERIODS,
  type AccountabilityCandidateKind,
  type AccountabilitySubject,
  type AccountabilityType,
  type FigurePeriod,
} from '@gridbridge/shared';
import { CalendarDay, MaxChars, rule } from '../../common/validation.js';
import { enumOf } from '../../graphql/enum-of.js';

export const MAX_LINKED_CASES = 50;
export const MAX_NOTICE_RECORDS = 20;
/** A business date as the apps send it; the service checks it is a real day. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const AccountabilityTypeEnum = enumOf(ACCOUNTABILITY_TYPE_CODES);
registerEnumType(AccountabilityTypeEnum, {
  name: 'AccountabilityType',
  description: '通报批评, 诫勉谈话, 取消评优评先资格, 党纪处分, 政纪处分, 其他',
});
export const AccountabilitySubjectEnum = enumOf(ACCOUNTABILITY_SUBJECT_CODES);
registerEnumType(AccountabilitySubjectEnum, {
  name: 'AccountabilitySubject',
  description: 'A department as a whole, or a named official of a department',
});
export const AccountabilityCandidateKindEnum = enumOf(ACCOUNTABILITY_CANDIDATE_KIND_CODES);
registerEnumType(AccountabilityCandidateKindEnum, {
  name: 'AccountabilityCandidateKind',
  description:
    'SIGN_OVERDUE / REPLY_OVERDUE: red now; SIGNED_LATE / REPLIED_LATE: ended past the deadline in the period; SENT_BACK_TWICE, REOPENED: repeated rework',
});
export const FigurePeriodEnum = enumOf(FIGURE_PERIODS);
registerEnumType(FigurePeriodEnum, { name: 'FigurePeriod' });

@ObjectType('AccountabilityDepartment')
export class AccountabilityDepartmentType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('AccountabilityCase', { description: 'A case a record rests on, as the viewer may see it' })
export class AccountabilityCaseType {
  @Field(() => ID) id: string;
  @Field() trackingNo: string;
  @Field() title: string;
  @Field() enterpriseName: string;
}

@ObjectType('AccountabilityRecord', { description: 'An accountability record 问责 (docs/supervision.md)' })
export class AccountabilityRecordType {
  @Field(() => ID) id: string;
  @Field(() => AccountabilitySubjectEnum) subjectKind: AccountabilitySubject;
  @Field(() => AccountabilityDepartmentType, {
    description: 'The department held accountable, or the official’s department',
  })
  department: AccountabilityDepartmentType;
  @Field(() => String, { nullable: true }) officialName: string | null;
  @Field(() => String, { nullable: true }) officialPost: string | null;
  @Field(() => AccountabilityTypeEnum) type: AccountabilityType;
  @Field() reason: string;
  @Field(() => [AccountabilityCaseType], {
    description: 'Linked cases; a department sees only those in its own case scope',
  })
  cases: AccountabilityCaseType[];
  @Field({ description: 'Business date of the decision (YYYY-MM-DD, Asia/Shanghai)' }) decidedOn: string;
  @Field() decidedBy: string;
  @Field(() => Int, { description: 'Notices published from it and not withdrawn' }) publishedNotices: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('AccountabilityRecordPage')
export class AccountabilityRecordPage {
  @Field(() => [AccountabilityRecordType]) items: AccountabilityRecordType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@InputType()
export class AccountabilityRecordFilter {
  @Field(() => AccountabilityTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACCOUNTABILITY_TYPE_CODES, rule('invalid'))
  type?: AccountabilityType | null;

  @Field(() => AccountabilitySubjectEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACCOUNTABILITY_SUBJECT_CODES, rule('invalid'))
  subjectKind?: AccountabilitySubject | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', rule('invalid'))
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Decided on or after (YYYY-MM-DD)' })
  @IsOptional()
  @CalendarDay()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Decided on or before (YYYY-MM-DD)' })
  @IsOptional()
  @CalendarDay()
  to?: string | null;
}

@InputType()
export class AccountabilityRecordInput {
  @Field(() => AccountabilitySubjectEnum)
  @IsIn(ACCOUNTABILITY_SUBJECT_CODES, rule('invalid'))
  subjectKind: AccountabilitySubject;

  @Field(() => ID) @IsUUID('all', rule('invalid')) departmentId: string;

  @Field(() => String, { nullable: true, description: 'Required for an official' })
  @IsOptional()
  @MaxChars(30)
  officialName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for an official' })
  @IsOptional()
  @MaxChars(60)
  officialPost?: string | null;

  @Field(() => AccountabilityTypeEnum)
  @IsIn(ACCOUNTABILITY_TYPE_CODES, rule('invalid'))
  type: AccountabilityType;

  @Field() @MaxChars(2000) reason: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MAX_LINKED_CASES, rule('tooMany', { max: MAX_LINKED_CASES }))
  @IsUUID('all', { each: true, ...rule('invalid') })
  caseIds: string[];

  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai; not after today' })
  @CalendarDay()
  decidedOn: string;

  @Field() @MaxChars(60) decidedBy: string;
}

@ObjectType('AccountabilityCandidate', {
  description: 'A department, with the case, that the detections propose for accountability',
})
export class AccountabilityCandidateType {
  @Field(() => AccountabilityCandidateKindEnum) kind: AccountabilityCandidateKind;
  @Field(() => AccountabilityDepartmentType) department: AccountabilityDepartmentType;
  @Field(() => AccountabilityCaseType) case: AccountabilityCaseType;
  @Field({ description: 'The deadline missed, or the latest rework' }) at: Date;
  @Field(() => Int, { description: 'Send-backs or reopenings; 1 for the deadline kinds' }) count: number;
}

@InputType()
export class NoticeRedactionInput {
  @Field({ description: 'Officials’ names become surname + 某 (张三 → 张某)' })
  @IsBoolean(rule('invalid'))
  names: boolean;
  @Field({ description: 'Officials’ posts become 工作人员' })
  @IsBoolean(rule('invalid'))
  posts: boolean;
  @Field({ description: 'Names of the enterprises of the linked cases become 某企业' })
  @IsBoolean(rule('invalid'))
  enterprises: boolean;
}

@ObjectType('NoticeRedaction')
export class NoticeRedactionType {
  @Field() names: boolean;
  @Field() posts: boolean;
  @Field() enterprises: boolean;
}

@InputType()
export class PublicNoticeInput {
  @Field(() => [ID])
  @ArrayMinSize(1, rule('required'))
  @ArrayMaxSize(MAX_NOTICE_RECORDS, rule('tooMany', { max: MAX_NOTICE_RECORDS }))
  @IsUUID('all', { each: true, ...rule('invalid') })
  recordIds: string[];

  @Field({ defaultValue: '', description: 'Empty in a draft: the server proposes one' })
  @MaxChars(100)
  title: string;

  @Field({ defaultValue: '', description: 'Empty in a draft: the server proposes one' })
  @MaxChars(5000)
  body: string;

  @Field(() => NoticeRedactionInput)
  @ValidateNested()
  @Type(() => NoticeRedactionInput)
  redaction: NoticeRedactionInput;
}

@ObjectType('PublicNoticeItem', { description: 'One record as a notice shows it, redacted as chosen' })
export class PublicNoticeItemType {
  @Field(() => AccountabilityTypeEnum) type: AccountabilityType;
  @Field(() => AccountabilitySubjectEnum) subjectKind: AccountabilitySubject;
  @Field() departmentName: string;
  @Field(() => String, { nullable: true, description: 'Redacted to 张某 when names are redacted' })
  officialName: string | null;
  @Field(() => String, { nullable: true, description: 'Null when posts are redacted' })
  officialPost: string | null;
  @Field() decidedOn: string;
}

@ObjectType('PublicNoticeDraft', { description: 'A notice’s text as it would be published' })
export class PublicNoticeDraftType {
  @Field() title: string;
  @Field() body: string;
  @Field(() => [PublicNoticeItemType]) items: PublicNoticeItemType[];
}

@ObjectType('PublicNotice', { description: 'A published notice 通报 on the portal' })
export class PublicNoticeType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() body: string;
  @Field() publishedAt: Date;
  @Field(() => [PublicNoticeItemType]) items: PublicNoticeItemType[];
}

@ObjectType('PublicNoticePage')
export class PublicNoticePage {
  @Field(() => [PublicNoticeType]) items: PublicNoticeType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('AdminPublicNotice', { description: 'A notice as the office manages it, withdrawn ones too' })
export class AdminPublicNoticeType extends PublicNoticeType {
  @Field(() => NoticeRedactionType) redaction: NoticeRedactionType;
  @Field(() => [ID]) recordIds: string[];
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawReason: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('AdminPublicNoticePage')
export class AdminPublicNoticePage {
  @Field(() => [AdminPublicNoticeType]) items: AdminPublicNoticeType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('AccountabilityFigure', { description: 'Records of one type decided in one period' })
export class AccountabilityFigureType {
  @Field({ description: '2026-05, 2026-Q2 or 2026' }) period: string;
  @Field(() => AccountabilityTypeEnum) type: AccountabilityType;
  @Field(() => Int, { description: 'Officials held accountable (人次)' }) people: number;
  @Field(() => Int, { description: 'Departments held accountable' }) departments: number;
}

@ObjectType('AccountabilityFigures')
export class AccountabilityFiguresType {
  @Field(() => FigurePeriodEnum) period: FigurePeriod;
  @Field(() => [String], { description: 'Every period from `from` to `to`, in order' }) periods: string[];
  @Field(() => [AccountabilityFigureType], { description: 'Only the non-zero cells' })
  rows: AccountabilityFigureType[];
  @Field(() => Int) people: number;
  @Field(() => Int) departments: number;
}
