import { shanghaiDate } from '@gridbridge/shared';
import type {
  ScorecardFiguresFieldsFragment,
  ScorecardMeasure,
  ScorecardPeriodInput,
  ScorecardRateFieldsFragment,
  ScorecardWeightsFieldsFragment,
} from '@/gql/graphql';

export type Figures = ScorecardFiguresFieldsFragment;
export type Rate = ScorecardRateFieldsFragment;
export type Weights = ScorecardWeightsFieldsFragment;

export const PRESETS = ['month', 'lastMonth', 'quarter', 'year', 'last12'] as const;
export type Preset = (typeof PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  // Through UTC so that month and year overflow roll over (month 0 → December of the year before).
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** A preset period in Shanghai days, ending today at the latest (or the end of last month). */
export function presetPeriod(preset: Preset, now: Date): ScorecardPeriodInput {
  const today = shanghaiDate(now);
  const [y, m] = today.split('-').map(Number);
  switch (preset) {
    case 'month':
      return { from: day(y, m, 1), to: today };
    case 'lastMonth':
      return { from: day(y, m - 1, 1), to: day(y, m, 0) };
    case 'quarter':
      return { from: day(y, m - ((m - 1) % 3), 1), to: today };
    case 'year':
      return { from: day(y, 1, 1), to: today };
    case 'last12':
      return { from: day(y, m - 11, 1), to: today };
  }
}

/** The five rates, in the order of the table, with the measures their numerator and denominator count. */
export const RATES = [
  { key: 'signedOnTime', numerator: 'SIGNED_ON_TIME', denominator: 'SIGNED' },
  { key: 'contactedOnTime', numerator: 'CONTACTED_ON_TIME', denominator: 'CONTACTED' },
  { key: 'repliedOnTime', numerator: 'REPLIED_ON_TIME', denominator: 'REPLIED' },
  { key: 'resolution', numerator: 'SOLVED', denominator: 'EVALUATED' },
  { key: 'satisfaction', numerator: 'SATISFIED', denominator: 'EVALUATED' },
] as const satisfies readonly {
  key: keyof Figures;
  numerator: ScorecardMeasure;
  denominator: ScorecardMeasure;
}[];

/** The counts of the table and the measure each drills into. */
export const COUNTS = [
  { key: 'closed', measure: 'CLOSED' },
  { key: 'returned', measure: 'RETURNED' },
  { key: 'extended', measure: 'EXTENDED' },
  { key: 'reopened', measure: 'REOPENED' },
  { key: 'sentBack', measure: 'SENT_BACK' },
  { key: 'overdue', measure: 'OVERDUE' },
] as const satisfies readonly { key: keyof Figures; measure: ScorecardMeasure }[];

/** 66.7% — a rate as a percentage with one decimal, or a dash when nothing was counted. */
export const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** Rank movement against the previous period: positive is better (fewer places from the top). */
export function rankChange(current: Figures, previous: Figures): number | null {
  if (current.rank == null || previous.rank == null) return null;
  return previous.rank - current.rank;
}

export const WEIGHT_KEYS = [
  'signWeight',
  'contactWeight',
  'replyWeight',
  'resolutionWeight',
  'satisfactionWeight',
] as const;
