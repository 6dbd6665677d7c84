import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  ADMIN_ROLES,
  ERROR_MESSAGES,
  LOCALES,
  ROLES,
  can,
  shanghaiDate,
  type ErrorCode,
  type Locale,
  type PermissionName,
} from '@gridbridge/shared';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { translate } from '../../common/error-format.js';
import type { Viewer } from '../../common/gql-context.js';
import { currentLocale } from '../../common/request-context.js';
import { AuditService, type AuditLogQuery } from '../audit/index.js';
import { CalendarService } from '../calendar/index.js';
import type { CaseFilter } from '../cases/index.js';
import type { EnterpriseFilter } from '../directory/index.js';
import { JobRunner } from '../../common/job-runner.service.js';
import { EXPORT_KINDS, EXPORT_STATUSES, type ExportKind, type ExportStatus } from './export-file.entity.js';
import {
  arrayOf,
  bool,
  bytes,
  column,
  decodeAffected,
  decodeChangedRows,
  decodeRows,
  int,
  jsonObject,
  nullable,
  oneOf,
  recordOf,
  rowShape,
  scalar,
  text,
  timestamp,
  type FieldsOf,
} from '../../database/rows.js';
import {
  auditWorkbook,
  caseWorkbook,
  conditionWorkbook,
  enterpriseWorkbook,
  type WrittenWorkbook,
} from './export-workbooks.js';
import type { ExportFileType } from './exports.types.js';
import { monthlyReportWorkbook } from './monthly-report-workbook.js';
import { MonthlyReportService } from '../reports/index.js';

/** The queue that writes one export per job. */
export const EXPORT_QUEUE = 'export-file';
/** The scheduled job that deletes expired exports and gives up on stuck ones. */
export const PURGE_EXPORTS_QUEUE = 'purge-exports';
/** How long a file is kept after it is written (and a request at most, should it never run). */
export const EXPORT_TTL_HOURS = 24;
/**
 * A QUEUED or RUNNING export older than this has outlived every attempt the job runner makes
 * (3 × 10 minutes plus back-off): it is marked FAILED, so its owner may ask again.
 */
export const STALE_EXPORT_MINUTES = 120;
const RETRY_LIMIT = 2;
/** The exports a user sees: the newest of those not yet expired. */
const LISTED = 10;

/** Who may export what — checked again when the job runs. */
const EXPORTERS: Record<ExportKind, PermissionName> = {
  CASES: 'case.export',
  ENTERPRISES: 'directory.export',
  AUDIT: 'audit.export',
  CONDITIONS: 'condition.export',
  MONTHLY_REPORT: 'report.monthly',
};

const FILE_NAMES: Record<ExportKind, Record<Locale, string>> = {
  CASES: { 'zh-CN': '诉求', en: 'cases' },
  ENTERPRISES: { 'zh-CN': '企业名录', en: 'enterprises' },
  AUDIT: { 'zh-CN': '审计日志', en: 'audit-log' },
  CONDITIONS: { 'zh-CN': '企业运行情况', en: 'enterprise-conditions' },
  MONTHLY_REPORT: { 'zh-CN': '月报', en: 'monthly-report' },
};

/** Where the admin API serves a READY file to its owner (README.md, "Exports"). */
export const EXPORT_DOWNLOAD_PATH = '/graphql/admin/exports';

const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

const EXPORT_ROW = rowShape({
  id: column('id', text),
  kind: column('kind', oneOf(EXPORT_KINDS)),
  status: column('status', oneOf(EXPORT_STATUSES)),
  fileName: column('file_name', text),
  rows: column('row_count', nullable(int)),
  createdAt: column('created_at', timestamp),
  finishedAt: column('finished_at', nullable(timestamp)),
  expiresAt: column('expires_at', timestamp),
  errorCode: column('error_code', nullable(oneOf(ERROR_CODES))),
  errorParams: column('error_params', nullable(recordOf(scalar))),
});
type ExportRow = ReturnType<typeof EXPORT_ROW.decode>;
const COLUMNS = EXPORT_ROW.select;

const CLAIMED_FIELDS = {
  id: text,
  owner_id: text,
  kind: oneOf(EXPORT_KINDS),
  filter: jsonObject,
  locale: oneOf(LOCALES),
  attempts: int,
};
type ClaimedRow = FieldsOf<typeof CLAIMED_FIELDS>;

export interface DownloadableFile {
  fileName: string;
  content: Buffer;
}

const mayExport = (viewer: Viewer, kind: ExportKind) => can(viewer.roles, EXPORTERS[kind]);

/** A case or audit filter as stored (JSON): its dates back to dates. */
function withDates<T extends { from?: Date | null; to?: Date | null }>(stored: Record<string, unknown>): T {
  const date = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);
  return { ...(stored as T), from: date(stored.from), to: date(stored.to) };
}

/**
 * Exports of the case list and the enterprise directory (README.md, "Exports"). A
 * request inserts the export row and enqueues its job in one transaction, so the job exists
 * exactly when the row does; PostgreSQL lets one export per user be QUEUED or RUNNING at a time.
 * The job loads the owner again, checks they may still export, writes the workbook with the
 * list's own scoped SQL and stores it in the row; the owner downloads it over plain HTTP.
 */
@Injectable()
export class ExportsService implements OnModuleInit {
  readonly #logger = new Logger('Exports');

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly reports: MonthlyReportService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ exportId: string }>({
      name: EXPORT_QUEUE,
      retryLimit: RETRY_LIMIT,
      expireInSeconds: 600,
      run: async ({ exportId }) => {
        await this.run(exportId);
      },
    });
    this.jobs.register({
      name: PURGE_EXPORTS_QUEUE,
      cron: '47 * * * *',
      retryLimit: 3,
      expireInSeconds: 600,
      run: async () => {
        await this.purge();
      },
    });
  }

  /** Asks for an export of what `filter` selects; EXPORT_RUNNING while another of the viewer's runs. */
  async request(
    viewer: Viewer,
    kind: ExportKind,
    filter: CaseFilter | EnterpriseFilter | AuditLogQuery | { month: string } | null,
  ): Promise<ExportFileType> {
    const now = this.clock.now();
    const locale = currentLocale();
    const row = await this.db.transaction(async (manager) => {
      // The partial unique index decides between concurrent requests: one inserts, the others
      // wait for it to commit and then insert nothing.
      const [inserted] = EXPORT_ROW.decodeAll(
        await manager.query(
          `INSERT INTO export_file (owner_id, kind, filter, locale, file_name, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6::timestamptz + make_interval(hours => $7))
         ON CONFLICT (owner_id) WHERE status IN ('QUEUED', 'RUNNING') DO NOTHING
         RETURNING ${COLUMNS}`,
          [
            viewer.userId,
            kind,
            JSON.stringify(filter ?? {}),
            locale,
            // A report is named after its month, every other export after the day it was asked for.
            `${FILE_NAMES[kind][locale]}-${kind === 'MONTHLY_REPORT' && filter && 'month' in filter ? filter.month : shanghaiDate(now)}.xlsx`,
            now,
            EXPORT_TTL_HOURS,
          ],
        ),
      );
      if (!inserted) throw new AppError('EXPORT_RUNNING');
      await this.jobs.enqueue(manager, EXPORT_QUEUE, { exportId: inserted.id });
      // Exports carry personal data: who asked for what is on the record.
      await this.audit.record(manager, {
        action: 'export.request',
        actorId: viewer.userId,
        actorName: viewer.username,
        targetType: 'export_file',
        targetId: inserted.id,
        details: { kind, filter: filter ?? {} },
      });
      return inserted;
    });
    return this.#toType(row);
  }

  /** Asks for the workbook of a month's report; the month is checked now, as the page would check it. */
  async requestMonthlyReport(viewer: Viewer, month: string): Promise<ExportFileType> {
    this.reports.checkMonth(month);
    return this.request(viewer, 'MONTHLY_REPORT', { month });
  }

  /** The viewer's exports that have not expired, newest first. */
  async mine(viewer: Viewer): Promise<ExportFileType[]> {
    const rows = EXPORT_ROW.decodeAll(
      await this.db.query(
        `SELECT ${COLUMNS} FROM export_file WHERE owner_id = $1 AND expires_at > $2
          ORDER BY created_at DESC, id DESC LIMIT $3`,
        [viewer.userId, this.clock.now(), LISTED],
      ),
    );
    return rows.map((row) => this.#toType(row));
  }

  /**
   * The job: writes the workbook of one export. Safe to run again (after its instance died, or
   * twice at once): it works only on a QUEUED or RUNNING row, and a finished row stays finished.
   * Refusals (the owner may no longer export, too many rows) FAIL the export at once; any other
   * error fails the run, which the job runner repeats until the last attempt marks it FAILED.
   */
  async run(exportId: string): Promise<ExportStatus | 'GONE'> {
    const [row] = decodeChangedRows(
      await this.db.query(
        `UPDATE export_file SET status = 'RUNNING', attempts = attempts + 1, started_at = $2
          WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')
          RETURNING id, owner_id, kind, filter, locale, attempts`,
        [exportId, this.clock.now()],
      ),
      CLAIMED_FIELDS,
    );
    if (!row) return 'GONE';
    let written: WrittenWorkbook;
    try {
      written = await this.#write(row);
    } catch (error) {
      if (error instanceof AppError) {
        await this.#fail(row.id, error.code, error.params);
        return 'FAILED';
      }
      if (row.attempts > RETRY_LIMIT) {
        this.#logger.warn(`Export ${row.id} failed ${row.attempts} times: ${String(error)}`);
        await this.#fail(row.id, 'EXPORT_FAILED', {});
      }
      throw error;
    }
    const finishedAt = this.clock.now();
    await this.db.query(
      `UPDATE export_file SET status = 'READY', content = $2, row_count = $3, finished_at = $4,
              expires_at = $4::timestamptz + make_interval(hours => $5)
        WHERE id = $1 AND status = 'RUNNING'`,
      [row.id, written.content, written.rows, finishedAt, EXPORT_TTL_HOURS],
    );
    return 'READY';
  }

  /**
   * The scheduled clean-up: exports stuck QUEUED or RUNNING past every attempt become FAILED,
   * and expired ones are deleted. Answers how many of each.
   */
  async purge(): Promise<{ failed: number; deleted: number }> {
    const now = this.clock.now();
    const failed = decodeAffected(
      await this.db.query(
        `UPDATE export_file SET status = 'FAILED', error_code = 'EXPORT_FAILED', finished_at = $1
          WHERE status IN ('QUEUED', 'RUNNING') AND created_at < $1::timestamptz - make_interval(mins => $2)`,
        [now, STALE_EXPORT_MINUTES],
      ),
    );
    const deleted = decodeAffected(
      await this.db.query('DELETE FROM export_file WHERE expires_at <= $1', [now]),
    );
    return { failed, deleted };
  }

  /**
   * A READY file for its owner, who must still be allowed to export its kind; null for anyone
   * else, for an unknown id, and for a file not ready or expired (the caller answers 404 alike).
   * A download is audited.
   */
  async download(viewer: Viewer, id: string): Promise<DownloadableFile | null> {
    if (!isUUID(id)) return null;
    const [row] = decodeRows(
      await this.db.query(
        `SELECT kind, file_name AS "fileName", content FROM export_file
          WHERE id = $1 AND owner_id = $2 AND status = 'READY' AND expires_at > $3`,
        [id, viewer.userId, this.clock.now()],
      ),
      { kind: oneOf(EXPORT_KINDS), fileName: text, content: bytes },
    );
    if (!row || !mayExport(viewer, row.kind) || viewer.mustChangePassword) return null;
    await this.audit.recordAlone({
      action: 'export.download',
      actorId: viewer.userId,
      actorName: viewer.username,
      targetType: 'export_file',
      targetId: id,
      details: { kind: row.kind, fileName: row.fileName },
    });
    return { fileName: row.fileName, content: row.content };
  }

  async #write(row: ClaimedRow): Promise<WrittenWorkbook> {
    const owner = await this.#owner(row.owner_id);
    if (!owner || !mayExport(owner, row.kind)) throw new AppError('FORBIDDEN');
    if (row.kind === 'MONTHLY_REPORT') {
      // The report's own reads (each a statement over the day tables), as the page shows them.
      const report = await this.reports.report(owner, String(row.filter.month ?? ''));
      return monthlyReportWorkbook(report, row.locale);
    }
    const calendar = row.kind === 'CASES' ? await this.calendar.current() : null;
    // The audit export carries the chain check made for it (which seals pending entries first).
    const chain = row.kind === 'AUDIT' ? await this.audit.verifyChain() : null;
    const now = this.clock.now();
    // One snapshot for every page, so rows changing meanwhile are neither lost nor written twice.
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      switch (row.kind) {
        case 'CASES':
          return caseWorkbook(manager, owner, withDates<CaseFilter>(row.filter), row.locale, calendar!, now);
        case 'AUDIT':
          return auditWorkbook(manager, withDates<AuditLogQuery>(row.filter), row.locale, chain!, now);
        case 'CONDITIONS':
          return conditionWorkbook(manager, owner, String(row.filter.month ?? ''), row.locale);
        default:
          return enterpriseWorkbook(manager, owner, row.filter as EnterpriseFilter);
      }
    });
  }

  /** The owner as the admin API would see them now: null when deactivated. */
  async #owner(userId: string): Promise<Viewer | null> {
    const [user] = decodeRows(
      await this.db.query(
        `SELECT id, username, display_name, roles, must_change_password, department_id, grid_id, enterprise_id
           FROM app_user WHERE id = $1 AND active`,
        [userId],
      ),
      {
        id: text,
        username: text,
        display_name: text,
        roles: arrayOf(oneOf(ROLES)),
        must_change_password: bool,
        department_id: nullable(text),
        grid_id: nullable(text),
        enterprise_id: nullable(text),
      },
    );
    if (!user || user.must_change_password) return null;
    return {
      userId: user.id,
      sessionId: '',
      username: user.username,
      displayName: user.display_name,
      roles: user.roles.filter((role) => ADMIN_ROLES.includes(role)),
      mustChangePassword: false,
      departmentId: user.department_id,
      gridId: user.grid_id,
      enterpriseId: user.enterprise_id,
    };
  }

  async #fail(id: string, code: ErrorCode, params: AppError['params']): Promise<void> {
    await this.db.query(
      `UPDATE export_file SET status = 'FAILED', error_code = $2, error_params = $3, finished_at = $4,
              expires_at = $4::timestamptz + make_interval(hours => $5)
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [id, code, JSON.stringify(params), this.clock.now(), EXPORT_TTL_HOURS],
    );
  }

  #toType(row: ExportRow): ExportFileType {
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      fileName: row.fileName,
      rows: row.rows,
      createdAt: row.createdAt,
      finishedAt: row.finishedAt,
      expiresAt: row.expiresAt,
      error: row.errorCode ? translate(new AppError(row.errorCode, row.errorParams ?? {})).message : null,
      downloadUrl: row.status === 'READY' ? `${EXPORT_DOWNLOAD_PATH}/${row.id}` : null,
    };
  }
}
