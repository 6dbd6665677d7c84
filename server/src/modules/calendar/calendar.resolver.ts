import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@gridbridge/shared';
import { Allow } from '../../common/allow.decorator.js';
import { Ctx } from '../../common/ctx.decorator.js';
import type { GqlContext } from '../../common/gql-context.js';
import { CalendarService } from './calendar.service.js';
import { CalendarStatusType, HolidayYearInput, HolidayYearType } from './calendar.types.js';

/** The staff whose work runs on deadlines, and the administrator who keeps the calendar. */
const DEADLINE_ROLES: Role[] = ['OFFICE_STAFF', 'OFFICE_LEADER', 'DEPT_STAFF', 'DEPT_LEADER', 'SYS_ADMIN'];

/** Admin API: the working-day calendar (docs/lifecycle-and-deadlines.md#deadlines), kept by the system administrator. */
@Resolver()
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Query(() => [HolidayYearType], { description: 'Every entered year of the holiday arrangement, ascending' })
  @Allow(...DEADLINE_ROLES)
  holidayYears(): Promise<HolidayYearType[]> {
    return this.service.list();
  }

  @Query(() => CalendarStatusType, { description: 'Which due years are missing from the calendar' })
  @Allow(...DEADLINE_ROLES)
  calendarStatus(): Promise<CalendarStatusType> {
    return this.service.status();
  }

  @Mutation(() => HolidayYearType, {
    description:
      'Enters a year (version null or 0) or replaces it (version as last read; a stale one is a CONFLICT). Every server instance reloads the calendar.',
  })
  @Allow('SYS_ADMIN')
  saveHolidayYear(
    @Ctx() ctx: GqlContext,
    @Args('year', { type: () => Int }) year: number,
    @Args('input') input: HolidayYearInput,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<HolidayYearType> {
    return this.service.save(ctx.viewer!, year, input, version ?? null);
  }
}
