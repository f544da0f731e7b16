import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FamiliesModule } from '../families/families.module';
import { IntakesModule } from '../intakes/intakes.module';
import { CaseLoaders } from './case-loaders';
import { CaseStateCheck } from './case-state';
import { CaseTimeline } from './case-timeline';
import { CaseTimelineEntryResolver, CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';

@Module({
  imports: [AuditModule, FamiliesModule, IntakesModule],
  providers: [
    CasesService,
    CasesResolver,
    CaseTimelineEntryResolver,
    CaseLoaders,
    CaseTimeline,
    CaseStateCheck,
  ],
  exports: [CasesService, CaseLoaders, CaseTimeline, CaseStateCheck],
})
export class CasesModule {}
