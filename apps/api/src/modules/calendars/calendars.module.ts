import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarsResolver } from './calendars.resolver';
import { CalendarsService } from './calendars.service';

@Module({
  imports: [AuditModule],
  providers: [CalendarsService, CalendarsResolver],
  exports: [CalendarsService],
})
export class CalendarsModule {}
