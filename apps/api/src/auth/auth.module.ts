import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AccountRepository } from './account.repository.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionRepository } from './session.repository.js';
import { SignInThrottle } from './sign-in-throttle.js';

@Module({
  imports: [AuditModule],
  controllers: [AuthController],
  providers: [AuthService, AccountRepository, SessionRepository, SignInThrottle, PasswordHasher, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [PasswordHasher],
})
export class AuthModule {}
