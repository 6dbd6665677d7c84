/** The month before the current one in Shanghai ('YYYY-MM'): a report is made once its month is over. */
export function lastMonth(now = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(now)
    .slice(0, 7)
    .split('-')
    .map(Number);
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

/** The current Shanghai month: the last one the picker offers. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now).slice(0, 7);
}

/** A moment as Beijing time, `YYYY-MM-DD HH:mm` (China keeps UTC+8 all year). */
export function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** One column of a report table: its heading, and the text of its cell unless a slot named `key` draws it. */
export interface ReportColumn<Row> {
  key: string;
  label: string;
  value?: (row: Row) => string | number | null | undefined;
  /** The cell that names its row (`<th scope="row">`), read first by screen readers. */
  rowHeader?: boolean;
}
