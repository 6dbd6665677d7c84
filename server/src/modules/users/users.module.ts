import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { AuthModule } from '../auth/index.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [AuditModule, AuthModule],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
