import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseCategory } from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import type {
  AssignmentSuggestionsType,
  DepartmentSuggestionType,
  DispatchDepartmentType,
  SuggestionReasonType,
  SuggestionShareType,
} from './dispatch.types.js';

/** How much each kind of evidence weighs (docs/dispatch.md#suggestions). */
export const SUGGESTION_WEIGHTS = {
  /** Per keyword of a matter found in the case, for the matter's lead department. */
  catalogueLead: 5,
  /** Per keyword of a matter found in the case, for each of the matter's co-departments. */
  catalogueCo: 2,
  /** Per similar past case the department led. */
  history: 1,
} as const;

/** The most similar past cases that count, and how many words a past case must share to count. */
export const SIMILAR_CASES = 20;
export const MIN_SHARED_WORDS = 2;
/** Words shown with a history reason. */
const SHOWN_WORDS = 5;

/**
 * Words of the search column that say nothing about who is responsible: they are in most cases
 * of every category, so sharing them makes no case similar. One-character tokens are dropped too.
 */
export const STOP_WORDS =
  '企业 公司 我司 我们 本公司 问题 希望 请求 要求 申请 办理 相关 部门 没有 需要 进行 情况 目前 反映 协调 帮助 解决 一个 已经 可以 能否 是否 如何 由于 因为 但是 现在 近期 尽快 政府 有关 导致 影响'.split(
    ' ',
  );

interface CaseRow {
  id: string;
  kind: string;
  category: CaseCategory;
  text: string;
  namedDepartmentId: string | null;
}

interface MatterRow {
  id: string;
  name: string;
  keywords: string[];
  departmentId: string;
  role: 'LEAD' | 'CO';
}

interface SimilarRow {
  leadDepartmentId: string;
  shared: string[];
}

/**
 * Suggests a lead department and co-departments for a case from the dispatch catalogue and from
 * the similar past cases of its category, each with its reasons; and keeps how often the office
 * took the first suggestion.
 */
@Injectable()
export class AssignmentSuggestionsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The suggestions for a case; NOT_FOUND when there is no such case. */
  async suggest(
    caseId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<AssignmentSuggestionsType> {
    const [target]: CaseRow[] = await manager.query(
      `SELECT id, kind, category, title || ' ' || content AS text, named_department_id AS "namedDepartmentId"
         FROM case_file WHERE id = $1`,
      [caseId],
    );
    if (!target) throw new AppError('NOT_FOUND');
    // A complaint never goes to the department it is about (docs/roles-and-scope.md#scope-which-cases).
    const excluded = target.kind === 'COMPLAINT' ? target.namedDepartmentId : null;
    const [matters, similar] = await Promise.all([
      this.#matters(manager, target.category),
      this.#similar(manager, target),
    ]);

    const candidates = new Map<string, { lead: number; co: number; reasons: SuggestionReasonType[] }>();
    const of = (id: string) => {
      let entry = candidates.get(id);
      if (!entry) candidates.set(id, (entry = { lead: 0, co: 0, reasons: [] }));
      return entry;
    };
    const text = target.text.toLowerCase();
    for (const matter of groupMatters(matters)) {
      const words = [matter.name, ...matter.keywords].filter((word) => text.includes(word.toLowerCase()));
      if (words.length === 0) continue;
      for (const { departmentId, role } of matter.departments) {
        const entry = of(departmentId);
        const reason = { matterId: matter.id, matterName: matter.name, words, caseCount: 0 };
        if (role === 'LEAD') {
          entry.lead += SUGGESTION_WEIGHTS.catalogueLead * words.length;
          entry.reasons.push({ source: 'CATALOGUE_LEAD', ...reason });
        } else {
          entry.co += SUGGESTION_WEIGHTS.catalogueCo * words.length;
          entry.reasons.push({ source: 'CATALOGUE_CO', ...reason });
        }
      }
    }
    for (const [departmentId, cases] of groupBy(similar, (row) => row.leadDepartmentId)) {
      const entry = of(departmentId);
      entry.lead += SUGGESTION_WEIGHTS.history * cases.length;
      entry.reasons.push({
        source: 'HISTORY',
        matterId: null,
        matterName: null,
        words: commonestWords(cases.map((row) => row.shared)),
        caseCount: cases.length,
      });
    }

    candidates.delete(excluded ?? '');
    const departments = await this.#departments(manager, [...candidates.keys()]);
    const ranked = (
      score: (entry: { lead: number; co: number }) => number,
      keep: (r: SuggestionReasonType) => boolean,
    ) =>
      [...candidates]
        .filter(([id, entry]) => departments.has(id) && score(entry) > 0)
        .map(([id, entry]): DepartmentSuggestionType => ({
          department: departments.get(id)!,
          score: score(entry),
          reasons: entry.reasons.filter(keep),
        }))
        .sort(
          (a, b) =>
            b.score - a.score ||
            a.department.name.localeCompare(b.department.name, 'zh-CN') ||
            a.department.id.localeCompare(b.department.id),
        );
    const leads = ranked(
      (entry) => entry.lead,
      (reason) => reason.source !== 'CATALOGUE_CO',
    );
    const first = leads[0]?.department.id;
    const co = ranked(
      (entry) => entry.co,
      (reason) => reason.source === 'CATALOGUE_CO',
    ).filter((suggestion) => suggestion.department.id !== first);
    return { leads, co };
  }

  /**
   * Records an assignment of `caseId` to `chosenLeadId` with the lead department suggested first
   * at that moment. Called by the assign step inside its transaction, before or after it writes the
   * assignment: the case itself never counts among its similar past cases.
   */
  async recordOutcome(manager: EntityManager, caseId: string, chosenLeadId: string): Promise<void> {
    const { leads } = await this.suggest(caseId, manager);
    await manager.query(
      `INSERT INTO assignment_suggestion_outcome (case_id, suggested_lead_id, chosen_lead_id, at) VALUES ($1, $2, $3, $4)`,
      [caseId, leads[0]?.department.id ?? null, chosenLeadId, this.clock.now()],
    );
  }

  /** How often the assignments made in [from, to) took the first suggested lead department. */
  async share(from: Date, to: Date): Promise<SuggestionShareType> {
    if (!(from < to)) throw AppError.validation({ field: 'to', rule: 'endsBeforeStart' });
    const [row]: { assignments: number; suggested: number; tookFirst: number }[] = await this.db.query(
      `SELECT count(*)::int AS assignments, count(suggested_lead_id)::int AS suggested,
              count(*) FILTER (WHERE suggested_lead_id = chosen_lead_id)::int AS "tookFirst"
         FROM assignment_suggestion_outcome WHERE at >= $1 AND at < $2`,
      [from, to],
    );
    return { ...row, share: row.suggested > 0 ? row.tookFirst / row.suggested : null };
  }

  #matters(manager: EntityManager, category: CaseCategory): Promise<MatterRow[]> {
    return manager.query(
      `SELECT m.id, m.name, m.keywords, md.department_id AS "departmentId", md.role
         FROM dispatch_matter m JOIN dispatch_matter_department md ON md.matter_id = m.id
        WHERE m.category = $1
        ORDER BY m.name, m.id, md.role DESC, md.department_id`,
      [category],
    );
  }

  /**
   * The past cases of the category that share the most words with this one (at least
   * MIN_SHARED_WORDS, from the jieba tokens already in `search_vector`), and who led them. The GIN
   * index finds the cases sharing any word; the shared words are counted only for those. Search
   * mode also indexes the short words inside long ones (变压 in 变压器); only the longest count,
   * so that one word is not counted twice.
   */
  #similar(manager: EntityManager, target: CaseRow): Promise<SimilarRow[]> {
    return manager.query(
      `WITH tokens AS (
         SELECT tsvector_to_array(search_vector) AS all_words FROM case_file WHERE id = $1
       ), words AS (
         SELECT ARRAY(SELECT w FROM unnest(all_words) AS w
                       WHERE char_length(w) >= 2 AND w <> ALL($3::text[])
                         AND NOT EXISTS (SELECT 1 FROM unnest(all_words) AS longer
                                          WHERE longer <> w AND strpos(longer, w) > 0)
                       ORDER BY w) AS list
           FROM tokens
       ), candidates AS (
         SELECT c.id, c.lead_department_id, c.submitted_at,
                ARRAY(SELECT unnest(tsvector_to_array(c.search_vector)) INTERSECT SELECT unnest(words.list) ORDER BY 1) AS shared
           FROM case_file c, words
          WHERE c.category = $2 AND c.id <> $1 AND c.lead_department_id IS NOT NULL
            AND cardinality(words.list) > 0
            AND c.search_vector @@ to_tsquery('simple', array_to_string(ARRAY(SELECT quote_literal(w) FROM unnest(words.list) AS w), ' | '))
       )
       SELECT lead_department_id AS "leadDepartmentId", shared FROM candidates
        WHERE cardinality(shared) >= $4
        ORDER BY cardinality(shared) DESC, submitted_at DESC, id
        LIMIT $5`,
      [target.id, target.category, STOP_WORDS, MIN_SHARED_WORDS, SIMILAR_CASES],
    );
  }

  async #departments(manager: EntityManager, ids: string[]): Promise<Map<string, DispatchDepartmentType>> {
    const rows: DispatchDepartmentType[] = await manager.query(
      `SELECT id, name, short_name AS "shortName", active FROM department WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function groupMatters(rows: MatterRow[]) {
  return [...groupBy(rows, (row) => row.id).values()].map((departments) => ({
    id: departments[0].id,
    name: departments[0].name,
    keywords: departments[0].keywords,
    departments,
  }));
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The words most of the cases share, most frequent first, then in code-point order. */
function commonestWords(lists: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const word of lists.flat()) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, SHOWN_WORDS)
    .map(([word]) => word);
}
