import type { EntityManager } from 'typeorm';
import {
  ENTERPRISE_SCALE_CODES,
  addMonths,
  monthOf,
  shanghaiDate,
  type EnterpriseScale,
  type OperatingStatus,
  type OrderTrend,
} from '@gridbridge/shared';
import { arrayOf, decodeRows, insertTarget, nullable, oneOf, text } from '../../database/rows.js';
import { REPORT_INSERT_COLUMNS } from '../conditions/index.js';
import { DEMO_ENTERPRISE } from './demo-data.js';
import { prng, type Random } from './demo-random.js';

/*
 * Twelve months of condition reports and grid heads' visits for the demo district
 * (docs/conditions.md): most enterprises steady with the season (the Spring Festival dip in
 * February), a few declining over the last months (orders down, then part of the line stopped,
 * one of them stopping altogether) and a few recovering; the current month about half reported,
 * the month before with a few reports missing, so the dashboard's alerts show something real.
 * The demo enterprise has not reported this month yet: its form opens with last month's figures.
 */

/** Employees and monthly output (万元) of a typical enterprise of each scale. */
const BASE: Record<EnterpriseScale, { employees: number; output: number }> = {
  LARGE: { employees: 820, output: 5200 },
  MEDIUM: { employees: 210, output: 1300 },
  SMALL: { employees: 48, output: 260 },
  MICRO: { employees: 11, output: 45 },
  INDIVIDUAL: { employees: 4, output: 9 },
};

/** The month's share of an average month: the Spring Festival (February) is slow, year end busy. */
const SEASON = [0.97, 0.78, 0.95, 1, 1.01, 1.03, 1.0, 0.98, 1.02, 1.04, 1.06, 1.1];

const DIFFICULTIES = [
  '原材料价格上涨，利润空间压缩',
  '订单减少，部分生产线停产',
  '流动资金紧张，银行贷款到期续贷困难',
  '招工难，一线技术工人短缺',
  '用电负荷不足，高峰时段限电',
  '应收账款回款慢',
];

const FINDINGS = [
  '生产经营正常，订单饱满，暂无困难诉求。',
  '企业反映用工紧张，已告知区人社局招聘会信息。',
  '了解企业用电需求，已联系供电公司上门对接。',
  '企业订单下滑，部分车间停线，已登记困难并跟踪。',
  '宣传惠企政策，指导企业申报稳岗补贴。',
  '核实企业经营地址和联系人，信息无变化。',
];

type Story = 'steady' | 'declining' | 'collapsing' | 'recovering';

interface Row {
  enterpriseId: string;
  month: string;
  status: OperatingStatus;
  employees: number;
  output: number;
  revenue: number;
  capacity: number;
  trend: OrderTrend;
  difficulties: string;
}

function storyOf(random: Random): Story {
  const roll = random.next();
  return roll < 0.05 ? 'declining' : roll < 0.065 ? 'collapsing' : roll < 0.09 ? 'recovering' : 'steady';
}

/**
 * How far along its story an enterprise is `ago` months before now: the factor scales its
 * figures (1 at its best). Declining ones lose orders for months and stop part of the line this
 * month; collapsing ones stop part of it three months ago and everything this month — so the
 * current month shows worsened statuses.
 */
function health(story: Story, ago: number): { factor: number; status: OperatingStatus } {
  switch (story) {
    case 'declining':
      return ago > 5
        ? { factor: 1, status: 'NORMAL' }
        : ago > 0
          ? { factor: 0.8 - 0.04 * (5 - ago), status: 'NORMAL' }
          : { factor: 0.5, status: 'PARTIAL' };
    case 'collapsing':
      return ago > 3
        ? { factor: 0.9, status: 'NORMAL' }
        : ago > 0
          ? { factor: 0.5, status: 'PARTIAL' }
          : { factor: 0.05, status: 'STOPPED' };
    case 'recovering':
      return ago > 6 ? { factor: 0.5, status: 'PARTIAL' } : { factor: 0.95, status: 'NORMAL' };
    default:
      return { factor: 1, status: 'NORMAL' };
  }
}

export async function seedDemoConditions(manager: EntityManager, now: Date): Promise<number> {
  const random = prng(20260701);
  const current = monthOf(now);
  const today = shanghaiDate(now);
  const enterprises = decodeRows(
    await manager.query(
      `SELECT e.id, e.credit_code AS "creditCode", e.scale, e.grid_path::text[] AS "gridPath",
              coalesce((SELECT u.id FROM app_user u WHERE u.enterprise_id = e.id AND 'ENTERPRISE' = ANY(u.roles)
                         ORDER BY u.created_at LIMIT 1),
                       (SELECT u.id FROM app_user u WHERE 'GRID_HEAD' = ANY(u.roles) AND e.grid_path @> ARRAY[u.grid_id]
                         ORDER BY u.username LIMIT 1)) AS "submitter"
         FROM enterprise e WHERE e.status = 'ACTIVE' ORDER BY e.credit_code`,
    ),
    {
      id: text,
      creditCode: text,
      scale: oneOf(ENTERPRISE_SCALE_CODES),
      gridPath: arrayOf(text),
      submitter: nullable(text),
    },
  );
  const heads = decodeRows(
    await manager.query(
      `SELECT id, grid_id AS "gridId" FROM app_user WHERE 'GRID_HEAD' = ANY(roles) AND grid_id IS NOT NULL ORDER BY username`,
    ),
    { id: text, gridId: text },
  );

  const reports: (Row & { submitter: string })[] = [];
  const visits: { enterpriseId: string; visitor: string; on: string; findings: string; key: string }[] = [];
  for (const enterprise of enterprises) {
    if (!enterprise.submitter) continue;
    const story = storyOf(random);
    const base = BASE[enterprise.scale];
    const size = random.between(0.6, 1.5);
    const margin = random.between(0.85, 0.98);
    const head = heads.find((h) => enterprise.gridPath.includes(h.gridId));
    let previousOutput = 0;
    for (let ago = 12; ago >= 0; ago--) {
      const month = addMonths(current, -ago);
      // This month about half have reported; the month before, a few never did.
      if (ago === 0 && (enterprise.creditCode === DEMO_ENTERPRISE.creditCode || random.next() < 0.45))
        continue;
      if (ago === 1 && random.next() < 0.04) continue;
      const { factor, status } = health(story, ago);
      const season = SEASON[Number(month.slice(5, 7)) - 1];
      const output =
        Math.round(base.output * size * factor * season * random.between(0.95, 1.05) * 100) / 100;
      const trend: OrderTrend =
        previousOutput === 0 || Math.abs(output - previousOutput) / previousOutput < 0.03
          ? 'FLAT'
          : output > previousOutput
            ? 'UP'
            : 'DOWN';
      previousOutput = output;
      reports.push({
        enterpriseId: enterprise.id,
        month,
        status,
        employees: Math.max(1, Math.round(base.employees * size * (0.6 + 0.4 * factor))),
        output,
        revenue: Math.round(output * margin * 100) / 100,
        capacity: Math.min(100, Math.round(85 * factor * season * random.between(0.92, 1.05))),
        trend,
        difficulties: status === 'NORMAL' && random.next() > 0.08 ? '' : random.pick(DIFFICULTIES),
        submitter: enterprise.submitter,
      });
      // Grid heads visit about a third of their enterprises a month, the struggling ones more.
      const visitChance = story === 'steady' ? 0.3 : 0.8;
      if (head && random.next() < visitChance) {
        const lastDay = ago === 0 ? Number(today.slice(8, 10)) : 28;
        const on = `${month}-${String(random.int(1, lastDay)).padStart(2, '0')}`;
        visits.push({
          enterpriseId: enterprise.id,
          visitor: head.id,
          on,
          findings:
            status === 'NORMAL' ? random.pick(FINDINGS.filter((f) => !f.includes('下滑'))) : FINDINGS[3],
          key: `demo-${enterprise.creditCode}-${month}`,
        });
      }
    }
  }

  const column = <K extends keyof (typeof reports)[number]>(key: K) => reports.map((r) => r[key]);
  const inserted = decodeRows(
    await manager.query(
      `INSERT INTO ${insertTarget('condition_report', REPORT_INSERT_COLUMNS)}
       SELECT r.enterprise_id, r.month, r.status, r.employees, r.output, r.revenue, r.capacity, r.trend,
              r.difficulties, r.submitter, NULL, $11::timestamptz
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::numeric[], $6::numeric[], $7::int[],
                     $8::text[], $9::text[], $10::uuid[])
                AS r(enterprise_id, month, status, employees, output, revenue, capacity, trend, difficulties, submitter)
       ON CONFLICT (enterprise_id, month) DO NOTHING
       RETURNING id`,
      [
        column('enterpriseId'),
        column('month'),
        column('status'),
        column('employees'),
        column('output'),
        column('revenue'),
        column('capacity'),
        column('trend'),
        column('difficulties'),
        column('submitter'),
        now,
      ],
    ),
    { id: text },
  );
  // The submission of each demo report as its one revision.
  await manager.query(
    `INSERT INTO condition_report_revision (report_id, revision, operating_status, employees, output_value, revenue,
       capacity_use, order_trend, difficulties, submitted_by, submitted_at)
     SELECT r.id, 1, r.operating_status, r.employees, r.output_value, r.revenue, r.capacity_use, r.order_trend,
            r.difficulties, r.submitted_by, r.submitted_at
       FROM condition_report r WHERE r.id = ANY($1::uuid[])`,
    [inserted.map((row) => row.id)],
  );
  await manager.query(
    `INSERT INTO condition_visit (enterprise_id, visitor_id, visited_on, findings, client_key, created_at)
     SELECT v.enterprise_id, v.visitor, v.visited_on, v.findings, v.client_key, $6
       FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[], $5::text[])
              AS v(enterprise_id, visitor, visited_on, findings, client_key)
     ON CONFLICT (visitor_id, client_key) DO NOTHING`,
    [
      visits.map((v) => v.enterpriseId),
      visits.map((v) => v.visitor),
      visits.map((v) => v.on),
      visits.map((v) => v.findings),
      visits.map((v) => v.key),
      now,
    ],
  );
  return inserted.length;
}
