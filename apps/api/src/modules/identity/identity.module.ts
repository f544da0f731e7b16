import { Module } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { SessionCookie } from '../../platform/auth/session-cookie';
import { AuditModule } from '../audit/audit.module';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  imports: [AuditModule],
  providers: [
    IdentityService,
    IdentityResolver,
    SignInThrottle,
    {
      provide: SessionCookie,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SessionCookie(config.session),
    },
  ],
  exports: [IdentityService, SessionCookie],
})
export class IdentityModule {}
