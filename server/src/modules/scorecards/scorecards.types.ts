import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { CalendarDay, rule } from '../../common/validation.js';
import { enumOf } from '../../graphql/enum-of.js';
import { DRILL_MEASURES, type DrillMeasure } from './scorecard-facts.js';

export const DrillMeasureEnum = enumOf(DRILL_MEASURES);
registerEnumType(DrillMeasureEnum, {
  name: 'ScorecardMeasure',
  description:
    'What a scorecard number counts: the step events behind it (SIGNED_ON_TIME, REPLIED_LATE, SOLVED…); OVERDUE is every department step that ended past its deadline',
});

@InputType({ description: 'A period of Shanghai days, both ends included' })
export class ScorecardPeriodInput {
  @Field({ description: 'YYYY-MM-DD' })
  @CalendarDay()
  from: string;

  @Field({ description: 'YYYY-MM-DD, not before from' })
  @CalendarDay()
  to: string;
}

const weight = () =>
  applyDecorators(
    IsInt(rule('invalid')),
    Min(0, rule('between', { min: 0, max: 100 })),
    Max(100, rule('between', { min: 0, max: 100 })),
  );

@InputType({
  description: 'The weights of the five rates in the score (0–100 each, not all 0) and the minimum sample',
})
export class ScorecardWeightsInput {
  @Field(() => Int) @weight() signWeight: number;
  @Field(() => Int) @weight() contactWeight: number;
  @Field(() => Int) @weight() replyWeight: number;
  @Field(() => Int) @weight() resolutionWeight: number;
  @Field(() => Int) @weight() satisfactionWeight: number;

  @Field(() => Int, {
    description: 'Departments with fewer cases assigned in the period are listed but not ranked',
  })
  @IsInt(rule('invalid'))
  @Min(1, rule('between', { min: 1, max: 1000 }))
  @Max(1000, rule('between', { min: 1, max: 1000 }))
  minSample: number;
}

@ObjectType('ScorecardWeights')
export class ScorecardWeightsType {
  @Field(() => Int) signWeight: number;
  @Field(() => Int) contactWeight: number;
  @Field(() => Int) replyWeight: number;
  @Field(() => Int) resolutionWeight: number;
  @Field(() => Int) satisfactionWeight: number;
  @Field(() => Int) minSample: number;
  @Field(() => Int, { description: '0 while on the defaults' }) version: number;
}

@ObjectType('ScorecardRate', {
  description: 'A rate with what it is made of; rate is null when nothing was counted',
})
export class ScorecardRateType {
  @Field(() => Int) numerator: number;
  @Field(() => Int) denominator: number;
  @Field(() => Float, { nullable: true, description: 'numerator / denominator, 0–1' }) rate: number | null;
}

@ObjectType('ScorecardFigures', { description: "One department's figures for one period" })
export class ScorecardFiguresType {
  @Field(() => Int, { description: 'Cases assigned to it as lead department' }) assigned: number;
  @Field(() => ScorecardRateType, { description: '签收及时率: signings on time over signings' })
  signedOnTime: ScorecardRateType;
  @Field(() => ScorecardRateType, { description: '响应率: first contacts on time over first contacts' })
  contactedOnTime: ScorecardRateType;
  @Field(() => ScorecardRateType, { description: '按时办结率: replies sent on time over replies sent' })
  repliedOnTime: ScorecardRateType;
  @Field(() => ScorecardRateType, { description: '解决率: solved + partly solved over evaluations' })
  resolution: ScorecardRateType;
  @Field(() => ScorecardRateType, { description: '满意率: satisfied + basically satisfied over evaluations' })
  satisfaction: ScorecardRateType;
  @Field(() => Int, {
    description: 'Cases closed (evaluated, closed after a dispute or automatically): not the solved ones',
  })
  closed: number;
  @Field(() => Int, { description: 'Returns approved' }) returned: number;
  @Field(() => Int, { description: 'Extensions approved' }) extended: number;
  @Field(() => Int, { description: 'Disputes reopened' }) reopened: number;
  @Field(() => Int, { description: 'Replies sent back by the office (重办)' }) sentBack: number;
  @Field(() => Int, {
    description: 'Department steps (signing, first contact, opinion, reply) that ended late',
  })
  overdue: number;
  @Field(() => Int, {
    description:
      'Rectification suggestions (整改建议) to it that went overdue, counted by the day of their deadline',
  })
  overdueSuggestions: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Weighted score 0–100 over the rates that have a denominator',
  })
  score: number | null;
  @Field(() => Boolean, { description: 'Whether it reached the minimum sample and is ranked' })
  ranked: boolean;
  @Field(() => Int, { nullable: true }) rank: number | null;
}

@ObjectType('ScorecardRow')
export class ScorecardRowType {
  @Field(() => ID) departmentId: string;
  @Field() departmentName: string;
  @Field(() => ScorecardFiguresType) current: ScorecardFiguresType;
  @Field(() => ScorecardFiguresType, { description: 'The period of the same length just before' })
  previous: ScorecardFiguresType;
}

@ObjectType('Scorecard', { description: '部门考核: the departments of a period, ranked ones first by rank' })
export class ScorecardType {
  @Field() from: string;
  @Field() to: string;
  @Field() previousFrom: string;
  @Field() previousTo: string;
  @Field(() => ScorecardWeightsType) weights: ScorecardWeightsType;
  @Field(() => Int, { description: 'How many departments are ranked' }) rankedCount: number;
  @Field(() => [ScorecardRowType], { description: 'A department sees only its own row' })
  rows: ScorecardRowType[];
}

@ObjectType('ScorecardPreviewRow')
export class ScorecardPreviewRowType {
  @Field(() => ID) departmentId: string;
  @Field() departmentName: string;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => Float, { nullable: true }) previewScore: number | null;
  @Field(() => Int, { nullable: true }) previewRank: number | null;
}

@ObjectType('ScorecardCase', { description: 'A case behind a scorecard number: the step event that counted' })
export class ScorecardCaseType {
  @Field(() => ID) caseId: string;
  @Field() trackingNo: string;
  @Field() title: string;
  @Field() state: string;
  @Field({ description: 'The Shanghai day the step was counted on' }) day: string;
  @Field() occurredAt: Date;
}

@ObjectType('ScorecardCasePage')
export class ScorecardCasePageType {
  @Field(() => [ScorecardCaseType]) items: ScorecardCaseType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@InputType()
export class ScorecardDrillInput {
  @Field(() => ID) @IsUUID('all', rule('invalid')) departmentId: string;
  @Field(() => DrillMeasureEnum) @IsIn(DRILL_MEASURES, rule('invalid')) measure: DrillMeasure;
}
