import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import {
  CONTACT_METHOD_CODES,
  EVALUATION_SOLVED_CODES,
  REPLY_RESULT_CODES,
  SATISFACTION_CODES,
  type ContactMethod,
  type EvaluationSolved,
  type ReplyResult,
  type Satisfaction,
} from '@gridbridge/shared';
import { MaxChars, Required } from '../../common/validation.js';
import { ContactMethodEnum, EvaluationSolvedEnum, SatisfactionEnum } from './case-loop.types.js';
import { ReplyResultEnum } from './cases.types.js';

@InputType({ description: '交办: one lead department, any co-departments, and the office’s note' })
export class AssignCaseInput {
  @Field(() => ID) @IsUUID() leadDepartmentId: string;
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(10)
  coDepartmentIds: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(1000) note?: string | null;
}

@InputType({ description: '先行联系: how and when the department reached the enterprise' })
export class FirstContactInput {
  @Field(() => ContactMethodEnum) @IsIn(CONTACT_METHOD_CODES) method: ContactMethod;
  @Field() @Type(() => Date) @IsDate() contactedAt: Date;
  @Field() @Required() @MaxChars(2000) summary: string;
}

@InputType()
export class ProgressInput {
  @Field() @Required() @MaxChars(2000) note: string;
  @Field({ description: 'Whether the enterprise reads it; otherwise office and departments only' })
  @IsBoolean()
  visibleToEnterprise: boolean;
}

@InputType({ description: 'The lead department’s reply, for its leader and then the office to approve' })
export class DraftReplyInput {
  @Field(() => ReplyResultEnum) @IsIn(REPLY_RESULT_CODES) result: ReplyResult;
  @Field({ description: 'The reply the enterprise reads' }) @Required() @MaxChars(5000) text: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(2000) internalNote?: string | null;
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(10)
  attachmentIds: string[];
}

@InputType()
export class ExtensionRequestInput {
  @Field(() => Int, { description: 'Working days more' }) @IsInt() @Min(1) @Max(30) days: number;
  @Field() @Required() @MaxChars(1000) reason: string;
}

@InputType({ description: '评价: solved? satisfied? DISSATISFIED makes it a dispute for the office' })
export class EvaluateCaseInput {
  @Field(() => EvaluationSolvedEnum) @IsIn(EVALUATION_SOLVED_CODES) solved: EvaluationSolved;
  @Field(() => SatisfactionEnum) @IsIn(SATISFACTION_CODES) satisfaction: Satisfaction;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxChars(1000) comment?: string | null;
}

@InputType({ description: 'Reopening a disputed case: the lead department works on, to a new deadline' })
export class ReopenCaseInput {
  @Field() @Required() @MaxChars(1000) reason: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Working days for the new reply; by default the case’s limit',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  days?: number | null;
}
