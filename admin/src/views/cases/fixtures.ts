import type { CaseAssignment, CaseDetail, CaseRow } from './data';

/** Test data for the case screens' specs. */
export function caseRow(overrides: Partial<CaseRow> = {}): CaseRow {
  return {
    id: 'c1',
    trackingNo: 'YH2026000101',
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    channel: 'PORTAL',
    title: '厂区用电报装迟迟未办理',
    state: 'SUBMITTED',
    priority: 'NORMAL',
    complexity: 'SIMPLE',
    officeNote: null,
    enterpriseId: 'e1',
    enterpriseName: '郑州惠济宏达食品有限公司',
    gridPath: ['新城街道', '新城社区', '新城社区第一网格'],
    leadDepartmentName: null,
    submittedAt: '2026-03-02T01:00:00Z',
    deadline: { dueAt: '2026-03-03T15:59:59.999Z', state: 'NONE', workingDays: 2 },
    version: 3,
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...caseRow(),
    queryCode: 'K7M2Q9PA',
    content: '我公司新厂房申请用电报装已一个月,至今没有答复。',
    misconductType: null,
    contactConsent: true,
    namedDepartmentId: null,
    namedDepartmentName: null,
    submitterName: '李经理',
    acceptedAt: null,
    repliedAt: null,
    closedAt: null,
    duplicateOf: null,
    replyResult: null,
    replyText: null,
    reopenCount: 0,
    availableActions: [],
    contact: null,
    assignments: [],
    attachments: [],
    timeline: [
      {
        id: 'ev1',
        occurredAt: '2026-03-02T01:00:00Z',
        action: 'submit',
        fromState: null,
        toState: 'SUBMITTED',
        actorRole: 'ENTERPRISE',
        actorName: '李经理',
        publicNote: null,
        internalNote: null,
        attachments: [],
      },
    ],
    ...overrides,
  };
}

export function assignment(overrides: Partial<CaseAssignment> = {}): CaseAssignment {
  return {
    id: 'as1',
    departmentId: 'd1',
    departmentName: '区市场监督管理局',
    role: 'LEAD',
    state: 'ASSIGNED',
    assignedAt: '2026-03-03T02:00:00Z',
    signDeadline: '2026-03-04T15:59:59.999Z',
    replyDeadline: '2026-03-10T15:59:59.999Z',
    originalReplyDeadline: null,
    signedAt: null,
    firstContactedAt: null,
    repliedAt: null,
    paused: false,
    note: null,
    opinion: null,
    draftResult: null,
    draftText: null,
    draftInternalNote: null,
    pendingRequest: null,
    requestReason: null,
    requestDays: null,
    sentBackAt: null,
    version: 1,
    ...overrides,
  };
}

export const casePage = (
  items: CaseRow[],
  nextCursor: string | null = null,
  total?: { totalCount: number; totalCountCapped: boolean },
) => ({
  data: { cases: { items, nextCursor, ...total } },
});
