import type { Locale } from './locale.js';
import { shanghaiDate } from './calendar/shanghai-time.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/**
 * Enterprise condition reports 企业运行情况 (docs/conditions.md): the vocabulary and the rules
 * both apps and the server share.
 */

/** 经营状态, from best to worst: the order defines "worsened". */
export const OPERATING_STATUSES = {
  NORMAL: { 'zh-CN': '正常生产', en: 'Operating normally' },
  PARTIAL: { 'zh-CN': '部分停产', en: 'Partly stopped' },
  STOPPED: { 'zh-CN': '停产', en: 'Stopped' },
  CLOSED: { 'zh-CN': '歇业', en: 'Closed for business' },
} as const satisfies Labels<string>;
export type OperatingStatus = keyof typeof OPERATING_STATUSES;
export const OPERATING_STATUS_CODES = Object.keys(OPERATING_STATUSES) as OperatingStatus[];

/** A status's rank: higher is worse. */
export const operatingStatusRank = (status: OperatingStatus): number =>
  OPERATING_STATUS_CODES.indexOf(status);

/** 订单趋势 compared with the month before. */
export const ORDER_TRENDS = {
  UP: { 'zh-CN': '增长', en: 'Up' },
  FLAT: { 'zh-CN': '持平', en: 'Flat' },
  DOWN: { 'zh-CN': '下降', en: 'Down' },
} as const satisfies Labels<string>;
export type OrderTrend = keyof typeof ORDER_TRENDS;
export const ORDER_TREND_CODES = Object.keys(ORDER_TRENDS) as OrderTrend[];

/** A month's report is due by this day of the month (Shanghai); reminders go out on it. */
export const CONDITION_DUE_DAY = 25;

/** Ranges of a report's figures; money in 万元 with two decimals. */
export const CONDITION_LIMITS = {
  employees: { min: 0, max: 1_000_000 },
  /** 万元: up to 100 billion yuan a month. */
  money: { min: 0, max: 10_000_000 },
  capacityUse: { min: 0, max: 100 },
  difficulties: 2000,
  findings: 2000,
  photos: 9,
} as const;

/** A month as 'YYYY-MM'. */
export type ReportMonth = string;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The Shanghai month of an instant. */
export const monthOf = (instant: Date): ReportMonth => shanghaiDate(instant).slice(0, 7);

/** The month `delta` months after `month` (negative: before). */
export function addMonths(month: ReportMonth, delta: number): ReportMonth {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The business date a month's report is due: 'YYYY-MM-25'. */
export const dueDateOf = (month: ReportMonth): string =>
  `${month}-${String(CONDITION_DUE_DAY).padStart(2, '0')}`;

/** Whether, on the Shanghai date `today`, the month's report is overdue (its due day has passed). */
export const isPastDue = (month: ReportMonth, today: string): boolean => today > dueDateOf(month);
