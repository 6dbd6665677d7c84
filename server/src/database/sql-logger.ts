import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';
import { currentRequest } from '../common/request-context.js';

/**
 * Counts the SQL statements of each request (the benchmark and the N+1 tests read the count)
 * and logs failed and slow queries. TypeORM calls `logQuery` for every statement it sends.
 */
export class SqlLogger implements Logger {
  private readonly logger = new NestLogger('SQL');

  logQuery(): void {
    const request = currentRequest();
    if (request) request.sqlStatements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn(`${error instanceof Error ? error.message : error} — ${query.slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow query (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
