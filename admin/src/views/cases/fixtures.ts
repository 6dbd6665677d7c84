import type { CaseDetail, CaseRow } from './data';

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
    namedDepartmentName: null,
    submitterName: '李经理',
    acceptedAt: null,
    repliedAt: null,
    closedAt: null,
    duplicateOf: null,
    replyResult: null,
    replyText: null,
    reopenCount: 0,
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

export const casePage = (
  items: CaseRow[],
  nextCursor: string | null = null,
  total?: { totalCount: number; totalCountCapped: boolean },
) => ({
  data: { cases: { items, nextCursor, ...total } },
});
