import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { FamiliesModule } from '../families/families.module';
import { CaseLogAccess } from './case-log-access';
import {
  CommunicationsResolver,
  MeetingsResolver,
  NotesResolver,
  ServiceLogResolver,
  TasksResolver,
} from './case-logs.resolver';
import { CommunicationsService } from './communications.service';
import { MeetingsService } from './meetings.service';
import { NotesService } from './notes.service';
import { ServiceLogCsvController } from './service-log-csv.controller';
import { ServiceLogService } from './service-log.service';
import { TasksService } from './tasks.service';

/** A case's meeting, service-delivery and communications logs, notes and tasks. */
@Module({
  imports: [AuditModule, CasesModule, FamiliesModule],
  controllers: [ServiceLogCsvController],
  providers: [
    CaseLogAccess,
    MeetingsService,
    MeetingsResolver,
    CommunicationsService,
    CommunicationsResolver,
    ServiceLogService,
    ServiceLogResolver,
    NotesService,
    NotesResolver,
    TasksService,
    TasksResolver,
  ],
})
export class CaseLogsModule {}
