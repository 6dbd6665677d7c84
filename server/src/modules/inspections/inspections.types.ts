import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  CASE_CATEGORY_CODES,
  CASE_KIND_CODES,
  FINDING_OUTCOME_CODES,
  INSPECTION_FIGURE_CODES,
  INSPECTION_FOCUS_CODES,
  RECTIFICATION_STATE_CODES,
  type CaseCategory,
  type CaseKind,
  type DeadlineState,
  type FindingOutcome,
  type InspectionFocus,
  type RectificationState,
} from '@gridbridge/shared';
import { CalendarDay, invalid, MaxChars, Required, rule } from '../../common/validation.js';
import { enumOf } from '../../graphql/enum-of.js';

/*
 * Case categories, kinds and deadline colours travel as their shared codes (String): their
 * GraphQL enums belong to the cases domain. The inputs check the codes against the shared lists.
 */

export const InspectionFocusEnum = enumOf(INSPECTION_FOCUS_CODES);
registerEnumType(InspectionFocusEnum, { name: 'InspectionFocus', description: '巡查重点' });
export const FindingOutcomeEnum = enumOf(FINDING_OUTCOME_CODES);
registerEnumType(FindingOutcomeEnum, { name: 'FindingOutcome' });
export const RectificationStateEnum = enumOf(RECTIFICATION_STATE_CODES);
registerEnumType(RectificationStateEnum, { name: 'RectificationState' });
export const InspectionFigureEnum = enumOf(INSPECTION_FIGURE_CODES);
registerEnumType(InspectionFigureEnum, { name: 'InspectionFigure' });

export const MAX_MEMBERS = 30;
export const MAX_FINDINGS = 20;
/** Photos on one record: a day's evidence, not an album. */
export const MAX_PHOTOS = 9;
export const RECTIFICATION_DAYS = { min: 1, max: 60 } as const;

@ObjectType('InspectionPerson', { description: 'An inspector or a team leader' })
export class InspectionPersonType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType('InspectionPlace', { description: 'A grid or a department as inspections name it' })
export class InspectionPlaceType {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('InspectionEnterprise', {
  description: 'An enterprise a finding may become a case for (the pick list of inspectors)',
})
export class InspectionEnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() creditCode: string;
  @Field({ description: 'The grid it belongs to' }) gridName: string;
}

@ObjectType('InspectionTeam', { description: '巡查小组' })
export class InspectionTeamType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => InspectionPersonType) leader: InspectionPersonType;
  @Field(() => [InspectionPersonType], { description: 'Every inspector, the leader among them' })
  members: InspectionPersonType[];
  @Field(() => Int) version: number;
}

@ObjectType('InspectionTask', { description: '巡查任务' })
export class InspectionTaskType {
  @Field(() => ID) id: string;
  @Field(() => InspectionPlaceType, { description: 'The team (id and name)' }) team: InspectionPlaceType;
  @Field() title: string;
  @Field(() => InspectionFocusEnum) focus: InspectionFocus;
  @Field(() => InspectionPlaceType, { nullable: true, description: 'A grid subtree as the target' })
  grid: InspectionPlaceType | null;
  @Field(() => InspectionPlaceType, { nullable: true, description: 'A department as the target' })
  department: InspectionPlaceType | null;
  @Field({ description: 'First day (Shanghai), YYYY-MM-DD' }) startsOn: string;
  @Field({ description: 'Last day (Shanghai), YYYY-MM-DD' }) endsOn: string;
  @Field(() => Int) records: number;
  @Field(() => Int) version: number;
}

@ObjectType('Rectification', { description: '整改建议 and its 整改情况' })
export class RectificationType {
  @Field(() => ID) id: string;
  @Field(() => ID) findingId: string;
  @Field({ description: 'The finding the suggestion answers' }) findingDescription: string;
  @Field(() => InspectionPlaceType) department: InspectionPlaceType;
  @Field() suggestion: string;
  @Field() issuedAt: Date;
  @Field() deadline: Date;
  @Field(() => RectificationStateEnum) state: RectificationState;
  @Field(() => String, {
    nullable: true,
    description:
      'A DeadlineState code while awaiting rectification (docs/lifecycle-and-deadlines.md#warnings)',
  })
  warning: DeadlineState | null;
  @Field(() => String, { nullable: true }) report: string | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => Date, { nullable: true }) reportedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the office sent the last report back' })
  returnReason: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType('InspectionFinding', { description: '发现问题' })
export class InspectionFindingType {
  @Field(() => ID) id: string;
  @Field(() => ID) recordId: string;
  @Field(() => ID) taskId: string;
  @Field() inspectedOn: string;
  @Field() place: string;
  @Field(() => String, { description: 'A CaseCategory code' }) category: CaseCategory;
  @Field(() => InspectionPlaceType, { description: 'The department concerned' })
  department: InspectionPlaceType;
  @Field() description: string;
  @Field(() => FindingOutcomeEnum) outcome: FindingOutcome;
  @Field(() => String, { nullable: true }) solution: string | null;
  @Field(() => ID, { nullable: true }) caseId: string | null;
  @Field(() => String, { nullable: true }) caseTrackingNo: string | null;
  @Field(() => RectificationType, { nullable: true }) rectification: RectificationType | null;
  @Field(() => Int) version: number;
}

@ObjectType('InspectionPhoto', { description: 'A photo of an inspection record' })
export class InspectionPhotoType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => String, { nullable: true, description: 'A small WebP preview, as a data: URL' })
  thumbnail: string | null;
}

@ObjectType('InspectionRecord', {
  description: 'A day of inspection: where, what was checked, what was found',
})
export class InspectionRecordType {
  @Field(() => ID) id: string;
  @Field(() => ID) taskId: string;
  @Field(() => InspectionPersonType) inspector: InspectionPersonType;
  @Field() inspectedOn: string;
  @Field() place: string;
  @Field() checked: string;
  @Field(() => [InspectionPhotoType]) photos: InspectionPhotoType[];
  @Field(() => [InspectionFindingType]) findings: InspectionFindingType[];
}

/** What each page type says of its cursor (the keyset pages of the other lists say the same). */
const NEXT_CURSOR = {
  nullable: true,
  description: 'Pass as `after` to get the next page; null on the last page',
} as const;

@ObjectType('InspectionEnterprisePage')
export class InspectionEnterprisePageType {
  @Field(() => [InspectionEnterpriseType]) items: InspectionEnterpriseType[];
  @Field(() => String, NEXT_CURSOR) nextCursor: string | null;
}

@ObjectType('InspectionTaskPage')
export class InspectionTaskPageType {
  @Field(() => [InspectionTaskType]) items: InspectionTaskType[];
  @Field(() => String, NEXT_CURSOR) nextCursor: string | null;
}

@ObjectType('InspectionRecordPage')
export class InspectionRecordPageType {
  @Field(() => [InspectionRecordType]) items: InspectionRecordType[];
  @Field(() => String, NEXT_CURSOR) nextCursor: string | null;
}

@ObjectType('RectificationPage')
export class RectificationPageType {
  @Field(() => [RectificationType]) items: RectificationType[];
  @Field(() => String, NEXT_CURSOR) nextCursor: string | null;
}

@ObjectType('InspectionFindingPage')
export class InspectionFindingPageType {
  @Field(() => [InspectionFindingType]) items: InspectionFindingType[];
  @Field(() => String, NEXT_CURSOR) nextCursor: string | null;
}

@ObjectType('InspectionFigureRow', { description: 'The figures of one team, or of all (teamId null)' })
export class InspectionFigureRowType {
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) teamName: string | null;
  @Field(() => Int, { description: 'Teams with a task in the period' }) dispatched: number;
  @Field(() => Int, { description: 'Inspectors who recorded an inspection in the period' })
  inspectors: number;
  @Field(() => Int) found: number;
  @Field(() => Int) solved: number;
  @Field(() => Int) suggested: number;
  @Field(() => Int) onTime: number;
  @Field(() => Int) overdue: number;
}

@ObjectType('InspectionFigures')
export class InspectionFiguresType {
  @Field(() => InspectionFigureRowType) total: InspectionFigureRowType;
  @Field(() => [InspectionFigureRowType], { description: 'Every team, by name' })
  teams: InspectionFigureRowType[];
}

@InputType()
export class InspectionTeamInput {
  @Field() @Required() @MaxChars(60) name: string;
  @Field(() => ID) @IsUUID('all', invalid) leaderId: string;
  @Field(() => [ID], { description: 'The inspectors; the leader is one of them even if not listed' })
  @ArrayMaxSize(MAX_MEMBERS, rule('tooMany', { max: MAX_MEMBERS }))
  @IsUUID('all', { each: true, ...invalid })
  memberIds: string[];
}

@InputType()
export class InspectionTaskInput {
  @Field(() => ID) @IsUUID('all', invalid) teamId: string;
  @Field() @Required() @MaxChars(100) title: string;
  @Field(() => InspectionFocusEnum) @IsIn(INSPECTION_FOCUS_CODES, invalid) focus: InspectionFocus;
  @Field(() => ID, { nullable: true, description: 'The grid subtree inspected; or a department' })
  @IsOptional()
  @IsUUID('all', invalid)
  gridId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', invalid) departmentId?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDay() startsOn: string;
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDay() endsOn: string;
}

@InputType()
export class InspectionFindingInput {
  @Field(() => String, { description: 'A CaseCategory code' })
  @IsIn(CASE_CATEGORY_CODES, invalid)
  category: CaseCategory;
  @Field(() => ID, { description: 'The department concerned' }) @IsUUID('all', invalid) departmentId: string;
  @Field() @Required() @MaxChars(2000) description: string;
}

@InputType()
export class InspectionRecordInput {
  @Field(() => ID) @IsUUID('all', invalid) taskId: string;
  @Field({ description: 'YYYY-MM-DD' }) @CalendarDay() inspectedOn: string;
  @Field() @Required() @MaxChars(200) place: string;
  @Field() @Required() @MaxChars(2000) checked: string;
  @Field(() => [InspectionFindingInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_FINDINGS, rule('tooMany', { max: MAX_FINDINGS }))
  @ValidateNested({ each: true })
  @Type(() => InspectionFindingInput)
  findings: InspectionFindingInput[];
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Uploads of uploadInspectionPhoto (images), kept for the record',
  })
  @ArrayMaxSize(MAX_PHOTOS, rule('tooMany', { max: MAX_PHOTOS }))
  @IsUUID('all', { each: true, ...invalid })
  photoIds: string[];
}

@InputType()
export class FindingCaseInput {
  @Field(() => ID, { description: 'The enterprise the case is for' })
  @IsUUID('all', invalid)
  enterpriseId: string;
  @Field(() => String, { description: 'A CaseKind code; a COMPLAINT is not filed this way' })
  @IsIn(CASE_KIND_CODES.filter((kind) => kind !== 'COMPLAINT'), invalid)
  kind: CaseKind;
  @Field() @Required() @MaxChars(80) title: string;
}

@InputType()
export class RectificationSuggestionInput {
  @Field() @Required() @MaxChars(2000) suggestion: string;
  @Field(() => Int, { description: 'Working days from now to the deadline' })
  @IsInt(invalid)
  @Min(RECTIFICATION_DAYS.min, rule('between', RECTIFICATION_DAYS))
  @Max(RECTIFICATION_DAYS.max, rule('between', RECTIFICATION_DAYS))
  workingDays: number;
}

@InputType()
export class RectificationReportInput {
  @Field() @Required() @MaxChars(2000) report: string;
  @Field() @Required() @MaxChars(2000) evidence: string;
}

@InputType()
export class InspectionPeriodInput {
  @Field({ description: 'First day, YYYY-MM-DD' }) @CalendarDay() from: string;
  @Field({ description: 'Last day, YYYY-MM-DD' }) @CalendarDay() to: string;
}
