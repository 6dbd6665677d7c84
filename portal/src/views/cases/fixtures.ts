import { availableActions } from '@gridbridge/shared';
import type { Viewer } from '@/api/account';
import type { CaseDetail } from '@/api/cases';
import { enterpriseViewer } from '@/testing/mount';

/** Test data of the case views. */

export const gridHeadViewer: Viewer = {
  ...enterpriseViewer,
  id: '7',
  username: 'gridhead',
  displayName: '李网格',
  roles: ['GRID_HEAD'],
  organisationName: '新城社区',
};

/**
 * A case as the portal API returns it. Unless overridden, its `availableActions` are what the
 * server answers its enterprise from the shared lifecycle table for the case's state.
 */
export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  const state = overrides.state ?? 'SUBMITTED';
  const kind = overrides.kind ?? 'DIFFICULTY';
  return {
    id: 'c1',
    trackingNo: 'YH2026000123',
    queryCode: 'K7MPQ2XA',
    kind: 'DIFFICULTY',
    category: 'UTILITIES',
    channel: 'PORTAL',
    title: '厂区供电不稳定',
    content: '本月已停电三次，影响生产。',
    state: 'SUBMITTED',
    version: 3,
    submittedAt: '2026-11-20T02:00:00Z',
    acceptedAt: null,
    repliedAt: null,
    closedAt: null,
    enterpriseId: 'e1',
    enterpriseName: '惠济区明达机械有限公司',
    submitterName: '张伟',
    namedDepartmentName: null,
    misconductType: null,
    contactConsent: true,
    officeNote: null,
    replyResult: null,
    replyText: null,
    leadDepartmentName: null,
    assignments: [],
    availableActions: availableActions(state, ['ENTERPRISE'], kind, ['SUBMITTER']),
    evaluatedAt: null,
    evaluationSolved: null,
    evaluationSatisfaction: null,
    evaluationComment: null,
    duplicateOf: null,
    promisedBy: '2026-11-23T15:59:59.999Z',
    attachments: [],
    timeline: [
      {
        id: 'ev1',
        action: 'submit',
        toState: 'SUBMITTED',
        occurredAt: '2026-11-20T02:00:00Z',
        publicNote: null,
        actorRole: 'ENTERPRISE',
        actorName: '张伟',
        attachments: [],
      },
    ],
    ...overrides,
  };
}
