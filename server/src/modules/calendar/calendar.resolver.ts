import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/allow.decorator.js';
import { CurrentViewer } from '../../common/current-viewer.decorator.js';
import type { Viewer } from '../../common/gql-context.js';
import { CalendarService } from './calendar.service.js';
import { CalendarStatusType, HolidayYearInput, HolidayYearType } from './calendar.types.js';

/** Admin API: the working-day calendar (docs/lifecycle-and-deadlines.md#deadlines), kept by the system administrator. */
@Resolver()
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Query(() => [HolidayYearType], { description: 'Every entered year of the holiday arrangement, ascending' })
  @Allow('calendar.read')
  holidayYears(): Promise<HolidayYearType[]> {
    return this.service.list();
  }

  @Query(() => CalendarStatusType, { description: 'Which due years are missing from the calendar' })
  @Allow('calendar.read')
  calendarStatus(): Promise<CalendarStatusType> {
    return this.service.status();
  }

  @Mutation(() => HolidayYearType, {
    description:
      'Enters a year (version null or 0) or replaces it (version as last read; a stale one is a CONFLICT). Every server instance reloads the calendar.',
  })
  @Allow('calendar.write')
  saveHolidayYear(
    @CurrentViewer() viewer: Viewer,
    @Args('year', { type: () => Int }) year: number,
    @Args('input') input: HolidayYearInput,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
  ): Promise<HolidayYearType> {
    return this.service.save(viewer, year, input, version ?? null);
  }
}
