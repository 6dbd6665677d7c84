import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner.service.js';
import { PgListener } from './pg-listener.service.js';
import { RateLimitService } from './rate-limit.service.js';

const INFRASTRUCTURE = [JobRunner, PgListener, RateLimitService];

/**
 * The plumbing every domain may use: the background job queue, PostgreSQL notifications and rate
 * limits. Global because it carries no domain rules; domains themselves are not global.
 */
@Global()
@Module({ providers: INFRASTRUCTURE, exports: INFRASTRUCTURE })
export class InfrastructureModule {}
