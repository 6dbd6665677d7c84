import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  CASE_CATEGORY_CODES,
  CONDITION_LIMITS,
  INDUSTRY_CODES,
  MONTH_PATTERN,
  OPERATING_STATUS_CODES,
  ORDER_TREND_CODES,
  type CaseCategory,
  type IndustrySection,
  type OperatingStatus,
  type OrderTrend,
} from '@gridbridge/shared';
import { CalendarDay, MaxChars, Required, rule } from '../../common/validation.js';
import { enumOf } from '../../graphql/enum-of.js';

export const OperatingStatusEnum = enumOf(OPERATING_STATUS_CODES);
registerEnumType(OperatingStatusEnum, {
  name: 'OperatingStatus',
  description: '经营状态, best first: NORMAL 正常生产, PARTIAL 部分停产, STOPPED 停产, CLOSED 歇业',
});
export const OrderTrendEnum = enumOf(ORDER_TREND_CODES);
registerEnumType(OrderTrendEnum, { name: 'OrderTrend', description: '订单趋势: UP, FLAT, DOWN' });

/** At most two decimals (万元 to the yuan… to the hundred yuan). */
const TwoDecimals = () =>
  ValidateBy(
    {
      name: 'twoDecimals',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
      },
    },
    rule('decimals', { max: 2 }),
  );

const money = CONDITION_LIMITS.money;
const Money = (): PropertyDecorator => (target, key) =>
  [
    IsNumber({ allowNaN: false, allowInfinity: false }, rule('invalid')),
    Min(money.min, rule('between', money)),
    Max(money.max, rule('between', money)),
    TwoDecimals(),
  ].forEach((d) => d(target, key));

@InputType({ description: "A month's condition report; money in 万元 (10,000 yuan)" })
export class ConditionReportInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Grid heads: the enterprise reported for; an enterprise account reports for itself',
  })
  @IsOptional()
  @IsUUID('all', rule('invalid'))
  enterpriseId?: string | null;

  @Field({ description: "'YYYY-MM', not after the current month" })
  @Matches(MONTH_PATTERN, rule('invalid'))
  month: string;

  @Field(() => OperatingStatusEnum)
  @IsIn(OPERATING_STATUS_CODES, rule('invalid'))
  operatingStatus: OperatingStatus;

  @Field(() => Int)
  @IsInt(rule('invalid'))
  @Min(CONDITION_LIMITS.employees.min, rule('between', CONDITION_LIMITS.employees))
  @Max(CONDITION_LIMITS.employees.max, rule('between', CONDITION_LIMITS.employees))
  employees: number;

  @Field(() => Float, { description: '当月产值, 万元' }) @Money() outputValue: number;
  @Field(() => Float, { description: '当月营收, 万元' }) @Money() revenue: number;

  @Field(() => Int, { description: 'Percent, 0–100' })
  @IsInt(rule('invalid'))
  @Min(0, rule('between', CONDITION_LIMITS.capacityUse))
  @Max(100, rule('between', CONDITION_LIMITS.capacityUse))
  capacityUse: number;

  @Field(() => OrderTrendEnum) @IsIn(ORDER_TREND_CODES, rule('invalid')) orderTrend: OrderTrend;

  @Field({ defaultValue: '' }) @MaxChars(CONDITION_LIMITS.difficulties) difficulties: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The month's report version as last read; empty when there was none. A stale one is a CONFLICT",
  })
  @IsOptional()
  @IsInt(rule('invalid'))
  version?: number | null;
}

@InputType({
  description: 'A visit 走访 by a grid head; sent again with the same clientKey, it is stored once',
})
export class ConditionVisitInput {
  @Field(() => ID) @IsUUID('all', rule('invalid')) enterpriseId: string;
  @Field({ description: "'YYYY-MM-DD' in Shanghai, not after today" })
  @CalendarDay()
  visitedOn: string;
  @Field() @Required() @MaxChars(CONDITION_LIMITS.findings) findings: string;
  @Field(() => [ID], { defaultValue: [], description: 'Uploads of uploadAttachment' })
  @ArrayMaxSize(CONDITION_LIMITS.photos, rule('tooMany', { max: CONDITION_LIMITS.photos }))
  @IsUUID('all', { each: true, ...rule('invalid') })
  photoIds: string[];
  @Field({ description: 'Idempotency key made by the client once per visit' })
  @Required()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, rule('invalid'))
  clientKey: string;
  @Field(() => ConditionReportInput, {
    nullable: true,
    description:
      "The enterprise's condition report filled in during the visit (its enterpriseId is the visit's)",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConditionReportInput)
  report?: ConditionReportInput | null;
}

@InputType({ description: 'A difficulty of a report raised as a case (困难转诉求)' })
export class ConditionDifficultyInput {
  @Field(() => String, { description: 'A CaseCategory code' })
  @IsIn(CASE_CATEGORY_CODES, rule('invalid'))
  category: CaseCategory;
  @Field() @Required() @MaxChars(80) title: string;
  @Field(() => String, { nullable: true, description: "Empty: the report's difficulties" })
  @IsOptional()
  @MaxChars(5000)
  content?: string | null;
  @Field() @IsBoolean() contactConsent: boolean;
  @Field({ description: 'Idempotency key of the case submission' })
  @Required()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, rule('invalid'))
  clientKey: string;
}

@ObjectType('ConditionCaseLink', { description: 'A case raised from a report' })
export class ConditionCaseLinkType {
  @Field(() => ID) id: string;
  @Field() trackingNo: string;
  @Field() title: string;
  @Field() state: string;
}

@ObjectType('ConditionReport', {
  description: "An enterprise's condition report for one month (docs/conditions.md)",
})
export class ConditionReportType {
  @Field(() => ID) id: string;
  @Field(() => ID) enterpriseId: string;
  @Field() enterpriseName: string;
  @Field() month: string;
  @Field(() => OperatingStatusEnum) operatingStatus: OperatingStatus;
  @Field(() => Int) employees: number;
  @Field(() => Float, { description: '万元' }) outputValue: number;
  @Field(() => Float, { description: '万元' }) revenue: number;
  @Field(() => Int) capacityUse: number;
  @Field(() => OrderTrendEnum) orderTrend: OrderTrend;
  @Field() difficulties: string;
  @Field() submittedAt: Date;
  @Field() submittedByName: string;
  @Field(() => ID, { nullable: true, description: 'The visit during which a grid head filled it in' })
  visitId: string | null;
  @Field(() => Int, { description: 'How many times the month was submitted' }) revisions: number;
  @Field(() => [ConditionCaseLinkType]) cases: ConditionCaseLinkType[];
  @Field(() => Int) version: number;
}

@ObjectType('ConditionReportRevision', { description: 'One submission of a month, as it was sent' })
export class ConditionReportRevisionType {
  @Field(() => Int) revision: number;
  @Field(() => OperatingStatusEnum) operatingStatus: OperatingStatus;
  @Field(() => Int) employees: number;
  @Field(() => Float) outputValue: number;
  @Field(() => Float) revenue: number;
  @Field(() => Int) capacityUse: number;
  @Field(() => OrderTrendEnum) orderTrend: OrderTrend;
  @Field() difficulties: string;
  @Field() submittedAt: Date;
  @Field() submittedByName: string;
}

@ObjectType('ConditionReportForm', {
  description: "What the form needs: this month's report and the last one before it",
})
export class ConditionReportFormType {
  @Field(() => ID) enterpriseId: string;
  @Field() enterpriseName: string;
  @Field() month: string;
  @Field({ description: "'YYYY-MM-DD': the day the month's report is due" }) dueDate: string;
  @Field(() => ConditionReportType, { nullable: true }) report: ConditionReportType | null;
  @Field(() => ConditionReportType, {
    nullable: true,
    description: 'The latest report of an earlier month: the form starts from its values',
  })
  previous: ConditionReportType | null;
}

@ObjectType('ConditionPhoto')
export class ConditionPhotoType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => String, { nullable: true, description: 'A small WebP preview, as a data: URL' })
  thumbnail: string | null;
}

@ObjectType('ConditionVisit', { description: 'A grid head’s visit 走访' })
export class ConditionVisitType {
  @Field(() => ID) id: string;
  @Field(() => ID) enterpriseId: string;
  @Field() enterpriseName: string;
  @Field() visitedOn: string;
  @Field() findings: string;
  @Field() visitorName: string;
  @Field() createdAt: Date;
  @Field(() => [ConditionPhotoType]) photos: ConditionPhotoType[];
  @Field(() => ID, { nullable: true, description: 'The report filled in during the visit' })
  reportId: string | null;
}

@ObjectType('ConditionEnterprise', { description: 'An enterprise with its condition for a month' })
export class ConditionEnterpriseType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() address: string;
  @Field() gridName: string;
  @Field(() => String) industry: IndustrySection;
  @Field(() => OperatingStatusEnum, {
    nullable: true,
    description: "The month's status; empty when not reported",
  })
  status: OperatingStatus | null;
  @Field(() => OperatingStatusEnum, { nullable: true, description: 'The status of the month before' })
  previousStatus: OperatingStatus | null;
  @Field(() => OperatingStatusEnum, {
    nullable: true,
    description: 'The status of the latest report of any month',
  })
  latestStatus: OperatingStatus | null;
  @Field(() => String, { nullable: true }) latestMonth: string | null;
  @Field({ description: "Whether the month's report is in" }) reported: boolean;
  @Field(() => String, { nullable: true, description: 'The last visit in the month' }) visitedOn:
    string | null;
}

@ObjectType('ConditionEnterprisePage')
export class ConditionEnterprisePage {
  @Field(() => [ConditionEnterpriseType]) items: ConditionEnterpriseType[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@InputType({ description: 'Which enterprises of the month: every dashboard figure is one of these filters' })
export class ConditionEnterpriseFilter {
  @Field() @Matches(MONTH_PATTERN, rule('invalid')) month: string;
  @Field(() => ID, { nullable: true, description: 'Enterprises of this grid and every grid below it' })
  @IsOptional()
  @IsUUID('all', rule('invalid'))
  gridId?: string | null;
  @Field(() => String, { nullable: true, description: 'A GB/T 4754 section letter' })
  @IsOptional()
  @IsIn(INDUSTRY_CODES, rule('invalid'))
  industry?: IndustrySection | null;
  @Field(() => OperatingStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(OPERATING_STATUS_CODES, rule('invalid'))
  status?: OperatingStatus | null;
  @Field(() => Boolean, { nullable: true, description: "true: the month's report is in; false: it is not" })
  @IsOptional()
  @IsBoolean()
  reported?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those whose status is worse than the month before',
  })
  @IsOptional()
  @IsBoolean()
  worsened?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: visited in the month; false: not visited' })
  @IsOptional()
  @IsBoolean()
  visited?: boolean | null;
}

@ObjectType('ConditionCount', {
  description: 'Enterprises of one group and status (status empty: not reported)',
})
export class ConditionCountType {
  @Field(() => String, { description: 'A grid id or an industry section' }) key: string;
  @Field() label: string;
  @Field(() => OperatingStatusEnum, { nullable: true }) status: OperatingStatus | null;
  @Field(() => Int) count: number;
}

@ObjectType('ConditionTrendPoint')
export class ConditionTrendPointType {
  @Field() month: string;
  @Field(() => Int) reports: number;
  @Field(() => Int) employees: number;
  @Field(() => Float) outputValue: number;
  @Field(() => Float) revenue: number;
}

@ObjectType('ConditionCoverage', { description: 'Visits and reports of a grid in a month' })
export class ConditionCoverageType {
  @Field(() => ID, { nullable: true }) gridId: string | null;
  @Field() gridName: string;
  @Field(() => Int) enterprises: number;
  @Field(() => Int, { description: 'Enterprises visited at least once in the month' }) visited: number;
  @Field(() => Int, { description: 'Visits in the month' }) visits: number;
  @Field(() => Int, { description: "Enterprises whose month's report is in" }) reported: number;
}

@ObjectType('ConditionDashboard', { description: "The office's condition dashboard for a month" })
export class ConditionDashboardType {
  @Field() month: string;
  @Field() dueDate: string;
  @Field({ description: "Whether the month's due day has passed (by the server's clock)" }) pastDue: boolean;
  @Field(() => Int) enterprises: number;
  @Field(() => Int) reported: number;
  @Field(() => Int, { description: 'Not reported after the due day (0 before it)' }) missing: number;
  @Field(() => Int, { description: 'Status worse than the month before' }) worsened: number;
  @Field(() => Int) employees: number;
  @Field(() => Float) outputValue: number;
  @Field(() => Float) revenue: number;
  @Field(() => [ConditionCountType], { description: 'By level-1 grid (街道/镇)' })
  byGrid: ConditionCountType[];
  @Field(() => [ConditionCountType]) byIndustry: ConditionCountType[];
  @Field(() => [ConditionTrendPointType], { description: 'The twelve months up to the month' })
  trend: ConditionTrendPointType[];
  @Field(() => [ConditionCoverageType], { description: 'By level-1 grid' }) coverage: ConditionCoverageType[];
}
