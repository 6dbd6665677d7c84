import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkingCalendar, type HolidayCalendarData } from '@gridbridge/shared';
import { PgListener } from '../../common/pg-listener.service.js';

/** Announced when an administrator changes the calendar, so every instance reloads it. */
export const CALENDAR_CHANNEL = 'gb_calendar';

/**
 * The working-day calendar (SPEC §3.2) as the administrator maintains it in `holiday_year`.
 * Each instance keeps it in memory — every deadline computation needs it — and reloads it when
 * any instance announces a change.
 */
@Injectable()
export class CalendarService implements OnModuleInit {
  #calendar: WorkingCalendar | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly listener: PgListener,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.listen(CALENDAR_CHANNEL, () => {
      this.#calendar = null;
    });
  }

  async current(): Promise<WorkingCalendar> {
    this.#calendar ??= await this.#load();
    return this.#calendar;
  }

  async #load(): Promise<WorkingCalendar> {
    const rows: { year: number; off: HolidayCalendarData['years'][string]['off']; work: string[] }[] =
      await this.db.query(`SELECT year, off, work FROM holiday_year ORDER BY year`);
    return new WorkingCalendar({
      years: Object.fromEntries(rows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
    });
  }
}
