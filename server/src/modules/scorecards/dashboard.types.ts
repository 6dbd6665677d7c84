import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { INDUSTRY_CODES, type IndustrySection } from '@gridbridge/shared';
import { ScorecardRateType } from './scorecards.types.js';
import { invalid } from '../../common/validation.js';

@InputType({ description: 'Narrows the received and closed figures and the hot topics' })
export class DashboardFilterInput {
  @Field(() => String, { nullable: true, description: 'An industry section code' })
  @IsOptional()
  @IsIn(INDUSTRY_CODES, invalid)
  industry?: IndustrySection | null;

  @Field(() => ID, { nullable: true, description: 'A level-1 grid' })
  @IsOptional()
  @IsUUID('all', invalid)
  gridId?: string | null;
}

@ObjectType('DashboardCount', {
  description: 'Cases received and closed under one key, this period and the one before',
})
export class DashboardCountType {
  @Field({ description: 'A kind or category code, or a grid id' }) key: string;
  @Field({ description: "The grid's name; the code otherwise" }) name: string;
  @Field(() => Int) received: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) previousReceived: number;
  @Field(() => Int) previousClosed: number;
}

@ObjectType('DashboardPoint', { description: 'One day (periods up to 62 days) or month of the period' })
export class DashboardPointType {
  @Field({ description: 'The first day of the bucket, YYYY-MM-DD' }) bucket: string;
  @Field(() => Int) received: number;
  @Field(() => Int) closed: number;
  @Field(() => ScorecardRateType) repliedOnTime: ScorecardRateType;
  @Field(() => ScorecardRateType) resolution: ScorecardRateType;
  @Field(() => ScorecardRateType) satisfaction: ScorecardRateType;
}

@ObjectType('DashboardRates')
export class DashboardRatesType {
  @Field(() => ScorecardRateType, { description: '按时办结率' }) repliedOnTime: ScorecardRateType;
  @Field(() => ScorecardRateType, { description: '解决率' }) resolution: ScorecardRateType;
  @Field(() => ScorecardRateType, { description: '满意率' }) satisfaction: ScorecardRateType;
}

@ObjectType('DashboardDepartment')
export class DashboardDepartmentType {
  @Field(() => ID) departmentId: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Cases assigned as lead in the period' }) assigned: number;
  @Field(() => Int, { description: 'Its cases closed in the period' }) closed: number;
  @Field(() => Int, { description: 'Its steps that ended late in the period' }) overdue: number;
  @Field(() => Int, { description: 'Its lead tasks past their deadline now' }) overdueNow: number;
}

@ObjectType('DashboardCase', { description: 'A case running past its deadline now' })
export class DashboardCaseType {
  @Field(() => ID) id: string;
  @Field() trackingNo: string;
  @Field() title: string;
  @Field() state: string;
  @Field(() => String, { nullable: true }) departmentName: string | null;
  @Field() dueAt: Date;
}

@ObjectType('HotTopic', {
  description: '热点诉求: a word or category, with its count this period and the one before',
})
export class HotTopicType {
  @Field() key: string;
  @Field(() => Int) count: number;
  @Field(() => Int) previous: number;
}

@ObjectType('Dashboard', { description: '数据驾驶舱: the office figures of a period against the one before' })
export class DashboardType {
  @Field() from: string;
  @Field() to: string;
  @Field() previousFrom: string;
  @Field() previousTo: string;
  @Field(() => Int) received: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) previousReceived: number;
  @Field(() => Int) previousClosed: number;
  @Field(() => Int, { description: 'Cases running now (not in a final state)' }) open: number;
  @Field(() => Int, { description: 'Running cases past their deadline now' }) overdue: number;
  @Field(() => DashboardRatesType) rates: DashboardRatesType;
  @Field(() => DashboardRatesType) previousRates: DashboardRatesType;
  @Field(() => [DashboardPointType]) series: DashboardPointType[];
  @Field(() => [DashboardCountType]) byKind: DashboardCountType[];
  @Field(() => [DashboardCountType]) byCategory: DashboardCountType[];
  @Field(() => [DashboardCountType]) byGrid: DashboardCountType[];
  @Field(() => [DashboardDepartmentType], { description: 'Most overdue first' })
  byDepartment: DashboardDepartmentType[];
  @Field(() => [DashboardCaseType], { description: 'The ten most overdue running cases' })
  overdueCases: DashboardCaseType[];
  @Field(() => [HotTopicType], { description: 'The most frequent words of the cases received, most first' })
  hotKeywords: HotTopicType[];
  @Field(() => [HotTopicType], { description: 'Received per category, most first' })
  hotCategories: HotTopicType[];
}
