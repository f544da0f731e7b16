import { Module } from '@nestjs/common';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { SessionCookie } from '../../platform/auth/session-cookie';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';

@Module({
  providers: [
    IdentityService,
    IdentityResolver,
    {
      provide: SessionCookie,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SessionCookie(config.session),
    },
  ],
  exports: [IdentityService, SessionCookie],
})
export class IdentityModule {}
