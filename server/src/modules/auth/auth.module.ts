import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/index.js';
import { AuthService } from './auth.service.js';
import { CaptchaService } from './captcha.service.js';
import { SessionService } from './session.service.js';
import { SignInAttempts } from './sign-in-attempts.service.js';

@Module({
  imports: [AuditModule],
  providers: [AuthService, SessionService, SignInAttempts, CaptchaService],
  exports: [AuthService, SessionService, SignInAttempts],
})
export class AuthModule {}
