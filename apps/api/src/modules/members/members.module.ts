import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [AuditModule, IdentityModule],
  providers: [MembersService, MembersResolver],
  exports: [MembersService],
})
export class MembersModule {}
