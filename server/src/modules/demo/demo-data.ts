import type { Role } from '@gridbridge/shared';

/** Everybody's demo password; README lists the accounts. Only loaded when DEMO_DATA is on. */
export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_DEPARTMENTS = [
  '区发展和改革委员会',
  '区财政局',
  '区人力资源和社会保障局',
  '区自然资源和规划局',
  '区住房和城乡建设局',
  '区市场监督管理局',
  '区税务局',
  '区生态环境分局',
  '区城市管理局',
  '区应急管理局',
  '区行政审批服务局',
  '区供电公司',
];

export const DEMO_GRIDS = [
  { key: 'xincheng', name: '新城街道', level: 1, parent: null },
  { key: 'xincheng-1', name: '新城社区', level: 2, parent: 'xincheng' },
  { key: 'xincheng-1-1', name: '新城社区第一网格', level: 3, parent: 'xincheng-1' },
] as const;

export const DEMO_ENTERPRISE = {
  name: '郑州惠济宏达食品有限公司',
  creditCode: '91410108MA3X7K2P0E',
  grid: 'xincheng-1-1',
};

export interface DemoAccount {
  username: string;
  displayName: string;
  mobile: string;
  roles: Role[];
  department?: string;
  grid?: string;
  enterprise?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'enterprise',
    displayName: '王经理',
    mobile: '13800000001',
    roles: ['ENTERPRISE'],
    enterprise: true,
  },
  {
    username: 'gridhead',
    displayName: '李网格',
    mobile: '13800000002',
    roles: ['GRID_HEAD'],
    grid: 'xincheng-1',
  },
  { username: 'office', displayName: '张专员', mobile: '13800000003', roles: ['OFFICE_STAFF'] },
  {
    username: 'officelead',
    displayName: '赵主任',
    mobile: '13800000004',
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
];
