import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  CASE_CATEGORY_CODES,
  CASE_PRIORITY_CODES,
  type CaseCategory,
  type CasePriority,
} from '@gridbridge/shared';
import { MaxChars, Required, rule } from '../../common/validation.js';
import { enumOf } from '../../graphql/enum-of.js';

/*
 * Categories and priorities travel as their shared codes (String): the GraphQL enums of the same
 * names belong to the cases domain, which imports this one (time limits, suggestion outcomes), so
 * importing them back would make a cycle. The inputs check the codes against the shared lists.
 */

export const MAX_KEYWORDS = 30;
export const MAX_CO_DEPARTMENTS = 10;
export const TIME_LIMIT_RANGE = { min: 1, max: 60 } as const;

@ObjectType('DispatchDepartment', {
  description: 'A department as the catalogue and the suggestions name it',
})
export class DispatchDepartmentType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() shortName: string;
  @Field() active: boolean;
}

@ObjectType('DispatchMatter', { description: 'A matter (事项) of the dispatch catalogue (派单目录)' })
export class DispatchMatterType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'A CaseCategory code' }) category: CaseCategory;
  @Field() name: string;
  @Field() description: string;
  @Field(() => [String], { description: 'Words that, in a case title or content, point to this matter' })
  keywords: string[];
  @Field(() => DispatchDepartmentType, { description: 'The department that leads (主办)' })
  lead: DispatchDepartmentType;
  @Field(() => [DispatchDepartmentType], { description: 'Co-handling departments (协办), by name' })
  co: DispatchDepartmentType[];
  @Field() updatedAt: Date;
  @Field(() => Int) version: number;
}

@InputType()
export class DispatchMatterInput {
  @Field(() => String, { description: 'A CaseCategory code' })
  @IsIn(CASE_CATEGORY_CODES, rule('invalid'))
  category: CaseCategory;

  @Field() @Required() @MaxChars(60) name: string;

  @Field({ defaultValue: '' }) @IsString() @MaxChars(500) description: string;

  @Field(() => [String])
  @ArrayMaxSize(MAX_KEYWORDS, rule('tooMany', { max: MAX_KEYWORDS }))
  @IsString({ each: true })
  @MaxLength(20, { each: true, ...rule('tooLong', { max: 20 }) })
  keywords: string[];

  @Field(() => ID) @Required() @IsUUID('all', rule('invalid')) leadDepartmentId: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MAX_CO_DEPARTMENTS, rule('tooMany', { max: MAX_CO_DEPARTMENTS }))
  @IsUUID('all', { each: true, ...rule('invalid') })
  coDepartmentIds: string[];
}

export const SuggestionSourceEnum = enumOf(['CATALOGUE_LEAD', 'CATALOGUE_CO', 'HISTORY'] as const);
registerEnumType(SuggestionSourceEnum, {
  name: 'SuggestionSource',
  description:
    'CATALOGUE_LEAD / CATALOGUE_CO: a matter of the case category whose words the case contains names the department as lead / co-department; HISTORY: similar past cases of the category were led by it',
});
export type SuggestionSource = keyof typeof SuggestionSourceEnum;

@ObjectType('SuggestionReason')
export class SuggestionReasonType {
  @Field(() => SuggestionSourceEnum) source: SuggestionSource;
  @Field(() => ID, { nullable: true, description: 'The catalogue matter (catalogue reasons)' })
  matterId: string | null;
  @Field(() => String, { nullable: true }) matterName: string | null;
  @Field(() => [String], {
    description: 'The matter keywords found in the case, or the words the similar past cases share with it',
  })
  words: string[];
  @Field(() => Int, { description: 'HISTORY: how many similar past cases the department led' })
  caseCount: number;
}

@ObjectType('DepartmentSuggestion')
export class DepartmentSuggestionType {
  @Field(() => DispatchDepartmentType) department: DispatchDepartmentType;
  @Field(() => Int, { description: 'Higher is stronger; the order of the lists follows it' })
  score: number;
  @Field(() => [SuggestionReasonType]) reasons: SuggestionReasonType[];
}

@ObjectType('AssignmentSuggestions', {
  description: 'Who might handle a case, and why (docs/dispatch.md#suggestions); the office decides',
})
export class AssignmentSuggestionsType {
  @Field(() => [DepartmentSuggestionType], {
    description: 'Candidates for the lead department, strongest first: the first is the suggestion',
  })
  leads: DepartmentSuggestionType[];
  @Field(() => [DepartmentSuggestionType], {
    description: 'Suggested co-departments for the first lead, strongest first',
  })
  co: DepartmentSuggestionType[];
}

@ObjectType('SuggestionShare', {
  description: 'How often an assignment took the first suggested lead department',
})
export class SuggestionShareType {
  @Field(() => Int, { description: 'Assignments in the period' }) assignments: number;
  @Field(() => Int, { description: 'Of them, those for which a lead department was suggested' })
  suggested: number;
  @Field(() => Int, { description: 'Of those, the ones that took the first suggestion' }) tookFirst: number;
  @Field(() => Float, {
    nullable: true,
    description: 'tookFirst / suggested; null when nothing was suggested',
  })
  share: number | null;
}

@ObjectType('TimeLimits', {
  description: 'Working-day limits for one category and priority (docs/dispatch.md#time-limits)',
})
export class TimeLimitsType {
  @Field(() => String, { description: 'A CaseCategory code' }) category: CaseCategory;
  @Field(() => String, { description: 'A CasePriority code' }) priority: CasePriority;
  @Field(() => Int, { description: 'Department signs, after assignment' }) sign: number;
  @Field(() => Int, { description: 'Department first contacts the enterprise, after signing' })
  firstContact: number;
  @Field(() => Int, { description: 'Department replies, after assignment' }) reply: number;
  @Field(() => Int, { description: 'Department replies to a case the office marked complex' })
  replyComplex: number;
  @Field(() => Int, { description: 'Office reviews a reply' }) review: number;
  @Field({ description: 'False while the pair runs on the defaults' }) custom: boolean;
  @Field(() => Int, { description: '0 while on the defaults' }) version: number;
}

const days = () => [
  IsInt(rule('invalid')),
  Min(TIME_LIMIT_RANGE.min, rule('between', TIME_LIMIT_RANGE)),
  Max(TIME_LIMIT_RANGE.max, rule('between', TIME_LIMIT_RANGE)),
];
const Days = (): PropertyDecorator => (target, key) => days().forEach((d) => d(target, key));

@InputType()
export class TimeLimitsInput {
  @Field(() => Int) @Days() sign: number;
  @Field(() => Int) @Days() firstContact: number;
  @Field(() => Int) @Days() reply: number;
  @Field(() => Int) @Days() replyComplex: number;
  @Field(() => Int) @Days() review: number;
}

@InputType()
export class TimeLimitsKey {
  @Field(() => String, { description: 'A CaseCategory code' })
  @IsIn(CASE_CATEGORY_CODES, rule('invalid'))
  category: CaseCategory;
  @Field(() => String, { description: 'A CasePriority code' })
  @IsIn(CASE_PRIORITY_CODES, rule('invalid'))
  priority: CasePriority;
}
