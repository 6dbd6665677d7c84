import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from './app-error.js';
import { Clock } from './clock.js';
import { decodeRows, int } from '../database/rows.js';

/**
 * Fixed-window rate limits kept in PostgreSQL, so that several server instances share one count.
 * One upsert per check; rows are tiny and the window resets in place. Windows run on the
 * server's clock.
 */
@Injectable()
export class RateLimitService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async consume(key: string, limit: number, windowSeconds: number): Promise<void> {
    const [row] = decodeRows(
      await this.db.query(
        `INSERT INTO rate_limit (key, hits, reset_at) VALUES ($1, 1, $3::timestamptz + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit.reset_at <= $3 THEN 1 ELSE rate_limit.hits + 1 END,
         reset_at = CASE WHEN rate_limit.reset_at <= $3 THEN $3::timestamptz + make_interval(secs => $2)
                         ELSE rate_limit.reset_at END
       RETURNING hits, ceil(extract(epoch FROM reset_at - $3::timestamptz))::int AS retry_after`,
        [key, windowSeconds, this.clock.now()],
      ),
      { hits: int, retry_after: int },
    );
    if (row.hits > limit) throw new AppError('RATE_LIMITED', { seconds: Math.max(1, row.retry_after) });
  }
}
