import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, ValidateNested } from 'class-validator';
import { MAX_HOLIDAY_RANGES, MAX_MAKE_UP_DAYS } from '@gridbridge/shared';
import { rule } from '../../common/validation.js';

@ObjectType('HolidayRange', { description: 'A block of official days off (放假), both ends inclusive' })
export class HolidayRangeType {
  @Field({ description: 'The holiday, as the notice names it: 春节' }) name: string;
  @Field({ description: 'First day off, YYYY-MM-DD' }) from: string;
  @Field({ description: 'Last day off, YYYY-MM-DD' }) to: string;
}

@ObjectType('HolidayYear', {
  description: 'One year of the official holiday arrangement (docs/lifecycle-and-deadlines.md#deadlines)',
})
export class HolidayYearType {
  @Field(() => Int) year: number;
  @Field(() => [HolidayRangeType]) off: HolidayRangeType[];
  @Field(() => [String], { description: 'Make-up working days (调休上班), YYYY-MM-DD' }) work: string[];
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
}

@ObjectType('CalendarStatus')
export class CalendarStatusType {
  @Field(() => Int, { description: 'This year in Asia/Shanghai' }) currentYear: number;
  @Field(() => Int) nextYear: number;
  @Field(() => [Int], {
    description:
      'Years whose arrangement is due but not entered — this year, and from 1 November the next — for which only weekends are off',
  })
  missingYears: number[];
}

/*
 * The inputs only check their shape; what the dates mean is checked by holidayYearProblems, which
 * names each field by its full path (`off.2.to`) so the form can mark the very row.
 */
@InputType()
export class HolidayRangeInput {
  @Field() @IsString() name: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() from: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() to: string;
}

@InputType()
export class HolidayYearInput {
  @Field(() => [HolidayRangeInput])
  @ArrayMaxSize(MAX_HOLIDAY_RANGES, rule('tooMany', { max: MAX_HOLIDAY_RANGES }))
  @ValidateNested({ each: true })
  @Type(() => HolidayRangeInput)
  off: HolidayRangeInput[];

  @Field(() => [String], { description: 'Make-up working days, YYYY-MM-DD' })
  @ArrayMaxSize(MAX_MAKE_UP_DAYS, rule('tooMany', { max: MAX_MAKE_UP_DAYS }))
  @IsString({ each: true })
  work: string[];
}
