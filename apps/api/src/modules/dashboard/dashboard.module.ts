import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FamiliesModule } from '../families/families.module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [AuditModule, FamiliesModule],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
