import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AnnualReportController } from './annual-report.controller';
import { AnnualReportResolver } from './annual-report.resolver';
import { AnnualReportService } from './annual-report.service';

@Module({
  imports: [AuditModule],
  controllers: [AnnualReportController],
  providers: [AnnualReportService, AnnualReportResolver],
  exports: [AnnualReportService],
})
export class AnnualReportModule {}
