import { can, type CaseKind } from '@gridbridge/shared';
import type { Viewer } from '../../common/gql-context.js';
import type { CaseContactType, CaseEventType } from './cases.types.js';

/**
 * How a viewer stands to a case. The scope SQL (case-scope.ts) has already decided that the
 * viewer may see the case at all; the relation decides which of its sensitive fields they see.
 * - OFFICE: office staff or leader (every case).
 * - LEAD_DEPARTMENT: staff or leader of a department handling the case, as its lead or as a
 *   co-department — never the department a complaint names.
 * - ENTERPRISE: an account of the case's enterprise.
 * - REPORTER: the grid head who submitted the case on the enterprise's behalf (网格上报).
 * - GRID_HEAD: any other grid head whose subtree holds the enterprise.
 * - NONE: anyone else (inspectors, administrators, auditors, other departments): nothing sensitive.
 */
export const CASE_RELATIONS = [
  'OFFICE',
  'LEAD_DEPARTMENT',
  'ENTERPRISE',
  'REPORTER',
  'GRID_HEAD',
  'NONE',
] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

/** FULL: as stored; MASKED: the phone as 138****1234 (a department reveals it, audited); HIDDEN: null. */
export type ContactVisibility = 'FULL' | 'MASKED' | 'HIDDEN';

/** What one viewer sees of one case's sensitive fields. */
export interface CaseFieldVisibility {
  /** `Case.submitterName`. */
  submitter: boolean;
  /** `CaseEvent.actorName` on steps of an enterprise account or a grid head (submit, supplement, evaluate, …). */
  reporterNames: boolean;
  /** `CaseEvent.actorName` on steps of office or department staff. */
  staffNames: boolean;
  /** `CaseEvent.internalNote`. */
  internalNotes: boolean;
  /** Timeline steps that neither changed the state nor said anything to the enterprise. */
  quietSteps: boolean;
  /** `Case.queryCode`. */
  queryCode: boolean;
  /** `Case.deadline`: the running step's colour (黄牌/红牌) and working days left — office and departments only. */
  warnings: boolean;
  /** `Case.contact`: the enterprise's contact person and phone. */
  contact: ContactVisibility;
}

/** The facts of a case the policy reads. */
export interface CasePolicySubject {
  kind: CaseKind;
  enterpriseId: string;
  submitterId: string;
  leadDepartmentId: string | null;
  /** Co-departments (协办) with an active assignment: they handle the case as much as its lead. */
  coDepartmentIds?: readonly string[];
  namedDepartmentId: string | null;
  contactConsent: boolean;
}

/** Contact in the table: MASKED only where the submitter agreed to be contacted, otherwise HIDDEN. */
type ContactRule = 'FULL' | 'MASKED_WITH_CONSENT' | 'HIDDEN';
type Rule = Omit<CaseFieldVisibility, 'contact'> & { contact: ContactRule };

const STAFF_VIEW: Rule = {
  submitter: true,
  reporterNames: true,
  staffNames: true,
  internalNotes: true,
  quietSteps: true,
  queryCode: true,
  warnings: true,
  contact: 'FULL',
};
/** What the enterprise reads: its own people and what was said to it, not the staff behind it. */
const PORTAL_VIEW: Rule = {
  submitter: true,
  reporterNames: true,
  staffNames: false,
  internalNotes: false,
  quietSteps: false,
  queryCode: true,
  // The colour is the office's pressure on a department, not a promise to the enterprise: the
  // portal reads `Case.promisedBy`, a plain date.
  warnings: false,
  contact: 'FULL',
};
const DEPARTMENT_VIEW: Rule = { ...STAFF_VIEW, queryCode: false, contact: 'MASKED_WITH_CONSENT' };
const NOTHING: Rule = {
  submitter: false,
  reporterNames: false,
  staffNames: false,
  internalNotes: false,
  quietSteps: false,
  queryCode: false,
  warnings: false,
  contact: 'HIDDEN',
};

/**
 * The one table of who sees what of a case (docs/roles-and-scope.md), per relation, for a
 * complaint (投诉举报) and for every other kind. A complaint hides from the department
 * handling it everything that tells who complained: the submitter, the names on the steps of the
 * enterprise's accounts and grid heads, and the contact details (whistle-blower protection).
 */
export const CASE_FIELD_POLICY: Record<CaseRelation, { other: Rule; complaint: Rule }> = {
  OFFICE: { other: STAFF_VIEW, complaint: STAFF_VIEW },
  LEAD_DEPARTMENT: {
    other: DEPARTMENT_VIEW,
    complaint: { ...DEPARTMENT_VIEW, submitter: false, reporterNames: false, contact: 'HIDDEN' },
  },
  ENTERPRISE: { other: PORTAL_VIEW, complaint: PORTAL_VIEW },
  REPORTER: { other: PORTAL_VIEW, complaint: PORTAL_VIEW },
  // The query code is for the enterprise, and for the grid head who reported the case to hand on.
  GRID_HEAD: { other: { ...PORTAL_VIEW, queryCode: false }, complaint: { ...PORTAL_VIEW, queryCode: false } },
  NONE: { other: NOTHING, complaint: NOTHING },
};

/**
 * Every field of the case types of both APIs, with the visibility flags that govern it (none:
 * whoever may see the case sees it). A test compares this list with the schema files, so a new
 * field cannot reach a client without being placed here.
 */
export const CASE_FIELDS: Record<string, readonly (keyof CaseFieldVisibility)[]> = {
  'Case.acceptedAt': [],
  'Case.assignments': ['internalNotes'],
  'Case.attachments': [],
  'Case.availableActions': [],
  'Case.category': [],
  'Case.channel': [],
  'Case.closedAt': [],
  'Case.complexity': [],
  'Case.contact': ['contact'],
  'Case.contactConsent': [],
  'Case.content': [],
  'Case.deadline': ['warnings'],
  'Case.duplicateOf': [],
  'Case.enterpriseId': [],
  'Case.evaluatedAt': [],
  'Case.evaluationComment': [],
  'Case.evaluationSatisfaction': [],
  'Case.evaluationSolved': [],
  'Case.enterpriseName': [],
  'Case.gridPath': [],
  'Case.id': [],
  'Case.kind': [],
  'Case.leadDepartmentId': [],
  'Case.leadDepartmentName': [],
  'Case.misconductType': [],
  'Case.namedDepartmentId': [],
  'Case.namedDepartmentName': [],
  'Case.officeNote': [],
  'Case.priority': [],
  'Case.promisedBy': [],
  'Case.queryCode': ['queryCode'],
  'Case.reopenCount': [],
  'Case.repliedAt': [],
  'Case.replyResult': [],
  'Case.replyText': [],
  'Case.state': [],
  'Case.submittedAt': [],
  'Case.submitterName': ['submitter'],
  'Case.timeline': ['quietSteps'],
  'Case.title': [],
  'Case.trackingNo': [],
  'Case.version': [],
  'CaseContact.masked': ['contact'],
  'CaseContact.name': ['contact'],
  'CaseContact.phone': ['contact'],
  'CaseEvent.action': [],
  'CaseEvent.actorName': ['reporterNames', 'staffNames'],
  'CaseEvent.actorRole': [],
  'CaseEvent.attachments': [],
  'CaseEvent.fromState': [],
  'CaseEvent.id': [],
  'CaseEvent.internalNote': ['internalNotes'],
  'CaseEvent.occurredAt': [],
  'CaseEvent.publicNote': [],
  'CaseEvent.toState': [],
};

/** Steps of these actors carry the names that identify who raised the case. */
const REPORTER_ACTORS = ['ENTERPRISE', 'GRID_HEAD'];

/** How `viewer` stands to the case `c` (null: nobody signed in). */
export function caseRelation(viewer: Viewer | null, c: CasePolicySubject): CaseRelation {
  if (!viewer) return 'NONE';
  if (can(viewer.roles, 'case.triage')) return 'OFFICE';
  if (can(viewer.roles, 'case.handle')) {
    const department = viewer.departmentId;
    const named = c.kind === 'COMPLAINT' && c.namedDepartmentId === department;
    const handling =
      department !== null &&
      (c.leadDepartmentId === department || (c.coDepartmentIds ?? []).includes(department));
    return handling && !named ? 'LEAD_DEPARTMENT' : 'NONE';
  }
  if (viewer.roles.includes('ENTERPRISE') && viewer.enterpriseId && viewer.enterpriseId === c.enterpriseId) {
    return 'ENTERPRISE';
  }
  // The scope SQL let only grid heads of the enterprise's grid subtree this far.
  if (viewer.roles.includes('GRID_HEAD')) return c.submitterId === viewer.userId ? 'REPORTER' : 'GRID_HEAD';
  return 'NONE';
}

/** What `viewer` sees of the sensitive fields of `c`: the table's row, with the submitter's consent applied. */
export function caseFieldVisibility(viewer: Viewer | null, c: CasePolicySubject): CaseFieldVisibility {
  const rules = CASE_FIELD_POLICY[caseRelation(viewer, c)];
  const rule = c.kind === 'COMPLAINT' ? rules.complaint : rules.other;
  const contact: ContactVisibility =
    rule.contact === 'MASKED_WITH_CONSENT' ? (c.contactConsent ? 'MASKED' : 'HIDDEN') : rule.contact;
  return { ...rule, contact };
}

/** 13812341234 → 138****1234; anything too short to keep digits of is starred throughout. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/**
 * The sensitive fields of one case as one viewer may see them: the single step both APIs' field
 * resolvers go through (case-fields.resolver.ts) and the contact reveal checks.
 */
export class CaseFieldPolicy {
  readonly visible: CaseFieldVisibility;

  constructor(
    viewer: Viewer | null,
    private readonly subject: CasePolicySubject,
  ) {
    this.visible = caseFieldVisibility(viewer, subject);
  }

  /** The submitter's id, to name them; null when hidden. */
  submitterId(): string | null {
    return this.visible.submitter ? this.subject.submitterId : null;
  }

  queryCode(code: string): string | null {
    return this.visible.queryCode ? code : null;
  }

  timeline(events: CaseEventType[]): CaseEventType[] {
    const v = this.visible;
    return events
      .filter((e) => v.quietSteps || e.fromState !== e.toState || e.publicNote !== null)
      .map((e) => ({
        ...e,
        actorName: (REPORTER_ACTORS.includes(e.actorRole) ? v.reporterNames : v.staffNames)
          ? e.actorName
          : null,
        internalNote: v.internalNotes ? e.internalNote : null,
      }));
  }

  contact(contact: { name: string; phone: string } | null): CaseContactType | null {
    if (!contact || this.visible.contact === 'HIDDEN') return null;
    const masked = this.visible.contact === 'MASKED';
    return { name: contact.name, phone: masked ? maskPhone(contact.phone) : contact.phone, masked };
  }
}
