import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Allow, PUBLIC } from '../../common/allow.decorator.js';

/** Load balancers and compose health checks: 200 while the database answers, 503 when it does not. */
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @Allow(PUBLIC)
  async health(@Res() res: Response): Promise<void> {
    try {
      await Promise.race([
        (async () => {
          await this.db.query('SELECT 1');
        })(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  }
}
