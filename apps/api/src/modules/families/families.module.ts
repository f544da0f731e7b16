import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MembersModule } from '../members/members.module';
import { CaseFileAccess } from './case-file-access';
import { FamiliesResolver } from './families.resolver';
import { FamiliesService } from './families.service';

@Module({
  imports: [AuditModule, MembersModule],
  providers: [CaseFileAccess, FamiliesService, FamiliesResolver],
  exports: [CaseFileAccess, FamiliesService],
})
export class FamiliesModule {}
