import type { CaseCategory, CaseKind, MisconductType, ReplyResult } from '@gridbridge/shared';

/*
 * What the demo district's enterprises ask for: the problems an enterprise in 惠济区 — food
 * factories, logistics yards, shops and restaurants — actually brings to the office. demo-cases.ts
 * turns these into some 400 cases with their timelines; scripts/generate-large-cases.mjs reuses
 * them for the benchmark's million.
 *
 * Placeholders: {road} a road of the enterprise's street, {street} its street or town,
 * {community} its community or village, {enterprise} its name.
 */

/** Stands for the street office (or town government) of the enterprise's street. */
export const STREET_OFFICE = 'STREET';

export interface CaseReply {
  result: ReplyResult;
  /** What the enterprise reads. */
  text: string;
}

export interface CaseTemplate {
  kind: CaseKind;
  category: CaseCategory;
  title: string;
  content: string;
  /** Departments that can lead (主办), by name, the most likely first; STREET_OFFICE for the street's own. */
  departments: string[];
  /** COMPLAINT: the department complained about (never the lead, docs/roles-and-scope.md) and its misconduct. */
  named?: string;
  misconduct?: MisconductType;
  /** What the office asks for when it needs more information. */
  missing: string;
  replies: CaseReply[];
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

/** The departments that do badly in the demo (late, and fewer enterprises satisfied): the 黑榜. */
export const LAGGARD_DEPARTMENTS: ReadonlySet<string> = new Set([D.cgj, D.zrzy]);

/** The department of the demo `dept` and `deptlead` accounts: its workbench must never be empty. */
export const DEMO_DEPARTMENT = D.scjg;

export const CASE_TEMPLATES: CaseTemplate[] = [
  // 用地规划
  {
    kind: 'DIFFICULTY',
    category: 'LAND_PLANNING',
    title: '厂房扩建用地规划许可办理进度缓慢',
    content:
      '我公司位于{road}，因订单增长计划在原厂区东侧空地扩建2000平方米生产车间。用地规划许可申请已于三个月前提交，至今仍显示"审查中"，多次电话询问未得到明确答复。扩建设备已订购，延期将造成违约，恳请协调加快办理。',
    departments: [D.zrzy, D.spj],
    missing: '请补充已提交申请的受理回执编号、扩建地块的宗地图或红线图。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，贵公司申请因缺少地块勘测定界报告暂停审查。我局已安排专人指导补齐材料，用地规划许可证已于本周核发，请携带营业执照到区政务服务中心3号窗口领取。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '贵公司扩建地块中约300平方米属于规划道路红线范围，无法办理；其余部分的用地规划许可已进入审批程序，预计10个工作日内办结。建议调整车间平面布局。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'LAND_PLANNING',
    title: '租赁集体土地建设仓库能否补办用地手续',
    content:
      '我单位2019年租用{community}集体土地建设冷链仓库，当时签订了租赁合同，但未办理用地手续。近期被告知属于违法用地，面临拆除。仓库存放着大量冷冻食品，请问能否按政策补办手续或给予过渡期？',
    departments: [D.zrzy, STREET_OFFICE],
    missing: '请补充土地租赁合同、仓库占地面积和建成时间的说明。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '根据《土地管理法》，集体农用地不能直接用于仓储建设，无法补办用地手续。考虑到企业实际困难，街道已协调给予6个月过渡期，并推荐了{street}范围内两处合规的标准化仓储用地供选择。',
      },
      {
        result: 'NOT_POSSIBLE',
        text: '经现场核实，该地块为永久基本农田，依法不能办理建设用地手续，须在整改期限内恢复原状。我局与街道将协助企业寻找合规仓储场所，并协调冷链物流园提供临时库容。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'LAND_PLANNING',
    title: '工业用地弹性年期出让政策咨询',
    content:
      '我公司计划在惠济区购置工业用地新建中央厨房项目，听说现在工业用地可以先租后让、弹性年期出让，想了解具体办理条件、出让年限和价格如何确定。',
    departments: [D.zrzy],
    missing: '请说明项目拟用地面积、投资规模和意向地块位置。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '我区工业用地可采取长期租赁、先租后让、弹性年期出让等方式供应，弹性出让年限一般不超过20年，出让底价按评估价和年期修正确定。具体条件可参阅区政府网站《工业用地供应管理办法》，也可预约我局土地利用科面谈。',
      },
    ],
  },
  // 水电气暖
  {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: '新增生产线申请用电增容两个月未接电',
    content:
      '我公司新购置两条自动化包装生产线，需将变压器容量由400千伏安增容至800千伏安。用电增容申请已提交两个月，供电方案迟迟未答复，设备到厂后无法调试，每天损失产值约3万元。',
    departments: [D.gd],
    missing: '请补充用电增容申请的受理编号和现有户号。',
    replies: [
      {
        result: 'RESOLVED',
        text: '我公司已于收到交办当日上门勘查，确定由{road}10千伏线路供电。增容工程已施工完毕，新变压器已送电投运，请核实设备运行情况。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '因周边线路负荷已满，需新建一条10千伏线路，工程已列入本月计划，预计30日内完工。过渡期间我公司为贵公司安排了临时增容200千伏安，可满足一条生产线调试用电。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: '园区频繁停电影响冷库正常运行',
    content:
      '近一个月{road}一带已停电5次，其中两次未提前通知，最长一次停电6个小时。我公司冷库存放速冻食品，停电导致库温升高，已造成部分产品报废。请协调供电部门排查原因并提前告知计划停电。',
    departments: [D.gd],
    missing: '请补充每次停电的大致时间和持续时长。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经排查，停电原因为{road}线路老化及一处电缆接头故障，已全部更换。今后计划停电将提前7天通过短信和企业联系群通知，并已将贵公司列入重要用户名单。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: '天然气接入开口费用高、办理时间长',
    content:
      '我店位于{road}，申请天然气管道接入，燃气公司要求先缴纳3.8万元开口费和工程费，且要等两个月才能施工。同街道其他商户费用差别很大，请问收费标准是什么，能否加快办理。',
    departments: [D.zjj, D.fgw],
    missing: '请补充燃气公司出具的报价单或收费通知。',
    replies: [
      {
        result: 'PARTLY_RESOLVED',
        text: '根据我市规定，建筑区划红线外的管道工程费用不得向用户收取。经核查，燃气公司报价中包含红线外费用1.2万元，已责令其退减；红线内工程按市场价收取。施工时间已协调提前至15日内。',
      },
      {
        result: 'EXPLAINED',
        text: '燃气接入费用包括红线内管道安装和表具费用，按市场价格收取，其他商户费用不同主要因管道长度不同。我局已协调燃气公司出具费用明细，并承诺在20个工作日内完成施工。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    title: '厂区污水无法接入市政管网',
    content:
      '我公司生产废水经预处理后达到纳管标准，但厂区门前{road}段没有市政污水管网，只能用罐车外运处理，每月费用约2万元。请问该路段污水管网何时建设，能否先行接入附近管网。',
    departments: [D.zjj, D.sthj],
    missing: '请补充排污许可证或排水许可的办理情况。',
    replies: [
      {
        result: 'ADOPTED',
        text: '{road}段污水管网已纳入明年城建计划。经现场勘查，可从北侧约150米处检查井接入，我局已协调施工单位进场，接入工程费用由区财政承担，预计一个月内完工。',
      },
    ],
  },
  // 融资信贷
  {
    kind: 'DIFFICULTY',
    category: 'FINANCING',
    title: '申请贷款贴息资金迟迟未到账',
    content:
      '我公司去年申报了区中小企业贷款贴息，已通过审核并公示，公示期结束已经五个月，贴息资金仍未拨付。企业资金周转困难，请问什么时候能到账。',
    departments: [D.czj, D.fgw],
    missing: '请补充公示文件名称或链接，以及企业开户行账号信息。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，贵公司贴息资金因银行账户信息变更导致拨付退回。财政局已按新账户重新拨付，款项已于本周到账，请注意查收。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'FINANCING',
    title: '流动资金紧张，希望对接银行办理续贷',
    content:
      '受原材料价格上涨影响，我公司流动资金紧张，一笔300万元的银行贷款下月到期，银行要求先还后贷，企业无力筹措过桥资金。希望政府帮助对接银行办理无还本续贷，或使用应急转贷资金。',
    departments: [D.fgw, D.czj],
    missing: '请补充贷款合同到期日、贷款银行及近一年财务报表。',
    replies: [
      {
        result: 'RESOLVED',
        text: '已协调贷款银行对贵公司开展续贷评审，银行同意办理无还本续贷300万元，期限一年，利率下调0.3个百分点。请联系银行客户经理签订续贷合同。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '银行经评审同意续贷200万元，其余100万元可申请区应急转贷资金，使用期限不超过15天，费率为日万分之一。申请材料清单已发送至企业联系人。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'FINANCING',
    title: '政府采购项目尾款拖欠近一年',
    content:
      '我公司去年为区内学校食堂供应设备，合同金额46万元，验收合格后至今仍有18万元尾款未支付，多次催要均称资金未到位。拖欠账款严重影响企业经营，请求协调支付。',
    departments: [D.czj],
    missing: '请补充采购合同、验收单和已收款凭证。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经协调采购单位和财政部门，拖欠的18万元尾款已列入本月支付计划，并已于近日支付到位。我局将开展拖欠中小企业账款专项排查，防止类似问题再次发生。',
      },
    ],
  },
  // 用工招聘
  {
    kind: 'DIFFICULTY',
    category: 'EMPLOYMENT',
    title: '旺季招工难，急需熟练普工30名',
    content:
      '临近节日是食品生产旺季，我公司急需包装、分拣普工30名，已在网上发布招聘信息一个月，应聘人数很少。希望人社部门帮助对接招聘会或劳务输出地，解决用工缺口。',
    departments: [D.rsj],
    missing: '请补充岗位要求、薪资待遇和用工期限。',
    replies: [
      {
        result: 'RESOLVED',
        text: '已将贵公司岗位信息纳入本周"春风行动"专场招聘会，并推送至对口劳务协作地。招聘会当天达成意向32人，已有27人到岗。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '已协调两场线上线下招聘活动，目前到岗18人。其余缺口已推送至区公共就业服务平台持续招聘，并将贵公司纳入重点企业用工监测名单。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'EMPLOYMENT',
    title: '稳岗返还资金申请未通过，不清楚原因',
    content:
      '我公司参保职工86人，去年未裁员，符合稳岗返还条件，但今年申请稳岗返还资金时系统显示"不符合条件"，没有具体原因说明。请帮助查明原因。',
    departments: [D.rsj],
    missing: '请补充单位社保登记号和申请截图。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，贵公司上年度有两个月社保费存在欠缴记录，系统自动判定不符合条件。该欠费已于当年补缴，我局已人工复核通过，返还资金2.3万元将于本月发放。',
      },
      {
        result: 'EXPLAINED',
        text: '经核查，贵公司上年度裁员率超过政策规定的5.5%（参保人数由92人降至86人），不符合稳岗返还条件。如对数据有异议，可携带用工名册到区社保中心复核。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'EMPLOYMENT',
    title: '吸纳高校毕业生就业有哪些补贴',
    content:
      '我公司今年计划招聘应届高校毕业生10名，想了解吸纳高校毕业生就业可以享受哪些社保补贴、一次性扩岗补助，申请流程和时限是怎样的。',
    departments: [D.rsj],
    missing: '请说明拟招聘人数和岗位。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '招用毕业年度或离校2年内未就业高校毕业生，签订1年以上劳动合同并缴纳社保的，可申请一次性扩岗补助每人1500元，以及最长1年的社会保险补贴。可通过"河南社保"APP在线申请，材料齐全的20个工作日内发放。',
      },
    ],
  },
  // 审批服务
  {
    kind: 'DIFFICULTY',
    category: 'APPROVAL',
    title: '消防验收排队时间长，影响门店开业',
    content:
      '我公司在{road}新开一家餐饮门店，装修已完工，消防验收申请提交已20天，一直未安排现场检查。房租每天都在产生，员工已招聘到位，请协调尽快安排验收。',
    departments: [D.zjj],
    missing: '请补充消防验收申请受理编号和门店建筑面积。',
    replies: [
      {
        result: 'RESOLVED',
        text: '我局已于交办后第二个工作日安排现场验收，贵门店消防设施符合要求，验收合格意见书已出具，可在政务服务网下载。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '已安排现场检查，发现排烟系统和疏散指示存在两处问题，需整改后复验。整改完成后请在线申请复验，我局承诺3个工作日内复验。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'APPROVAL',
    title: '食品经营许可证延续办理遇到困难',
    content:
      '我店食品经营许可证下月到期，在线申请延续时系统提示经营场所地址与营业执照不一致，但店面从未搬迁，只是门牌号由政府统一调整过。请问该如何办理。',
    departments: [D.scjg],
    missing: '请补充新旧门牌号证明或社区出具的地址变更说明。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核实系门牌号统一调整所致，我局已同步变更营业执照和许可证地址信息，许可证延续已办结，新证有效期5年，可在"豫事办"下载电子证照。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'APPROVAL',
    title: '个体户转为企业需重新办理全部许可',
    content:
      '我是{road}的个体工商户，经营规模扩大后打算"个转企"注册为有限公司，但被告知食品经营许可、卫生许可要全部重新申请，期间不能营业。请问有没有简化办理的办法。',
    departments: [D.scjg, D.spj],
    missing: '请补充个体工商户营业执照和现有许可证照片。',
    replies: [
      {
        result: 'RESOLVED',
        text: '根据"个转企"支持政策，贵户可保留原字号和行业特点，许可证照可同步变更，无需停业。我局已开通绿色通道，新营业执照和变更后的食品经营许可证已一并办结。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'APPROVAL',
    title: '施工许可证办理材料被反复要求补正',
    content:
      '我公司新建厂房项目申请施工许可证，已三次被要求补正材料，每次提出的问题都不同，前后耗时40多天。希望一次性告知需要补充的全部材料。',
    departments: [D.spj, D.zjj],
    missing: '请补充项目名称、申报编号和三次补正通知。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，确实存在补正意见未一次性告知的问题，已对相关工作人员批评教育。我局已安排专人帮办，施工许可证已于3个工作日内办结。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'APPROVAL',
    title: '扩建项目环评批复等待时间过长',
    content:
      '我公司扩建年产5000吨速冻食品生产线，环境影响报告表已提交两个月，尚未取得批复。项目设备已进场，无法开工。请问审批进展如何，是否可以容缺办理。',
    departments: [D.sthj, D.spj],
    missing: '请补充环评报告表的受理编号和编制单位。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，报告表因专家评审意见修改未及时提交而暂停。我分局已指导编制单位完成修改，环评批复已下达，请按批复要求落实污染防治措施。',
      },
      {
        result: 'EXPLAINED',
        text: '该项目位于黄河滩区生态保护范围附近，需补充生态影响专题论证，依法不适用容缺受理。专题论证完成后我分局将在10个工作日内完成审批。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'APPROVAL',
    title: '营业执照增加预包装食品销售需要哪些手续',
    content:
      '我公司现有营业执照经营范围不含食品销售，现打算在门店增加预包装食品销售，请问需要办理哪些手续，是否需要食品经营许可证，多长时间能办好。',
    departments: [D.scjg],
    missing: '请说明经营场所地址和拟销售的食品种类。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '仅销售预包装食品的，无需办理食品经营许可证，实行备案管理。请在营业执照增加经营范围后，通过河南省市场监管综合业务平台进行备案，当场办结。',
      },
    ],
  },
  // 税费
  {
    kind: 'DIFFICULTY',
    category: 'TAXES_FEES',
    title: '增值税留抵退税申请两个月未到账',
    content:
      '我公司符合增值税增量留抵退税条件，申请退税82万元，已提交两个月，税务系统显示"审核中"。企业急需资金采购原料，请帮助了解进度。',
    departments: [D.swj],
    missing: '请补充退税申请的文书号和纳税人识别号。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，贵公司退税申请因一张进项发票需要协查而暂停。协查已完成，退税款82万元已于本周退库到账。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'TAXES_FEES',
    title: '小微企业税费减免政策咨询',
    content:
      '我公司是小型微利企业，年应纳税所得额约180万元，请问今年可以享受哪些所得税和"六税两费"减免政策，是否需要单独申请。',
    departments: [D.swj],
    missing: '请说明企业类型和上年度应纳税所得额。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '小型微利企业年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额，按20%税率缴纳企业所得税；"六税两费"可减半征收。上述优惠申报时直接享受，无需审批，填写申报表相关栏次即可。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'TAXES_FEES',
    title: '残疾人就业保障金如何申报减免',
    content:
      '我公司在职职工28人，未安排残疾人就业，请问残疾人就业保障金按什么标准缴纳，30人以下企业是否可以免征。',
    departments: [D.swj],
    missing: '请说明上年度在职职工人数。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '在职职工总数30人（含）以下的企业暂免征收残疾人就业保障金。贵公司符合条件，申报时选择免征即可，无需另行提交材料。',
      },
    ],
  },
  // 政策兑现
  {
    kind: 'DIFFICULTY',
    category: 'POLICY_DELIVERY',
    title: '技术改造补贴已公示半年仍未拨付',
    content:
      '我公司去年完成生产线智能化改造，投资620万元，申报的区技术改造补贴62万元已于半年前公示，至今未拨付。请问资金何时能到位。',
    departments: [D.fgw, D.czj],
    missing: '请补充公示文件名称及补贴金额。',
    replies: [
      {
        result: 'RESOLVED',
        text: '技改补贴资金已完成拨付审批，62万元已于近日拨付至企业账户。因预算调整导致拨付延迟，我委已向企业致歉并将加快后续批次兑现。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '本批次技改补贴按50%先行拨付31万元，已到账；其余部分将在项目绩效评价完成后拨付，预计下季度完成。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'POLICY_DELIVERY',
    title: '专精特新企业认定条件和奖励标准',
    content:
      '我公司主要生产速冻面点，拥有6项实用新型专利，想申报省级专精特新中小企业，请问认定条件是什么，认定后区里有哪些奖励。',
    departments: [D.fgw],
    missing: '请补充企业上年度营业收入和研发投入情况。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '省级专精特新中小企业需从事特定细分市场2年以上，研发费用占营业收入比重不低于3%，并满足专业化、精细化、特色化、创新能力指标。我区对首次认定的给予一次性奖励20万元。申报通知发布后我委将通知贵公司并提供辅导。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'POLICY_DELIVERY',
    title: '以工代训补贴申请被退回',
    content:
      '我公司组织新招员工开展岗位培训，申请以工代训补贴时被退回，理由是培训记录不全。我们有完整的培训签到和考核材料，希望重新审核。',
    departments: [D.rsj],
    missing: '请补充培训签到表和考核记录的扫描件。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经复核，贵公司培训材料齐全，退回系系统上传文件损坏所致。补贴申请已重新审核通过，4.5万元将于下月发放。',
      },
    ],
  },
  {
    kind: 'SUGGESTION',
    category: 'POLICY_DELIVERY',
    title: '建议惠企政策兑现推行"免申即享"',
    content:
      '目前各类惠企补贴需要企业分别到不同部门申报，材料大多重复，小企业没有专人办理，很多补贴因此错过。建议利用已有数据推行"免申即享"，符合条件的直接兑现。',
    departments: [D.fgw],
    missing: '请说明企业错过的具体政策名称。',
    replies: [
      {
        result: 'ADOPTED',
        text: '感谢您的建议。我委已梳理首批12项可"免申即享"的政策，将于下季度上线，符合条件的企业无需申报，资金直接拨付。',
      },
      {
        result: 'EXPLAINED',
        text: '部分政策因需企业作出承诺或提供实际投入证明，暂不能免申。我区已建成惠企政策"一站式"申报平台，一次填报可同时申报多项政策。',
      },
    ],
  },
  // 基础设施
  {
    kind: 'DIFFICULTY',
    category: 'INFRASTRUCTURE',
    title: '{road}路面破损坑洼，货车通行困难',
    content:
      '{road}从我公司门口往东约300米路段路面破损严重，坑洼多处，下雨积水，运货车辆经过时多次托底，已有一辆货车损坏。恳请尽快修补路面。',
    departments: [D.cgj, D.zjj],
    missing: '请补充破损路段的照片和具体位置。',
    replies: [
      {
        result: 'RESOLVED',
        text: '我局已安排养护单位对{road}破损路段进行修补，共修补坑槽18处约260平方米，路面已恢复通行。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '已对破损最严重的坑槽进行应急修补。该路段整体大修已列入明年道路改造计划，届时将一并解决排水问题。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'INFRASTRUCTURE',
    title: '雨季门前道路积水倒灌仓库',
    content:
      '每逢大雨，{road}我公司门前路段积水深达30厘米，雨水倒灌进仓库，上月一次暴雨造成库存货物损失约5万元。请有关部门疏通排水管道或加装排水设施。',
    departments: [D.cgj, STREET_OFFICE],
    missing: '请补充积水时的照片和损失情况说明。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经排查，该路段雨水管道被建筑垃圾堵塞，已组织清淤并新增雨水篦子4处。近期降雨期间经现场查看，路面已无明显积水。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'INFRASTRUCTURE',
    title: '园区路灯损坏，夜班员工出行不安全',
    content:
      '{community}工业园区内道路约有10盏路灯损坏超过一个月，夜间一片漆黑。我公司有夜班员工二十余人，下班途中已发生一次摔伤。请尽快维修。',
    departments: [STREET_OFFICE, D.cgj],
    missing: '请补充路灯位置或路灯杆编号。',
    replies: [
      {
        result: 'RESOLVED',
        text: '街道已协调路灯维护单位对园区内损坏路灯全部进行维修更换，共更换灯具11套，已恢复照明。',
      },
    ],
  },
  {
    kind: 'SUGGESTION',
    category: 'INFRASTRUCTURE',
    title: '建议在{road}增设货车临时停靠装卸点',
    content:
      '{road}沿线商户较多，送货货车只能临时停在路边装卸，经常被贴罚单，也造成交通拥堵。建议在合适位置划设货车临时停靠装卸泊位，限定时段使用。',
    departments: [D.cgj, STREET_OFFICE],
    missing: '请说明建议设置的具体位置。',
    replies: [
      {
        result: 'ADOPTED',
        text: '采纳您的建议。经与交警部门会商，已在{road}划设3处货车临时装卸泊位，每日7:00-10:00、14:00-16:00可免费停靠装卸。',
      },
      {
        result: 'NOT_POSSIBLE',
        text: '经现场勘查，{road}为城市主干道，道路宽度不具备划设装卸泊位条件。建议利用周边小区内部道路或选择夜间送货，街道可协调相关场地。',
      },
    ],
  },
  {
    kind: 'SUGGESTION',
    category: 'INFRASTRUCTURE',
    title: '建议增开工业园区通勤公交线路',
    content:
      '{street}工业园区内企业职工约3000人，但只有一条公交线路经过，早晚高峰非常拥挤，职工通勤困难，影响企业招工。建议增开通勤公交或调整线路。',
    departments: [D.fgw, D.zjj],
    missing: '请说明职工主要居住区域。',
    replies: [
      {
        result: 'ADOPTED',
        text: '经与公交集团协调，将于下月开通园区至地铁站的高峰通勤专线，早晚高峰各发车6班。',
      },
    ],
  },
  // 执法检查
  {
    kind: 'SUGGESTION',
    category: 'ENFORCEMENT',
    title: '建议多部门检查合并为"综合查一次"',
    content:
      '近一个月我公司先后接受了市场监管、消防、应急、环保等5次检查，检查内容部分重复，每次都需要专人陪同和准备材料。建议推行"综合查一次"，减少对企业正常经营的干扰。',
    departments: [D.scjg, D.fgw],
    missing: '请补充近期检查的时间和检查部门。',
    replies: [
      {
        result: 'ADOPTED',
        text: '采纳您的建议。我区已建立涉企检查统筹机制，同一企业同一时期的多项检查由市场监管局牵头合并开展，原则上一年内"综合查一次"。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'ENFORCEMENT',
    title: '特种设备定期检验预约困难',
    content:
      '我公司有叉车4台、蒸汽锅炉1台需要定期检验，检验有效期下月到期，但检验机构预约已排到两个月后。设备超期使用会被处罚，停用则影响生产，请帮助协调。',
    departments: [D.scjg],
    missing: '请补充设备使用登记证编号。',
    replies: [
      {
        result: 'RESOLVED',
        text: '我局已协调市特检院在本月内上门检验，贵公司叉车和锅炉均检验合格，检验报告已出具。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'ENFORCEMENT',
    title: '产品遭仿冒，商标权益受到侵害',
    content:
      '近期发现市场上有仿冒我公司注册商标的速冻水饺在销售，包装几乎一模一样，价格低很多，严重影响我公司销量和声誉。已掌握部分销售点信息，请求执法查处。',
    departments: [D.scjg],
    missing: '请补充商标注册证和仿冒产品的照片、购买凭证。',
    replies: [
      {
        result: 'RESOLVED',
        text: '我局根据线索对3处销售点开展检查，查扣仿冒产品1200余袋，已对销售者立案调查，并向生产地市场监管部门移送案件线索。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '已对辖区内2处销售点查扣侵权产品并立案。生产源头位于外省，已通过协作机制移送当地查处，后续进展将及时告知。',
      },
    ],
  },
  {
    kind: 'CONSULTATION',
    category: 'ENFORCEMENT',
    title: '电子秤强制检定如何办理',
    content:
      '我店是{road}农贸市场的商户，使用电子计价秤3台，市场管理方说需要强制检定，请问去哪里办理，是否收费，多长时间检定一次。',
    departments: [D.scjg],
    missing: '请说明电子秤的型号和数量。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '用于贸易结算的电子计价秤属于强制检定计量器具，每年检定一次，检定费用已全部免收。市场内商户可由市场统一申报，我局每季度组织上门集中检定。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'ENFORCEMENT',
    title: '危化品仓库安全评价报告办理咨询无门',
    content:
      '我公司仓库存放少量清洗用危险化学品，应急部门检查要求提供安全评价报告，但我们不清楚是否达到需要评价的数量，也不知道找哪家机构，担心被停业整改。',
    departments: [D.yjj],
    missing: '请补充危险化学品的品名和最大存放量。',
    replies: [
      {
        result: 'EXPLAINED',
        text: '经现场核查，贵公司危化品存量未达到重大危险源标准，无需委托安全评价，但须建立出入库台账、设置专用储存柜。我局已提供整改指导清单，整改期内不予处罚。',
      },
    ],
  },
  // 投诉举报
  {
    kind: 'COMPLAINT',
    category: 'ENFORCEMENT',
    title: '城管执法人员对店外摆放重复罚款',
    content:
      '我店在{road}经营，因门前台阶摆放两盆绿植，一周内被城管执法人员以"店外经营"为由罚款三次，每次200元，且未出具正式处罚决定书。请求调查处理。',
    departments: [STREET_OFFICE],
    named: D.cgj,
    misconduct: 'ARBITRARY_FINES',
    missing: '请补充罚款收据或缴款凭证的照片。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经调查，执法人员对同一行为重复处罚、未出具处罚决定书属实。已责令退还违规罚款400元，并对相关执法人员作出批评教育处理。',
      },
      {
        result: 'EXPLAINED',
        text: '经调查，该店三次均为占道经营不同物品，执法人员已出具简易程序处罚决定书，处罚依据充分。已要求执法人员今后加强宣传告知，首次轻微违法以教育为主。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'UTILITIES',
    title: '供电公司收取高额接电工程费',
    content:
      '我公司申请新装用电时，供电公司指定施工单位，收取"接电工程费"12万元，远高于市场价格，且不允许企业自行选择施工单位。认为属于乱收费，请求查处。',
    departments: [D.scjg, D.fgw],
    named: D.gd,
    misconduct: 'ARBITRARY_FEES',
    missing: '请补充收费票据和工程合同。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经调查，供电公司指定施工单位的行为违反相关规定，已责令整改。施工单位已退还多收费用4.6万元，并书面告知企业可自主选择有资质的施工单位。',
      },
      {
        result: 'PARTLY_RESOLVED',
        text: '经调查，接电工程属于用户产权范围内的工程，收费本身合规，但供电公司指定施工单位的做法不当，已责令纠正。费用问题已协调施工单位按审计价重新结算。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'APPROVAL',
    title: '材料齐全审批却超时未办结',
    content:
      '我公司申请道路运输经营许可，材料在窗口一次性提交齐全并已受理，承诺时限10个工作日，现已超过25个工作日仍未办结，窗口人员只说在走流程。',
    departments: [D.fgw],
    named: D.spj,
    misconduct: 'SLOW_ACTION',
    missing: '请补充受理通知书编号。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，该许可因内部流转环节积压超期属实。许可证已于核查当日办结，相关责任人已被约谈，审批局已建立超期预警提醒机制。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'ENFORCEMENT',
    title: '环保检查"一刀切"要求全面停产',
    content:
      '上周环保检查时，检查人员发现我公司一台废气处理设备维护中，当即要求全厂停产整改，没有给出书面意见和整改期限。我公司其他生产线排放均达标，认为是"一刀切"执法。',
    departments: [D.fgw],
    named: D.sthj,
    misconduct: 'WRONG_ACTION',
    missing: '请补充检查时间和检查人员出具的文书（如有）。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经调查，检查人员口头责令全厂停产的做法不符合规定。已撤销停产要求，仅对涉及的生产线限期整改7日，整改期间其他生产线正常生产。',
      },
      {
        result: 'EXPLAINED',
        text: '经调查，该设备维护期间未采取替代措施，废气直排，检查人员要求涉及工序停产符合规定。已要求分局出具书面整改通知，整改验收后即可恢复生产。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'OTHER',
    title: '被要求摊派节日活动经费',
    content:
      '{community}工作人员上周到我公司，要求"赞助"社区节日文艺活动经费5000元，称辖区企业都要出。企业经营困难，认为这属于乱摊派，希望制止。',
    departments: [D.fgw],
    named: STREET_OFFICE,
    misconduct: 'ARBITRARY_LEVIES',
    missing: '请补充要求缴费的时间和工作人员姓名（如知道）。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经调查，社区以赞助名义向企业收取活动经费属实，已责令立即停止并退还已收取的款项，街道纪工委已对社区负责人进行约谈。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'ENFORCEMENT',
    title: '多次举报无证食品作坊无人处理',
    content:
      '我公司隔壁{road}有一家无证经营的食品加工小作坊，卫生条件极差，半年来向有关部门举报四次，每次都说会处理，但至今仍在生产。请求依法查处。',
    departments: [STREET_OFFICE],
    named: D.scjg,
    misconduct: 'INACTION',
    missing: '请补充小作坊的具体位置。',
    replies: [
      {
        result: 'RESOLVED',
        text: '街道已会同执法力量对该作坊进行检查，其无证生产属实，已责令停止生产并查封加工设备。对前期举报处理不到位的情况，已向区纪委效能室专题报告。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'TAXES_FEES',
    title: '收取城市基础设施配套费标准不明',
    content:
      '我公司厂房改扩建时被收取城市基础设施配套费，按全部建筑面积计算共18万元，但其中有一部分是原有建筑改造，未新增面积。请求核实收费依据并退还多收部分。',
    departments: [D.scjg, D.czj],
    named: D.zjj,
    misconduct: 'ARBITRARY_FEES',
    missing: '请补充缴费通知书和建设工程规划许可证。',
    replies: [
      {
        result: 'RESOLVED',
        text: '经核查，原有建筑改造部分不应计收配套费，多收的6.4万元已办理退费手续，将于15个工作日内退回企业账户。',
      },
      {
        result: 'EXPLAINED',
        text: '经核查，改造部分已改变建筑使用性质，按规定应计收配套费，收费依据合法。已向企业书面说明计费依据和计算过程。',
      },
    ],
  },
  {
    kind: 'COMPLAINT',
    category: 'EMPLOYMENT',
    title: '劳动仲裁案件审理拖延四个月',
    content:
      '我公司作为被申请人的一起劳动争议仲裁案件，立案已四个月仍未开庭，也没有收到延期通知。员工方多次到公司闹访，影响正常经营。',
    departments: [D.fgw],
    named: D.rsj,
    misconduct: 'SLOW_ACTION',
    missing: '请补充仲裁案号。',
    replies: [
      {
        result: 'PARTLY_RESOLVED',
        text: '经核查，该案因仲裁员调整导致审理延误。已安排于下周开庭，并要求仲裁院对超期案件逐案清理。',
      },
    ],
  },
  // 其他
  {
    kind: 'DIFFICULTY',
    category: 'OTHER',
    title: '厂区周边渣土车扬尘严重',
    content:
      '{road}附近有工地，渣土车每天夜间大量通行，不加盖篷布，道路扬尘严重，我公司食品车间的空气洁净度受到影响，已多次影响产品检测。',
    departments: [D.cgj, D.sthj],
    missing: '请补充渣土车通行的大致时段和照片。',
    replies: [
      {
        result: 'RESOLVED',
        text: '已对该工地渣土运输车辆开展专项整治，查处未密闭运输车辆6台次，工地出入口已加装车辆冲洗设施，并增加道路洒水频次。',
      },
    ],
  },
  {
    kind: 'SUGGESTION',
    category: 'OTHER',
    title: '建议企业迁移登记纳入"一件事一次办"',
    content:
      '我公司从外区迁入惠济区，办理营业执照、税务、社保、公积金的迁移手续跑了4个部门，往返十余次。建议把企业迁移纳入"一件事一次办"，一个窗口受理。',
    departments: [D.spj],
    missing: '请说明办理过程中遇到的主要问题。',
    replies: [
      {
        result: 'ADOPTED',
        text: '采纳您的建议。企业跨区迁移"一件事"已纳入我区第三批集成服务事项，下月起可在区政务服务中心综合窗口一次办理。',
      },
    ],
  },
  {
    kind: 'DIFFICULTY',
    category: 'OTHER',
    title: '物流园周边道路早晚高峰拥堵严重',
    content:
      '{road}物流园周边道路早晚高峰严重拥堵，我公司配送车辆出园平均需要40分钟，配送时效受到严重影响。希望优化信号灯配时或增加出入口。',
    departments: [STREET_OFFICE, D.cgj],
    missing: '请补充拥堵路口的具体位置。',
    replies: [
      {
        result: 'PARTLY_RESOLVED',
        text: '街道已协调交警部门优化两处路口信号灯配时，高峰期增派交通协管员疏导。增设出入口需调整规划，已纳入明年研究事项。',
      },
      {
        result: 'NOT_POSSIBLE',
        text: '经研究，物流园东侧为规划绿地，不能增设出入口。已协调交警优化信号配时，建议企业错峰安排配送。',
      },
    ],
  },
];

/** Why an office rejects a case: text the enterprise reads. */
export const REJECT_REASONS = [
  '该事项属于企业之间的民事合同纠纷，不属于本平台受理范围，建议通过人民调解、仲裁或诉讼途径解决。',
  '经核实，诉求涉及事项已进入司法程序，依法不予受理，请关注法院审理进展。',
  '诉求内容不明确，经三次电话联系未能联系上企业，无法核实具体情况。如仍需反映，请补充说明后重新提交。',
  '该事项属于市级部门职权范围，已告知企业通过12345热线向市级部门反映。',
  '诉求涉及的经营场所不在惠济区辖区内，请向属地政府反映。',
];

export const SUPPLEMENT_NOTES = [
  '已按要求补充相关材料，请查收。',
  '补充说明：相关票据和现场照片已上传，联系人电话不变。',
  '已补充申请受理编号和相关证照复印件。',
  '按要求补充了情况说明，具体位置已在附件中标注。',
];

export const WITHDRAW_NOTES = [
  '问题已自行协调解决，撤回诉求。',
  '企业经营计划调整，暂不需要办理，撤回。',
  '已通过其他渠道解决，感谢关注。',
  '提交时填写有误，撤回后重新提交。',
];

export const DUPLICATE_NOTE =
  '您反映的问题与之前提交的诉求内容相同，已合并到该诉求一并办理，办理进展请查看原诉求。';

export const ACCEPT_NOTES = ['诉求已受理，将尽快交办相关部门。', '已受理，正在协调相关部门办理。'];

export const ASSIGN_NOTES = [
  '请按时限签收，先行联系企业了解情况。',
  '企业反映问题较为紧迫，请优先办理。',
  '请会同相关单位现场核实后答复。',
  '请核实后依法依规答复企业。',
];

export const CONTACT_NOTES = [
  '承办人已电话联系企业负责人，了解了具体情况，约定近期上门核实。',
  '已与企业联系人取得联系，说明了办理流程和时限。',
  '已联系企业，企业补充说明了问题发生的时间和地点。',
];

export const PROGRESS_NOTES = [
  '已到现场核实情况，正在研究解决方案。',
  '已与相关单位召开协调会，明确了各方责任和办理时间。',
  '相关材料已报分管领导审批，正在走内部流程。',
  '已向上级业务部门请示政策口径，等待答复。',
  '正在协调施工单位，预计本周内进场。',
];

export const DRAFT_NOTES = ['答复已拟写，请部门负责人审核。', '答复初稿已完成，报负责人把关。'];

export const SUBMIT_REPLY_NOTES = ['已审核，同意报送。', '答复内容属实，同意报送优化办。'];

export const SEND_BACK_NOTES = [
  '答复未回应企业的核心诉求，请补充具体解决措施和完成时限后重新报送。',
  '答复中政策依据不明确，请注明文件名称和条款。',
  '请先与企业当面沟通答复内容后再报送。',
];

export const EXTENSION_REASONS = [
  '需协调多个部门现场勘查并报区政府研究，法定时限内难以办结，申请延期。',
  '涉及资金需纳入财政预算调整，申请延期办理。',
  '需等待上级部门政策答复，申请延期。',
];

export const RETURN_REASONS = [
  '经核实，该事项不属于本单位职责范围，建议改派相关职能部门。',
  '该事项的审批权限已划转，本单位无法办理，申请退回重新交办。',
];

export const RETURN_DENIED_NOTES = [
  '经研究，该事项属于贵单位职责，请继续办理并按时答复。',
  '请贵单位牵头办理，涉及其他单位的由贵单位协调。',
];

/** 协办意见: what a co-department tells the lead department. */
export const CO_OPINIONS = [
  '经核查，该企业相关登记信息齐全，我局无不同意见，请主办单位一并答复。',
  '我单位已派员现场查看，涉及管网接驳事项已列入本月施工计划，可在答复中说明。',
  '该事项涉及的补贴资金已完成审核，预计下月拨付，请主办单位告知企业。',
  '经研究，建议主办单位先行协调，我单位在职责范围内予以配合。',
  '我局已调取相关审批材料，办理流程符合规定，具体情况附后，供主办单位参考。',
  '已与属地社区对接，企业反映的周边秩序问题将纳入网格日常巡查。',
];

export const SUPERVISE_NOTES = [
  '该诉求已超过办理时限，列入督办，请于3个工作日内办结并报送答复。',
  '企业多次反映，列为重点督办事项，请主要负责人亲自过问。',
];

export const URGE_NOTES = [
  '请加快办理进度，按时答复企业。',
  '该诉求即将超期，请抓紧办理。',
  '企业来电询问进展，请尽快联系企业并答复。',
];

export const REOPEN_NOTES = [
  '企业对答复不满意，经核实问题确未解决到位，请重新办理。',
  '企业反映答复承诺的措施未落实，请重新办理并与企业当面沟通。',
];

export const CLOSE_DISPUTED_NOTES = [
  '经核实，部门已依法依规答复，企业诉求超出政策范围，已向企业当面解释说明，予以办结。',
  '部门答复符合相关政策规定，已与企业沟通说明，予以办结。',
];

export const SATISFIED_COMMENTS = [
  '问题解决得很及时，感谢各部门！',
  '办理人员态度很好，问题已解决。',
  '效率很高，非常满意。',
  '',
];

export const BASICALLY_SATISFIED_COMMENTS = [
  '问题基本解决，希望后续能持续跟进。',
  '答复比较清楚，但办理时间有点长。',
  '',
];

export const DISSATISFIED_COMMENTS = [
  '答复只是解释政策，实际问题没有解决。',
  '答复承诺的时间已过，问题依旧存在。',
  '没有到现场了解情况，答复与实际不符。',
];

/**
 * The other departments' handlers (承办人 and 负责人), each with a demo account `dept-<code>` and
 * `deptlead-<code>`, so that a lead or co-department can sign in; 区市场监督管理局 has `dept` and `deptlead`.
 */
export const DEPARTMENT_HANDLERS: Record<string, { code: string; staff: string; leader: string }> = {
  区发展和改革委员会: { code: 'fgw', staff: '杨帆', leader: '许志刚' },
  区财政局: { code: 'czj', staff: '林静', leader: '高建民' },
  区人力资源和社会保障局: { code: 'rsj', staff: '宋佳', leader: '何振华' },
  区自然资源和规划局: { code: 'zrzy', staff: '罗磊', leader: '谢国强' },
  区住房和城乡建设局: { code: 'zjj', staff: '唐亮', leader: '韩卫东' },
  区税务局: { code: 'swj', staff: '曹敏', leader: '彭立军' },
  区生态环境分局: { code: 'sthj', staff: '潘晓东', leader: '袁伟' },
  区城市管理局: { code: 'cgj', staff: '董浩', leader: '蒋红旗' },
  区应急管理局: { code: 'yjj', staff: '于洋', leader: '范德明' },
  区行政审批服务局: { code: 'spj', staff: '邓雪', leader: '程建设' },
  区供电公司: { code: 'gd', staff: '魏师傅', leader: '薛主任' },
};
/** The street offices' handlers, in the order of DEMO_STREETS; their accounts are named after the street's code. */
export const STREET_HANDLERS: { staff: string; leader: string }[] = [
  { staff: '周晓燕', leader: '王振东' },
  { staff: '孟凡', leader: '李国栋' },
  { staff: '郭倩', leader: '张卫华' },
  { staff: '黄磊', leader: '刘建设' },
  { staff: '陈晨', leader: '赵永刚' },
  { staff: '吴迪', leader: '孙红军' },
  { staff: '秦海', leader: '马俊杰' },
  { staff: '贾丽', leader: '杜长青' },
];
