import type { FigurePeriod } from '@gridbridge/shared';

/*
 * Business dates and the periods the figures count by: pure functions, shared by the service and
 * the fast tests.
 */

/** The first day of each period from `from` to `to` as its label: 2026-05, 2026-Q2, 2026. */
export function periodLabels(from: string, to: string, period: FigurePeriod): string[] {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  const labels: string[] = [];
  if (period === 'YEAR') {
    for (let y = fy; y <= ty; y++) labels.push(String(y));
  } else if (period === 'QUARTER') {
    for (let q = fy * 4 + Math.floor((fm - 1) / 3); q <= ty * 4 + Math.floor((tm - 1) / 3); q++)
      labels.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  } else {
    for (let m = fy * 12 + fm - 1; m <= ty * 12 + tm - 1; m++)
      labels.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return labels;
}
