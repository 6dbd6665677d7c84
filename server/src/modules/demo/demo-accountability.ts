import type { EntityManager } from 'typeorm';
import { shanghaiDate, type AccountabilitySubject, type AccountabilityType } from '@gridbridge/shared';
import { arrayOf, decodeRows, int, objectOf, text } from '../../database/rows.js';
import {
  composeNotice,
  redactNoticeText,
  type NoticeSource,
  type Redaction,
} from '../accountability/index.js';

/*
 * The demo district's accountability 问责 (docs/supervision.md#accountability): a few decisions
 * on departments and officials over the last months, each resting on a case its department led,
 * and notices 通报 on the portal — two published with names and enterprises redacted, one
 * withdrawn. Dates count back from the load, so the figures always show recent months.
 */
interface DemoRecord {
  daysAgo: number;
  subjectKind: AccountabilitySubject;
  department: string;
  officialName?: string;
  officialPost?: string;
  type: AccountabilityType;
  reason: string;
  decidedBy: string;
}

const DAY_MS = 86_400_000;

const DEMO_RECORDS: DemoRecord[] = [
  {
    daysAgo: 12,
    subjectKind: 'OFFICIAL',
    department: '区自然资源和规划局',
    officialName: '刘建国',
    officialPost: '用地审批科科长',
    type: 'ADMONITION',
    reason: '交办诉求超过签收时限 3 个工作日未签收，企业多次催问无果',
    decidedBy: '区纪委监委',
  },
  {
    daysAgo: 12,
    subjectKind: 'DEPARTMENT',
    department: '区城市管理局',
    type: 'CRITICISM',
    reason: '同一诉求答复两次被退回重办，答复内容避重就轻、未解决实际问题',
    decidedBy: '区优化营商环境工作领导小组办公室',
  },
  {
    daysAgo: 40,
    subjectKind: 'OFFICIAL',
    department: '区住房和城乡建设局',
    officialName: '孙立新',
    officialPost: '建筑市场监管股副股长',
    type: 'CRITICISM',
    reason: '超期未答复企业施工许可诉求，且未按规定申请延期',
    decidedBy: '区纪委监委',
  },
  {
    daysAgo: 75,
    subjectKind: 'OFFICIAL',
    department: '区城市管理局',
    officialName: '赵志强',
    officialPost: '市容环卫科工作人员',
    type: 'NO_HONOURS',
    reason: '诉求被企业评价不满意后重新办理，仍推诿扯皮',
    decidedBy: '区城市管理局党组',
  },
];

/** Which records each notice reports on (by position above), and how it was redacted. */
const DEMO_NOTICES: { records: number[]; daysAgo: number; redaction: Redaction; withdrawn?: string }[] = [
  { records: [0, 1], daysAgo: 8, redaction: { names: true, posts: false, enterprises: true } },
  { records: [2], daysAgo: 35, redaction: { names: true, posts: true, enterprises: true } },
  {
    records: [3],
    daysAgo: 70,
    redaction: { names: false, posts: false, enterprises: false },
    withdrawn: '未隐去个人姓名，撤回后重新审核',
  },
];

/** Loads the demo's accountability records and notices once; answers how many records it added. */
export async function seedDemoAccountability(manager: EntityManager, now: Date): Promise<number> {
  const [{ count }] = decodeRows(
    await manager.query('SELECT count(*)::int AS count FROM accountability_record'),
    { count: int },
  );
  if (count > 0) return 0;
  const [leader] = decodeRows(await manager.query(`SELECT id FROM app_user WHERE username = 'officelead'`), {
    id: text,
  });
  if (!leader) return 0;
  const ids: string[] = [];
  const sources: NoticeSource[] = [];
  for (const record of DEMO_RECORDS) {
    const decidedOn = shanghaiDate(new Date(now.getTime() - record.daysAgo * DAY_MS));
    // The case it rests on: one its department led, the oldest (demo cases are laid out by the same clock).
    const [row] = decodeRows(
      await manager.query(
        `WITH inserted AS (
           INSERT INTO accountability_record (subject_kind, department_id, official_name, official_post, type, reason,
                                              decided_on, decided_by, created_by_id, created_at, updated_at)
           SELECT $1, d.id, $3, $4, $5, $6, $7, $8, $9, $10, $10 FROM department d WHERE d.name = $2
           RETURNING id, department_id
         ), linked AS (
           INSERT INTO accountability_record_case (record_id, case_id)
           SELECT i.id, c.id FROM inserted i
             JOIN LATERAL (SELECT id FROM case_file WHERE lead_department_id = i.department_id
                            ORDER BY submitted_at LIMIT 1) c ON true
           RETURNING case_id
         )
         SELECT i.id,
                COALESCE((SELECT json_agg(json_build_object('trackingNo', c.tracking_no, 'enterpriseName', e.name))
                            FROM linked l JOIN case_file c ON c.id = l.case_id JOIN enterprise e ON e.id = c.enterprise_id),
                         '[]'::json) AS cases
           FROM inserted i`,
        [
          record.subjectKind,
          record.department,
          record.officialName ?? null,
          record.officialPost ?? null,
          record.type,
          record.reason,
          decidedOn,
          record.decidedBy,
          leader.id,
          now,
        ],
      ),
      { id: text, cases: arrayOf(objectOf({ trackingNo: text, enterpriseName: text })) },
    );
    if (!row) return ids.length;
    ids.push(row.id);
    sources.push({
      subjectKind: record.subjectKind,
      departmentName: record.department,
      officialName: record.officialName ?? null,
      officialPost: record.officialPost ?? null,
      type: record.type,
      reason: record.reason,
      decidedOn,
      decidedBy: record.decidedBy,
      cases: row.cases,
    });
  }
  for (const notice of DEMO_NOTICES) {
    const chosen = notice.records.map((i) => sources[i]);
    const { title, body } = composeNotice(chosen);
    const at = new Date(now.getTime() - notice.daysAgo * DAY_MS);
    await manager.query(
      `WITH inserted AS (
         INSERT INTO public_notice (title, body, redact_names, redact_posts, redact_enterprises, published_at,
                                    published_by_id, withdrawn_at, withdrawn_by_id, withdraw_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::timestamptz IS NULL THEN NULL ELSE $7::uuid END, $9)
         RETURNING id
       )
       INSERT INTO public_notice_record (notice_id, record_id, position)
       SELECT inserted.id, u.record_id, u.position::int
         FROM inserted, unnest($10::uuid[]) WITH ORDINALITY AS u(record_id, position)`,
      [
        redactNoticeText(title, chosen, notice.redaction),
        redactNoticeText(body, chosen, notice.redaction),
        notice.redaction.names,
        notice.redaction.posts,
        notice.redaction.enterprises,
        at,
        leader.id,
        notice.withdrawn ? new Date(at.getTime() + DAY_MS) : null,
        notice.withdrawn ?? null,
        notice.records.map((i) => ids[i]),
      ],
    );
  }
  return ids.length;
}
