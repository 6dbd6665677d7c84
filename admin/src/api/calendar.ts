import { graphql } from '@/gql';
import type { HolidayYearInput } from '@/gql/graphql';
import { request } from './client';

graphql(`
  fragment HolidayYearFields on HolidayYear {
    year
    off {
      name
      from
      to
    }
    work
    version
    updatedAt
  }
`);

const HolidayYearsQuery = graphql(`
  query HolidayYears {
    holidayYears {
      ...HolidayYearFields
    }
  }
`);

const CalendarStatusQuery = graphql(`
  query CalendarStatus {
    calendarStatus {
      currentYear
      nextYear
      missingYears
    }
  }
`);

const SaveHolidayYearMutation = graphql(`
  mutation SaveHolidayYear($year: Int!, $input: HolidayYearInput!, $version: Int) {
    saveHolidayYear(year: $year, input: $input, version: $version) {
      ...HolidayYearFields
    }
  }
`);

export async function fetchHolidayYears() {
  return (await request(HolidayYearsQuery)).holidayYears;
}

export async function fetchCalendarStatus() {
  return (await request(CalendarStatusQuery)).calendarStatus;
}

/** Enters a year (`version` null) or replaces it from the version last read. */
export async function saveHolidayYear(year: number, input: HolidayYearInput, version: number | null) {
  return (await request(SaveHolidayYearMutation, { year, input, version })).saveHolidayYear;
}
