import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseFileAccess } from './case-file-access';
import { FamiliesResolver } from './families.resolver';
import { FamiliesService } from './families.service';

@Module({
  imports: [AuditModule],
  providers: [CaseFileAccess, FamiliesService, FamiliesResolver],
  exports: [CaseFileAccess, FamiliesService],
})
export class FamiliesModule {}
