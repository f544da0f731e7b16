import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FamiliesModule } from '../families/families.module';
import { DashboardOutcomeResolver, DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [AuditModule, FamiliesModule],
  providers: [DashboardService, DashboardResolver, DashboardOutcomeResolver],
})
export class DashboardModule {}
