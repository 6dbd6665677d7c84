import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Allow, PUBLIC } from '../../common/allow.decorator.js';

/** Load balancers and compose health checks: 200 while the database answers, 503 when it does not. */
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  @Get()
  @Allow(PUBLIC)
  async health(@Res() res: FastifyReply): Promise<void> {
    try {
      await Promise.race([
        (async () => {
          await this.db.query('SELECT 1');
        })(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      res.code(200).send({ status: 'ok', database: 'up' });
    } catch {
      res.code(503).send({ status: 'unavailable', database: 'down' });
    }
  }
}
