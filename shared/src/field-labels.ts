import type { Locale } from './locale.js';

// Apart from the error codes' messages (errors.ts), which import nothing from here: the apps need
// these only on the pages with forms, and the portal's first load goes without them.

/** Fills a message's `{name}` placeholders from `params`; unknown ones stay as they are. */
export function formatMessage(
  template: string,
  params: Record<string, string | number | boolean> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Messages for a single invalid field, named by `extensions.fields[].field`. */
export const VALIDATION_MESSAGES = {
  required: { 'zh-CN': '{field}不能为空', en: '{field} is required' },
  tooShort: { 'zh-CN': '{field}至少 {min} 个字符', en: '{field} needs at least {min} characters' },
  tooLong: { 'zh-CN': '{field}最多 {max} 个字符', en: '{field} may have at most {max} characters' },
  invalid: { 'zh-CN': '{field}格式不正确', en: '{field} is not valid' },
  passwordClasses: {
    'zh-CN': '{field}须包含大写字母、小写字母、数字、符号中的至少三类',
    en: '{field} must mix at least three of: upper case, lower case, digits, symbols',
  },
  wrongPassword: { 'zh-CN': '{field}不正确', en: '{field} is wrong' },
  taken: { 'zh-CN': '{field}已被使用', en: '{field} is already in use' },
  creditCode: {
    'zh-CN': '{field}不符合 GB 32100-2015 规则（校验位错误或含非法字符）',
    en: '{field} is not a valid GB 32100-2015 code (wrong check character or characters)',
  },
  unknownEnterprise: {
    'zh-CN': '{field}不在本区企业名录中，请联系所在网格长或优化办',
    en: '{field} is not in the district directory; contact your grid head or the office',
  },
  nameMismatch: { 'zh-CN': '{field}与名录中的企业名称不一致', en: '{field} does not match the directory' },
  notFound: { 'zh-CN': '{field}不存在', en: '{field} does not exist' },
  gridLevel: { 'zh-CN': '{field}层级不正确', en: '{field} is at the wrong level' },
  fileType: {
    'zh-CN': '{field}类型不支持（按文件内容识别为 {detected}），仅支持图片、PDF、Word、Excel',
    en: '{field} has an unsupported type (its content is {detected}); images, PDF, Word and Excel only',
  },
  legacyOffice: {
    'zh-CN': '{field}为旧版 Word/Excel 格式（.doc/.xls），不予接收，请另存为 .docx 或 .xlsx 后上传',
    en: '{field} is an old Word/Excel file (.doc/.xls), which is not accepted; save it as .docx or .xlsx',
  },
  activeContent: {
    'zh-CN': '{field}含有脚本、自动动作或内嵌文件，不予接收',
    en: '{field} contains scripts, automatic actions or embedded files, which are not accepted',
  },
  fileName: {
    'zh-CN': '{field}去除控制字符、路径和特殊符号后为空，请改名后上传',
    en: '{field} is empty once control characters, paths and special symbols are removed; rename the file',
  },
  fileTooLarge: { 'zh-CN': '{field}超过 {max} MB', en: '{field} is larger than {max} MB' },
  uploadQuota: {
    'zh-CN':
      '{field}上传过多：一小时内尚未提交的上传最多 {files} 个、共 {megabytes} MB，请 {minutes} 分钟后再试',
    en: 'Too many {field} uploads: at most {files} files and {megabytes} MB not yet submitted in an hour; try again in {minutes} minutes',
  },
  tooMany: { 'zh-CN': '{field}最多 {max} 个', en: 'At most {max} {field}' },
  notAllowedHere: { 'zh-CN': '{field}不可用于此处', en: '{field} cannot be used here' },
  imageOnly: {
    'zh-CN': '{field}须为图片（按文件内容识别为 {detected}），仅支持 JPEG、PNG、WebP、GIF',
    en: '{field} must be a picture (its content is {detected}); JPEG, PNG, WebP and GIF only',
  },
  passwordReuse: {
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  // The working-day calendar (holidayYearProblems).
  between: { 'zh-CN': '{field}须在 {min} 至 {max} 之间', en: '{field} must be between {min} and {max}' },
  duplicate: { 'zh-CN': '{field}重复', en: '{field} is listed twice' },
  outsideYear: {
    'zh-CN': '{field}须在 {year} 年内(放假可跨上年 12 月或次年 1 月)',
    en: '{field} must be in {year} (a holiday may reach into the December before or the January after)',
  },
  endsBeforeStart: { 'zh-CN': '{field}不能早于起始日期', en: '{field} cannot be before the first day' },
  holidayTooLong: {
    'zh-CN': '{field}有误:一段假期最多 {max} 天',
    en: '{field} is too late: a holiday lasts at most {max} days',
  },
  overlaps: { 'zh-CN': '{field}与「{other}」的日期重叠', en: '{field} overlaps {other}' },
  containsMakeUpDay: {
    'zh-CN': '{field}有误:假期包含已登记的调休上班日 {date}',
    en: '{field}: the holiday includes {date}, which is entered as a make-up working day',
  },
  notWeekend: {
    'zh-CN': '{field}须为周六或周日(周一至周五本就上班)',
    en: '{field} must be a Saturday or Sunday (Monday to Friday are working days anyway)',
  },
  inHoliday: { 'zh-CN': '{field}落在「{name}」假期内', en: '{field} falls inside the {name} holiday' },
  // Assignment and handling of cases.
  complaintNamed: {
    'zh-CN': '{field}不能是被投诉的部门',
    en: '{field} cannot be the department the complaint is about',
  },
  leadAlsoCo: { 'zh-CN': '{field}不能包含主办部门', en: '{field} cannot include the lead department' },
  noDraft: { 'zh-CN': '{field}尚未拟写，请先拟写答复', en: 'There is no {field} yet; draft the reply first' },
  alreadyDone: { 'zh-CN': '{field}已完成，不能重复', en: '{field} has been done already' },
  notYet: { 'zh-CN': '{field}尚未完成', en: '{field} has not been done yet' },
  nothingPending: { 'zh-CN': '没有待审批的{field}', en: 'There is no {field} waiting for a decision' },
  askedOnce: { 'zh-CN': '{field}只能申请一次', en: '{field} may be asked for only once' },
  notInFuture: { 'zh-CN': '{field}须晚于当前时间', en: '{field} must be later than now' },
  afterNow: { 'zh-CN': '{field}不能晚于当前时间', en: '{field} cannot be later than now' },
  beforeAssigned: {
    'zh-CN': '{field}不能早于交办时间',
    en: '{field} cannot be before the case was assigned',
  },
  nothingToAcknowledge: { 'zh-CN': '没有待签收的{field}', en: 'There is no {field} to acknowledge' },
  // Condition reports and visits (docs/conditions.md).
  futureMonth: { 'zh-CN': '{field}不能晚于本月', en: '{field} cannot be after this month' },
  futureDate: { 'zh-CN': '{field}不能晚于今天', en: '{field} cannot be after today' },
  decimals: { 'zh-CN': '{field}最多保留 {max} 位小数', en: '{field} has at most {max} decimals' },
  notDissatisfied: {
    'zh-CN': '{field}为不满意时才转为不满意处理',
    en: '{field} must be dissatisfied for a dispute',
  },
  // Accountability records and notices.
  inFuture: { 'zh-CN': '{field}不能晚于今天', en: '{field} cannot be later than today' },
  officialOnly: {
    'zh-CN': '{field}仅在问责对象为个人时填写',
    en: '{field} is only for an accountability of an official',
  },
  withdrawn: { 'zh-CN': '{field}已撤回', en: '{field} has been withdrawn' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ValidationRule = keyof typeof VALIDATION_MESSAGES;

/** Field names as users read them. */
export const FIELD_LABELS: Record<string, Record<Locale, string>> = {
  identifier: { 'zh-CN': '用户名或手机号', en: 'User name or mobile' },
  password: { 'zh-CN': '密码', en: 'Password' },
  captchaId: { 'zh-CN': '图形验证码', en: 'Picture code' },
  captchaAnswer: { 'zh-CN': '图形验证码', en: 'Picture code' },
  currentPassword: { 'zh-CN': '当前密码', en: 'Current password' },
  newPassword: { 'zh-CN': '新密码', en: 'New password' },
  first: { 'zh-CN': '每页条数', en: 'Page size' },
  after: { 'zh-CN': '分页游标', en: 'Page cursor' },
  keyword: { 'zh-CN': '关键词', en: 'Keyword' },
  deadline: { 'zh-CN': '时限预警', en: 'Deadline warning' },
  dueDate: { 'zh-CN': '督办时限', en: 'Supervision deadline' },
  level: { 'zh-CN': '督办级别', en: 'Supervision level' },
  supervision: { 'zh-CN': '督办', en: 'Supervision notice' },
  name: { 'zh-CN': '名称', en: 'Name' },
  code: { 'zh-CN': '编码', en: 'Code' },
  parentId: { 'zh-CN': '上级网格', en: 'Parent grid' },
  gridId: { 'zh-CN': '所属网格', en: 'Grid' },
  shortName: { 'zh-CN': '简称', en: 'Short name' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  contactPhone: { 'zh-CN': '联系电话', en: 'Contact phone' },
  contactName: { 'zh-CN': '联系人', en: 'Contact person' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  enterpriseName: { 'zh-CN': '企业名称', en: 'Enterprise name' },
  legalRepresentative: { 'zh-CN': '法定代表人', en: 'Legal representative' },
  address: { 'zh-CN': '地址', en: 'Address' },
  displayName: { 'zh-CN': '姓名', en: 'Name' },
  username: { 'zh-CN': '用户名', en: 'User name' },
  mobile: { 'zh-CN': '手机号', en: 'Mobile number' },
  email: { 'zh-CN': '电子邮箱', en: 'E-mail' },
  roles: { 'zh-CN': '角色', en: 'Roles' },
  departmentId: { 'zh-CN': '所属部门', en: 'Department' },
  enterpriseId: { 'zh-CN': '所属企业', en: 'Enterprise' },
  phone: { 'zh-CN': '电话', en: 'Phone' },
  queue: { 'zh-CN': '任务队列', en: 'Job queue' },
  openingHours: { 'zh-CN': '办公时间', en: 'Opening hours' },
  services: { 'zh-CN': '服务事项', en: 'Services' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  file: { 'zh-CN': '文件', en: 'File' },
  gridCode: { 'zh-CN': '所属网格编码', en: 'Grid code' },
  filter: { 'zh-CN': '导出范围（条）', en: 'Export (rows)' },
  year: { 'zh-CN': '年份', en: 'Year' },
  off: { 'zh-CN': '放假安排', en: 'Holidays' },
  'off.name': { 'zh-CN': '假日名称', en: 'Holiday name' },
  'off.from': { 'zh-CN': '起始日期', en: 'First day' },
  'off.to': { 'zh-CN': '结束日期', en: 'Last day' },
  work: { 'zh-CN': '调休上班日', en: 'Make-up working day' },
  title: { 'zh-CN': '标题', en: 'Title' },
  content: { 'zh-CN': '内容', en: 'Content' },
  category: { 'zh-CN': '诉求分类', en: 'Category' },
  channel: { 'zh-CN': '来源', en: 'Channel' },
  namedDepartmentId: { 'zh-CN': '涉及部门', en: 'Department concerned' },
  misconductType: { 'zh-CN': '投诉类型', en: 'Misconduct type' },
  contactConsent: { 'zh-CN': '同意联系', en: 'Consent to be contacted' },
  clientKey: { 'zh-CN': '提交标识', en: 'Submission key' },
  attachmentIds: { 'zh-CN': '附件', en: 'attachments' },
  fileName: { 'zh-CN': '文件名', en: 'File name' },
  contentBase64: { 'zh-CN': '文件', en: 'File' },
  trackingNo: { 'zh-CN': '诉求编号', en: 'Tracking number' },
  queryCode: { 'zh-CN': '查询码', en: 'Query code' },
  priority: { 'zh-CN': '紧急程度', en: 'Priority' },
  complexity: { 'zh-CN': '复杂程度', en: 'Complexity' },
  note: { 'zh-CN': '说明', en: 'Note' },
  request: { 'zh-CN': '需补充的内容', en: 'Information needed' },
  originalTrackingNo: { 'zh-CN': '原诉求编号', en: 'Original case number' },
  result: { 'zh-CN': '答复结果', en: 'Result' },
  text: { 'zh-CN': '答复内容', en: 'Reply' },
  internalNote: { 'zh-CN': '内部备注', en: 'Internal note' },
  from: { 'zh-CN': '开始日期', en: 'From' },
  to: { 'zh-CN': '结束日期', en: 'To' },
  signWeight: { 'zh-CN': '签收及时率权重', en: 'Weight of signing on time' },
  contactWeight: { 'zh-CN': '响应率权重', en: 'Weight of first contact on time' },
  replyWeight: { 'zh-CN': '按时办结率权重', en: 'Weight of replies on time' },
  resolutionWeight: { 'zh-CN': '解决率权重', en: 'Weight of resolution' },
  satisfactionWeight: { 'zh-CN': '满意率权重', en: 'Weight of satisfaction' },
  minSample: { 'zh-CN': '最少样本数', en: 'Minimum sample' },
  measure: { 'zh-CN': '考核指标', en: 'Measure' },
  ids: { 'zh-CN': '消息', en: 'notifications' },
  actor: { 'zh-CN': '操作人', en: 'Actor' },
  action: { 'zh-CN': '操作', en: 'Action' },
  actionPrefix: { 'zh-CN': '操作类别', en: 'Kind of action' },
  targetType: { 'zh-CN': '对象类型', en: 'Target type' },
  targetId: { 'zh-CN': '对象编号', en: 'Target id' },
  description: { 'zh-CN': '说明', en: 'Description' },
  keywords: { 'zh-CN': '关键词', en: 'Keywords' },
  sign: { 'zh-CN': '签收时限', en: 'Sign limit' },
  firstContact: { 'zh-CN': '先行联系时限', en: 'First contact limit' },
  // One label for two fields named `reply`: the draft reply, and the reply limit on the time-limits page, whose column already says 时限.
  reply: { 'zh-CN': '答复', en: 'Reply' },
  replyComplex: { 'zh-CN': '复杂件答复时限', en: 'Reply limit (complex)' },
  review: { 'zh-CN': '审核时限', en: 'Review limit' },
  leadDepartmentId: { 'zh-CN': '主办部门', en: 'Lead department' },
  coDepartmentIds: { 'zh-CN': '协办部门', en: 'Co-handling departments' },
  method: { 'zh-CN': '联系方式', en: 'Contact method' },
  contactedAt: { 'zh-CN': '联系时间', en: 'Contacted at' },
  summary: { 'zh-CN': '联系情况', en: 'Summary' },
  visibleToEnterprise: { 'zh-CN': '企业可见', en: 'Visible to the enterprise' },
  opinion: { 'zh-CN': '协办意见', en: 'Opinion' },
  days: { 'zh-CN': '延期天数', en: 'Days' },
  extension: { 'zh-CN': '延期申请', en: 'Extension request' },
  returnRequest: { 'zh-CN': '退回申请', en: 'Return request' },
  solved: { 'zh-CN': '是否解决', en: 'Solved' },
  satisfaction: { 'zh-CN': '满意度', en: 'Satisfaction' },
  comment: { 'zh-CN': '评价内容', en: 'Comment' },
  explanation: { 'zh-CN': '办结说明', en: 'Explanation' },
  signing: { 'zh-CN': '签收', en: 'Signing' },
  assignment: { 'zh-CN': '交办任务', en: 'Assignment' },
  subjectKind: { 'zh-CN': '问责对象', en: 'Subject' },
  officialName: { 'zh-CN': '姓名', en: "Official's name" },
  officialPost: { 'zh-CN': '职务', en: "Official's post" },
  type: { 'zh-CN': '问责方式', en: 'Type' },
  caseIds: { 'zh-CN': '关联诉求', en: 'Linked cases' },
  decidedOn: { 'zh-CN': '决定日期', en: 'Decision date' },
  decidedBy: { 'zh-CN': '决定机关', en: 'Decided by' },
  recordIds: { 'zh-CN': '问责记录', en: 'Accountability records' },
  body: { 'zh-CN': '通报正文', en: 'Notice text' },
  period: { 'zh-CN': '统计周期', en: 'Period' },
  notice: { 'zh-CN': '通报', en: 'Notice' },
  month: { 'zh-CN': '月份', en: 'Month' },
  operatingStatus: { 'zh-CN': '经营状态', en: 'Operating status' },
  employees: { 'zh-CN': '从业人数', en: 'Employees' },
  outputValue: { 'zh-CN': '当月产值（万元）', en: 'Output value (10k yuan)' },
  revenue: { 'zh-CN': '当月营收（万元）', en: 'Revenue (10k yuan)' },
  capacityUse: { 'zh-CN': '产能利用率', en: 'Capacity use' },
  orderTrend: { 'zh-CN': '订单趋势', en: 'Order trend' },
  difficulties: { 'zh-CN': '主要困难', en: 'Main difficulties' },
  visitedOn: { 'zh-CN': '走访日期', en: 'Visit date' },
  // A visit's findings (走访情况) and an inspection's findings (发现问题): one label fits both.
  findings: { 'zh-CN': '发现情况', en: 'Findings' },
  photoIds: { 'zh-CN': '照片', en: 'Photos' },
  reportId: { 'zh-CN': '运行情况报告', en: 'Condition report' },
  // Inspections (docs/inspections.md).
  leaderId: { 'zh-CN': '组长', en: 'Team leader' },
  memberIds: { 'zh-CN': '巡查员', en: 'Inspectors' },
  teamId: { 'zh-CN': '巡查小组', en: 'Inspection team' },
  focus: { 'zh-CN': '巡查重点', en: 'Focus' },
  startsOn: { 'zh-CN': '开始日期', en: 'First day' },
  endsOn: { 'zh-CN': '结束日期', en: 'Last day' },
  target: { 'zh-CN': '巡查对象', en: 'Target' },
  inspectedOn: { 'zh-CN': '巡查日期', en: 'Date of inspection' },
  place: { 'zh-CN': '巡查地点', en: 'Place' },
  checked: { 'zh-CN': '巡查内容', en: 'What was checked' },
  finding: { 'zh-CN': '发现问题', en: 'Finding' },
  solution: { 'zh-CN': '解决方式', en: 'How it was solved' },
  suggestion: { 'zh-CN': '整改建议', en: 'Rectification suggestion' },
  workingDays: { 'zh-CN': '整改期限（工作日）', en: 'Deadline (working days)' },
  report: { 'zh-CN': '整改情况', en: 'Rectification report' },
  evidence: { 'zh-CN': '整改佐证', en: 'Evidence' },
};

export function fieldLabel(field: string, locale: Locale): string {
  // An item of a list (`off.2.from`, `work.0`) reads like the list's field (`off.from`, `work`).
  // A nested field without a label of its own (`filter.from`) reads like its last part (`from`).
  const plain = field.replace(/\.\d+(?=\.|$)/g, '');
  return (
    (FIELD_LABELS[field] ?? FIELD_LABELS[plain] ?? FIELD_LABELS[plain.slice(plain.lastIndexOf('.') + 1)])?.[
      locale
    ] ?? field
  );
}

export function validationMessage(
  rule: ValidationRule,
  field: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(VALIDATION_MESSAGES[rule][locale], { ...params, field: fieldLabel(field, locale) });
}
