import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  WorkingCalendar,
  TERMINAL_STATES,
  findTransition,
  type CaseRelation,
  shanghaiDate,
  SHANGHAI_UTC_OFFSET_MS,
  trackingNumber,
  type Actor,
  type CaseAction,
  type CaseChannel,
  type CaseComplexity,
  type CasePriority,
  type CaseState,
  type NotificationEvent,
  type ReplyResult,
  renderNotification,
} from '@gridbridge/shared';
import {
  acceptDeadline,
  contactDeadline,
  deadlineFacts,
  evaluationDeadline,
  opinionDeadline,
  replyDeadline,
  replyWorkingDays,
  resumedDeadline,
  reviewDeadline,
  queryCodeFrom,
  searchTokens,
  signDeadline,
} from '../cases/index.js';
import {
  LAGGARD_DEPARTMENTS,
  ACCEPT_NOTES,
  ASSIGN_NOTES,
  BASICALLY_SATISFIED_COMMENTS,
  CASE_TEMPLATES,
  CLOSE_DISPUTED_NOTES,
  CO_OPINIONS,
  CONTACT_NOTES,
  DEMO_DEPARTMENT,
  DEPARTMENT_HANDLERS,
  DISSATISFIED_COMMENTS,
  DRAFT_NOTES,
  DUPLICATE_NOTE,
  EXTENSION_REASONS,
  PROGRESS_NOTES,
  REJECT_REASONS,
  REOPEN_NOTES,
  RETURN_DENIED_NOTES,
  RETURN_REASONS,
  SATISFIED_COMMENTS,
  SEND_BACK_NOTES,
  STREET_HANDLERS,
  STREET_OFFICE,
  SUBMIT_REPLY_NOTES,
  SUPERVISE_NOTES,
  SUPPLEMENT_NOTES,
  URGE_NOTES,
  WITHDRAW_NOTES,
  type CaseReply,
  type CaseTemplate,
} from './demo-case-data.js';
import { DEMO_ENTERPRISE, DEMO_STREETS } from './demo-data.js';
import { prng, type Random } from './demo-random.js';
import { HOLIDAY_YEAR_ROW } from '../calendar/index.js';
import { bool, decodeRows, int, text } from '../../database/rows.js';

/*
 * The demo district's cases: about 400 of them, in every state, over the five months before the
 * load, each with a timeline that walks the lifecycle table row by row. The plan — which
 * enterprise asks what, through which channel, ending in which state — is fixed; the dates are
 * laid out backwards from the moment of loading, so that the inbox always holds fresh cases, the
 * departments' workbenches running ones, and the statistics five full months.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

/** Client keys of the demo cases: a second load finds them and adds nothing. */
const CLIENT_KEY_PREFIX = 'demo-case-';

// ───────────────────────────── who acts ─────────────────────────────

interface Persona {
  /** null: somebody without an account (a department handler, an enterprise's contact) or the system. */
  id: string | null;
  role: Actor;
  name: string | null;
}

interface Department {
  id: string;
  name: string;
  staff: Persona;
  leader: Persona;
}

interface EnterpriseRow {
  id: string;
  name: string;
  contactName: string;
  /** Code of its level-3 grid. */
  cell: string;
  street: (typeof DEMO_STREETS)[number];
  community: string;
}

interface Context {
  now: Date;
  calendar: WorkingCalendar;
  workingDays: WorkingDays;
  users: Map<string, { id: string; name: string }>;
  departments: Map<string, Department>;
  enterprises: EnterpriseRow[];
  demoEnterprise: EnterpriseRow;
}

const account = (ctx: Context, username: string, role: Actor): Persona => {
  const user = ctx.users.get(username);
  if (!user) throw new Error(`Demo account ${username} missing`);
  return { id: user.id, role, name: user.name };
};

function departmentFor(ctx: Context, name: string, enterprise: EnterpriseRow): Department {
  const resolved = name === STREET_OFFICE ? enterprise.street.office : name;
  const department = ctx.departments.get(resolved);
  if (!department) throw new Error(`Demo department ${resolved} missing`);
  return department;
}

// ───────────────────────────── the plan ─────────────────────────────

type Variant =
  | 'plain'
  | 'fresh'
  | 'yellow'
  | 'red'
  | 'supplemented'
  | 'returned'
  | 'direct'
  | 'fromSubmitted'
  | 'fromNeedsInfo'
  | 'fromAccepted'
  | 'fromInProgress'
  | 'justSigned'
  | 'working'
  | 'extension'
  | 'drafted'
  | 'reworked'
  | 'reopened'
  | 'returnDenied'
  | 'evaluated'
  | 'autoClosed'
  | 'closedDisputed';

interface Plan {
  index: number;
  state: CaseState;
  variant: Variant;
  template: CaseTemplate;
  enterprise: EnterpriseRow;
  channel: CaseChannel;
  submitter: Persona;
  /** Supplements and withdraws: the submitter, or for office entry the enterprise's grid head. */
  reporter: Persona;
  /** Evaluates: the enterprise's account, or its contact person. */
  evaluator: Persona;
  /** The departments assigned in turn (a return leads to the next). */
  leads: Department[];
  named: Department | null;
  reply: CaseReply;
  priority: CasePriority;
  complexity: CaseComplexity;
  contactConsent: boolean;
  /** The last step lies this many hours before the load. */
  agoHours: number;
  /** How far back the last step may lie at most; REPLIED must stay within the 7 evaluation days. */
  maxAgoHours: number;
  /** DUPLICATE: the plan of the original case. */
  original?: Plan;
  /** Draws for notes and choices along the path: the same at every load. */
  seed: number;
}

/** How many cases end in each state, besides the walkthrough enterprise's own nine. */
const STATE_COUNTS: [CaseState, number][] = [
  ['SUBMITTED', 12],
  ['NEEDS_INFO', 9],
  ['ACCEPTED', 10],
  ['REJECTED', 16],
  ['WITHDRAWN', 12],
  ['ASSIGNED', 15],
  ['IN_PROGRESS', 40],
  ['RETURN_REQUESTED', 10],
  ['REPLY_REVIEW', 14],
  ['REPLIED', 20],
  ['DISPUTED', 10],
  ['CLOSED', 212],
  // Last: a duplicate points at an earlier CLOSED case.
  ['DUPLICATE', 10],
];

/** Hours before the load within which the last step of a case in this state lies. */
const LAST_STEP_WINDOW: Record<CaseState, [number, number]> = {
  SUBMITTED: [1, 20],
  NEEDS_INFO: [2, 6 * 24],
  ACCEPTED: [0.3, 20],
  REJECTED: [24, 150 * 24],
  DUPLICATE: [24, 120 * 24],
  WITHDRAWN: [24, 150 * 24],
  ASSIGNED: [0.3, 3 * 24],
  IN_PROGRESS: [1, 5 * 24],
  RETURN_REQUESTED: [1, 3 * 24],
  REPLY_REVIEW: [0.5, 2 * 24],
  REPLIED: [2, 6.5 * 24],
  DISPUTED: [1, 4 * 24],
  CLOSED: [24, 150 * 24],
};

/** The states in which a department holds the case (the `dept` workbench shows them). */
const DEPARTMENT_STATES: CaseState[] = [
  'ASSIGNED',
  'IN_PROGRESS',
  'RETURN_REQUESTED',
  'REPLY_REVIEW',
  'REPLIED',
  'DISPUTED',
  'CLOSED',
];

const fill = (text: string, enterprise: EnterpriseRow, road: string) =>
  text
    .replaceAll('{road}', road)
    .replaceAll('{street}', enterprise.street.name)
    .replaceAll('{community}', enterprise.community)
    .replaceAll('{enterprise}', enterprise.name);

function chooseVariant(state: CaseState, template: CaseTemplate, random: Random): Variant {
  const consultation = template.kind === 'CONSULTATION';
  const roll = random.next();
  switch (state) {
    case 'SUBMITTED':
      return 'plain';
    case 'ACCEPTED':
      return roll < 0.25 ? 'returned' : 'plain';
    case 'WITHDRAWN':
      return roll < 0.4
        ? 'fromSubmitted'
        : roll < 0.55
          ? 'fromNeedsInfo'
          : roll < 0.7
            ? 'fromAccepted'
            : 'fromInProgress';
    case 'ASSIGNED':
      return roll < 0.15 ? 'returned' : 'plain';
    case 'IN_PROGRESS':
      return roll < 0.15
        ? 'justSigned'
        : roll < 0.5
          ? 'working'
          : roll < 0.6
            ? 'extension'
            : roll < 0.75
              ? 'drafted'
              : roll < 0.85
                ? 'reworked'
                : roll < 0.93
                  ? 'reopened'
                  : 'returnDenied';
    case 'RETURN_REQUESTED':
      return roll < 0.4 ? 'justSigned' : 'plain';
    case 'REPLY_REVIEW':
      return roll < 0.15 ? 'reworked' : 'plain';
    case 'REPLIED':
      return consultation && roll < 0.7 ? 'direct' : 'plain';
    case 'DISPUTED':
      return roll < 0.3 ? 'reopened' : 'plain';
    case 'CLOSED': {
      if (consultation && roll < 0.6) return random.next() < 0.6 ? 'direct' : 'autoClosed';
      const end = random.next();
      return end < 0.6 ? 'evaluated' : end < 0.85 ? 'autoClosed' : end < 0.92 ? 'closedDisputed' : 'reopened';
    }
    default:
      return 'plain';
  }
}

/** Replies an enterprise is likely to dispute come first for cases that end up disputed. */
function chooseReply(template: CaseTemplate, disputed: boolean, random: Random): CaseReply {
  if (disputed) {
    const poor = template.replies.filter((r) => r.result !== 'RESOLVED' && r.result !== 'ADOPTED');
    if (poor.length > 0) return random.pick(poor);
  }
  return random.pick(template.replies);
}

/** The walkthrough enterprise's cases: one of each kind of screen its manager opens. */
const WALKTHROUGH: {
  state: CaseState;
  variant: Variant;
  title: string;
  channel: CaseChannel;
  by: 'enterprise' | 'enterprise2' | 'gridhead';
  agoHours: number;
}[] = [
  {
    state: 'SUBMITTED',
    variant: 'fresh',
    title: '旺季招工难，急需熟练普工30名',
    channel: 'PORTAL',
    by: 'enterprise',
    agoHours: 1,
  },
  {
    state: 'NEEDS_INFO',
    variant: 'plain',
    title: '厂房扩建用地规划许可办理进度缓慢',
    channel: 'PORTAL',
    by: 'enterprise',
    agoHours: 20,
  },
  {
    state: 'ASSIGNED',
    variant: 'plain',
    title: '{road}路面破损坑洼，货车通行困难',
    channel: 'GRID_HEAD',
    by: 'gridhead',
    agoHours: 3,
  },
  {
    state: 'IN_PROGRESS',
    variant: 'working',
    title: '流动资金紧张，希望对接银行办理续贷',
    channel: 'PORTAL',
    by: 'enterprise2',
    agoHours: 26,
  },
  {
    state: 'REPLIED',
    variant: 'plain',
    title: '新增生产线申请用电增容两个月未接电',
    channel: 'PORTAL',
    by: 'enterprise',
    agoHours: 30,
  },
  {
    state: 'DISPUTED',
    variant: 'reopened',
    title: '供电公司收取高额接电工程费',
    channel: 'PORTAL',
    by: 'enterprise',
    agoHours: 40,
  },
  {
    state: 'CLOSED',
    variant: 'evaluated',
    title: '特种设备定期检验预约困难',
    channel: 'PORTAL',
    by: 'enterprise',
    agoHours: 24 * 40,
  },
  {
    state: 'CLOSED',
    variant: 'direct',
    title: '小微企业税费减免政策咨询',
    channel: 'PORTAL',
    by: 'enterprise2',
    agoHours: 24 * 75,
  },
  {
    state: 'REJECTED',
    variant: 'plain',
    title: '政府采购项目尾款拖欠近一年',
    channel: 'PORTAL',
    by: 'enterprise',
    agoHours: 24 * 110,
  },
];

function makePlans(ctx: Context): Plan[] {
  const random = prng(0x4101_0901);
  const plans: Plan[] = [];
  const office = account(ctx, 'office', 'OFFICE_STAFF');
  const officeLeadAsStaff = account(ctx, 'officelead', 'OFFICE_STAFF');
  const gridHeadOf = (enterprise: EnterpriseRow): Persona =>
    enterprise.cell.startsWith('HJ0101')
      ? account(ctx, 'gridhead', 'GRID_HEAD')
      : account(ctx, `gridhead-${enterprise.street.code.toLowerCase()}`, 'GRID_HEAD');
  const contactOf = (enterprise: EnterpriseRow): Persona =>
    enterprise === ctx.demoEnterprise
      ? account(ctx, 'enterprise', 'ENTERPRISE')
      : { id: null, role: 'ENTERPRISE', name: enterprise.contactName };
  const demoDepartment = ctx.departments.get(DEMO_DEPARTMENT)!;
  const bureaus = [...ctx.departments.values()].filter((d) => d.name.startsWith('区'));

  const plan = (
    state: CaseState,
    template: CaseTemplate,
    enterprise: EnterpriseRow,
    options: {
      variant?: Variant;
      channel?: CaseChannel;
      submitter?: Persona;
      agoHours?: number;
      lead?: Department;
    },
  ): Plan => {
    const variant = options.variant ?? chooseVariant(state, template, random);
    const channel =
      options.channel ??
      random.weighted<{ channel: CaseChannel; weight: number }>([
        { channel: 'GRID_HEAD', weight: 50 },
        { channel: 'PHONE', weight: 15 },
        { channel: 'VISIT', weight: 10 },
        { channel: 'LETTER', weight: 7 },
        { channel: 'INSPECTION', weight: 18 },
      ]).channel;
    const submitter =
      options.submitter ??
      (channel === 'GRID_HEAD' ? gridHeadOf(enterprise) : random.next() < 0.8 ? office : officeLeadAsStaff);
    const reporter =
      submitter.role === 'ENTERPRISE' || submitter.role === 'GRID_HEAD' ? submitter : gridHeadOf(enterprise);
    const named = template.named ? departmentFor(ctx, template.named, enterprise) : null;
    const candidates = template.departments.map((name) => departmentFor(ctx, name, enterprise));
    let lead = options.lead ?? (random.next() < 0.75 ? candidates[0] : random.pick(candidates));
    if (named && lead.id === named.id) lead = candidates.find((d) => d.id !== named.id)!;
    // A returned case first went to a department it did not belong to.
    const returned = variant === 'returned' || variant === 'returnDenied' || state === 'RETURN_REQUESTED';
    const leads = [lead];
    if (returned && variant !== 'returnDenied') {
      const wrong =
        state === 'RETURN_REQUESTED' && lead.id !== demoDepartment.id && random.next() < 0.4
          ? demoDepartment
          : random.pick(bureaus.filter((d) => d.id !== lead.id && d.id !== named?.id));
      leads.unshift(wrong);
    }
    const [min, max] = LAST_STEP_WINDOW[state];
    const urgent = random.next() < 0.1;
    const complex = !urgent && random.next() < 0.12;
    return {
      index: plans.length,
      state,
      variant,
      template,
      enterprise,
      channel,
      submitter,
      reporter,
      evaluator: contactOf(enterprise),
      leads,
      named,
      reply: chooseReply(
        template,
        state === 'DISPUTED' || variant === 'reopened' || variant === 'closedDisputed',
        random,
      ),
      priority: urgent ? 'URGENT' : 'NORMAL',
      complexity: complex ? 'COMPLEX' : 'SIMPLE',
      contactConsent: random.next() < 0.85,
      agoHours:
        options.agoHours ?? min + (max - min) * random.next() ** (TERMINAL_STATES.includes(state) ? 1.15 : 1),
      maxAgoHours: state === 'REPLIED' ? 6.9 * 24 : max + 48,
      seed: random.int(1, 2 ** 31),
    };
  };

  // The walkthrough enterprise first, with fixed states.
  for (const w of WALKTHROUGH) {
    const template = CASE_TEMPLATES.find((t) => t.title === w.title)!;
    const submitter =
      w.by === 'gridhead' ? account(ctx, 'gridhead', 'GRID_HEAD') : account(ctx, w.by, 'ENTERPRISE');
    plans.push(
      plan(w.state, template, ctx.demoEnterprise, {
        variant: w.variant,
        channel: w.channel,
        submitter,
        agoHours: w.agoHours,
        lead:
          template.named === undefined && template.departments.includes(DEMO_DEPARTMENT)
            ? demoDepartment
            : undefined,
      }),
    );
  }

  const others = ctx.enterprises.filter((e) => e !== ctx.demoEnterprise);
  // The `gridhead` account's community gets a steady share, so its grid-head mode is never empty.
  const xincheng = others.filter((e) => e.cell.startsWith('HJ0101'));
  const demoTemplates = CASE_TEMPLATES.filter(
    (t) => t.departments.includes(DEMO_DEPARTMENT) && t.named !== DEMO_DEPARTMENT,
  );
  const submittedVariants: Variant[] = [
    'fresh',
    'fresh',
    'fresh',
    'fresh',
    'yellow',
    'yellow',
    'yellow',
    'red',
    'red',
    'supplemented',
    'supplemented',
    'fresh',
  ];
  // Dealt from a shuffled deck, so that every enterprise has a case before any has a third.
  const deck: EnterpriseRow[] = [];
  const deal = () => {
    if (deck.length === 0) {
      deck.push(...others);
      for (let i = deck.length - 1; i > 0; i--) {
        const j = random.int(0, i);
        [deck[i], deck[j]] = [deck[j], deck[i]];
      }
    }
    return deck.pop()!;
  };
  for (const [state, count] of STATE_COUNTS) {
    for (let i = 0; i < count; i++) {
      const enterprise = random.next() < 0.07 ? random.pick(xincheng) : deal();
      // A good share of what departments hold goes to the demo department, so that `dept` and
      // `deptlead` see every column of their workbench filled.
      const forDemoDepartment = DEPARTMENT_STATES.includes(state) && random.next() < 0.08;
      const template = forDemoDepartment ? random.pick(demoTemplates) : random.pick(CASE_TEMPLATES);
      if (state === 'DUPLICATE') {
        const originals = plans.filter(
          (p) => p.state === 'CLOSED' && p.agoHours > 30 * 24 && p.enterprise !== ctx.demoEnterprise,
        );
        const original = random.pick(originals);
        // Half are the same enterprise asking again, half a neighbour reporting the same thing.
        const sameEnterprise = random.next() < 0.5;
        const neighbours = others.filter((e) => e.street.code === original.enterprise.street.code);
        const p = plan(
          state,
          original.template,
          sameEnterprise ? original.enterprise : random.pick(neighbours),
          {
            variant: 'plain',
          },
        );
        p.original = original;
        plans.push(p);
        continue;
      }
      plans.push(
        plan(state, template, enterprise, {
          variant: state === 'SUBMITTED' ? submittedVariants[i % submittedVariants.length] : undefined,
          lead: forDemoDepartment ? demoDepartment : undefined,
        }),
      );
    }
  }
  return plans;
}

// ───────────────────────────── time ─────────────────────────────

const shanghaiHour = (t: number) => ((((t + 8 * HOUR) % DAY) + DAY) % DAY) / HOUR;
const dayStart = (t: number) => Math.floor((t + SHANGHAI_UTC_OFFSET_MS) / DAY) * DAY - SHANGHAI_UTC_OFFSET_MS;

/** The calendar's answer per Shanghai day, looked up once: laying out the cases asks thousands of times. */
class WorkingDays {
  readonly #days = new Map<number, boolean>();

  constructor(private readonly calendar: WorkingCalendar) {}

  has(t: number): boolean {
    const day = dayStart(t);
    let working = this.#days.get(day);
    if (working === undefined) {
      working = this.calendar.isWorkingDay(shanghaiDate(new Date(t)));
      this.#days.set(day, working);
    }
    return working;
  }
}

class Clock {
  /** @param duty the office keeps a holiday duty (值班): office hours on every day. */
  constructor(
    private readonly workingDays: WorkingDays,
    private readonly random: Random,
    private readonly duty = false,
  ) {}

  working(t: number): boolean {
    return this.duty || this.workingDays.has(t);
  }

  /** Into office hours: 8:30–18:00 of a working day. */
  office(t: number): number {
    for (;;) {
      const hour = shanghaiHour(t);
      if (!this.working(t) || hour >= 18) {
        t = dayStart(t) + DAY + (8.5 + this.random.next() * 1.5) * HOUR;
      } else if (hour < 8.5) {
        t = dayStart(t) + (8.5 + this.random.next()) * HOUR;
      } else {
        return t;
      }
    }
  }

  /** Into waking hours, any day: enterprises and grid heads also write in the evening. */
  waking(t: number): number {
    const hour = shanghaiHour(t);
    if (hour < 7) return dayStart(t) + (7 + this.random.next() * 2) * HOUR;
    if (hour >= 22.5) return dayStart(t) + DAY + (7.5 + this.random.next() * 3) * HOUR;
    return t;
  }

  /** `days` working days later (fractions as part of a 9.5-hour working day), in office hours. */
  afterWorkingDays(t: number, days: number): number {
    t = this.office(t);
    for (let whole = Math.floor(days); whole > 0; whole--) {
      t += DAY;
      while (!this.working(t)) t += DAY;
    }
    const rest = (days - Math.floor(days)) * 9.5 * HOUR;
    const closing = dayStart(t) + 18 * HOUR;
    return this.office(t + rest <= closing ? t + rest : t + rest + 14.5 * HOUR);
  }
}

// ───────────────────────────── the path ─────────────────────────────

/** `co`: the co-department's handler (协办). */
type Who = 'reporter' | 'office' | 'leader' | 'staff' | 'head' | 'co' | 'enterprise' | 'system';

interface Step {
  action: CaseAction;
  who: Who;
  /** After the previous step: working days for office and departments, hours for the others. */
  after: [number, number];
  publicNote?: string;
  internalNote?: string;
  /** evaluate / dispute */
  evaluation?: { solved: string; satisfaction: string };
  extensionDays?: number;
  /** assign: with a co-department (协办). */
  co?: boolean;
}

/** The steps from submission to the plan's state, with their notes. */
function pathOf(plan: Plan, random: Random): Step[] {
  const steps: Step[] = [];
  const add = (step: Step) => steps.push(step);
  const officeWait: [number, number] = [0.03, 0.8];
  const reply = plan.reply;
  const limit = replyWorkingDays(plan.priority, plan.complexity);
  // A few departments do badly, so that the scorecard's 黑榜 and the dashboard's overdue
  // departments show something real: they sign and contact late more often, reply late and
  // satisfy fewer enterprises. The draws stay the same, so every other case is as before.
  const laggard = LAGGARD_DEPARTMENTS.has(plan.leads[plan.leads.length - 1]?.name ?? '');

  const submit = () => add({ action: 'submit', who: 'reporter', after: [0, 0] });
  const askInfo = () => {
    add({ action: 'requestInfo', who: 'office', after: officeWait, publicNote: plan.template.missing });
  };
  const supplement = () =>
    add({ action: 'supplement', who: 'reporter', after: [3, 60], publicNote: random.pick(SUPPLEMENT_NOTES) });
  const triage = () => {
    if (random.next() < 0.15) {
      askInfo();
      supplement();
    }
  };
  const accept = () =>
    add({
      action: 'accept',
      who: 'office',
      // One in ten accepted late: the office's own red cards.
      after: random.next() < 0.1 ? [1.1, 2.5] : officeWait,
      publicNote: random.pick(ACCEPT_NOTES),
    });
  // About a third of the assigned cases need a second department's help.
  const coHandled = random.next() < 0.35;
  const assign = (final = true) =>
    add({
      action: 'assign',
      who: 'office',
      after: [0.02, 0.4],
      internalNote: random.pick(ASSIGN_NOTES),
      co: final && coHandled,
    });
  const coSign = () => {
    if (coHandled) add({ action: 'sign', who: 'co', after: [0.05, 0.9] });
  };
  const coOpinion = () => {
    if (coHandled)
      add({
        action: 'submitOpinion',
        who: 'co',
        after: [0.3, Math.max(0.8, limit * 0.3)],
        internalNote: random.pick(CO_OPINIONS),
      });
  };
  const sign = () =>
    add({
      action: 'sign',
      who: 'staff',
      after: random.next() < (laggard ? 0.5 : 0.1) ? [1.2, 2.5] : [0.05, 0.9],
    });
  const contact = () =>
    add({
      action: 'contact',
      who: 'staff',
      after: laggard ? [0.5, 2] : [0.05, 0.8],
      publicNote: random.pick(CONTACT_NOTES),
    });
  const progress = () =>
    add({
      action: 'recordProgress',
      who: 'staff',
      after: [0.3, Math.max(0.8, limit * 0.3)],
      publicNote: random.next() < 0.5 ? random.pick(PROGRESS_NOTES) : undefined,
      internalNote: random.pick(PROGRESS_NOTES),
    });
  const draft = () =>
    add({
      action: 'draftReply',
      who: 'staff',
      after: laggard ? [limit * 0.5, limit * 1.1] : [0.3, Math.max(0.8, limit * 0.35)],
      internalNote: random.pick(DRAFT_NOTES),
    });
  const submitReply = () =>
    add({
      action: 'submitReply',
      who: 'head',
      after: [0.05, 0.6],
      internalNote: random.pick(SUBMIT_REPLY_NOTES),
    });
  const sendBack = () => {
    add({ action: 'sendBack', who: 'office', after: [0.1, 0.8], internalNote: random.pick(SEND_BACK_NOTES) });
  };
  const approveReply = () =>
    add({ action: 'approveReply', who: 'office', after: [0.1, 0.9], publicNote: reply.text });
  const handle = (options: { rework?: boolean; extension?: boolean } = {}) => {
    contact();
    coSign();
    progress();
    coOpinion();
    if (options.extension) extension();
    if (random.next() < 0.4) progress();
    draft();
    submitReply();
    if (options.rework ?? random.next() < 0.1) {
      sendBack();
      progress();
      draft();
      submitReply();
    }
  };
  /** @param pending the office leader has not decided yet: the clock stands still meanwhile. */
  const extension = (pending = false) => {
    add({
      action: 'requestExtension',
      who: 'head',
      after: [0.2, 1],
      internalNote: random.pick(EXTENSION_REASONS),
      extensionDays: random.pick([5, 10]),
    });
    if (pending) return;
    add({
      action: random.next() < 0.75 ? 'approveExtension' : 'denyExtension',
      who: 'leader',
      after: [0.05, 0.8],
    });
  };
  const requestReturn = () =>
    add({
      action: 'requestReturn',
      who: 'head',
      after: [0.1, 0.9],
      internalNote: random.pick(RETURN_REASONS),
    });
  const toDepartment = () => {
    accept();
    if (plan.leads.length > 1) {
      assign(false);
      if (random.next() < 0.5) sign();
      requestReturn();
      add({
        action: 'approveReturn',
        who: 'leader',
        after: [0.05, 0.8],
        internalNote: '同意退回，重新交办。',
      });
    }
    assign();
  };
  const satisfied = () => {
    const solved =
      reply.result === 'PARTLY_RESOLVED'
        ? 'PARTLY_SOLVED'
        : reply.result === 'RESOLVED' || reply.result === 'ADOPTED'
          ? 'SOLVED'
          : 'NOT_SOLVED';
    const happy = solved === 'SOLVED' && random.next() < (laggard ? 0.35 : 0.8);
    add({
      action: 'evaluate',
      who: 'enterprise',
      after: [1, 90],
      evaluation: { solved, satisfaction: happy ? 'SATISFIED' : 'BASICALLY_SATISFIED' },
      publicNote: random.pick(happy ? SATISFIED_COMMENTS : BASICALLY_SATISFIED_COMMENTS) || undefined,
    });
  };
  const dispute = () =>
    add({
      action: 'dispute',
      who: 'enterprise',
      after: [1, 72],
      evaluation: {
        solved: random.next() < 0.7 ? 'NOT_SOLVED' : 'PARTLY_SOLVED',
        satisfaction: 'DISSATISFIED',
      },
      publicNote: random.pick(DISSATISFIED_COMMENTS),
    });
  const reopen = () => {
    add({ action: 'reopen', who: 'office', after: [0.1, 1], internalNote: random.pick(REOPEN_NOTES) });
    contact();
    progress();
    draft();
    submitReply();
    approveReply();
  };
  const autoClose = () => add({ action: 'autoClose', who: 'system', after: [0, 0] });
  /** Through the department to the office's approval of the reply. */
  const replied = (options: { rework?: boolean; extension?: boolean } = {}) => {
    toDepartment();
    sign();
    handle(options);
    approveReply();
  };

  submit();
  switch (plan.state) {
    case 'SUBMITTED':
      if (plan.variant === 'supplemented') {
        askInfo();
        supplement();
      }
      break;
    case 'NEEDS_INFO':
      if (random.next() < 0.2) {
        askInfo();
        supplement();
      }
      askInfo();
      break;
    case 'ACCEPTED':
      triage();
      toDepartment();
      // toDepartment ends with the new assignment; an ACCEPTED case still waits for it.
      steps.pop();
      break;
    case 'REJECTED':
      triage();
      add({ action: 'reject', who: 'office', after: officeWait, publicNote: random.pick(REJECT_REASONS) });
      break;
    case 'DUPLICATE':
      add({ action: 'markDuplicate', who: 'office', after: officeWait, publicNote: DUPLICATE_NOTE });
      break;
    case 'WITHDRAWN': {
      if (plan.variant === 'fromNeedsInfo') askInfo();
      if (plan.variant === 'fromAccepted') accept();
      if (plan.variant === 'fromInProgress') {
        toDepartment();
        sign();
        contact();
      }
      add({ action: 'withdraw', who: 'reporter', after: [2, 96], publicNote: random.pick(WITHDRAW_NOTES) });
      break;
    }
    case 'ASSIGNED':
      triage();
      toDepartment();
      if (random.next() < 0.5) coSign();
      if (random.next() < 0.2)
        add({ action: 'urge', who: 'office', after: [0.8, 1.5], internalNote: random.pick(URGE_NOTES) });
      break;
    case 'IN_PROGRESS':
      triage();
      if (plan.variant === 'reopened') {
        replied();
        dispute();
        add({ action: 'reopen', who: 'office', after: [0.1, 1], internalNote: random.pick(REOPEN_NOTES) });
        break;
      }
      toDepartment();
      if (plan.variant === 'returnDenied') {
        requestReturn();
        add({
          action: 'denyReturn',
          who: 'leader',
          after: [0.05, 0.8],
          internalNote: random.pick(RETURN_DENIED_NOTES),
        });
        contact();
        break;
      }
      sign();
      if (plan.variant === 'justSigned') break;
      contact();
      coSign();
      progress();
      if (random.next() < 0.6) coOpinion();
      if (plan.variant === 'extension') {
        // A third still wait for the office leader; nothing else happens on them meanwhile.
        const pending = random.next() < 0.35;
        extension(pending);
        if (pending) break;
      }
      if (plan.variant === 'drafted') draft();
      if (plan.variant === 'reworked') {
        draft();
        submitReply();
        sendBack();
      }
      if (random.next() < 0.25)
        add({ action: 'urge', who: 'office', after: [0.3, 1.5], internalNote: random.pick(URGE_NOTES) });
      if (random.next() < 0.08)
        add({
          action: 'supervise',
          who: 'leader',
          after: [0.1, 1],
          internalNote: random.pick(SUPERVISE_NOTES),
        });
      break;
    case 'RETURN_REQUESTED':
      triage();
      accept();
      assign();
      if (plan.variant === 'justSigned') {
        sign();
        contact();
      }
      requestReturn();
      break;
    case 'REPLY_REVIEW':
      triage();
      toDepartment();
      sign();
      handle({ rework: plan.variant === 'reworked' });
      break;
    case 'REPLIED':
      if (plan.variant === 'direct') {
        if (random.next() < 0.3) accept();
        add({ action: 'replyDirectly', who: 'office', after: officeWait, publicNote: reply.text });
      } else {
        triage();
        replied({ extension: random.next() < 0.1 });
      }
      break;
    case 'DISPUTED':
      triage();
      replied();
      dispute();
      if (plan.variant === 'reopened') {
        reopen();
        dispute();
      }
      break;
    case 'CLOSED':
      if (plan.variant === 'direct') {
        add({ action: 'replyDirectly', who: 'office', after: officeWait, publicNote: reply.text });
        if (random.next() < 0.7) satisfied();
        else autoClose();
        break;
      }
      triage();
      replied({ extension: random.next() < 0.1 });
      if (plan.variant === 'evaluated') satisfied();
      else if (plan.variant === 'autoClosed') autoClose();
      else if (plan.variant === 'closedDisputed') {
        dispute();
        add({
          action: 'closeDisputed',
          who: 'office',
          after: [0.2, 1.5],
          publicNote: random.pick(CLOSE_DISPUTED_NOTES),
        });
      } else {
        dispute();
        reopen();
        satisfied();
      }
      break;
  }
  return steps;
}

// ───────────────────────────── walking the path ─────────────────────────────

interface EventRow {
  occurredAt: number;
  action: CaseAction;
  from: CaseState | null;
  to: CaseState;
  actor: Persona;
  publicNote: string | null;
  internalNote: string | null;
  details: Record<string, unknown> | null;
}

/** The details of the case's last reply sent to the office, if any. */
const sentReply = (r: CaseRow) => r.events.findLast((e) => e.action === 'draftReply')?.details ?? null;

/** The state of a case's lead assignment, from the case's own. */
const DEMO_ASSIGNMENT_STATE: Partial<Record<CaseState, string>> = {
  ASSIGNED: 'ASSIGNED',
  IN_PROGRESS: 'IN_PROGRESS',
  RETURN_REQUESTED: 'RETURN_REQUESTED',
  REPLY_REVIEW: 'REPLY_SUBMITTED',
  REPLIED: 'REPLIED',
  DISPUTED: 'REPLIED',
  CLOSED: 'CLOSED',
  WITHDRAWN: 'CLOSED',
};

/** The lead assignment's state: a draft not yet sent waits for the department leader. */
function leadStateOf(r: CaseRow): string | undefined {
  const last = r.events.findLast((e) =>
    ['draftReply', 'submitReply', 'sendBack', 'reopen'].includes(e.action),
  );
  return r.state === 'IN_PROGRESS' && last?.action === 'draftReply'
    ? 'REPLY_DRAFTED'
    : DEMO_ASSIGNMENT_STATE[r.state];
}

interface DemoAssignment {
  assignedAt: number;
  signDeadline: number;
  replyDeadline: number;
  originalReplyDeadline: number | null;
  signedAt: number | null;
  firstContactedAt: number | null;
  repliedAt: number | null;
  pausedAt: number | null;
  contactDeadline: number | null;
  pendingRequest: 'EXTENSION' | 'RETURN' | null;
  requestDays: number | null;
  requestReason: string | null;
  extensionCount: number;
}

interface CaseRow {
  id: string;
  plan: Plan;
  title: string;
  content: string;
  submittedAt: number;
  state: CaseState;
  stateDeadline: number | null;
  pausedAt: number | null;
  acceptedAt: number | null;
  repliedAt: number | null;
  closedAt: number | null;
  officeNote: string | null;
  leadDepartment: Department | null;
  /** The lead department's assignment (case_assignment), as the steps shaped it. */
  assignment: DemoAssignment | null;
  /** The co-department's assignment (协办), on about a third of the assigned cases. */
  co: { department: Department; assignment: DemoAssignment; opinion: string | null } | null;
  /** Lead assignments an approved return ended: they stay, RETURNED, as history. */
  returned: { department: Department; assignment: DemoAssignment; closedAt: number }[];
  evaluation: { solved: string; satisfaction: string; comment: string | null; at: number } | null;
  replyResult: ReplyResult | null;
  replyText: string | null;
  reopenCount: number;
  priority: CasePriority;
  complexity: CaseComplexity;
  events: EventRow[];
  trackingNo?: string;
  queryCode?: string;
}

/**
 * Lays the path out in time from `submittedAt`, applying each step as the server would: the
 * state from the lifecycle row, the timestamps, the running step's deadline (docs/lifecycle-and-deadlines.md#deadlines) and the
 * pause while the case waits on someone else. With `snap`, the submission moves into the hours
 * its submitter works: the office enters what it received by phone, visit or letter in office hours.
 */
function walk(
  ctx: Context,
  plan: Plan,
  steps: Step[],
  at: number,
  road: string,
  snap = true,
  duty = false,
): CaseRow {
  const random = prng(plan.seed ^ 0x5bd1e995);
  const clock = new Clock(ctx.workingDays, random, duty);
  const byOffice = plan.submitter.role === 'OFFICE_STAFF' || plan.submitter.role === 'OFFICE_LEADER';
  const submittedAt = !snap ? at : byOffice ? clock.office(at) : clock.waking(at);
  const office = account(ctx, 'office', 'OFFICE_STAFF');
  const officeLead = account(ctx, 'officelead', 'OFFICE_LEADER');
  // Like the server, an account acts in the first of its roles the step allows: the office's head
  // triages as staff and decides extensions and returns as leader.
  const handler = random.next() < 0.8 ? office : account(ctx, 'officelead', 'OFFICE_STAFF');
  const addWorkingDays = (t: number, n: number) => ctx.calendar.addWorkingDays(new Date(t), n).getTime();
  /** A deadline moved on by the working days the clock stood still. */
  const replyDue = (t: number) =>
    replyDeadline(new Date(t), plan.priority, plan.complexity, ctx.calendar).getTime();
  /** The deadline facts the step's event records (deadlineFacts, as the services call it). */
  const facts = (name: string, deadline: number | null, endedAt: number, original: number | null = null) =>
    deadlineFacts(
      name,
      deadline === null ? null : new Date(deadline),
      new Date(endedAt),
      original === null ? null : new Date(original),
    );
  const resume = (deadline: number | null, pausedAt: number, at: number) =>
    deadline === null
      ? null
      : resumedDeadline(new Date(deadline), new Date(pausedAt), new Date(at), ctx.calendar).getTime();

  const row: CaseRow = {
    id: randomUUID(),
    plan,
    title: fill(plan.template.title, plan.enterprise, road),
    content: fill(plan.template.content, plan.enterprise, road),
    submittedAt,
    state: 'SUBMITTED',
    stateDeadline: null,
    pausedAt: null,
    acceptedAt: null,
    repliedAt: null,
    closedAt: null,
    officeNote: null,
    leadDepartment: null,
    assignment: null,
    co: null,
    returned: [],
    evaluation: null,
    replyResult: null,
    replyText: null,
    reopenCount: 0,
    priority: 'NORMAL',
    complexity: 'SIMPLE',
    events: [],
  };
  let state: CaseState | null = null;
  let t = submittedAt;
  let leads = 0;
  let replyDueAt: number | null = null;
  let department: Department | null = null;

  for (const step of steps) {
    // When: office and departments work office hours; the others write when they like.
    if (step.action === 'autoClose') {
      t = evaluationDeadline(new Date(row.repliedAt!)).getTime();
    } else if (step.action !== 'submit') {
      const [min, max] = step.after;
      const span = min + (max - min) * random.next();
      const staff = ['office', 'leader', 'staff', 'head'].includes(step.who);
      t = staff ? clock.afterWorkingDays(t, span) : clock.waking(t + span * HOUR);
      t += MINUTE;
    }

    const actor: Persona =
      step.who === 'reporter'
        ? step.action === 'submit'
          ? plan.submitter
          : plan.reporter
        : step.who === 'office'
          ? handler
          : step.who === 'leader'
            ? officeLead
            : step.who === 'staff'
              ? department!.staff
              : step.who === 'co'
                ? row.co!.department.staff
                : step.who === 'head'
                  ? department!.leader
                  : step.who === 'enterprise'
                    ? plan.evaluator
                    : { id: null, role: 'SYSTEM', name: null };
    const relation: CaseRelation =
      step.who === 'co'
        ? 'CO'
        : actor.role === 'OFFICE_STAFF' || actor.role === 'OFFICE_LEADER'
          ? 'OFFICE'
          : actor.role === 'DEPT_STAFF' || actor.role === 'DEPT_LEADER'
            ? 'LEAD'
            : actor.role === 'SYSTEM'
              ? 'SYSTEM'
              : 'SUBMITTER';
    const transition = findTransition(step.action, state, [actor.role], plan.template.kind, [relation]);
    if (!transition)
      throw new Error(`Demo case ${plan.index}: no row for ${step.action} from ${state} by ${actor.role}`);

    let details: Record<string, unknown> | null = null;
    const at = t;
    switch (step.action) {
      case 'submit':
        row.stateDeadline = acceptDeadline(new Date(at), ctx.calendar).getTime();
        break;
      case 'requestInfo':
        row.pausedAt = at;
        row.officeNote = step.publicNote ?? null;
        break;
      case 'supplement':
        row.stateDeadline = resume(row.stateDeadline, row.pausedAt!, at);
        row.pausedAt = null;
        break;
      case 'accept':
        row.acceptedAt ??= at;
        row.priority = plan.priority;
        row.complexity = plan.complexity;
        details = {
          category: plan.template.category,
          priority: plan.priority,
          complexity: plan.complexity,
          ...facts('accept', row.stateDeadline, at),
        };
        row.stateDeadline = null;
        break;
      // Every end — rejected, duplicate, withdrawn, closed — is dated in closed_at.
      case 'reject':
        row.officeNote = step.publicNote ?? null;
        row.stateDeadline = null;
        row.closedAt = at;
        break;
      case 'markDuplicate':
        row.stateDeadline = null;
        row.closedAt = at;
        // The original's id and number are known only once every case is numbered; see the insert.
        break;
      case 'withdraw':
        row.stateDeadline = null;
        row.pausedAt = null;
        row.closedAt = at;
        break;
      case 'replyDirectly':
      case 'approveReply':
        if (step.action === 'replyDirectly') row.acceptedAt ??= at;
        row.replyResult = plan.reply.result;
        row.replyText = fill(plan.reply.text, plan.enterprise, road);
        row.repliedAt = at;
        details = {
          result: plan.reply.result,
          ...(step.action === 'approveReply' ? facts('review', row.stateDeadline, at) : {}),
        };
        row.stateDeadline = evaluationDeadline(new Date(at)).getTime();
        break;
      case 'assign':
        department = plan.leads[Math.min(leads, plan.leads.length - 1)];
        leads++;
        row.leadDepartment = department;
        row.stateDeadline = signDeadline(new Date(at), ctx.calendar).getTime();
        replyDueAt = replyDue(at);
        row.assignment = {
          assignedAt: at,
          signDeadline: row.stateDeadline,
          replyDeadline: replyDueAt,
          originalReplyDeadline: null,
          signedAt: null,
          firstContactedAt: null,
          repliedAt: null,
          pausedAt: null,
          contactDeadline: null,
          pendingRequest: null,
          requestDays: null,
          requestReason: null,
          extensionCount: 0,
        };
        row.co = step.co
          ? {
              department: coDepartmentFor(ctx, plan, department, random),
              assignment: {
                ...row.assignment,
                replyDeadline: opinionDeadline(
                  new Date(at),
                  plan.priority,
                  plan.complexity,
                  ctx.calendar,
                ).getTime(),
              },
              opinion: null,
            }
          : null;
        details = {
          leadDepartmentId: department.id,
          leadDepartmentName: department.name,
          coDepartmentIds: row.co ? [row.co.department.id] : [],
          signDeadline: new Date(row.stateDeadline),
          deadline: new Date(replyDueAt),
        };
        break;
      case 'sign':
        if (step.who === 'co') {
          const co = row.co!;
          details = {
            departmentId: co.department.id,
            role: 'CO',
            ...facts('sign', co.assignment.signDeadline, at),
          };
          co.assignment.signedAt = at;
          break;
        }
        details = {
          departmentId: department!.id,
          role: 'LEAD',
          ...facts('sign', row.assignment!.signDeadline, at),
        };
        row.stateDeadline = replyDueAt;
        row.assignment!.signedAt = at;
        row.assignment!.contactDeadline = contactDeadline(new Date(at), ctx.calendar).getTime();
        break;
      case 'contact':
        // A reopened case is contacted again; only the first contact has a deadline.
        details = {
          method: random.next() < 0.8 ? 'PHONE' : 'VISIT',
          contactedAt: new Date(at),
          ...(row.assignment!.firstContactedAt === null
            ? facts('contact', row.assignment!.contactDeadline, at)
            : {}),
        };
        row.assignment!.firstContactedAt ??= at;
        break;
      case 'submitOpinion': {
        const co = row.co!;
        details = { departmentId: co.department.id, ...facts('opinion', co.assignment.replyDeadline, at) };
        co.assignment.repliedAt = at;
        co.opinion = step.internalNote ?? null;
        break;
      }
      case 'draftReply':
      case 'submitReply':
        // The reply reaches the case's columns only when the office approves it; until then it
        // travels with the steps, for the leader and the office to review.
        details =
          step.action === 'draftReply'
            ? { result: plan.reply.result, text: fill(plan.reply.text, plan.enterprise, road) }
            : {
                result: plan.reply.result,
                ...facts('reply', replyDueAt, at, row.assignment!.originalReplyDeadline),
              };
        if (step.action === 'submitReply') {
          row.stateDeadline = reviewDeadline(new Date(at), ctx.calendar).getTime();
          row.assignment!.repliedAt = at;
        }
        break;
      case 'sendBack':
        details = facts('review', row.stateDeadline, at);
        row.stateDeadline = replyDueAt;
        break;
      case 'requestExtension':
        // The request stops the clock until the office leader decides (as CaseHandlingService).
        details = { days: step.extensionDays ?? 5, deadline: new Date(replyDueAt!) };
        row.pausedAt = at;
        row.assignment = {
          ...row.assignment!,
          pausedAt: at,
          pendingRequest: 'EXTENSION',
          requestDays: step.extensionDays ?? 5,
          requestReason: step.internalNote ?? step.publicNote ?? null,
          extensionCount: row.assignment!.extensionCount + 1,
        };
        break;
      case 'approveExtension':
      case 'denyExtension': {
        // The wait is given back either way; an approval adds the days asked for and keeps the
        // original deadline for the scorecard.
        const a = row.assignment!;
        const resumed = resume(a.replyDeadline, a.pausedAt ?? at, at)!;
        const approved = step.action === 'approveExtension';
        const moved = approved ? addWorkingDays(resumed, a.requestDays ?? 0) : resumed;
        details = {
          days: a.requestDays,
          deadline: new Date(moved),
          originalDeadline: new Date(a.originalReplyDeadline ?? a.replyDeadline),
        };
        replyDueAt = moved;
        row.assignment = {
          ...a,
          replyDeadline: moved,
          originalReplyDeadline: approved
            ? (a.originalReplyDeadline ?? a.replyDeadline)
            : a.originalReplyDeadline,
          pausedAt: null,
          pendingRequest: null,
          requestDays: null,
          requestReason: null,
        };
        row.stateDeadline = moved;
        row.pausedAt = null;
        break;
      }
      case 'requestReturn':
        details = { departmentId: department!.id };
        row.pausedAt = at;
        row.assignment = {
          ...row.assignment!,
          pausedAt: at,
          pendingRequest: 'RETURN',
          requestReason: step.internalNote ?? step.publicNote ?? null,
        };
        break;
      case 'approveReturn':
        details = { departmentId: department!.id };
        row.returned.push({ department: department!, assignment: row.assignment!, closedAt: at });
        row.leadDepartment = null;
        row.assignment = null;
        row.stateDeadline = null;
        row.pausedAt = null;
        break;
      case 'denyReturn':
        details = { departmentId: department!.id };
        // Back to work on the reply, with the days the request waited given back.
        replyDueAt = resume(replyDueAt, row.pausedAt!, at);
        row.stateDeadline = replyDueAt;
        row.pausedAt = null;
        row.assignment = {
          ...row.assignment!,
          replyDeadline: replyDueAt!,
          pausedAt: null,
          pendingRequest: null,
          requestReason: null,
        };
        row.assignment.signedAt ??= at;
        break;
      case 'evaluate':
      case 'dispute':
        details = { ...step.evaluation, ...facts('evaluate', row.stateDeadline, at) };
        row.evaluation = {
          solved: step.evaluation!.solved,
          satisfaction: step.evaluation!.satisfaction,
          comment: step.publicNote ?? null,
          at,
        };
        row.stateDeadline = null;
        if (step.action === 'evaluate') row.closedAt = at;
        break;
      case 'autoClose':
      case 'closeDisputed':
        row.stateDeadline = null;
        row.closedAt = at;
        break;
      case 'reopen':
        row.reopenCount++;
        replyDueAt = replyDue(at);
        row.stateDeadline = replyDueAt;
        row.assignment = {
          ...row.assignment!,
          replyDeadline: replyDueAt,
          originalReplyDeadline: null,
          repliedAt: null,
        };
        details = { deadline: new Date(replyDueAt) };
        break;
      case 'supervise':
        details = { level: random.next() < 0.7 ? 'NORMAL' : 'KEY' };
        break;
      default:
        break;
    }
    row.events.push({
      occurredAt: at,
      action: step.action,
      from: state,
      to: transition.to,
      actor,
      publicNote: step.publicNote ?? null,
      internalNote:
        step.internalNote ??
        (step.action === 'submit' && plan.channel === 'INSPECTION' ? '行政巡查中发现，录入为诉求。' : null),
      details,
    });
    state = transition.to;
  }
  row.state = state!;
  return row;
}

/** A co-department for the case: neither its lead nor, for a complaint, the department complained about. */
function coDepartmentFor(ctx: Context, plan: Plan, lead: Department, random: Random): Department {
  const candidates = [...ctx.departments.values()].filter(
    (d) => d.id !== lead.id && d.id !== plan.named?.id && !plan.leads.some((l) => l.id === d.id),
  );
  return random.pick(candidates);
}

/** Walks the plan so that its last step lands inside its window before the load. */
function layOut(ctx: Context, plan: Plan, rows: Map<Plan, CaseRow>): CaseRow {
  const now = ctx.now.getTime();
  const steps = pathOf(plan, prng(plan.seed));
  const road = prng(plan.seed + 1).pick(plan.enterprise.street.roads);

  if (plan.state === 'DUPLICATE') {
    const original = rows.get(plan.original!)!;
    const offset = (0.3 + prng(plan.seed + 2).next() * 6) * DAY;
    return walk(ctx, plan, steps, original.submittedAt + offset, road);
  }
  if (plan.state === 'SUBMITTED' || plan.variant === 'fresh') {
    const at = inboxSubmission(ctx, plan, prng(plan.seed + 2));
    if (at !== null) return walk(ctx, plan, steps, at, road, false);
  }

  const target = now - plan.agoHours * HOUR;
  const lastOf = (row: CaseRow) => row.events[row.events.length - 1].occurredAt;
  // Nothing after the load, and a REPLIED case still inside its evaluation days; the window
  // itself is only a wish, which a long holiday can put out of the office's reach.
  const latest = now - MINUTE;
  const earliest = plan.state === 'REPLIED' ? now - plan.maxAgoHours * HOUR : -Infinity;
  const fits = (row: CaseRow) => lastOf(row) <= latest && lastOf(row) >= earliest;
  let submittedAt = target - 10 * DAY;
  let best: CaseRow | null = null;
  for (let attempt = 0; attempt < 12; attempt++) {
    const row = walk(ctx, plan, steps, submittedAt, road);
    const miss = target - lastOf(row);
    if (fits(row)) {
      if (Math.abs(miss) < 2 * DAY) return row;
      if (!best || Math.abs(target - lastOf(best)) > Math.abs(miss)) best = row;
    }
    // Office hours and holidays make the path's length jump with its start; damp the later moves.
    submittedAt += attempt < 6 ? miss : miss / 2;
  }
  if (best && lastOf(best) >= now - plan.maxAgoHours * HOUR) return best;
  // Try every hour back from where the last step would fall on the load; then once more with the
  // office on holiday duty, which a reply sent during the Spring Festival needs.
  for (const duty of [false, true]) {
    const duration = lastOf(walk(ctx, plan, steps, target, road, true, duty)) - target;
    for (let hours = 0; hours < 30 * 24; hours++) {
      const row = walk(ctx, plan, steps, now - duration - hours * HOUR, road, true, duty);
      if (fits(row)) return row;
    }
  }
  if (best) return best;
  throw new Error(`Demo case ${plan.index} (${plan.state}) does not fit before ${ctx.now.toISOString()}`);
}

/**
 * The office inbox: fresh cases submitted today, yellow ones from the previous working day (their
 * one day ends today — yellow when the demo is loaded on a working day; on a weekend they are due
 * on the next working day and not yet yellow) and red ones three working days old. null for the supplemented ones, which
 * are laid out like the rest.
 */
function inboxSubmission(ctx: Context, plan: Plan, random: Random): number | null {
  const now = ctx.now.getTime();
  const today = dayStart(now);
  const workingDayBefore = (t: number, n: number) => {
    let day = dayStart(t);
    for (let counted = 0; counted < n;) {
      day -= DAY;
      if (ctx.workingDays.has(day + 12 * HOUR)) counted++;
    }
    return day;
  };
  switch (plan.variant) {
    case 'fresh': {
      // Within today, never before midnight: submitted yesterday it would already be yellow.
      const earliest = Math.max(today + MINUTE, now - 5 * HOUR);
      return earliest + (now - MINUTE - earliest) * random.next();
    }
    case 'yellow':
      return workingDayBefore(now, 1) + (9 + random.next() * 8) * HOUR;
    case 'red':
      return workingDayBefore(now, 3 + random.int(0, 1)) + (9 + random.next() * 8) * HOUR;
    default:
      return null;
  }
}

// ───────────────────────────── numbers ─────────────────────────────

function queryCode(random: Random): string {
  return queryCodeFrom((n) => random.int(0, n - 1));
}

const yearOf = (t: number) => Number(shanghaiDate(new Date(t)).slice(0, 4));

// ───────────────────────────── notifications ─────────────────────────────

interface NotificationRow {
  userId: string;
  event: NotificationEvent;
  params: Record<string, string>;
  caseId: string;
  createdAt: number;
  readAt: number | null;
}

/**
 * What the office, the walkthrough enterprise's accounts and the grid heads were told in the last
 * weeks. A message stays unread while its case still waits on its reader, so that the unread
 * counts point at work to do.
 */
function notificationsOf(ctx: Context, rows: CaseRow[], byIndex: Map<number, CaseRow>): NotificationRow[] {
  const now = ctx.now.getTime();
  const random = prng(0x4101_0902);
  const officeIds = ['office', 'officelead'].map((u) => ctx.users.get(u)!.id);
  const enterpriseIds = ['enterprise', 'enterprise2'].map((u) => ctx.users.get(u)!.id);
  const notifications: NotificationRow[] = [];

  for (const row of rows) {
    const walkthrough = row.plan.enterprise === ctx.demoEnterprise;
    const portalReaders = walkthrough
      ? enterpriseIds
      : row.plan.submitter.role === 'GRID_HEAD'
        ? [row.plan.submitter.id!]
        : [];
    const last = row.events[row.events.length - 1];
    for (const event of row.events) {
      if (!walkthrough && event.occurredAt < now - 45 * DAY) continue;
      const params: Record<string, string> = { trackingNo: row.trackingNo!, title: row.title };
      let readers: string[] = [];
      let kind: NotificationEvent | null = null;
      switch (event.action) {
        case 'submit':
          readers = officeIds;
          kind = 'CASE_SUBMITTED';
          if (row.plan.submitter.role === 'ENTERPRISE' || row.plan.submitter.role === 'GRID_HEAD') {
            notifications.push(
              note(
                row.plan.submitter.id!,
                'CASE_RECEIVED',
                { ...params, queryCode: row.queryCode! },
                row,
                event,
                false,
              ),
            );
          }
          break;
        case 'supplement':
          readers = officeIds;
          kind = 'CASE_SUPPLEMENTED';
          break;
        case 'withdraw':
          readers = officeIds;
          kind = 'CASE_WITHDRAWN';
          break;
        case 'accept':
          readers = portalReaders;
          kind = 'CASE_ACCEPTED';
          break;
        case 'reject':
          readers = portalReaders;
          kind = 'CASE_REJECTED';
          params.note = event.publicNote ?? '';
          break;
        case 'requestInfo':
          readers = portalReaders;
          kind = 'CASE_INFO_REQUESTED';
          params.note = event.publicNote ?? '';
          break;
        case 'markDuplicate':
          readers = portalReaders;
          kind = 'CASE_DUPLICATE';
          params.originalTrackingNo = byIndex.get(row.plan.original!.index)!.trackingNo!;
          break;
        case 'replyDirectly':
        case 'approveReply':
          readers = portalReaders;
          kind = 'CASE_REPLIED';
          break;
        default:
          break;
      }
      if (!kind) continue;
      // Waiting on the reader: the office's inbox, the enterprise's supplement or evaluation.
      const waiting =
        event === last &&
        ((kind === 'CASE_SUBMITTED' || kind === 'CASE_SUPPLEMENTED') && row.state === 'SUBMITTED'
          ? true
          : (kind === 'CASE_INFO_REQUESTED' && row.state === 'NEEDS_INFO') ||
            (kind === 'CASE_REPLIED' && row.state === 'REPLIED'));
      for (const reader of readers) notifications.push(note(reader, kind, params, row, event, waiting));
    }
  }
  return notifications;

  function note(
    userId: string,
    event: NotificationEvent,
    params: Record<string, string>,
    row: CaseRow,
    at: EventRow,
    waiting: boolean,
  ): NotificationRow {
    const readAt = at.occurredAt + (0.1 + random.next() * 30) * HOUR;
    const recent = at.occurredAt > now - 12 * HOUR;
    return {
      userId,
      event,
      params,
      caseId: row.id,
      createdAt: at.occurredAt,
      readAt: waiting || recent || readAt >= now ? null : readAt,
    };
  }
}

// ───────────────────────────── loading ─────────────────────────────

async function loadContext(
  manager: EntityManager,
  creditCodes: readonly string[],
  now: Date,
): Promise<Context | null> {
  const calendarRows = HOLIDAY_YEAR_ROW.decodeAll(
    await manager.query(`SELECT ${HOLIDAY_YEAR_ROW.select} FROM holiday_year ORDER BY year`),
  );
  const calendar = new WorkingCalendar({
    years: Object.fromEntries(calendarRows.map((r) => [String(r.year), { off: r.off, work: r.work }])),
  });

  const users = decodeRows(
    await manager.query(
      `SELECT username, id, display_name FROM app_user
        WHERE username IN ('enterprise', 'enterprise2', 'gridhead', 'office', 'officelead', 'dept', 'deptlead')
           OR username LIKE 'gridhead-hj0_' OR username LIKE 'dept-%' OR username LIKE 'deptlead-%'`,
    ),
    { username: text, id: text, display_name: text },
  );
  const userMap = new Map(users.map((u) => [u.username, { id: u.id, name: u.display_name }]));

  const departmentRows = decodeRows(await manager.query('SELECT id, name FROM department'), {
    id: text,
    name: text,
  });
  const departments = new Map<string, Department>();
  for (const { id, name } of departmentRows) {
    const street = DEMO_STREETS.findIndex((s) => s.office === name);
    const handlers =
      DEPARTMENT_HANDLERS[name] ??
      (street >= 0 ? { code: DEMO_STREETS[street].code.toLowerCase(), ...STREET_HANDLERS[street] } : null);
    if (name === DEMO_DEPARTMENT) {
      const dept = userMap.get('dept');
      const lead = userMap.get('deptlead');
      if (!dept || !lead) return null;
      departments.set(name, {
        id,
        name,
        staff: { id: dept.id, role: 'DEPT_STAFF', name: dept.name },
        leader: { id: lead.id, role: 'DEPT_LEADER', name: lead.name },
      });
    } else if (handlers) {
      departments.set(name, {
        id,
        name,
        // Accounts loaded before the departments had their own act under the handlers' names.
        staff: {
          id: userMap.get(`dept-${handlers.code}`)?.id ?? null,
          role: 'DEPT_STAFF',
          name: handlers.staff,
        },
        leader: {
          id: userMap.get(`deptlead-${handlers.code}`)?.id ?? null,
          role: 'DEPT_LEADER',
          name: handlers.leader,
        },
      });
    }
  }

  const enterpriseRows = decodeRows(
    await manager.query(
      `SELECT e.id, e.name, e.contact_name, e.credit_code, e.status, g.code AS cell
           FROM enterprise e JOIN grid g ON g.id = e.grid_id
          WHERE e.credit_code = ANY($1)`,
      [creditCodes],
    ),
    { id: text, name: text, contact_name: text, credit_code: text, status: text, cell: text },
  );
  const byCode = new Map(enterpriseRows.map((e) => [e.credit_code, e]));
  const enterprises: EnterpriseRow[] = [];
  for (const code of creditCodes) {
    const e = byCode.get(code);
    const street = e && DEMO_STREETS.find((s) => e.cell.startsWith(s.code));
    if (!e || !street || e.status !== 'ACTIVE') continue;
    const community = street.communities[Number(e.cell.slice(4, 6)) - 1]?.name ?? street.name;
    enterprises.push({
      id: e.id,
      name: e.name,
      contactName: e.contact_name,
      cell: e.cell,
      street,
      community,
    });
  }
  const demoEnterprise = enterprises.find((e) => byCode.get(DEMO_ENTERPRISE.creditCode)?.id === e.id);
  const needed = [
    'enterprise',
    'enterprise2',
    'gridhead',
    'office',
    'officelead',
    ...DEMO_STREETS.map((s) => `gridhead-${s.code.toLowerCase()}`),
  ];
  // The district was edited beyond recognition (or is not the demo's): leave it alone.
  if (!demoEnterprise || needed.some((u) => !userMap.has(u)) || departments.size < departmentRows.length)
    return null;
  return {
    now,
    calendar,
    workingDays: new WorkingDays(calendar),
    users: userMap,
    departments,
    enterprises,
    demoEnterprise,
  };
}

/** The demo cases as rows, ready to insert. */
function buildDemoCases(ctx: Context): { cases: CaseRow[] } {
  const plans = makePlans(ctx);
  const rows = new Map<Plan, CaseRow>();
  for (const plan of plans) rows.set(plan, layOut(ctx, plan, rows));
  return { cases: [...rows.values()] };
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/**
 * Loads the demo cases, their timelines and recent notifications, numbered after whatever the
 * tracking sequence already gave out. Idempotent: the cases carry fixed client keys, and a
 * second load finds the first one's and adds nothing. Answers how many cases it added.
 */
export async function seedDemoCases(
  manager: EntityManager,
  creditCodes: readonly string[],
  now: Date,
): Promise<number> {
  const [{ loaded }] = decodeRows(
    await manager.query(
      `SELECT EXISTS (SELECT 1 FROM case_file
                       WHERE submitter_id = (SELECT id FROM app_user WHERE username = 'enterprise')
                         AND client_key = $1) AS loaded`,
      [`${CLIENT_KEY_PREFIX}0001`],
    ),
    { loaded: bool },
  );
  if (loaded) return 0;
  const ctx = await loadContext(manager, creditCodes, now);
  if (!ctx) return 0;

  const { cases } = buildDemoCases(ctx);
  const byIndex = new Map(cases.map((row) => [row.plan.index, row]));

  // Gap-free per year, in order of submission, after the numbers already given out.
  const sequence = new Map<number, number>(
    decodeRows(await manager.query('SELECT year, last_value FROM case_tracking_sequence FOR UPDATE'), {
      year: int,
      last_value: int,
    }).map((r) => [r.year, r.last_value]),
  );
  const codes = prng(0x4101_0903);
  for (const row of [...cases].sort((a, b) => a.submittedAt - b.submittedAt || a.plan.index - b.plan.index)) {
    const year = yearOf(row.submittedAt);
    const next = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, next);
    row.trackingNo = trackingNumber(year, next);
    row.queryCode = queryCode(codes);
  }

  const column = <T>(pick: (row: CaseRow) => T) => cases.map(pick);
  await manager.query(
    `INSERT INTO case_file (id, tracking_no, query_code, kind, category, channel, title, content, search_vector,
                            enterprise_id, submitter_id, client_key, named_department_id, misconduct_type,
                            contact_consent, state, priority, complexity, submitted_at, state_deadline, paused_at,
                            accepted_at, replied_at, closed_at, office_note, duplicate_of_id, lead_department_id,
                            reply_result, reply_text, reopen_count, created_at, updated_at, version)
     SELECT c.id, c.tracking_no, c.query_code, c.kind, c.category, c.channel, c.title, c.content,
            to_tsvector('simple', c.tokens), c.enterprise_id, c.submitter_id, c.client_key, c.named_department_id,
            c.misconduct_type, c.contact_consent, c.state, c.priority, c.complexity, c.submitted_at,
            c.state_deadline, c.paused_at, c.accepted_at, c.replied_at, c.closed_at, c.office_note,
            c.duplicate_of_id, c.lead_department_id, c.reply_result, c.reply_text, c.reopen_count,
            c.submitted_at, c.updated_at, c.version
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::uuid[], $11::uuid[], $12::text[], $13::uuid[], $14::text[], $15::boolean[],
                   $16::text[], $17::text[], $18::text[], $19::timestamptz[], $20::timestamptz[], $21::timestamptz[],
                   $22::timestamptz[], $23::timestamptz[], $24::timestamptz[], $25::text[], $26::uuid[], $27::uuid[],
                   $28::text[], $29::text[], $30::int[], $31::timestamptz[], $32::int[])
              AS c(id, tracking_no, query_code, kind, category, channel, title, content, tokens, enterprise_id,
                   submitter_id, client_key, named_department_id, misconduct_type, contact_consent, state, priority,
                   complexity, submitted_at, state_deadline, paused_at, accepted_at, replied_at, closed_at,
                   office_note, duplicate_of_id, lead_department_id, reply_result, reply_text, reopen_count,
                   updated_at, version)`,
    [
      column((r) => r.id),
      column((r) => r.trackingNo),
      column((r) => r.queryCode),
      column((r) => r.plan.template.kind),
      column((r) => r.plan.template.category),
      column((r) => r.plan.channel),
      column((r) => r.title),
      column((r) => r.content),
      column((r) => searchTokens(`${r.title} ${r.content}`)),
      column((r) => r.plan.enterprise.id),
      column((r) => r.plan.submitter.id),
      column((r) => `${CLIENT_KEY_PREFIX}${String(r.plan.index + 1).padStart(4, '0')}`),
      column((r) => r.plan.named?.id ?? null),
      column((r) => r.plan.template.misconduct ?? null),
      column((r) => r.plan.contactConsent),
      column((r) => r.state),
      column((r) => r.priority),
      column((r) => r.complexity),
      column((r) => iso(r.submittedAt)),
      column((r) => iso(r.stateDeadline)),
      column((r) => iso(r.pausedAt)),
      column((r) => iso(r.acceptedAt)),
      column((r) => iso(r.repliedAt)),
      column((r) => iso(r.closedAt)),
      column((r) => r.officeNote),
      column((r) => (r.plan.original ? byIndex.get(r.plan.original.index)!.id : null)),
      column((r) => r.leadDepartment?.id ?? null),
      column((r) => r.replyResult),
      column((r) => r.replyText),
      column((r) => r.reopenCount),
      column((r) => iso(r.events[r.events.length - 1].occurredAt)),
      column((r) => r.events.length),
    ],
  );

  // The lead assignments: the truth about who handles a case, with the deadlines its steps set;
  // the ones an approved return ended stay, RETURNED, as history.
  const leads = [
    ...cases
      .filter((r) => r.leadDepartment && r.assignment)
      .map((r) => ({
        r,
        department: r.leadDepartment!,
        a: r.assignment!,
        state: leadStateOf(r),
        returnedAt: null,
      })),
    ...cases.flatMap((r) =>
      r.returned.map((x) => ({
        r,
        department: x.department,
        a: x.assignment,
        state: 'RETURNED',
        returnedAt: x.closedAt,
      })),
    ),
  ];
  type Lead = (typeof leads)[number];
  const pick = <T>(f: (l: Lead) => T) => leads.map(f);
  const current = (l: Lead) => l.returnedAt === null;
  await manager.query(
    `INSERT INTO case_assignment (case_id, department_id, role, state, assigned_at, sign_deadline, reply_deadline,
                                  original_reply_deadline, paused_at, signed_at, first_contacted_at, replied_at,
                                  draft_result, draft_text, pending_request, request_days, request_reason, closed_at,
                                  contact_deadline, extension_count, sent_back_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[],
                          $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[],
                          $11::timestamptz[], $12::timestamptz[], $13::text[], $14::text[], $15::text[], $16::int[],
                          $17::text[], $18::timestamptz[], $19::timestamptz[], $20::int[], $21::timestamptz[])`,
    [
      pick((l) => l.r.id),
      pick((l) => l.department.id),
      pick(() => 'LEAD'),
      pick((l) => l.state),
      pick((l) => iso(l.a.assignedAt)),
      pick((l) => iso(l.a.signDeadline)),
      pick((l) => iso(l.a.replyDeadline)),
      pick((l) => iso(l.a.originalReplyDeadline)),
      // A returned assignment's clock stopped for good with the approval.
      pick((l) => (current(l) ? iso(l.a.pausedAt) : null)),
      pick((l) => iso(l.a.signedAt)),
      pick((l) => iso(l.a.firstContactedAt)),
      pick((l) => iso(l.a.repliedAt)),
      // The reply last drafted stays on the lead's assignment, as the office approves it from there.
      pick((l) => (current(l) ? ((sentReply(l.r)?.result as string | undefined) ?? null) : null)),
      pick((l) => (current(l) ? ((sentReply(l.r)?.text as string | undefined) ?? null) : null)),
      pick((l) => (current(l) ? l.a.pendingRequest : null)),
      pick((l) => (current(l) ? l.a.requestDays : null)),
      // An approved return keeps the reason it was asked for.
      pick((l) => l.a.requestReason),
      pick((l) =>
        !current(l)
          ? iso(l.returnedAt)
          : ['CLOSED', 'WITHDRAWN'].includes(l.r.state)
            ? iso(l.r.closedAt)
            : null,
      ),
      pick((l) => iso(l.a.contactDeadline)),
      pick((l) => l.a.extensionCount),
      pick((l) =>
        current(l) ? iso(l.r.events.findLast((e) => e.action === 'sendBack')?.occurredAt ?? null) : null,
      ),
    ],
  );

  // The co-departments' assignments: ended with the case, or waiting, signed or answered.
  const cos = cases.filter((r) => r.co);
  const coPick = <T>(f: (r: CaseRow, co: NonNullable<CaseRow['co']>) => T) => cos.map((r) => f(r, r.co!));
  const ended = (r: CaseRow) => ['CLOSED', 'WITHDRAWN'].includes(r.state);
  await manager.query(
    `INSERT INTO case_assignment (case_id, department_id, role, state, assigned_at, sign_deadline, reply_deadline,
                                  signed_at, replied_at, opinion, closed_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[],
                          $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::text[], $11::timestamptz[])`,
    [
      coPick((r) => r.id),
      coPick((_r, co) => co.department.id),
      coPick(() => 'CO'),
      coPick((r, co) =>
        ended(r)
          ? 'CLOSED'
          : co.opinion
            ? 'OPINION_GIVEN'
            : co.assignment.signedAt
              ? 'IN_PROGRESS'
              : 'ASSIGNED',
      ),
      coPick((_r, co) => iso(co.assignment.assignedAt)),
      coPick((_r, co) => iso(co.assignment.signDeadline)),
      coPick((_r, co) => iso(co.assignment.replyDeadline)),
      coPick((_r, co) => iso(co.assignment.signedAt)),
      coPick((_r, co) => iso(co.assignment.repliedAt)),
      coPick((_r, co) => co.opinion),
      coPick((r) => (ended(r) ? iso(r.closedAt) : null)),
    ],
  );

  // The enterprises' evaluations, as CaseEvaluationService writes them on the case.
  const evaluated = cases.filter((r) => r.evaluation);
  await manager.query(
    `UPDATE case_file c SET evaluation_solved = e.solved, evaluation_satisfaction = e.satisfaction,
                            evaluation_comment = e.comment, evaluated_at = e.at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS e(id, solved, satisfaction, comment, at)
      WHERE c.id = e.id`,
    [
      evaluated.map((r) => r.id),
      evaluated.map((r) => r.evaluation!.solved),
      evaluated.map((r) => r.evaluation!.satisfaction),
      evaluated.map((r) => r.evaluation!.comment),
      evaluated.map((r) => iso(r.evaluation!.at)),
    ],
  );

  const events = cases
    .flatMap((row) => row.events.map((event) => ({ row, event })))
    .sort((a, b) => a.event.occurredAt - b.event.occurredAt);
  const details = ({ row, event }: (typeof events)[number]) => {
    if (event.action !== 'markDuplicate') return event.details;
    const original = byIndex.get(row.plan.original!.index)!;
    return { originalId: original.id, originalTrackingNo: original.trackingNo };
  };
  await manager.query(
    `INSERT INTO case_event (case_id, occurred_at, action, from_state, to_state, actor_id, actor_role, actor_name,
                             public_note, internal_note, details)
     SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[],
                          $8::text[], $9::text[], $10::text[], $11::jsonb[])`,
    [
      events.map((e) => e.row.id),
      events.map((e) => iso(e.event.occurredAt)),
      events.map((e) => e.event.action),
      events.map((e) => e.event.from),
      events.map((e) => e.event.to),
      events.map((e) => e.event.actor.id),
      events.map((e) => e.event.actor.role),
      events.map((e) => e.event.actor.name),
      events.map((e) => e.event.publicNote),
      events.map((e) => e.event.internalNote),
      events.map((e) => {
        const value = details(e);
        return value === null ? null : JSON.stringify(value);
      }),
    ],
  );

  await manager.query(
    `INSERT INTO case_tracking_sequence (year, last_value)
     SELECT * FROM unnest($1::int[], $2::int[])
     ON CONFLICT (year) DO UPDATE SET last_value = GREATEST(case_tracking_sequence.last_value, EXCLUDED.last_value)`,
    [[...sequence.keys()], [...sequence.values()]],
  );

  const notifications = notificationsOf(ctx, cases, byIndex);
  await manager.query(
    `INSERT INTO notification (user_id, event, params, case_id, created_at, read_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::uuid[], $5::timestamptz[], $6::timestamptz[])`,
    [
      notifications.map((n) => n.userId),
      notifications.map((n) => n.event),
      notifications.map((n) => JSON.stringify(n.params)),
      notifications.map((n) => n.caseId),
      notifications.map((n) => iso(n.createdAt)),
      notifications.map((n) => iso(n.readAt)),
    ],
  );
  await recordDemoSms(manager, notifications);
  return cases.length;
}

/** Events whose notification also goes out as an SMS (as CasesService sends them). */
const SMS_EVENTS: ReadonlySet<NotificationEvent> = new Set([
  'CASE_RECEIVED',
  'CASE_ACCEPTED',
  'CASE_REJECTED',
  'CASE_INFO_REQUESTED',
  'CASE_DUPLICATE',
  'CASE_REPLIED',
]);

/**
 * The SMS that went with the enterprises' demo notifications, as the recording sender would have
 * recorded them — already sent, so the admin app's 短信/邮件发送记录 has something to show and
 * the outbox worker has nothing to do.
 */
async function recordDemoSms(manager: EntityManager, notifications: NotificationRow[]): Promise<void> {
  const texts = notifications.filter((n) => SMS_EVENTS.has(n.event));
  if (texts.length === 0) return;
  const mobiles = new Map(
    decodeRows(
      await manager.query(
        `SELECT id, mobile FROM app_user WHERE id = ANY($1::uuid[]) AND mobile IS NOT NULL`,
        [[...new Set(texts.map((n) => n.userId))]],
      ),
      { id: text, mobile: text },
    ).map((u) => [u.id, u.mobile]),
  );
  const sms = texts
    .filter((n) => mobiles.has(n.userId))
    .map((n) => ({ ...n, id: randomUUID(), recipient: mobiles.get(n.userId)!, sentAt: iso(n.createdAt) }));
  await manager.query(
    `INSERT INTO outbox_message (id, channel, recipient, event, params, locale, status, attempts,
       created_at, sent_at)
     SELECT id, 'SMS', recipient, event, params, 'zh-CN', 'SENT', 1, sent_at, sent_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])
         AS t(id, recipient, event, params, sent_at)`,
    [
      sms.map((m) => m.id),
      sms.map((m) => m.recipient),
      sms.map((m) => m.event),
      sms.map((m) => JSON.stringify(m.params)),
      sms.map((m) => m.sentAt),
    ],
  );
  await manager.query(
    `INSERT INTO sent_message (outbox_id, channel, recipient, subject, body, sent_at)
     SELECT outbox_id, 'SMS', recipient, NULL, body, sent_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS t(outbox_id, recipient, body, sent_at)`,
    [
      sms.map((m) => m.id),
      sms.map((m) => m.recipient),
      sms.map((m) => renderNotification(m.event, m.params, 'zh-CN').body),
      sms.map((m) => m.sentAt),
    ],
  );
}
