import type { FigureRow, InspectionRecord, InspectionTask, InspectionTeam, Rectification } from './data';

/** Rows as the server sends them, for the page specs. */
export const TEAM: InspectionTeam = {
  id: 'team-a',
  name: '第一巡查组',
  leader: { id: 'u7', displayName: '周巡查' },
  members: [
    { id: 'u7', displayName: '周巡查' },
    { id: 'u8', displayName: '吴巡查' },
  ],
  version: 2,
};

export const TASK: InspectionTask = {
  id: 'task-1',
  title: '六月巡查',
  focus: 'MARKET_REGULATION',
  team: { id: 'team-a', name: '第一巡查组' },
  grid: null,
  department: { id: 'd1', name: '区市场监督管理局' },
  startsOn: '2026-06-01',
  endsOn: '2026-06-30',
  records: 1,
  version: 1,
};

export const RECORD: InspectionRecord = {
  id: 'r1',
  taskId: 'task-1',
  inspector: { id: 'u7', displayName: '周巡查' },
  inspectedOn: '2026-06-15',
  place: '农贸市场',
  checked: '价格公示',
  photos: [{ id: 'p1', fileName: '价签.jpg', thumbnail: 'data:image/webp;base64,UklGRg==' }],
  findings: [
    {
      id: 'f1',
      category: 'ENFORCEMENT',
      department: { id: 'd1', name: '区市场监督管理局' },
      description: '价签缺失',
      outcome: 'OPEN',
      solution: null,
      caseTrackingNo: null,
      rectification: null,
      version: 1,
    },
  ],
};

export const rectification = (overrides: Partial<Rectification> = {}): Rectification => ({
  id: 's1',
  findingId: 'f1',
  findingDescription: '价签缺失',
  department: { id: 'd1', name: '区市场监督管理局' },
  suggestion: '三日内补齐价签',
  issuedAt: '2026-06-15T02:00:00Z',
  deadline: '2026-06-18T16:00:00Z',
  state: 'ISSUED',
  warning: 'RED',
  report: null,
  evidence: null,
  reportedAt: null,
  returnReason: null,
  version: 1,
  ...overrides,
});

export const figureRow = (overrides: Partial<FigureRow>): FigureRow => ({
  teamId: null,
  teamName: null,
  dispatched: 0,
  inspectors: 0,
  found: 0,
  solved: 0,
  suggested: 0,
  onTime: 0,
  overdue: 0,
  ...overrides,
});
