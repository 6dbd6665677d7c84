import { Check, Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MEASURES } from './scorecard-facts.js';
import { oneOf } from '../../database/checks.js';

/**
 * One measure one timeline event yields (scorecard-facts.ts): the case behind every number of a
 * scorecard. Written in the transaction of the event.
 */
@Entity('case_fact')
@Check('case_fact_measure_check', oneOf('measure', MEASURES))
@Index('case_fact_drill_idx', ['departmentId', 'measure', 'day', 'eventId'])
@Index('case_fact_measure_day_idx', ['measure', 'day', 'caseId'])
@Index('case_fact_case_idx', ['caseId', 'measure'])
export class CaseFact {
  @PrimaryColumn({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @PrimaryColumn({ type: 'text' })
  measure: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  /** The Shanghai day the event happened. */
  @Column({ type: 'date' })
  day: string;
}

const count = (name: string) => Column({ name, type: 'integer', default: 0 });

/** The counts of `case_fact` per department and Shanghai day: what a period's scorecard sums. */
@Entity('department_day_fact')
export class DepartmentDayFact {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @count('assigned') assigned: number;
  @count('signed') signed: number;
  @count('signed_on_time') signedOnTime: number;
  @count('signed_late') signedLate: number;
  @count('contacted') contacted: number;
  @count('contacted_on_time') contactedOnTime: number;
  @count('contacted_late') contactedLate: number;
  @count('replied') replied: number;
  @count('replied_on_time') repliedOnTime: number;
  @count('replied_late') repliedLate: number;
  @count('opinion_late') opinionLate: number;
  @count('evaluated') evaluated: number;
  @count('solved') solved: number;
  @count('satisfied') satisfied: number;
  @count('closed') closed: number;
  @count('returned') returned: number;
  @count('extended') extended: number;
  @count('reopened') reopened: number;
  @count('sent_back') sentBack: number;
}

/** The office leader's weights of the scorecard and its minimum sample: one row. */
@Entity('scorecard_settings')
@Check(
  'scorecard_settings_range_check',
  `"sign_weight" BETWEEN 0 AND 100 AND "contact_weight" BETWEEN 0 AND 100 AND "reply_weight" BETWEEN 0 AND 100 AND "resolution_weight" BETWEEN 0 AND 100 AND "satisfaction_weight" BETWEEN 0 AND 100 AND "min_sample" BETWEEN 1 AND 1000`,
)
export class ScorecardSettings {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'sign_weight', type: 'integer' }) signWeight: number;
  @Column({ name: 'contact_weight', type: 'integer' }) contactWeight: number;
  @Column({ name: 'reply_weight', type: 'integer' }) replyWeight: number;
  @Column({ name: 'resolution_weight', type: 'integer' }) resolutionWeight: number;
  @Column({ name: 'satisfaction_weight', type: 'integer' }) satisfactionWeight: number;
  @Column({ name: 'min_sample', type: 'integer' }) minSample: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/** The dashboard's cases received and closed per Shanghai day, kind, category, industry and level-1 grid. */
@Entity('case_day_stat')
export class CaseDayStat {
  @PrimaryColumn({ type: 'date' }) day: string;
  @PrimaryColumn({ type: 'text' }) kind: string;
  @PrimaryColumn({ type: 'text' }) category: string;
  @PrimaryColumn({ type: 'text' }) industry: string;
  @PrimaryColumn({ name: 'grid_id', type: 'uuid' }) gridId: string;
  @count('received') received: number;
  @count('closed') closed: number;
}

/** How many cases submitted on a day, of an industry and level-1 grid, used a word: the hot topics. */
@Entity('keyword_day_stat')
export class KeywordDayStat {
  @PrimaryColumn({ type: 'date' }) day: string;
  @PrimaryColumn({ type: 'text' }) keyword: string;
  @PrimaryColumn({ type: 'text' }) industry: string;
  @PrimaryColumn({ name: 'grid_id', type: 'uuid' }) gridId: string;
  @count('cases') cases: number;
}
