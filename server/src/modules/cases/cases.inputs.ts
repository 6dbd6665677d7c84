import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  CASE_CATEGORY_CODES,
  CASE_CHANNEL_CODES,
  CASE_COMPLEXITY_CODES,
  CASE_KIND_CODES,
  CASE_PRIORITY_CODES,
  CASE_STATE_CODES,
  DEADLINE_STATE_CODES,
  INDUSTRY_CODES,
  MISCONDUCT_TYPE_CODES,
  OFFICE_ENTRY_CHANNELS,
  REPLY_RESULT_CODES,
  type CaseCategory,
  type CaseChannel,
  type CaseComplexity,
  type CaseKind,
  type CasePriority,
  type CaseState,
  type DeadlineState,
  type IndustrySection,
  type MisconductType,
  type ReplyResult,
} from '@gridbridge/shared';
import { invalid, MaxChars, Required } from '../../common/validation.js';
import {
  CaseCategoryEnum,
  CaseChannelEnum,
  CaseComplexityEnum,
  CaseKindEnum,
  CasePriorityEnum,
  CaseSortEnum,
  CaseStateEnum,
  DeadlineStateEnum,
  MisconductTypeEnum,
  ReplyResultEnum,
  type CaseSort,
} from './cases.types.js';

@InputType()
export class SubmitCaseInput {
  @Field(() => CaseKindEnum) @IsIn(CASE_KIND_CODES) kind: CaseKind;
  @Field(() => CaseCategoryEnum) @IsIn(CASE_CATEGORY_CODES) category: CaseCategory;
  @Field() @Required() @MaxChars(80) title: string;
  @Field() @Required() @MaxChars(5000) content: string;
  @Field(() => ID, { nullable: true, description: 'The department concerned; required for a COMPLAINT' })
  @IsOptional()
  @IsUUID('all', invalid)
  namedDepartmentId?: string | null;
  @Field(() => MisconductTypeEnum, { nullable: true, description: 'Required for a COMPLAINT' })
  @IsOptional()
  @IsIn(MISCONDUCT_TYPE_CODES)
  misconductType?: MisconductType | null;
  @Field() @IsBoolean() contactConsent: boolean;
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...invalid })
  attachmentIds: string[];
  @Field({ description: 'Idempotency key made by the client once per case: a retry returns the same case' })
  @Required()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, invalid)
  clientKey: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Grid heads (网格上报) and office entry: the enterprise the case is for',
  })
  @IsOptional()
  @IsUUID('all', invalid)
  enterpriseId?: string | null;
}

@InputType()
export class OfficeCaseInput extends SubmitCaseInput {
  @Field(() => CaseChannelEnum, { description: 'PHONE, VISIT or LETTER' })
  @IsIn(OFFICE_ENTRY_CHANNELS)
  channel: CaseChannel;
}

@InputType()
export class SupplementCaseInput {
  @Field() @Required() @MaxChars(5000) content: string;
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, ...invalid })
  attachmentIds: string[];
}

@InputType()
export class UploadAttachmentInput {
  @Field() @Required() @MaxChars(200) fileName: string;
  @Field({ description: 'The file, base64-encoded' }) @Required() @IsString() contentBase64: string;
}

@InputType()
export class AcceptCaseInput {
  @Field(() => CaseCategoryEnum) @IsIn(CASE_CATEGORY_CODES) category: CaseCategory;
  @Field(() => CasePriorityEnum) @IsIn(CASE_PRIORITY_CODES) priority: CasePriority;
  @Field(() => CaseComplexityEnum) @IsIn(CASE_COMPLEXITY_CODES) complexity: CaseComplexity;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(1000) note?: string | null;
}

@InputType()
export class DirectReplyInput {
  @Field(() => ReplyResultEnum) @IsIn(REPLY_RESULT_CODES) result: ReplyResult;
  @Field({ description: 'The reply the enterprise reads' }) @Required() @MaxChars(5000) text: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(2000) internalNote?: string | null;
}

@InputType()
export class CaseFilter {
  @Field(() => CaseStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_STATE_CODES)
  state?: CaseState | null;
  @Field(() => CaseKindEnum, { nullable: true }) @IsOptional() @IsIn(CASE_KIND_CODES) kind?: CaseKind | null;
  @Field(() => CaseCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_CATEGORY_CODES)
  category?: CaseCategory | null;
  @Field(() => CaseChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_CHANNEL_CODES)
  channel?: CaseChannel | null;
  @Field(() => ID, { nullable: true, description: 'Cases of enterprises in this grid and below' })
  @IsOptional()
  @IsUUID('all', invalid)
  gridId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Cases of enterprises in this industry section (the dashboard's drill-down)",
  })
  @IsOptional()
  @IsIn(INDUSTRY_CODES, invalid)
  industry?: IndustrySection | null;
  @Field(() => ID, { nullable: true, description: 'Lead department' })
  @IsOptional()
  @IsUUID('all', invalid)
  departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', invalid) enterpriseId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Submitted at or after' })
  @IsOptional()
  @IsDate(invalid)
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Submitted before' })
  @IsOptional()
  @IsDate(invalid)
  to?: Date | null;
  @Field(() => DeadlineStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(DEADLINE_STATE_CODES)
  deadline?: DeadlineState | null;
  @Field(() => String, { nullable: true, description: 'Words of title or content, or a tracking number' })
  @IsOptional()
  @MaxChars(100)
  keyword?: string | null;
}

@InputType()
export class CasePageArgs {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() first: number = 20;
  @Field(() => CaseSortEnum, { defaultValue: 'NEWEST' })
  @IsOptional()
  @IsIn(['NEWEST', 'DEADLINE'])
  sort?: CaseSort;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() after?: string | null;
  @Field(() => CaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilter)
  filter?: CaseFilter | null;
}
