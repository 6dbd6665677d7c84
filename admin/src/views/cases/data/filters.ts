import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { INDUSTRY_CODES, startOfShanghaiDay, type IndustrySection } from '@gridbridge/shared';
import type {
  CaseCategory,
  CaseChannel,
  CaseFilter,
  CaseKind,
  CasePageArgs,
  CaseState,
  DeadlineState,
} from '@/gql/graphql';
import { CATEGORIES, CHANNELS, DEADLINES, KINDS, STATES } from './labels';
import { PAGE_SIZE } from './types';

// The list's filters ⇄ the API's variables ⇄ the URL (so that "back" from a case restores them).

/** Two business dates (YYYY-MM-DD, Asia/Shanghai), both included. */
export type Period = [string, string];

export interface CaseFilters {
  keyword: string;
  state: CaseState | '';
  kind: CaseKind | '';
  category: CaseCategory | '';
  channel: CaseChannel | '';
  gridId: string;
  industry: IndustrySection | '';
  departmentId: string;
  deadline: DeadlineState | '';
  period: Period | null;
}

export function emptyFilters(): CaseFilters {
  return {
    keyword: '',
    state: '',
    kind: '',
    category: '',
    channel: '',
    gridId: '',
    industry: '',
    departmentId: '',
    deadline: '',
    period: null,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A period of business dates as instants: from 00:00 Shanghai on the first day to 00:00 after the last. */
export function periodBounds(period: Period): { from: string; to: string } {
  const [first, last] = period[0] <= period[1] ? period : [period[1], period[0]];
  return {
    from: startOfShanghaiDay(first).toISOString(),
    to: new Date(startOfShanghaiDay(last).getTime() + DAY_MS).toISOString(),
  };
}

/** The `filter` for the filter bar: only the conditions in use, or null. */
export function toCaseFilter(filters: CaseFilters): CaseFilter | null {
  const filter: CaseFilter = {};
  const keyword = filters.keyword.trim();
  if (keyword) filter.keyword = keyword;
  if (filters.state) filter.state = filters.state;
  if (filters.kind) filter.kind = filters.kind;
  if (filters.category) filter.category = filters.category;
  if (filters.channel) filter.channel = filters.channel;
  if (filters.gridId) filter.gridId = filters.gridId;
  if (filters.industry) filter.industry = filters.industry;
  if (filters.departmentId) filter.departmentId = filters.departmentId;
  if (filters.deadline) filter.deadline = filters.deadline;
  if (filters.period) Object.assign(filter, periodBounds(filters.period));
  return Object.keys(filter).length > 0 ? filter : null;
}

export function toPageArgs(filters: CaseFilters, after: string | null = null): CasePageArgs {
  return { filter: toCaseFilter(filters), first: PAGE_SIZE, after };
}

export function hasFilters(filters: CaseFilters): boolean {
  return toCaseFilter(filters) !== null;
}

const oneOf = <K extends string>(allowed: readonly K[], value: unknown): K | '' =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as K) : '';
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Filters from the URL; anything unknown or malformed is left out. */
export function filtersFromQuery(query: LocationQuery): CaseFilters {
  const from = text(query.from);
  const to = text(query.to);
  return {
    keyword: text(query.q).slice(0, 100),
    state: oneOf(STATES, query.state),
    kind: oneOf(KINDS, query.kind),
    category: oneOf(CATEGORIES, query.category),
    channel: oneOf(CHANNELS, query.channel),
    gridId: text(query.grid),
    industry: oneOf(INDUSTRY_CODES, query.industry),
    departmentId: text(query.department),
    deadline: oneOf(DEADLINES, query.deadline),
    period: DATE_PATTERN.test(from) && DATE_PATTERN.test(to) ? [from, to] : null,
  };
}

/** The filters in use as a URL query (short keys, nothing for "any"). */
export function filtersToQuery(filters: CaseFilters): LocationQueryRaw {
  const query: Record<string, string> = {};
  const keyword = filters.keyword.trim();
  if (keyword) query.q = keyword;
  if (filters.state) query.state = filters.state;
  if (filters.kind) query.kind = filters.kind;
  if (filters.category) query.category = filters.category;
  if (filters.channel) query.channel = filters.channel;
  if (filters.gridId) query.grid = filters.gridId;
  if (filters.industry) query.industry = filters.industry;
  if (filters.departmentId) query.department = filters.departmentId;
  if (filters.deadline) query.deadline = filters.deadline;
  if (filters.period) [query.from, query.to] = filters.period;
  return query;
}
