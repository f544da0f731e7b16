import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FamiliesModule } from '../families/families.module';
import { IdentityModule } from '../identity/identity.module';
import { IntakesModule } from '../intakes/intakes.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SignUpResolver } from './sign-up.resolver';
import { SignUpService } from './sign-up.service';
import { SignUpThrottle } from './sign-up-throttle';

@Module({
  imports: [AuditModule, FamiliesModule, IdentityModule, IntakesModule, OrganizationsModule],
  providers: [SignUpService, SignUpResolver, SignUpThrottle],
  exports: [SignUpService],
})
export class SignUpModule {}
