import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../graphql/enum-of.js';
import {
  AccountabilityFiguresType,
  AccountabilityRecordType,
  PublicNoticeType,
} from '../accountability/index.js';
import { DashboardType, ScorecardType } from '../scorecards/index.js';

/**
 * Why a case is typical of the month: the most overdue, the most reworked, or one handled well
 * (docs/supervision.md#monthly-report-月报).
 */
export const TYPICAL_CASE_KINDS = ['OVERDUE', 'REWORKED', 'PRAISED'] as const;
export type TypicalCaseKind = (typeof TYPICAL_CASE_KINDS)[number];
export const TypicalCaseKindEnum = enumOf(TYPICAL_CASE_KINDS);
registerEnumType(TypicalCaseKindEnum, {
  name: 'TypicalCaseKind',
  description:
    'OVERDUE: most steps ended late in the month; REWORKED: most replies sent back or reopenings in the month; PRAISED: evaluated solved and satisfied in the month, never late nor reworked, quickest first',
});

@ObjectType('TypicalCase', { description: 'A typical case 典型案例 of the monthly report' })
export class TypicalCaseType {
  @Field(() => TypicalCaseKindEnum) kind: TypicalCaseKind;
  @Field(() => ID) id: string;
  @Field() trackingNo: string;
  @Field() title: string;
  @Field() category: string;
  @Field() enterpriseName: string;
  @Field(() => String, { nullable: true }) departmentName: string | null;
  @Field() state: string;
  @Field(() => Int, {
    description:
      'OVERDUE: late steps; REWORKED: replies sent back and reopenings; PRAISED: whole days from submission to the evaluation',
  })
  count: number;
}

@ObjectType('MonthlyReport', {
  description: '月报: the figures, ranking, typical cases, notices and accountability of one Shanghai month',
})
export class MonthlyReportType {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field() generatedAt: Date;
  @Field(() => DashboardType, {
    description: 'The month against the one before; open and overdue as they stand when the report is made',
  })
  figures: DashboardType;
  @Field(() => ScorecardType, { description: 'Every department, ranked ones first (红黑榜)' })
  ranking: ScorecardType;
  @Field(() => [TypicalCaseType], { description: 'Up to five of each kind' })
  typicalCases: TypicalCaseType[];
  @Field(() => [PublicNoticeType], { description: 'Notices published in the month and not withdrawn' })
  notices: PublicNoticeType[];
  @Field(() => AccountabilityFiguresType) accountability: AccountabilityFiguresType;
  @Field(() => [AccountabilityRecordType], { description: 'Records decided in the month, newest first' })
  records: AccountabilityRecordType[];
}
