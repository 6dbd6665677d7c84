import {
  CONDITION_LIMITS,
  validationMessage,
  type OperatingStatus,
  type OrderTrend,
} from '@gridbridge/shared';
import type { ConditionReport } from '@/api/conditions';
import type { FieldErrors } from '@/forms/rules';
import type { ConditionReportInput } from '@/gql/graphql';
import { currentLocale } from '@/locales';

/** The report form as typed: numbers stay text until submitted, so a half-typed "12." is kept. */
export interface ReportForm {
  operatingStatus: OperatingStatus;
  employees: string;
  outputValue: string;
  revenue: string;
  capacityUse: string;
  orderTrend: OrderTrend;
  difficulties: string;
}

export const REPORT_FIELDS = [
  'operatingStatus',
  'employees',
  'outputValue',
  'revenue',
  'capacityUse',
  'orderTrend',
  'difficulties',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export function emptyReportForm(): ReportForm {
  return {
    operatingStatus: 'NORMAL',
    employees: '',
    outputValue: '',
    revenue: '',
    capacityUse: '',
    orderTrend: 'FLAT',
    difficulties: '',
  };
}

/**
 * The form started from a report: this month's own, or the last month's (the form remembers it);
 * the difficulties of another month are not carried over.
 */
export function reportFormFrom(report: ConditionReport, sameMonth: boolean): ReportForm {
  return {
    operatingStatus: report.operatingStatus,
    employees: String(report.employees),
    outputValue: String(report.outputValue),
    revenue: String(report.revenue),
    capacityUse: String(report.capacityUse),
    orderTrend: report.orderTrend,
    difficulties: sameMonth ? report.difficulties : '',
  };
}

const INTEGER = /^\d+$/;
const MONEY = /^\d+(\.\d{1,2})?$/;

function rangeError(
  value: string,
  field: ReportField,
  pattern: RegExp,
  limits: { min: number; max: number },
): string | undefined {
  const text = value.trim();
  const locale = currentLocale();
  if (!text) return validationMessage('required', field, locale);
  if (pattern === MONEY && /^\d+\.\d{3,}$/.test(text))
    return validationMessage('decimals', field, locale, { max: 2 });
  if (!pattern.test(text)) return validationMessage('invalid', field, locale);
  const n = Number(text);
  if (n < limits.min || n > limits.max) return validationMessage('between', field, locale, { ...limits });
  return undefined;
}

/** The server's checks (ranges, units, decimals), run first in the browser. */
export function reportFormErrors(form: ReportForm): FieldErrors<ReportField> {
  const locale = currentLocale();
  return {
    employees: rangeError(form.employees, 'employees', INTEGER, CONDITION_LIMITS.employees),
    outputValue: rangeError(form.outputValue, 'outputValue', MONEY, CONDITION_LIMITS.money),
    revenue: rangeError(form.revenue, 'revenue', MONEY, CONDITION_LIMITS.money),
    capacityUse: rangeError(form.capacityUse, 'capacityUse', INTEGER, CONDITION_LIMITS.capacityUse),
    difficulties:
      form.difficulties.trim().length > CONDITION_LIMITS.difficulties
        ? validationMessage('tooLong', 'difficulties', locale, { max: CONDITION_LIMITS.difficulties })
        : undefined,
  };
}

export function reportInput(
  form: ReportForm,
  month: string,
  enterpriseId: string | null,
  version: number | null,
): ConditionReportInput {
  return {
    enterpriseId,
    month,
    operatingStatus: form.operatingStatus,
    employees: Number(form.employees),
    outputValue: Number(form.outputValue),
    revenue: Number(form.revenue),
    capacityUse: Number(form.capacityUse),
    orderTrend: form.orderTrend,
    difficulties: form.difficulties.trim(),
    version,
  };
}

/** The Shanghai month and date of an instant ('YYYY-MM', 'YYYY-MM-DD'). */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
