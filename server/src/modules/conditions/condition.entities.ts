import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  OPERATING_STATUS_CODES,
  ORDER_TREND_CODES,
  type OperatingStatus,
  type OrderTrend,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { User } from '../auth/user.entity.js';
import { CaseAttachment } from '../cases/case-attachment.entity.js';
import { CaseFile } from '../cases/case.entity.js';
import { Enterprise } from '../directory/enterprise.entity.js';

const MONTH_CHECK = `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`;
const FIGURES_CHECK = `"employees" >= 0 AND "output_value" >= 0 AND "revenue" >= 0 AND "capacity_use" BETWEEN 0 AND 100`;

/**
 * An enterprise's condition report 运行情况 for one month (docs/conditions.md): one row per
 * enterprise and month, the latest figures; every submission also appends a revision, so the
 * history of a month's report is kept.
 */
@Entity('condition_report')
@Unique('condition_report_month_unique', ['enterpriseId', 'month'])
@Check('condition_report_month_check', MONTH_CHECK)
@Check('condition_report_status_check', oneOf('operating_status', OPERATING_STATUS_CODES))
@Check('condition_report_trend_check', oneOf('order_trend', ORDER_TREND_CODES))
@Check('condition_report_figures_check', FIGURES_CHECK)
@Index('condition_report_month_idx', ['month', 'enterpriseId'])
@Index('condition_report_visit_idx', ['visitId'], { where: '"visit_id" IS NOT NULL' })
// The dashboard's worsened alert lists its enterprises of a month from this index alone.
@Index('condition_report_worsened_idx', ['month', 'enterpriseId'], { where: '"worsened"' })
export class ConditionReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'condition_report_enterprise_fk' })
  enterprise?: Enterprise;

  /** 'YYYY-MM', the Shanghai month the figures are for. */
  @Column({ type: 'text' })
  month: string;

  @Column({ name: 'operating_status', type: 'text' })
  operatingStatus: OperatingStatus;

  @Column({ type: 'integer' })
  employees: number;

  /** 万元, two decimals. */
  @Column({ name: 'output_value', type: 'numeric', precision: 12, scale: 2 })
  outputValue: string;

  /** 万元, two decimals. */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  revenue: string;

  /** Percent, 0–100. */
  @Column({ name: 'capacity_use', type: 'integer' })
  capacityUse: number;

  @Column({ name: 'order_trend', type: 'text' })
  orderTrend: OrderTrend;

  @Column({ type: 'text', default: '' })
  difficulties: string;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'condition_report_submitter_fk' })
  submitter?: User;

  /** Set when a grid head filled the report in during a visit, on the enterprise's behalf. */
  @Column({ name: 'visit_id', type: 'uuid', nullable: true })
  visitId: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  /**
   * The status is worse than the month before's report (none the month before: not worse). Kept
   * by the database's triggers (migration ConditionStats), never written by the application.
   */
  @Column({ type: 'boolean', default: false })
  worsened: boolean;
}

/** Each submission of a month's report, as it was sent: the report's history. */
@Entity('condition_report_revision')
@Unique('condition_report_revision_unique', ['reportId', 'revision'])
@Check('condition_report_revision_status_check', oneOf('operating_status', OPERATING_STATUS_CODES))
@Check('condition_report_revision_trend_check', oneOf('order_trend', ORDER_TREND_CODES))
export class ConditionReportRevision {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ConditionReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'condition_report_revision_report_fk' })
  report?: ConditionReport;

  /** 1 for the first submission of the month, then 2, 3 … */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'operating_status', type: 'text' })
  operatingStatus: OperatingStatus;

  @Column({ type: 'integer' })
  employees: number;

  @Column({ name: 'output_value', type: 'numeric', precision: 12, scale: 2 })
  outputValue: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  revenue: string;

  @Column({ name: 'capacity_use', type: 'integer' })
  capacityUse: number;

  @Column({ name: 'order_trend', type: 'text' })
  orderTrend: OrderTrend;

  @Column({ type: 'text', default: '' })
  difficulties: string;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'condition_report_revision_submitter_fk' })
  submitter?: User;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}

/**
 * A grid head's visit 走访 to an enterprise. `client_key` makes recording idempotent per grid
 * head, so a visit sent twice (a retry, a phone coming back online) is stored once.
 */
@Entity('condition_visit')
@Unique('condition_visit_client_key_unique', ['visitorId', 'clientKey'])
@Index('condition_visit_enterprise_idx', ['enterpriseId', 'visitedOn'])
@Index('condition_visit_date_idx', ['visitedOn', 'enterpriseId'])
export class ConditionVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'condition_visit_enterprise_fk' })
  enterprise?: Enterprise;

  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visitor_id', foreignKeyConstraintName: 'condition_visit_visitor_fk' })
  visitor?: User;

  /** The Shanghai business date of the visit. */
  @Column({ name: 'visited_on', type: 'date' })
  visitedOn: string;

  @Column({ type: 'text' })
  findings: string;

  @Column({ name: 'client_key', type: 'text' })
  clientKey: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A photo taken on a visit: an upload of the attachments path, kept for the visit. */
@Entity('condition_visit_photo')
@Index('condition_visit_photo_visit_idx', ['visitId'])
export class ConditionVisitPhoto {
  @PrimaryColumn({ name: 'attachment_id', type: 'uuid' })
  attachmentId: string;

  @ManyToOne(() => CaseAttachment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachment_id', foreignKeyConstraintName: 'condition_visit_photo_attachment_fk' })
  attachment?: CaseAttachment;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => ConditionVisit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id', foreignKeyConstraintName: 'condition_visit_photo_visit_fk' })
  visit?: ConditionVisit;
}

/** A case raised from a report's difficulties (困难转诉求), linked to the report. */
@Entity('condition_report_case')
@Index('condition_report_case_report_idx', ['reportId'])
export class ConditionReportCase {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'condition_report_case_case_fk' })
  caseFile?: CaseFile;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ConditionReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'condition_report_case_report_fk' })
  report?: ConditionReport;
}

/**
 * A reminder sent for a month: one row per enterprise (and one per grid head's list), so a job
 * that runs again — on another instance, after a crash — reminds nobody twice.
 */
@Entity('condition_reminder')
export class ConditionReminder {
  @PrimaryColumn({ type: 'text' })
  month: string;

  /** An enterprise id, or a grid head's user id for their list of missing reports. */
  @PrimaryColumn({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}

const stat = (name: string) => Column({ name, type: 'integer', default: 0 });

/**
 * The dashboard's figures of a month, pre-aggregated per (enterprise's own) grid, industry and
 * status over the reports of operating enterprises: how many, how many worsened, and the sums.
 * Triggers on condition_report and enterprise keep it current in the writing transaction
 * (migration ConditionStats), so that the dashboard reads a few thousand rows, not a million
 * enterprises' reports.
 */
@Entity('condition_month_stat')
export class ConditionMonthStat {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'condition_month_stat_pk' })
  month: string;

  @PrimaryColumn({ name: 'grid_id', type: 'uuid', primaryKeyConstraintName: 'condition_month_stat_pk' })
  gridId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'condition_month_stat_pk' })
  industry: string;

  @PrimaryColumn({
    name: 'operating_status',
    type: 'text',
    primaryKeyConstraintName: 'condition_month_stat_pk',
  })
  operatingStatus: string;

  @stat('reports') reports: number;
  @stat('worsened') worsened: number;

  @Column({ type: 'bigint', default: 0 })
  employees: string;

  @Column({ name: 'output_value', type: 'numeric', precision: 16, scale: 2, default: 0 })
  outputValue: string;

  @Column({ type: 'numeric', precision: 16, scale: 2, default: 0 })
  revenue: string;
}

/** How many operating enterprises each grid has per industry: the dashboard's denominators. */
@Entity('condition_enterprise_stat')
export class ConditionEnterpriseStat {
  @PrimaryColumn({ name: 'grid_id', type: 'uuid', primaryKeyConstraintName: 'condition_enterprise_stat_pk' })
  gridId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'condition_enterprise_stat_pk' })
  industry: string;

  @stat('enterprises') enterprises: number;
}
