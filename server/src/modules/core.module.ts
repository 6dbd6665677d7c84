import { Global, Module } from '@nestjs/common';
import { RateLimitService } from '../common/rate-limit.service.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { SessionService } from './auth/session.service.js';
import { UsersService } from './users/users.service.js';

/** Services every API module uses. */
@Global()
@Module({
  providers: [AuditService, SessionService, AuthService, RateLimitService, UsersService],
  exports: [AuditService, SessionService, AuthService, RateLimitService, UsersService],
})
export class CoreModule {}
