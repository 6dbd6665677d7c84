import type { Locale } from './locale.js';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/** GB/T 4754-2017 门类 (sections) of the national industry classification. */
export const INDUSTRY_SECTIONS = {
  A: { 'zh-CN': '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' },
  B: { 'zh-CN': '采矿业', en: 'Mining' },
  C: { 'zh-CN': '制造业', en: 'Manufacturing' },
  D: { 'zh-CN': '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water supply' },
  E: { 'zh-CN': '建筑业', en: 'Construction' },
  F: { 'zh-CN': '批发和零售业', en: 'Wholesale and retail trade' },
  G: { 'zh-CN': '交通运输、仓储和邮政业', en: 'Transport, storage and post' },
  H: { 'zh-CN': '住宿和餐饮业', en: 'Accommodation and catering' },
  I: { 'zh-CN': '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' },
  J: { 'zh-CN': '金融业', en: 'Finance' },
  K: { 'zh-CN': '房地产业', en: 'Real estate' },
  L: { 'zh-CN': '租赁和商务服务业', en: 'Leasing and business services' },
  M: { 'zh-CN': '科学研究和技术服务业', en: 'Scientific research and technical services' },
  N: { 'zh-CN': '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' },
  O: { 'zh-CN': '居民服务、修理和其他服务业', en: 'Resident, repair and other services' },
  P: { 'zh-CN': '教育', en: 'Education' },
  Q: { 'zh-CN': '卫生和社会工作', en: 'Health and social work' },
  R: { 'zh-CN': '文化、体育和娱乐业', en: 'Culture, sports and entertainment' },
  S: {
    'zh-CN': '公共管理、社会保障和社会组织',
    en: 'Public administration, social security and social organisations',
  },
  T: { 'zh-CN': '国际组织', en: 'International organisations' },
} as const satisfies Labels<string>;
export type IndustrySection = keyof typeof INDUSTRY_SECTIONS;
export const INDUSTRY_CODES = Object.keys(INDUSTRY_SECTIONS) as IndustrySection[];

/** 企业规模 (docs/roles-and-scope.md#the-organisation). */
export const ENTERPRISE_SCALES = {
  LARGE: { 'zh-CN': '大型', en: 'Large' },
  MEDIUM: { 'zh-CN': '中型', en: 'Medium' },
  SMALL: { 'zh-CN': '小型', en: 'Small' },
  MICRO: { 'zh-CN': '微型', en: 'Micro' },
  INDIVIDUAL: { 'zh-CN': '个体工商户', en: 'Individual business' },
} as const satisfies Labels<string>;
export type EnterpriseScale = keyof typeof ENTERPRISE_SCALES;
export const ENTERPRISE_SCALE_CODES = Object.keys(ENTERPRISE_SCALES) as EnterpriseScale[];

/** Whether the enterprise is still operating in the district (the directory's status filter). */
export const ENTERPRISE_STATUSES = {
  ACTIVE: { 'zh-CN': '在营', en: 'Operating' },
  CLOSED: { 'zh-CN': '已注销/迁出', en: 'Closed or moved away' },
} as const satisfies Labels<string>;
export type EnterpriseStatus = keyof typeof ENTERPRISE_STATUSES;
export const ENTERPRISE_STATUS_CODES = Object.keys(ENTERPRISE_STATUSES) as EnterpriseStatus[];

export const DEPARTMENT_KINDS = {
  DISTRICT_BUREAU: { 'zh-CN': '区直部门', en: 'District bureau' },
  STREET_OFFICE: { 'zh-CN': '街道(镇)', en: 'Street office / town' },
  PUBLIC_UTILITY: { 'zh-CN': '公用事业单位', en: 'Public utility' },
} as const satisfies Labels<string>;
export type DepartmentKind = keyof typeof DEPARTMENT_KINDS;
export const DEPARTMENT_KIND_CODES = Object.keys(DEPARTMENT_KINDS) as DepartmentKind[];

/** 网格 levels: 1 street office / town, 2 community / village, 3 grid cell. */
export const GRID_LEVELS = {
  1: { 'zh-CN': '一级网格', en: 'Level 1 grid' },
  2: { 'zh-CN': '二级网格', en: 'Level 2 grid' },
  3: { 'zh-CN': '三级网格', en: 'Level 3 grid' },
} as const;
export type GridLevel = 1 | 2 | 3;

/** Level-1 grids have a service centre, level-2 grids service stations (docs/roles-and-scope.md#the-organisation). */
export const SERVICE_POINT_KIND_OF_LEVEL = { 1: 'CENTRE', 2: 'STATION' } as const;
export const SERVICE_POINT_KINDS = {
  CENTRE: { 'zh-CN': '便民服务中心', en: 'Service centre' },
  STATION: { 'zh-CN': '便民服务站', en: 'Service station' },
} as const satisfies Labels<string>;
export type ServicePointKind = keyof typeof SERVICE_POINT_KINDS;

/** Mainland mobile numbers: 11 digits starting with 1. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
