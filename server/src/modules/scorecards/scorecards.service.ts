import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { can } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type { Viewer } from '../../common/gql-context.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/keyset.js';
import { decodeRows, int, text, timestamp, type Decoder } from '../../database/rows.js';
import { AuditService } from '../audit/index.js';
import { CaseEventSinks } from '../cases/index.js';
import {
  LATE_MEASURES,
  MEASURES,
  countEvent,
  measureColumn,
  type DrillMeasure,
  type Measure,
} from './scorecard-facts.js';
import type {
  ScorecardCasePageType,
  ScorecardFiguresType,
  ScorecardPeriodInput,
  ScorecardPreviewRowType,
  ScorecardRateType,
  ScorecardRowType,
  ScorecardType,
  ScorecardWeightsInput,
  ScorecardWeightsType,
} from './scorecards.types.js';

/** The weights until the office leader sets their own: on-time reply weighs most. */
export const DEFAULT_WEIGHTS: ScorecardWeightsType = {
  signWeight: 15,
  contactWeight: 15,
  replyWeight: 30,
  resolutionWeight: 20,
  satisfactionWeight: 20,
  minSample: 5,
  version: 0,
};

const DAY = 86_400_000;
/** The longest period a scorecard covers: three years. */
const MAX_DAYS = 3 * 366;

const WEIGHT_FIELDS = {
  signWeight: int,
  contactWeight: int,
  replyWeight: int,
  resolutionWeight: int,
  satisfactionWeight: int,
  minSample: int,
  version: int,
};
const WEIGHT_COLUMNS = `sign_weight AS "signWeight", contact_weight AS "contactWeight", reply_weight AS "replyWeight",
  resolution_weight AS "resolutionWeight", satisfaction_weight AS "satisfactionWeight", min_sample AS "minSample", version`;

type Counts = Record<Measure, number>;
interface Period {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}
interface DepartmentCounts {
  departmentId: string;
  departmentName: string;
  current: Counts;
  previous: Counts;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Checks a period and adds the one of the same length just before it. */
export function periodOf(input: ScorecardPeriodInput): Period {
  const parse = (value: string, field: string) => {
    const ms = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(ms) || isoDay(ms) !== value) throw AppError.validation({ field, rule: 'invalid' });
    return ms;
  };
  const from = parse(input.from, 'from');
  const to = parse(input.to, 'to');
  if (to < from) throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
  const days = (to - from) / DAY + 1;
  if (days > MAX_DAYS) throw AppError.validation({ field: 'to', rule: 'invalid' });
  return {
    from: input.from,
    to: input.to,
    previousFrom: isoDay(from - days * DAY),
    previousTo: isoDay(from - DAY),
  };
}

const rate = (numerator: number, denominator: number): ScorecardRateType => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

/** The figures of one period from its counts; score, rank and ranked are filled by `rank`. */
function figures(c: Counts): ScorecardFiguresType {
  return {
    assigned: c.ASSIGNED,
    signedOnTime: rate(c.SIGNED_ON_TIME, c.SIGNED),
    contactedOnTime: rate(c.CONTACTED_ON_TIME, c.CONTACTED),
    repliedOnTime: rate(c.REPLIED_ON_TIME, c.REPLIED),
    resolution: rate(c.SOLVED, c.EVALUATED),
    satisfaction: rate(c.SATISFIED, c.EVALUATED),
    closed: c.CLOSED,
    returned: c.RETURNED,
    extended: c.EXTENDED,
    reopened: c.REOPENED,
    sentBack: c.SENT_BACK,
    overdue: LATE_MEASURES.reduce((sum, m) => sum + c[m], 0),
    // Not a case fact: `scorecard` fills it in from the suggestions themselves.
    overdueSuggestions: 0,
    score: null,
    ranked: false,
    rank: null,
  };
}

/**
 * The weighted score, 0–100 with one decimal: the weighted mean of the rates that have a
 * denominator (a department that had nothing to evaluate is judged on the rest), null when none has.
 */
export function scoreOf(f: ScorecardFiguresType, w: Omit<ScorecardWeightsType, 'version'>): number | null {
  const parts: [ScorecardRateType, number][] = [
    [f.signedOnTime, w.signWeight],
    [f.contactedOnTime, w.contactWeight],
    [f.repliedOnTime, w.replyWeight],
    [f.resolution, w.resolutionWeight],
    [f.satisfaction, w.satisfactionWeight],
  ];
  let total = 0;
  let weights = 0;
  for (const [r, weight] of parts) {
    if (r.rate === null || weight === 0) continue;
    total += r.rate * weight;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((total / weights) * 1000) / 10;
}

/**
 * Scores every department and ranks those with at least the minimum sample (cases assigned in
 * the period) and a score: best score first; equal scores share a rank (1, 2, 2, 4).
 */
function rank(all: ScorecardFiguresType[], w: Omit<ScorecardWeightsType, 'version'>): void {
  for (const f of all) {
    f.score = scoreOf(f, w);
    f.ranked = f.assigned >= w.minSample && f.score !== null;
    f.rank = null;
  }
  const ranked = all.filter((f) => f.ranked).sort((a, b) => (b.score as number) - (a.score as number));
  ranked.forEach((f, i) => {
    f.rank = i > 0 && ranked[i - 1].score === f.score ? ranked[i - 1].rank : i + 1;
  });
}

const byRank = (a: ScorecardRowType, b: ScorecardRowType) =>
  (a.current.rank ?? Infinity) - (b.current.rank ?? Infinity) ||
  a.departmentName.localeCompare(b.departmentName, 'zh-CN');

/**
 * Department scorecards 部门考核 (docs/supervision.md#department-scorecard-部门考核): sums of the
 * per-department-per-day facts, kept current in the transaction of each case step.
 */
@Injectable()
export class ScorecardsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly sinks: CaseEventSinks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sinks.register(countEvent);
  }

  async weights(): Promise<ScorecardWeightsType> {
    const [row] = decodeRows(
      await this.db.query(`SELECT ${WEIGHT_COLUMNS} FROM scorecard_settings WHERE id = 1`),
      WEIGHT_FIELDS,
    );
    return row ?? DEFAULT_WEIGHTS;
  }

  /** Sets the weights: `version` 0 while on the defaults, else as last read. Audited. */
  async saveWeights(
    viewer: Viewer,
    input: ScorecardWeightsInput,
    version: number,
  ): Promise<ScorecardWeightsType> {
    checkWeights(input);
    return this.db.transaction(async (manager) => {
      const [before] = decodeRows(
        await manager.query(`SELECT ${WEIGHT_COLUMNS} FROM scorecard_settings WHERE id = 1 FOR UPDATE`),
        WEIGHT_FIELDS,
      );
      if ((before?.version ?? 0) !== version) throw new AppError('CONFLICT');
      const values = [
        input.signWeight,
        input.contactWeight,
        input.replyWeight,
        input.resolutionWeight,
        input.satisfactionWeight,
        input.minSample,
      ];
      const [after] = decodeRows(
        await manager.query(
          `INSERT INTO scorecard_settings (id, sign_weight, contact_weight, reply_weight, resolution_weight,
             satisfaction_weight, min_sample, updated_at, version) VALUES (1, $1, $2, $3, $4, $5, $6, $7, 1)
           ON CONFLICT (id) DO UPDATE SET sign_weight = $1, contact_weight = $2, reply_weight = $3,
             resolution_weight = $4, satisfaction_weight = $5, min_sample = $6,
             version = scorecard_settings.version + 1, updated_at = $7
           RETURNING ${WEIGHT_COLUMNS}`,
          [...values, this.clock.now()],
        ),
        WEIGHT_FIELDS,
      );
      await this.audit.recordChange(
        manager,
        viewer,
        'SCORECARD_WEIGHTS_UPDATED',
        { type: 'scorecard_settings', id: '1' },
        before ?? DEFAULT_WEIGHTS,
        after,
      );
      return after;
    });
  }

  /**
   * The scorecard of a period for `viewer`: the office sees every department, a department its
   * own row with its rank among all (rankedCount says among how many). null viewer: the public one.
   */
  async scorecard(viewer: Viewer | null, input: ScorecardPeriodInput): Promise<ScorecardType> {
    const period = periodOf(input);
    const [weights, counts, overdue] = await Promise.all([
      this.weights(),
      this.counts(period),
      this.overdueSuggestions(period),
    ]);
    const rows = ranked(counts, weights);
    for (const row of rows) {
      row.current.overdueSuggestions = overdue.get(row.departmentId)?.current ?? 0;
      row.previous.overdueSuggestions = overdue.get(row.departmentId)?.previous ?? 0;
    }
    const own = viewer && !can(viewer.roles, 'scorecard.all') ? viewer.departmentId : undefined;
    return {
      ...period,
      weights,
      rankedCount: rows.filter((r) => r.current.ranked).length,
      rows: own === undefined ? rows : rows.filter((r) => r.departmentId === own),
    };
  }

  /** How the ranking of a period would change under other weights, before the leader saves them. */
  async preview(
    input: ScorecardPeriodInput,
    proposed: ScorecardWeightsInput,
  ): Promise<ScorecardPreviewRowType[]> {
    checkWeights(proposed);
    const period = periodOf(input);
    const [weights, counts] = await Promise.all([this.weights(), this.counts(period)]);
    const now = new Map(ranked(counts, weights).map((r) => [r.departmentId, r.current]));
    return ranked(counts, { ...proposed, version: 0 }).map((r) => ({
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      score: now.get(r.departmentId)?.score ?? null,
      rank: now.get(r.departmentId)?.rank ?? null,
      previewScore: r.current.score,
      previewRank: r.current.rank,
    }));
  }

  /** The cases behind one number: the counted step events, latest first, in keyset pages. */
  async cases(
    viewer: Viewer,
    input: ScorecardPeriodInput,
    departmentId: string,
    measure: DrillMeasure,
    first: number,
    after: string | null,
  ): Promise<ScorecardCasePageType> {
    const period = periodOf(input);
    // Scope in SQL: a department reads the cases behind its own numbers only (another's: none).
    const scope = can(viewer.roles, 'scorecard.all') ? departmentId : viewer.departmentId;
    const cursor = decodeCursor(after, ['text', 'bigint']);
    const limit = pageSize(first);
    const measures = measure === 'OVERDUE' ? LATE_MEASURES : [measure];
    const params: unknown[] = [departmentId, measures, period.from, period.to, limit + 1, scope];
    if (cursor) params.push(...cursor);
    const rows = decodeRows(
      await this.db.query(
        `SELECT f.event_id AS "eventId", f.day::text AS day, c.id AS "caseId", c.tracking_no AS "trackingNo",
                c.title, c.state, e.occurred_at AS "occurredAt"
           FROM case_fact f
           JOIN case_file c ON c.id = f.case_id
           JOIN case_event e ON e.id = f.event_id
          WHERE f.department_id = $1 AND f.department_id = $6 AND f.measure = ANY($2::text[]) AND f.day BETWEEN $3 AND $4
            ${cursor ? 'AND (f.day, f.event_id) < ($7::date, $8::bigint)' : ''}
          ORDER BY f.day DESC, f.event_id DESC
          LIMIT $5`,
        params,
      ),
      {
        eventId: text,
        day: text,
        caseId: text,
        trackingNo: text,
        title: text,
        state: text,
        occurredAt: timestamp,
      },
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page,
      nextCursor: rows.length > limit && last ? encodeCursor([last.day, last.eventId]) : null,
    };
  }

  /**
   * Rectification suggestions (docs/inspections.md#rectification) addressed to each department
   * that went overdue, counted in the period their deadline's Shanghai day falls in: reported
   * after the deadline, or not reported and past it by the server's clock — the overdue figure of
   * the inspection figures. Per department, for the period and the one before.
   */
  private async overdueSuggestions(
    period: Period,
  ): Promise<Map<string, { current: number; previous: number }>> {
    const rows = decodeRows(
      await this.db.query(
        `SELECT s.department_id AS "departmentId",
                count(*) FILTER (WHERE (s.deadline AT TIME ZONE 'Asia/Shanghai')::date >= $2::date)::int AS current,
                count(*) FILTER (WHERE (s.deadline AT TIME ZONE 'Asia/Shanghai')::date < $2::date)::int AS previous
           FROM rectification_suggestion s
          WHERE s.deadline >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
            AND s.deadline < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
            AND CASE WHEN s.reported_at IS NOT NULL THEN s.reported_at > s.deadline ELSE s.deadline < $4 END
          GROUP BY s.department_id`,
        [period.previousFrom, period.from, period.to, this.clock.now()],
      ),
      { departmentId: text, current: int, previous: int },
    );
    return new Map(rows.map(({ departmentId, ...counts }) => [departmentId, counts]));
  }

  /** Every department's counts of the period and the one before: one statement over the day facts. */
  private async counts(period: Period): Promise<DepartmentCounts[]> {
    // The day range is summed per department first (one range scan of the primary key), then
    // the departments are joined: the active ones, and any other with figures in the period.
    const sums = MEASURES.flatMap((m) => [
      `coalesce(sum(${measureColumn(m)}) FILTER (WHERE day >= $2), 0)::int AS "c_${m}"`,
      `coalesce(sum(${measureColumn(m)}) FILTER (WHERE day < $2), 0)::int AS "p_${m}"`,
    ]).join(',\n       ');
    const fields: Record<string, Decoder<unknown>> = { departmentId: text, departmentName: text };
    const outer: string[] = [];
    for (const m of MEASURES) {
      fields[`c_${m}`] = int;
      fields[`p_${m}`] = int;
      outer.push(`coalesce(s."c_${m}", 0) AS "c_${m}"`, `coalesce(s."p_${m}", 0) AS "p_${m}"`);
    }
    const raw = decodeRows(
      await this.db.query(
        `SELECT d.id AS "departmentId", d.name AS "departmentName", ${outer.join(', ')}
           FROM department d
           LEFT JOIN (SELECT department_id, ${sums}
                        FROM department_day_fact WHERE day BETWEEN $1 AND $3
                       GROUP BY department_id) s ON s.department_id = d.id
          WHERE d.active OR s.department_id IS NOT NULL`,
        [period.previousFrom, period.from, period.to],
      ),
      fields,
    );
    return raw.map((row) => {
      const pick = (prefix: string) =>
        Object.fromEntries(MEASURES.map((m) => [m, row[`${prefix}_${m}`] as number])) as Counts;
      return {
        departmentId: row.departmentId as string,
        departmentName: row.departmentName as string,
        current: pick('c'),
        previous: pick('p'),
      };
    });
  }
}

function checkWeights(w: ScorecardWeightsInput): void {
  if (w.signWeight + w.contactWeight + w.replyWeight + w.resolutionWeight + w.satisfactionWeight === 0) {
    throw AppError.validation({ field: 'replyWeight', rule: 'required' });
  }
}

function ranked(counts: DepartmentCounts[], weights: ScorecardWeightsType): ScorecardRowType[] {
  const rows = counts.map((c) => ({
    departmentId: c.departmentId,
    departmentName: c.departmentName,
    current: figures(c.current),
    previous: figures(c.previous),
  }));
  rank(
    rows.map((r) => r.current),
    weights,
  );
  rank(
    rows.map((r) => r.previous),
    weights,
  );
  return rows.sort(byRank);
}
