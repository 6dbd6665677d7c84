import type { EntityManager } from 'typeorm';
import type { CaseCategory } from '@gridbridge/shared';

/*
 * The demo district's dispatch catalogue 派单目录 (docs/dispatch.md#the-catalogue): the matters an
 * office in 惠济区 files its cases under, with the bureaus responsible by their statutory duties.
 * Departments are named as in demo-data.ts; the keywords are words the demo cases actually use.
 */
interface DemoMatter {
  category: CaseCategory;
  name: string;
  description: string;
  keywords: string[];
  lead: string;
  co?: string[];
}

const D = {
  fgw: '区发展和改革委员会',
  czj: '区财政局',
  rsj: '区人力资源和社会保障局',
  zrzy: '区自然资源和规划局',
  zjj: '区住房和城乡建设局',
  scjg: '区市场监督管理局',
  swj: '区税务局',
  sthj: '区生态环境分局',
  cgj: '区城市管理局',
  yjj: '区应急管理局',
  spj: '区行政审批服务局',
  gd: '区供电公司',
} as const;

export const DEMO_MATTERS: DemoMatter[] = [
  {
    category: 'APPROVAL',
    name: '经营主体登记与经营范围变更',
    description: '营业执照办理、变更、个体户转企业，经营范围增项。',
    keywords: ['营业执照', '个体户', '转为企业', '经营范围', '变更登记'],
    lead: D.scjg,
    co: [D.spj],
  },
  {
    category: 'APPROVAL',
    name: '食品经营许可',
    description: '食品经营许可证的新办、延续和变更。',
    keywords: ['食品经营许可', '许可证延续', '预包装食品'],
    lead: D.scjg,
  },
  {
    category: 'APPROVAL',
    name: '工程建设项目审批',
    description: '施工许可、联合验收、消防验收等工程建设项目审批事项。',
    keywords: ['施工许可', '消防验收', '竣工验收', '联合验收', '补正'],
    lead: D.spj,
    co: [D.zjj],
  },
  {
    category: 'APPROVAL',
    name: '建设项目环评审批',
    description: '环境影响评价文件审批和排污许可。',
    keywords: ['环评', '环境影响', '排污许可'],
    lead: D.sthj,
    co: [D.spj],
  },
  {
    category: 'LAND_PLANNING',
    name: '建设用地规划许可',
    description: '用地规划许可、规划条件核定和厂房扩建规划审批。',
    keywords: ['用地规划', '规划许可', '扩建', '规划条件'],
    lead: D.zrzy,
    co: [D.spj],
  },
  {
    category: 'LAND_PLANNING',
    name: '土地供应与用地手续',
    description: '工业用地出让、弹性年期、集体土地使用和补办用地手续。',
    keywords: ['用地手续', '集体土地', '出让', '弹性年期', '土地'],
    lead: D.zrzy,
  },
  {
    category: 'FINANCING',
    name: '贷款贴息与融资担保',
    description: '贷款贴息资金、政府性融资担保。',
    keywords: ['贴息', '担保', '贷款'],
    lead: D.czj,
    co: [D.fgw],
  },
  {
    category: 'FINANCING',
    name: '银企对接与续贷',
    description: '流动资金紧张企业的银企对接、续贷和应急转贷。',
    keywords: ['续贷', '银企对接', '流动资金', '转贷'],
    lead: D.fgw,
    co: [D.czj],
  },
  {
    category: 'FINANCING',
    name: '政府采购账款清欠',
    description: '拖欠中小企业的政府采购和工程款项。',
    keywords: ['尾款', '拖欠', '政府采购'],
    lead: D.czj,
  },
  {
    category: 'EMPLOYMENT',
    name: '招聘用工对接',
    description: '季节性缺工、招聘会和技工对接。',
    keywords: ['招工', '招聘', '普工', '缺工'],
    lead: D.rsj,
  },
  {
    category: 'EMPLOYMENT',
    name: '就业补贴与稳岗返还',
    description: '稳岗返还、吸纳就业补贴和以工代训补贴。',
    keywords: ['稳岗', '就业补贴', '高校毕业生', '以工代训'],
    lead: D.rsj,
    co: [D.czj],
  },
  {
    category: 'EMPLOYMENT',
    name: '劳动关系与劳动仲裁',
    description: '劳动争议调解仲裁。',
    keywords: ['劳动仲裁', '劳动争议'],
    lead: D.rsj,
  },
  {
    category: 'UTILITIES',
    name: '用电报装与供电保障',
    description: '新装增容、接电工程和停电抢修。',
    keywords: ['用电', '增容', '接电', '停电', '供电'],
    lead: D.gd,
    co: [D.fgw],
  },
  {
    category: 'UTILITIES',
    name: '燃气接入',
    description: '天然气接入、开口费和燃气工程。',
    keywords: ['天然气', '燃气', '开口费'],
    lead: D.zjj,
    co: [D.fgw],
  },
  {
    category: 'UTILITIES',
    name: '供水与排水接入',
    description: '供水报装、污水接入市政管网。',
    keywords: ['供水', '污水', '市政管网', '排水'],
    lead: D.zjj,
    co: [D.sthj],
  },
  {
    category: 'TAXES_FEES',
    name: '退税与税费优惠',
    description: '留抵退税、小微企业税费减免和残保金减免。',
    keywords: ['退税', '留抵', '减免', '残疾人就业保障金', '税费'],
    lead: D.swj,
  },
  {
    category: 'TAXES_FEES',
    name: '涉企收费',
    description: '行政事业性收费和配套费标准。',
    keywords: ['收费', '配套费', '收取'],
    lead: D.fgw,
    co: [D.czj, D.scjg],
  },
  {
    category: 'ENFORCEMENT',
    name: '市场监管检查与知识产权保护',
    description: '特种设备检验、计量检定、商标侵权和无证经营。',
    keywords: ['特种设备', '检定', '仿冒', '商标', '无证'],
    lead: D.scjg,
  },
  {
    category: 'ENFORCEMENT',
    name: '安全生产与危化品管理',
    description: '危险化学品仓储、安全评价和安全生产检查。',
    keywords: ['危化品', '安全评价', '安全生产'],
    lead: D.yjj,
  },
  {
    category: 'ENFORCEMENT',
    name: '生态环境执法',
    description: '环保检查、停产整治和排放监测。',
    keywords: ['环保检查', '停产', '排放'],
    lead: D.sthj,
    co: [D.fgw],
  },
  {
    category: 'ENFORCEMENT',
    name: '涉企检查统筹',
    description: '多部门检查合并、"综合查一次"和重复检查、重复处罚。',
    keywords: ['综合查一次', '多部门检查', '重复罚款', '重复检查'],
    lead: D.fgw,
    co: [D.scjg, D.cgj],
  },
  {
    category: 'POLICY_DELIVERY',
    name: '奖补资金兑现',
    description: '技术改造、专精特新等奖补资金的拨付。',
    keywords: ['补贴', '奖励', '拨付', '兑现', '技术改造'],
    lead: D.fgw,
    co: [D.czj],
  },
  {
    category: 'POLICY_DELIVERY',
    name: '企业资质认定',
    description: '专精特新、高新技术企业等认定的条件与申报。',
    keywords: ['专精特新', '认定', '高新技术'],
    lead: D.fgw,
  },
  {
    category: 'INFRASTRUCTURE',
    name: '道路与市政设施维护',
    description: '路面破损、积水、路灯和停靠点。',
    keywords: ['路面', '坑洼', '积水', '路灯', '停靠'],
    lead: D.cgj,
    co: [D.zjj],
  },
  {
    category: 'INFRASTRUCTURE',
    name: '园区公共交通',
    description: '工业园区通勤公交线路和站点。',
    keywords: ['公交', '通勤'],
    lead: D.fgw,
    co: [D.zjj],
  },
  {
    category: 'OTHER',
    name: '扬尘与渣土治理',
    description: '渣土车、工地扬尘。',
    keywords: ['扬尘', '渣土'],
    lead: D.cgj,
    co: [D.sthj],
  },
  {
    category: 'OTHER',
    name: '涉企摊派',
    description: '向企业摊派费用、赞助和活动经费。',
    keywords: ['摊派', '赞助', '活动经费'],
    lead: D.fgw,
    co: [D.czj],
  },
];

/**
 * Loads the catalogue. Idempotent on (category, name): a second run adds nothing, and a matter the
 * office has since changed is left as it is. Answers how many matters it added.
 */
export async function seedDemoCatalogue(manager: EntityManager, now: Date): Promise<number> {
  const added: { id: string; name: string; category: string }[] = await manager.query(
    `INSERT INTO dispatch_matter (category, name, description, keywords, created_at, updated_at)
     SELECT m.category, m.name, m.description, string_to_array(m.keywords, '|'), $5, $5
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS m(category, name, description, keywords)
     ON CONFLICT (category, name) DO NOTHING
     RETURNING id, name, category`,
    [
      DEMO_MATTERS.map((m) => m.category),
      DEMO_MATTERS.map((m) => m.name),
      DEMO_MATTERS.map((m) => m.description),
      DEMO_MATTERS.map((m) => m.keywords.join('|')),
      now,
    ],
  );
  const rows = added.flatMap(({ id, name, category }) => {
    const matter = DEMO_MATTERS.find((m) => m.name === name && m.category === category)!;
    return [
      { id, department: matter.lead, role: 'LEAD' },
      ...(matter.co ?? []).map((department) => ({ id, department, role: 'CO' })),
    ];
  });
  await manager.query(
    `INSERT INTO dispatch_matter_department (matter_id, department_id, role)
     SELECT r.matter_id, d.id, r.role
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(matter_id, department, role)
       JOIN department d ON d.name = r.department`,
    [rows.map((r) => r.id), rows.map((r) => r.department), rows.map((r) => r.role)],
  );
  return added.length;
}
