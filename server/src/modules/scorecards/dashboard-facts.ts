import type { EntityManager } from 'typeorm';
import type { CaseAction } from '@gridbridge/shared';

/**
 * The office dashboard's counts (docs/supervision.md#the-office-dashboard-数据驾驶舱), kept like the
 * scorecard's: per Shanghai day, kind, category, industry and level-1 grid, cases received and
 * closed (`case_day_stat`); per day, industry and level-1 grid, how many cases used each word
 * (`keyword_day_stat`) — the jieba tokens the case's search column already holds.
 */

/**
 * Words too common in every difficulty to say what it is about (the enterprise speaking of
 * itself, asking, hoping): left out of the hot topics.
 */
export const STOP_WORDS: readonly string[] = [
  '公司',
  '我们',
  '我司',
  '我公司',
  '本公司',
  '企业',
  '需要',
  '申请',
  '问题',
  '一个',
  '没有',
  '目前',
  '希望',
  '相关',
  '进行',
  '已经',
  '情况',
  '由于',
  '因为',
  '但是',
  '能够',
  '是否',
  '可以',
  '如何',
  '什么',
  '这个',
  '他们',
  '反映',
  '请求',
  '帮助',
  '一直',
  '现在',
  '要求',
];

/** The case's place as the dashboard counts it: its enterprise's industry and level-1 grid. */
const PLACE = `FROM case_file c
  JOIN enterprise en ON en.id = c.enterprise_id
  JOIN grid g ON g.id = en.grid_id`;
const SHANGHAI_DAY = (at: string) => `(${at} AT TIME ZONE 'Asia/Shanghai')::date`;

const KEYWORDS = (day: string, where: string) => `
  SELECT ${SHANGHAI_DAY(day)} AS day, w.word AS keyword, en.industry, g.path[1] AS grid_id, count(*)::int AS cases
    ${PLACE}
   CROSS JOIN LATERAL unnest(tsvector_to_array(c.search_vector)) AS w(word)
   WHERE ${where} AND char_length(w.word) >= 2 AND w.word <> ALL($STOP::text[])
   GROUP BY 1, 2, 3, 4`;

/** Counts a submission (received, its words) or a closing step (closed), in the step's transaction. */
export async function countCaseEvent(
  manager: EntityManager,
  eventId: string,
  action: CaseAction,
): Promise<void> {
  if (action === 'submit') {
    await manager.query(
      `INSERT INTO case_day_stat (day, kind, category, industry, grid_id, received, closed)
       SELECT ${SHANGHAI_DAY('c.submitted_at')}, c.kind, c.category, en.industry, g.path[1], 1, 0
         ${PLACE} JOIN case_event e ON e.case_id = c.id WHERE e.id = $1
       ON CONFLICT (day, kind, category, industry, grid_id) DO UPDATE SET received = case_day_stat.received + 1`,
      [eventId],
    );
    await manager.query(
      `INSERT INTO keyword_day_stat (day, keyword, industry, grid_id, cases)
       ${KEYWORDS('c.submitted_at', 'c.id = (SELECT case_id FROM case_event WHERE id = $1)').replace('$STOP', '$2')}
       ON CONFLICT (day, keyword, industry, grid_id) DO UPDATE SET cases = keyword_day_stat.cases + excluded.cases`,
      [eventId, STOP_WORDS],
    );
  } else if (action === 'evaluate' || action === 'autoClose' || action === 'closeDisputed') {
    await manager.query(
      `INSERT INTO case_day_stat (day, kind, category, industry, grid_id, received, closed)
       SELECT ${SHANGHAI_DAY('e.occurred_at')}, c.kind, c.category, en.industry, g.path[1], 0, 1
         ${PLACE} JOIN case_event e ON e.case_id = c.id WHERE e.id = $1
       ON CONFLICT (day, kind, category, industry, grid_id) DO UPDATE SET closed = case_day_stat.closed + 1`,
      [eventId],
    );
  }
}

/** Counts everything again from the cases and their timelines (see recountAll). */
export async function recountDashboard(manager: Pick<EntityManager, 'query'>): Promise<void> {
  await manager.query('DELETE FROM case_day_stat');
  await manager.query('DELETE FROM keyword_day_stat');
  await manager.query(
    `INSERT INTO case_day_stat (day, kind, category, industry, grid_id, received, closed)
     SELECT day, kind, category, industry, grid_id, sum(received)::int, sum(closed)::int FROM (
       SELECT ${SHANGHAI_DAY('c.submitted_at')} AS day, c.kind, c.category, en.industry, g.path[1] AS grid_id,
              1 AS received, 0 AS closed ${PLACE}
       UNION ALL
       SELECT ${SHANGHAI_DAY('e.occurred_at')}, c.kind, c.category, en.industry, g.path[1], 0, 1
         ${PLACE} JOIN case_event e ON e.case_id = c.id
        WHERE e.action IN ('evaluate', 'autoClose', 'closeDisputed')) t
     GROUP BY day, kind, category, industry, grid_id`,
  );
  await manager.query(
    `INSERT INTO keyword_day_stat (day, keyword, industry, grid_id, cases)
     ${KEYWORDS('c.submitted_at', 'TRUE').replace('$STOP', '$1')}`,
    [STOP_WORDS],
  );
}
