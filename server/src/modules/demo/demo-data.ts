import type { DepartmentKind, IndustrySection, Role } from '@gridbridge/shared';
import { DEPARTMENT_HANDLERS, STREET_HANDLERS } from './demo-case-data.js';

/*
 * The demo district: 惠济区, Zhengzhou (division code 410108), as in the 郑州日报 article on the
 * "优化经济发展环境网格化服务平台" — eight streets and towns, their communities and villages, grid
 * cells, and 249 enterprises. Everything here is invented but plausible; the loader in
 * demo.seed.ts turns these tables into rows, deterministically, so that every load makes the same
 * district and screenshots, manuals and tests can name what they see.
 */

/** Everybody's demo password; README lists the accounts. Only loaded when DEMO_DATA is on. */
export const DEMO_PASSWORD = 'Demo@2026';

/** 登记管理机关行政区划码 of 惠济区: positions 3–8 of every demo credit code. */
export const DEMO_DIVISION_CODE = '410108';

export interface DemoDepartment {
  name: string;
  shortName: string;
  kind: DepartmentKind;
  contactPhone: string;
}

/** The district bureaus that answer enterprises' cases; the street offices follow from DEMO_STREETS. */
export const DEMO_BUREAUS: DemoDepartment[] = [
  { name: '区发展和改革委员会', shortName: '发改委', kind: 'DISTRICT_BUREAU', contactPhone: '0371-63691201' },
  { name: '区财政局', shortName: '财政局', kind: 'DISTRICT_BUREAU', contactPhone: '0371-63691322' },
  {
    name: '区人力资源和社会保障局',
    shortName: '人社局',
    kind: 'DISTRICT_BUREAU',
    contactPhone: '0371-63698015',
  },
  {
    name: '区自然资源和规划局',
    shortName: '自然资源和规划局',
    kind: 'DISTRICT_BUREAU',
    contactPhone: '0371-63690627',
  },
  { name: '区住房和城乡建设局', shortName: '住建局', kind: 'DISTRICT_BUREAU', contactPhone: '0371-63693540' },
  {
    name: '区市场监督管理局',
    shortName: '市场监管局',
    kind: 'DISTRICT_BUREAU',
    contactPhone: '0371-63697315',
  },
  { name: '区税务局', shortName: '税务局', kind: 'DISTRICT_BUREAU', contactPhone: '0371-63692366' },
  {
    name: '区生态环境分局',
    shortName: '生态环境分局',
    kind: 'DISTRICT_BUREAU',
    contactPhone: '0371-63695110',
  },
  { name: '区城市管理局', shortName: '城管局', kind: 'DISTRICT_BUREAU', contactPhone: '0371-63694312' },
  { name: '区应急管理局', shortName: '应急管理局', kind: 'DISTRICT_BUREAU', contactPhone: '0371-63699350' },
  {
    name: '区行政审批服务局',
    shortName: '行政审批局',
    kind: 'DISTRICT_BUREAU',
    contactPhone: '0371-63696600',
  },
  { name: '区供电公司', shortName: '供电公司', kind: 'PUBLIC_UTILITY', contactPhone: '0371-67895598' },
];

export interface DemoCommunity {
  /** 社区 in the streets, 村 in the two towns (the suffix decides the address style). */
  name: string;
  /** How many 三级网格 the community is divided into. */
  cells: 2 | 3;
}

export interface DemoStreet {
  /** Grid code of the 一级网格; a community's code appends its 2-digit position, a cell's likewise. */
  code: string;
  name: string;
  /** The street office (or town government) as a department, kind STREET_OFFICE. */
  office: string;
  officePhone: string;
  centreAddress: string;
  /** Roads of the street: addresses of its service stations and enterprises are drawn from them. */
  roads: string[];
  communities: DemoCommunity[];
}

export const DEMO_STREETS: DemoStreet[] = [
  {
    code: 'HJ01',
    name: '新城街道',
    office: '新城街道办事处',
    officePhone: '0371-63618801',
    centreAddress: '郑州市惠济区天河路与开元路交叉口东北角新城街道办事处一楼',
    roads: ['天河路', '开元路', '清华园路', '文化北路', '新城路'],
    communities: [
      { name: '新城社区', cells: 3 },
      { name: '开元社区', cells: 3 },
      { name: '天河社区', cells: 2 },
      { name: '清华园社区', cells: 2 },
    ],
  },
  {
    code: 'HJ02',
    name: '长兴路街道',
    office: '长兴路街道办事处',
    officePhone: '0371-63621502',
    centreAddress: '郑州市惠济区长兴路与英才街交叉口西南角',
    roads: ['长兴路', '英才街', '南阳路', '银河路', '北三环'],
    communities: [
      { name: '长兴路社区', cells: 3 },
      { name: '英才社区', cells: 2 },
      { name: '南阳寨社区', cells: 3 },
    ],
  },
  {
    code: 'HJ03',
    name: '迎宾路街道',
    office: '迎宾路街道办事处',
    officePhone: '0371-63632203',
    centreAddress: '郑州市惠济区迎宾路与师家河路交叉口向北200米',
    roads: ['迎宾路', '师家河路', '固城路', '岗李路', '北环路'],
    communities: [
      { name: '迎宾路社区', cells: 2 },
      { name: '岗李社区', cells: 3 },
      { name: '固城社区', cells: 2 },
    ],
  },
  {
    code: 'HJ04',
    name: '刘寨街道',
    office: '刘寨街道办事处',
    officePhone: '0371-63646604',
    centreAddress: '郑州市惠济区江山路与兴隆铺路交叉口东100米',
    roads: ['江山路', '刘寨路', '毛庄路', '兴隆铺路'],
    communities: [
      { name: '刘寨社区', cells: 3 },
      { name: '毛庄社区', cells: 2 },
      { name: '江山路社区', cells: 2 },
    ],
  },
  {
    code: 'HJ05',
    name: '老鸦陈街道',
    office: '老鸦陈街道办事处',
    officePhone: '0371-63652805',
    centreAddress: '郑州市惠济区索凌路与老鸦陈路交叉口',
    roads: ['索凌路', '老鸦陈路', '张砦路', '申庄路'],
    communities: [
      { name: '老鸦陈社区', cells: 3 },
      { name: '申庄社区', cells: 2 },
    ],
  },
  {
    code: 'HJ06',
    name: '大河路街道',
    office: '大河路街道办事处',
    officePhone: '0371-63663006',
    centreAddress: '郑州市惠济区大河路与同乐路交叉口西北角',
    roads: ['大河路', '同乐路', '杨庄路', '前刘路'],
    communities: [
      { name: '大河路社区', cells: 2 },
      { name: '杨庄社区', cells: 3 },
      { name: '前刘社区', cells: 2 },
    ],
  },
  {
    code: 'HJ07',
    name: '花园口镇',
    office: '花园口镇人民政府',
    officePhone: '0371-63675507',
    centreAddress: '郑州市惠济区花园口镇花园口路88号',
    roads: ['花园口路', '黄河路', '八堡路', '月湖路'],
    communities: [
      { name: '八堡村', cells: 3 },
      { name: '南月堤村', cells: 2 },
      { name: '花园口村', cells: 3 },
      { name: '东大坝村', cells: 2 },
    ],
  },
  {
    code: 'HJ08',
    name: '古荥镇',
    office: '古荥镇人民政府',
    officePhone: '0371-63687708',
    centreAddress: '郑州市惠济区古荥镇古荥大道166号',
    roads: ['古荥大道', '纪公庙路', '孙庄路', '汉王城路'],
    communities: [
      { name: '古荥村', cells: 3 },
      { name: '黄河村', cells: 2 },
      { name: '孙庄村', cells: 2 },
      { name: '纪公庙村', cells: 3 },
    ],
  },
];

/** “新城社区第一网格” … */
export const CELL_ORDINALS = ['第一网格', '第二网格', '第三网格'];

export const CENTRE_HOURS = '周一至周五 9:00-12:00, 13:30-17:30 (法定节假日除外)';
export const STATION_HOURS = [
  '周一至周五 9:00-12:00, 13:30-17:30 (法定节假日除外)',
  '周一至周五 8:30-12:00, 14:00-17:30 (法定节假日除外)',
  '周一至周六 9:00-12:00, 14:30-17:30 (法定节假日除外)',
];

/** What the service points offer; centres list 5–6 of these, stations 3–5. */
export const SERVICE_POINT_SERVICES = [
  '企业开办咨询',
  '营业执照代办',
  '社保医保办理',
  '政策兑现受理',
  '用工招聘对接',
  '水电气报装协调',
  '税费申报辅导',
  '惠企政策咨询',
  '诉求受理转办',
  '融资对接服务',
  '公共法律服务',
  '不动产登记咨询',
];

/** The enterprise every demo walkthrough starts from; the `enterprise` account acts for it. */
export const DEMO_ENTERPRISE = {
  name: '郑州惠济宏达食品有限公司',
  creditCode: '91410108MA3X7K2P0E',
  legalRepresentative: '王宏达',
  industry: 'C' as IndustrySection,
  scale: 'SMALL' as const,
  address: '郑州市惠济区天河路188号',
  grid: 'HJ010101',
  contactName: '王建华',
  contactPhone: '13800000001',
  ageDays: 540,
};

/** How many enterprises the district has: “网格内249家企业商户” in the article. */
export const DEMO_ENTERPRISE_COUNT = 249;

export interface EnterpriseTemplate {
  industry: IndustrySection;
  /** `{z}` is a trade name (字号) from TRADE_NAMES, `{s}` the owner's surname. */
  pattern: string;
  /** 个体工商户: credit code type 2, scale INDIVIDUAL, the owner is the contact. */
  individual: boolean;
  /** Relative frequency; weights lean towards the article's trades: food, logistics, retail, catering. */
  weight: number;
}

export const ENTERPRISE_TEMPLATES: EnterpriseTemplate[] = [
  { industry: 'C', pattern: '郑州惠济{z}食品有限公司', individual: false, weight: 4 },
  { industry: 'C', pattern: '郑州{z}机械制造有限公司', individual: false, weight: 2 },
  { industry: 'C', pattern: '河南{z}包装材料有限公司', individual: false, weight: 1 },
  { industry: 'C', pattern: '郑州{z}服饰有限公司', individual: false, weight: 1 },
  { industry: 'C', pattern: '郑州{z}新型建材有限公司', individual: false, weight: 1 },
  { industry: 'C', pattern: '郑州{z}印务有限公司', individual: false, weight: 1 },
  { industry: 'C', pattern: '惠济区{s}记豆制品加工坊', individual: true, weight: 1 },
  { industry: 'F', pattern: '郑州{z}商贸有限公司', individual: false, weight: 4 },
  { industry: 'F', pattern: '河南{z}农产品批发有限公司', individual: false, weight: 2 },
  { industry: 'F', pattern: '郑州{z}医药连锁有限公司', individual: false, weight: 1 },
  { industry: 'F', pattern: '惠济区{z}便利店', individual: true, weight: 3 },
  { industry: 'F', pattern: '惠济区{s}记五金建材店', individual: true, weight: 2 },
  { industry: 'F', pattern: '惠济区{z}超市', individual: true, weight: 2 },
  { industry: 'F', pattern: '惠济区{z}水果店', individual: true, weight: 1 },
  { industry: 'G', pattern: '河南{z}物流有限公司', individual: false, weight: 4 },
  { industry: 'G', pattern: '郑州{z}仓储服务有限公司', individual: false, weight: 2 },
  { industry: 'G', pattern: '郑州{z}运输有限公司', individual: false, weight: 2 },
  { industry: 'G', pattern: '惠济区{s}师傅货运部', individual: true, weight: 1 },
  { industry: 'H', pattern: '惠济区{s}记烩面馆', individual: true, weight: 3 },
  { industry: 'H', pattern: '惠济区{z}餐馆', individual: true, weight: 3 },
  { industry: 'H', pattern: '郑州{z}餐饮管理有限公司', individual: false, weight: 2 },
  { industry: 'H', pattern: '郑州惠济{z}酒店管理有限公司', individual: false, weight: 1 },
  { industry: 'H', pattern: '惠济区{z}快捷宾馆', individual: true, weight: 1 },
  { industry: 'H', pattern: '惠济区{z}农家乐', individual: true, weight: 1 },
  { industry: 'E', pattern: '河南{z}建设工程有限公司', individual: false, weight: 3 },
  { industry: 'E', pattern: '郑州{z}装饰工程有限公司', individual: false, weight: 3 },
  { industry: 'E', pattern: '郑州{z}水电安装工程有限公司', individual: false, weight: 1 },
  { industry: 'I', pattern: '郑州{z}信息技术有限公司', individual: false, weight: 3 },
  { industry: 'I', pattern: '河南{z}软件科技有限公司', individual: false, weight: 2 },
  { industry: 'I', pattern: '郑州{z}网络科技有限公司', individual: false, weight: 2 },
  { industry: 'L', pattern: '郑州{z}企业管理咨询有限公司', individual: false, weight: 2 },
  { industry: 'L', pattern: '河南{z}人力资源服务有限公司', individual: false, weight: 2 },
  { industry: 'L', pattern: '郑州{z}广告有限公司', individual: false, weight: 2 },
  { industry: 'L', pattern: '郑州{z}设备租赁有限公司', individual: false, weight: 1 },
  { industry: 'O', pattern: '惠济区{z}理发店', individual: true, weight: 2 },
  { industry: 'O', pattern: '惠济区{s}师傅家电维修部', individual: true, weight: 2 },
  { industry: 'O', pattern: '郑州{z}家政服务有限公司', individual: false, weight: 2 },
  { industry: 'O', pattern: '惠济区{z}洗车行', individual: true, weight: 1 },
  { industry: 'A', pattern: '郑州{z}农业科技有限公司', individual: false, weight: 1 },
  { industry: 'A', pattern: '郑州惠济{z}花卉苗木有限公司', individual: false, weight: 1 },
  { industry: 'A', pattern: '惠济区{z}生态种植园', individual: true, weight: 1 },
  { industry: 'K', pattern: '郑州{z}置业有限公司', individual: false, weight: 1 },
  { industry: 'K', pattern: '郑州{z}物业服务有限公司', individual: false, weight: 1 },
  { industry: 'M', pattern: '河南{z}检测技术有限公司', individual: false, weight: 1 },
  { industry: 'M', pattern: '郑州{z}工程设计有限公司', individual: false, weight: 1 },
  { industry: 'P', pattern: '郑州惠济{z}职业培训学校有限公司', individual: false, weight: 1 },
  { industry: 'Q', pattern: '惠济区{s}氏诊所', individual: true, weight: 1 },
  { industry: 'R', pattern: '郑州{z}文化传媒有限公司', individual: false, weight: 1 },
  { industry: 'R', pattern: '惠济区{z}健身工作室', individual: true, weight: 1 },
  { industry: 'D', pattern: '郑州{z}新能源有限公司', individual: false, weight: 1 },
  { industry: 'N', pattern: '郑州{z}园林绿化工程有限公司', individual: false, weight: 1 },
];

/** Scales of companies (individual businesses are always INDIVIDUAL): few large, most small or micro. */
export const COMPANY_SCALES = [
  { scale: 'LARGE', weight: 2 },
  { scale: 'MEDIUM', weight: 10 },
  { scale: 'SMALL', weight: 38 },
  { scale: 'MICRO', weight: 50 },
] as const;

/** Share of enterprises that have closed or moved away (status CLOSED). */
export const CLOSED_SHARE = 0.05;

/** 字号: the distinctive part of an enterprise name. */
// prettier-ignore
export const TRADE_NAMES = [
  '宏达', '鑫源', '华瑞', '恒信', '金穗', '顺通', '兴隆', '盛世', '永安', '博远',
  '中原', '黄河', '丰禾', '瑞丰', '嘉禾', '天成', '佳美', '东方', '万通', '聚福',
  '福临', '金鼎', '裕丰', '锦程', '豫港', '新航', '立信', '德胜', '众诚', '和润',
  '百川', '同福', '正和', '安泰', '华通', '长青', '润泽', '汇通', '广源', '明辉',
  '宏图', '鼎盛', '惠民', '鑫隆', '旺达', '荣昌', '世纪', '信诚', '泰和', '康源',
  '金桥', '凯达', '龙腾', '一品', '豫丰', '鸿运', '亿家', '晨光', '绿源', '圣达',
  '诚信', '四季', '开元', '天河', '古荥', '月湖', '花园', '嵩岳', '商都', '郑荥',
];

// prettier-ignore
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '郭', '马', '孙', '周', '吴', '徐', '朱', '高',
  '胡', '何', '郑', '宋', '韩', '冯', '于', '董', '程', '曹', '袁', '许', '苏', '蒋', '贾',
  '魏', '薛', '田', '任', '范', '牛', '崔', '史', '侯', '常', '乔', '申', '秦', '谢', '罗',
];

// prettier-ignore
export const GIVEN_NAME_CHARACTERS = [
  '建', '国', '军', '伟', '磊', '强', '勇', '峰', '涛', '明', '红', '丽', '娟', '霞', '静',
  '敏', '燕', '芳', '玲', '华', '平', '刚', '杰', '鹏', '辉', '超', '亮', '斌', '波', '飞',
  '鑫', '浩', '宇', '晨', '阳', '琳', '婷', '雪', '倩', '颖', '慧', '佳', '晓', '志', '海',
  '文', '新', '春', '秋', '玉', '金', '凤', '梅', '兰', '英', '庆', '利', '永', '长', '松',
];

/** First three digits of contact mobiles; 138 and 139 are left to the demo accounts. */
// prettier-ignore
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '150', '151', '152', '155', '156', '157',
  '158', '159', '166', '176', '177', '180', '182', '183', '185', '186', '187', '188', '189',
  '191', '198', '199',
];

export interface DemoAccount {
  username: string;
  displayName: string;
  mobile: string;
  /** Staff get e-mail notifications (addresses under the reserved .example domain). */
  email?: string;
  roles: Role[];
  /** Department name. */
  department?: string;
  /** Grid code. */
  grid?: string;
  /** The enterprise the account acts for; its manager manages the enterprise's other accounts. */
  enterprise?: { creditCode: string; manager: boolean };
}

/**
 * Tests pick "the demo account of role R" as the first whose last role is R, so `enterprise` stays
 * the first ENTERPRISE account and `gridhead` the first GRID_HEAD account.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'enterprise',
    displayName: '王经理',
    mobile: '13800000001',
    roles: ['ENTERPRISE'],
    enterprise: { creditCode: DEMO_ENTERPRISE.creditCode, manager: true },
  },
  {
    username: 'gridhead',
    displayName: '李网格',
    mobile: '13800000002',
    roles: ['GRID_HEAD'],
    grid: 'HJ0101',
  },
  {
    username: 'office',
    displayName: '张专员',
    mobile: '13800000003',
    email: 'office@huiji-district.example',
    roles: ['OFFICE_STAFF'],
  },
  {
    username: 'officelead',
    displayName: '赵主任',
    mobile: '13800000004',
    email: 'officelead@huiji-district.example',
    roles: ['OFFICE_STAFF', 'OFFICE_LEADER'],
  },
  {
    username: 'dept',
    displayName: '刘承办',
    mobile: '13800000005',
    roles: ['DEPT_STAFF'],
    department: '区市场监督管理局',
  },
  {
    username: 'deptlead',
    displayName: '陈局长',
    mobile: '13800000006',
    roles: ['DEPT_STAFF', 'DEPT_LEADER'],
    department: '区市场监督管理局',
  },
  { username: 'inspector', displayName: '周巡查', mobile: '13800000007', roles: ['INSPECTOR'] },
  { username: 'admin', displayName: '系统管理员', mobile: '13800000008', roles: ['SYS_ADMIN'] },
  { username: 'auditor', displayName: '审计员', mobile: '13800000009', roles: ['AUDITOR'] },
  {
    username: 'enterprise2',
    displayName: '孙会计',
    mobile: '13800000010',
    roles: ['ENTERPRISE'],
    enterprise: { creditCode: DEMO_ENTERPRISE.creditCode, manager: false },
  },
  ...[
    ['吴建军', 'HJ01'],
    ['郑丽娟', 'HJ02'],
    ['马志强', 'HJ03'],
    ['冯海燕', 'HJ04'],
    ['韩立新', 'HJ05'],
    ['田晓峰', 'HJ06'],
    ['石玉兰', 'HJ07'],
    ['牛国庆', 'HJ08'],
  ].map(([displayName, grid], i): DemoAccount => ({
    username: `gridhead-${grid.toLowerCase()}`,
    displayName,
    mobile: `1390000000${i + 1}`,
    roles: ['GRID_HEAD'],
    grid,
  })),
  ...departmentAccounts(),
];

/**
 * One handler (DEPT_STAFF) and one leader (DEPT_STAFF and DEPT_LEADER, like `deptlead`) for every
 * other department that handles cases: `dept-<code>` and `deptlead-<code>`, mobiles 1371…/1372….
 */
function departmentAccounts(): DemoAccount[] {
  const departments = [
    ...Object.entries(DEPARTMENT_HANDLERS).map(([name, h]) => ({ name, ...h })),
    ...DEMO_STREETS.map((street, i) => ({
      name: street.office,
      code: street.code.toLowerCase(),
      ...STREET_HANDLERS[i],
    })),
  ];
  return departments.flatMap(({ name, code, staff, leader }, i): DemoAccount[] => {
    const n = String(i + 1).padStart(6, '0');
    return [
      {
        username: `dept-${code}`,
        displayName: staff,
        mobile: `13710${n}`,
        roles: ['DEPT_STAFF'],
        department: name,
      },
      {
        username: `deptlead-${code}`,
        displayName: leader,
        mobile: `13720${n}`,
        roles: ['DEPT_STAFF', 'DEPT_LEADER'],
        department: name,
      },
    ];
  });
}
