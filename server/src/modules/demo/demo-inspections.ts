import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  INSPECTION_FOCUSES,
  WorkingCalendar,
  shanghaiDate,
  startOfShanghaiDay,
  type CaseCategory,
  type InspectionFocus,
  type RectificationState,
} from '@gridbridge/shared';
import { arrayOf, decodeRows, int, text } from '../../database/rows.js';
import { hashPassword } from '../auth/index.js';
import { HOLIDAY_YEAR_ROW } from '../calendar/index.js';
import { DEMO_PASSWORD, DEMO_STREETS, GIVEN_NAME_CHARACTERS, SURNAMES } from './demo-data.js';
import { prng, type Random } from './demo-random.js';

/*
 * A year of administrative inspections 巡查 (docs/inspections.md) for the demo district, of the
 * order the district reports: 14 teams of about 60 inspectors, tasks with the four focuses over the
 * last twelve months, about 125 problems found — a third solved on the spot, the rest sent to the
 * department concerned as about 81 rectification suggestions, mostly rectified and accepted on
 * time, a few overdue and a few still awaiting the department's report. Dates count back from the
 * load; deadlines are working days on the stored calendar, as the service sets them.
 */

/** Inspectors besides the `inspector` walkthrough account (who leads team 1). */
const EXTRA_INSPECTORS = 59;
const FINDING_COUNT = 125;
const SUGGESTION_COUNT = 81;
const OPEN_COUNT = 3;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const TEAM_ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
];

const FOCUSES = Object.keys(INSPECTION_FOCUSES) as InspectionFocus[];

/** What a record says was checked, per focus. */
const CHECKED: Record<InspectionFocus, string[]> = {
  DUTIES: [
    '查阅诉求签收、办理台账，抽查近三个月交办诉求的办理时限和答复质量',
    '核对网格员入企走访记录与企业实际情况，查看问题上报和跟踪销号情况',
    '检查涉企事项首问负责、限时办结制度落实情况，现场询问值班人员',
    '抽查惠企政策兑现台账，核对申报、审核、拨付各环节时限',
  ],
  PUBLIC_SERVICE: [
    '暗访政务服务窗口，体验开办企业、变更登记事项办理流程',
    '检查便民服务站开放时间、人员在岗和事项公示情况',
    '查看“一件事一次办”事项清单落实情况，核对办件材料是否超出清单要求',
    '检查自助服务终端运行和帮办代办服务开展情况',
  ],
  SOCIAL_MANAGEMENT: [
    '巡查辖区企业周边道路、照明、排水等基础设施和环境秩序',
    '检查企业周边停车秩序和占道经营治理情况',
    '查看辖区矛盾纠纷排查化解台账和涉企信访件办理情况',
    '检查安全生产隐患排查整治台账，现场查看整改情况',
  ],
  MARKET_REGULATION: [
    '检查涉企行政检查备案和“双随机、一公开”抽查执行情况',
    '抽查行政处罚案卷，核对轻微违法免罚清单执行情况',
    '查看市场主体登记注册、年报公示和信用修复办理情况',
    '检查涉企收费公示和违规收费清理情况',
  ],
};

interface FindingTemplate {
  category: CaseCategory;
  /** A department by name, or the street office of the inspected grid. */
  department: string | 'STREET';
  description: string;
  solution: string;
  suggestion: string;
}

const FINDINGS: Record<InspectionFocus, FindingTemplate[]> = {
  DUTIES: [
    {
      category: 'POLICY_DELIVERY',
      department: '区财政局',
      description: '两笔稳岗补贴审核超过承诺时限 5 个工作日，未告知企业原因',
      solution: '现场督促经办人员完成审核，并电话告知企业拨付时间',
      suggestion: '梳理惠企资金审核流程，建立超时预警，逐笔告知企业办理进度',
    },
    {
      category: 'OTHER',
      department: 'STREET',
      description: '网格员入企走访记录填写不完整，部分记录无企业反映问题的跟踪结果',
      solution: '现场指导网格员补全走访记录，明确问题跟踪填写要求',
      suggestion: '规范网格员走访记录，问题逐条跟踪到销号，每月抽查一次',
    },
    {
      category: 'APPROVAL',
      department: '区自然资源和规划局',
      description: '一件用地审批类诉求签收后 7 个工作日未联系企业',
      solution: '现场协调承办科室当日联系企业并约定踏勘时间',
      suggestion: '落实诉求首次联系时限，承办科室每周通报未联系件',
    },
    {
      category: 'ENFORCEMENT',
      department: '区城市管理局',
      description: '诉求答复内容笼统，未回应企业提出的具体问题',
      solution: '现场要求承办人重新核实，补充答复要点',
      suggestion: '建立答复质量内审，答复须逐项回应企业诉求后方可提交',
    },
  ],
  PUBLIC_SERVICE: [
    {
      category: 'APPROVAL',
      department: '区行政审批服务局',
      description: '窗口要求企业提供清单以外的证明材料',
      solution: '现场纠正，告知窗口人员按清单受理，企业当场办结',
      suggestion: '全面清理窗口办事指南，公布材料清单，杜绝清单外索要材料',
    },
    {
      category: 'OTHER',
      department: 'STREET',
      description: '便民服务站工作时间无人值守，公示电话无人接听',
      solution: '现场联系站点负责人到岗，调整值班安排',
      suggestion: '落实便民服务站值班和 AB 岗制度，公示电话专人接听',
    },
    {
      category: 'UTILITIES',
      department: '区供电公司',
      description: '低压小微企业用电报装办理时限公示与实际执行不一致',
      solution: '现场核对后更新公示内容，并为在办企业明确接电时间',
      suggestion: '按承诺时限办理用电报装，公示内容与执行一致，按月自查',
    },
    {
      category: 'TAXES_FEES',
      department: '区税务局',
      description: '办税服务厅自助终端故障两日未修复，无引导人员',
      solution: '现场安排导税人员引导企业到人工窗口办理',
      suggestion: '建立自助终端巡检和报修机制，故障期间安排专人引导',
    },
  ],
  SOCIAL_MANAGEMENT: [
    {
      category: 'INFRASTRUCTURE',
      department: 'STREET',
      description: '企业集中区道路路灯多处不亮，夜间货车通行存在隐患',
      solution: '现场联系路灯维护单位，当日完成抢修',
      suggestion: '建立企业集中区路灯巡查制度，故障 48 小时内修复',
    },
    {
      category: 'ENFORCEMENT',
      department: '区城市管理局',
      description: '企业门前占道经营、车辆乱停影响货物装卸',
      solution: '现场协调执法队员清理占道摊点，规划临时装卸车位',
      suggestion: '加强企业周边秩序常态化管理，设置装卸车位和停车标识',
    },
    {
      category: 'INFRASTRUCTURE',
      department: '区住房和城乡建设局',
      description: '厂区外市政排水管网淤堵，雨天积水影响企业出入',
      solution: '现场协调养护单位清掏疏通',
      suggestion: '汛前全面排查企业周边排水管网，建立定期清掏台账',
    },
    {
      category: 'OTHER',
      department: '区应急管理局',
      description: '安全生产隐患整改台账未更新，两项隐患无整改责任人',
      solution: '现场明确整改责任人和完成时间，更新台账',
      suggestion: '完善隐患排查整改闭环管理，台账每周更新并逐项销号',
    },
  ],
  MARKET_REGULATION: [
    {
      category: 'ENFORCEMENT',
      department: '区市场监督管理局',
      description: '同一企业一个月内被不同科室重复检查，未纳入联合检查',
      solution: '现场核实后合并后续检查，告知企业检查安排',
      suggestion: '落实“综合查一次”，涉企检查统一备案、统筹安排',
    },
    {
      category: 'ENFORCEMENT',
      department: '区生态环境分局',
      description: '轻微违法行为未执行免罚清单，直接作出罚款决定',
      solution: '现场调阅案卷，责成承办科室依法复核',
      suggestion: '组织执法人员学习免罚清单，案卷审核时逐案核对清单适用',
    },
    {
      category: 'APPROVAL',
      department: '区市场监督管理局',
      description: '企业信用修复申请受理后超期未办结',
      solution: '现场督促办理，当日完成信用修复',
      suggestion: '规范信用修复办理时限，超期件每周通报',
    },
    {
      category: 'TAXES_FEES',
      department: '区发展和改革委员会',
      description: '涉企收费目录清单未在网站及时更新',
      solution: '现场督促更新收费目录清单公示',
      suggestion: '建立涉企收费清单动态更新机制，变更后 5 个工作日内公示',
    },
  ],
};

/** Where the inspectors went when the target is a department. */
const DEPARTMENT_PLACES = ['办公楼', '政务服务窗口', '业务科室', '区政务服务中心窗口'];

interface Target {
  gridId: string | null;
  departmentId: string | null;
  name: string;
  /** The street office of a grid target. */
  streetOffice: string | null;
  places: string[];
}

interface RecordPlan {
  id: string;
  taskId: string;
  inspectorId: string;
  on: string;
  at: number;
  place: string;
  checked: string;
  focus: InspectionFocus;
  target: Target;
}

interface FindingPlan {
  id: string;
  record: RecordPlan;
  template: FindingTemplate;
  departmentId: string;
  outcome: 'OPEN' | 'SOLVED' | 'SUGGESTION';
  createdAt: number;
}

function person(random: Random): string {
  const given = random.sample(GIVEN_NAME_CHARACTERS, random.next() < 0.7 ? 2 : 1);
  if (random.next() < 0.5) given.reverse();
  return random.pick(SURNAMES) + given.join('');
}

/** Loads the demo inspections once; answers how many findings it added. */
export async function seedDemoInspections(manager: EntityManager, now: Date): Promise<number> {
  const [{ count }] = decodeRows(await manager.query('SELECT count(*)::int AS count FROM inspection_team'), {
    count: int,
  });
  if (count > 0) return 0;
  const random = prng(20261207);

  // The inspectors: the walkthrough account and demo accounts inspector-01…59 (mobiles 1390001…).
  const wanted = Array.from({ length: EXTRA_INSPECTORS }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { username: `inspector-${n}`, displayName: person(random), mobile: `139000100${n}` };
  });
  const have = decodeRows(
    await manager.query(`SELECT username FROM app_user WHERE username = ANY($1)`, [
      wanted.map((w) => w.username),
    ]),
    { username: text },
  );
  if (have.length < wanted.length) {
    await manager.query(
      `INSERT INTO app_user (username, display_name, mobile, password_hash, roles, created_at, updated_at)
       SELECT a.username, a.display_name, a.mobile, $4, ARRAY['INSPECTOR'], $5, $5
         FROM unnest($1::text[], $2::text[], $3::text[]) AS a(username, display_name, mobile)
       ON CONFLICT (username) DO NOTHING`,
      [
        wanted.map((w) => w.username),
        wanted.map((w) => w.displayName),
        wanted.map((w) => w.mobile),
        await hashPassword(DEMO_PASSWORD),
        now,
      ],
    );
  }
  const inspectors = decodeRows(
    await manager.query(
      `SELECT id, username FROM app_user
        WHERE 'INSPECTOR' = ANY(roles) AND (username = 'inspector' OR username LIKE 'inspector-__')
        ORDER BY username = 'inspector' DESC, username`,
    ),
    { id: text, username: text },
  );
  if (inspectors[0]?.username !== 'inspector') return 0;

  // 14 teams: the first members lead; sizes differ by one at most (60 → four of 5, ten of 4).
  const teams = TEAM_ORDINALS.map((ordinal) => ({
    id: randomUUID(),
    name: `第${ordinal}巡查小组`,
    members: [] as string[],
  }));
  const base = Math.floor(inspectors.length / teams.length);
  const larger = inspectors.length % teams.length;
  let next = 0;
  teams.forEach((team, t) => {
    const size = base + (t < larger ? 1 : 0);
    team.members = inspectors.slice(next, next + size).map((u) => u.id);
    next += size;
  });
  const created = new Date(now.getTime() - 380 * DAY_MS);
  await manager.query(
    `INSERT INTO inspection_team (id, name, leader_id, created_at, updated_at)
     SELECT * , $4::timestamptz, $4::timestamptz FROM unnest($1::uuid[], $2::text[], $3::uuid[])`,
    [teams.map((t) => t.id), teams.map((t) => t.name), teams.map((t) => t.members[0]), created],
  );
  await manager.query(
    `INSERT INTO inspection_team_member (team_id, user_id)
     SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
    [teams.flatMap((t) => t.members.map(() => t.id)), teams.flatMap((t) => t.members)],
  );

  // Targets: streets and communities (with their enterprises as places), and departments.
  const calendarRows = HOLIDAY_YEAR_ROW.decodeAll(
    await manager.query(`SELECT ${HOLIDAY_YEAR_ROW.select} FROM holiday_year ORDER BY year`),
  );
  const calendar = new WorkingCalendar({
    years: Object.fromEntries(calendarRows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
  });
  const grids = decodeRows(
    await manager.query(
      `SELECT g.id, g.code, g.name,
              coalesce((SELECT array_agg(e.name ORDER BY e.credit_code) FROM enterprise e
                         WHERE e.status = 'ACTIVE' AND e.grid_path @> ARRAY[g.id]), '{}') AS enterprises
         FROM grid g WHERE g.level IN (1, 2) ORDER BY g.code`,
    ),
    { id: text, code: text, name: text, enterprises: arrayOf(text) },
  );
  const departments = decodeRows(await manager.query('SELECT id, name FROM department ORDER BY name'), {
    id: text,
    name: text,
  });
  const departmentId = new Map(departments.map((d) => [d.name, d.id]));
  const gridTargets: Target[] = grids
    .filter((g) => g.enterprises.length > 0)
    .map((g) => {
      const street = DEMO_STREETS.find((s) => g.code.startsWith(s.code));
      return {
        gridId: g.id,
        departmentId: null,
        name: g.code.length > 4 && street ? `${street.name}${g.name}` : g.name,
        streetOffice: street?.office ?? null,
        places: [
          ...g.enterprises.slice(0, 12),
          `${g.name}${g.code.length > 4 ? '便民服务站' : '便民服务中心'}`,
        ],
      };
    });
  const departmentTargets: Target[] = departments
    .filter((d) => Object.values(FINDINGS).some((list) => list.some((f) => f.department === d.name)))
    .map((d) => ({
      gridId: null,
      departmentId: d.id,
      name: d.name,
      streetOffice: null,
      places: DEPARTMENT_PLACES.map((p) => `${d.name}${p}`),
    }));
  if (gridTargets.length === 0 || departmentTargets.length === 0) return 0;

  // Tasks: every team about every two months, the focuses in turn; a task lasts one to three weeks.
  const today = shanghaiDate(now);
  const tasks: {
    id: string;
    teamId: string;
    title: string;
    focus: InspectionFocus;
    target: Target;
    startsOn: string;
    endsOn: string;
  }[] = [];
  const records: RecordPlan[] = [];
  teams.forEach((team, t) => {
    for (let k = 0; k < 6; k++) {
      const focus = FOCUSES[(t + k) % FOCUSES.length];
      const onDepartment =
        focus === 'DUTIES' || focus === 'PUBLIC_SERVICE' ? random.next() < 0.6 : random.next() < 0.3;
      const target = random.pick(onDepartment ? departmentTargets : gridTargets);
      const startDaysAgo = 355 - k * 60 - t * 4 + random.int(-3, 3);
      if (startDaysAgo < 2) continue;
      const starts = now.getTime() - startDaysAgo * DAY_MS;
      const length = random.int(7, 20);
      const startsOn = shanghaiDate(new Date(starts));
      const endsOn = shanghaiDate(new Date(starts + length * DAY_MS));
      const id = randomUUID();
      tasks.push({
        id,
        teamId: team.id,
        title: `${target.name}${INSPECTION_FOCUSES[focus]['zh-CN']}专项巡查`,
        focus,
        target,
        startsOn,
        endsOn,
      });
      // Records on working days of the period up to today, two to four of them.
      const days: string[] = [];
      for (let d = 0; d <= length; d++) {
        const on = shanghaiDate(new Date(starts + d * DAY_MS));
        if (on <= today && calendar.isWorkingDay(on)) days.push(on);
      }
      if (days.length === 0) continue;
      for (const on of random.sample(days, Math.min(days.length, random.int(2, 4)))) {
        const at = startOfShanghaiDay(on).getTime() + random.int(9 * 60, 16 * 60) * 60_000;
        if (at > now.getTime() - HOUR_MS) continue;
        records.push({
          id: randomUUID(),
          taskId: id,
          inspectorId: random.pick(team.members),
          on,
          at,
          place: random.pick(target.places),
          checked: random.pick(CHECKED[focus]),
          focus,
          target,
        });
      }
    }
  });
  if (records.length === 0) return 0;

  // Findings: spread over the records, the last few still open, 81 turned into suggestions.
  const findings: FindingPlan[] = [];
  for (let attempt = 0; findings.length < FINDING_COUNT && attempt < 10 * FINDING_COUNT; attempt++) {
    const record = random.pick(records);
    const template = random.pick(FINDINGS[record.focus]);
    const name = record.target.departmentId
      ? null
      : template.department === 'STREET'
        ? record.target.streetOffice
        : template.department;
    const department = record.target.departmentId ?? (name ? departmentId.get(name) : undefined);
    if (!department) continue;
    findings.push({
      id: randomUUID(),
      record,
      template,
      departmentId: department,
      outcome: 'SOLVED',
      createdAt: record.at + random.int(20, 90) * 60_000,
    });
  }
  findings.sort((a, b) => a.createdAt - b.createdAt);
  const settled = findings.slice(0, findings.length - OPEN_COUNT);
  findings.slice(findings.length - OPEN_COUNT).forEach((f) => (f.outcome = 'OPEN'));
  for (const f of random.sample(settled, SUGGESTION_COUNT)) f.outcome = 'SUGGESTION';
  // The newest settled findings went to departments, so that some suggestions are still running.
  for (const f of settled.slice(-8)) {
    if (f.outcome === 'SUGGESTION') continue;
    const swap = settled.find((g) => g.outcome === 'SUGGESTION');
    if (swap) swap.outcome = 'SOLVED';
    f.outcome = 'SUGGESTION';
  }

  // Suggestions, newest first: a few awaiting the report or the office's check, a few overdue.
  const suggestions: {
    findingId: string;
    departmentId: string;
    suggestion: string;
    issuedAt: number;
    deadline: number;
    state: RectificationState;
    report: string | null;
    evidence: string | null;
    reportedAt: number | null;
    verifiedAt: number | null;
    version: number;
  }[] = [];
  const tally = { awaiting: 0, reported: 0, overdue: 0, late: 0 };
  const latest = now.getTime() - HOUR_MS;
  for (const f of [...findings].reverse()) {
    if (f.outcome !== 'SUGGESTION') continue;
    const issuedAt = f.createdAt + random.int(5, 30) * 60_000;
    const deadline = calendar
      .addWorkingDays(new Date(issuedAt), tally.awaiting < 4 ? 20 : random.pick([5, 10, 10, 15, 20]))
      .getTime();
    const report = `已按建议完成整改：${f.template.suggestion.split('，')[0]}，相关制度和台账已建立`;
    const evidence = '整改报告、制度文件及现场照片';
    const row = {
      findingId: f.id,
      departmentId: f.departmentId,
      suggestion: f.template.suggestion,
      issuedAt,
      deadline,
      state: 'ACCEPTED' as RectificationState,
      report: report as string | null,
      evidence: evidence as string | null,
      reportedAt: null as number | null,
      verifiedAt: null as number | null,
      version: 3,
    };
    const early = (until: number) => issuedAt + Math.floor((until - issuedAt) * random.between(0.3, 0.9));
    if (deadline > latest && tally.awaiting < 4) {
      tally.awaiting++;
      Object.assign(row, { state: 'ISSUED', report: null, evidence: null, version: 1 });
    } else if (deadline > latest && tally.reported < 2) {
      tally.reported++;
      Object.assign(row, { state: 'REPORTED', reportedAt: early(latest), version: 2 });
    } else if (deadline < latest - 5 * DAY_MS && tally.overdue < 2) {
      tally.overdue++;
      Object.assign(row, { state: 'ISSUED', report: null, evidence: null, version: 1 });
    } else if (deadline < latest - 20 * DAY_MS && tally.late < 3) {
      tally.late++;
      const reportedAt = deadline + random.int(1, 6) * DAY_MS;
      Object.assign(row, { reportedAt, verifiedAt: reportedAt + random.int(1, 3) * DAY_MS });
    } else {
      const reportedAt = early(Math.min(deadline, latest));
      row.reportedAt = reportedAt;
      row.verifiedAt = Math.min(latest, reportedAt + random.int(1, 3) * DAY_MS);
    }
    suggestions.push(row);
  }

  await manager.query(
    `INSERT INTO inspection_task (id, team_id, title, focus, grid_id, department_id, starts_on, ends_on,
                                  created_at, updated_at)
     SELECT t.id, t.team_id, t.title, t.focus, t.grid_id, t.department_id, t.starts_on, t.ends_on,
            t.starts_on::timestamp AT TIME ZONE 'Asia/Shanghai' - interval '3 days',
            t.starts_on::timestamp AT TIME ZONE 'Asia/Shanghai' - interval '3 days'
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::date[], $8::date[])
              AS t(id, team_id, title, focus, grid_id, department_id, starts_on, ends_on)`,
    [
      tasks.map((t) => t.id),
      tasks.map((t) => t.teamId),
      tasks.map((t) => t.title),
      tasks.map((t) => t.focus),
      tasks.map((t) => t.target.gridId),
      tasks.map((t) => t.target.departmentId),
      tasks.map((t) => t.startsOn),
      tasks.map((t) => t.endsOn),
    ],
  );
  await manager.query(
    `INSERT INTO inspection_record (id, task_id, inspector_id, inspected_on, place, checked, created_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::text[], $6::text[], $7::timestamptz[])`,
    [
      records.map((r) => r.id),
      records.map((r) => r.taskId),
      records.map((r) => r.inspectorId),
      records.map((r) => r.on),
      records.map((r) => r.place),
      records.map((r) => r.checked),
      records.map((r) => new Date(r.at)),
    ],
  );
  // A settled finding was updated once, from version 1.
  await manager.query(
    `INSERT INTO inspection_finding (id, record_id, category, department_id, description, outcome, solution,
                                     solved_at, created_at, version)
     SELECT f.id, f.record_id, f.category, f.department_id, f.description, f.outcome,
            CASE WHEN f.outcome = 'SOLVED' THEN f.solution END,
            CASE WHEN f.outcome = 'SOLVED' THEN f.created_at + interval '10 minutes' END,
            f.created_at, CASE WHEN f.outcome = 'OPEN' THEN 1 ELSE 2 END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                   $8::timestamptz[])
              AS f(id, record_id, category, department_id, description, outcome, solution, created_at)`,
    [
      findings.map((f) => f.id),
      findings.map((f) => f.record.id),
      findings.map((f) => f.template.category),
      findings.map((f) => f.departmentId),
      findings.map((f) => f.template.description),
      findings.map((f) => f.outcome),
      findings.map((f) => f.template.solution),
      findings.map((f) => new Date(f.createdAt)),
    ],
  );
  const at = (t: number | null) => (t === null ? null : new Date(t));
  await manager.query(
    `INSERT INTO rectification_suggestion (finding_id, department_id, suggestion, issued_at, deadline, state, report,
                                           evidence, reported_at, verified_at, version)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[],
                          $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::int[])`,
    [
      suggestions.map((s) => s.findingId),
      suggestions.map((s) => s.departmentId),
      suggestions.map((s) => s.suggestion),
      suggestions.map((s) => new Date(s.issuedAt)),
      suggestions.map((s) => new Date(s.deadline)),
      suggestions.map((s) => s.state),
      suggestions.map((s) => s.report),
      suggestions.map((s) => s.evidence),
      suggestions.map((s) => at(s.reportedAt)),
      suggestions.map((s) => at(s.verifiedAt)),
      suggestions.map((s) => s.version),
    ],
  );
  return findings.length;
}
