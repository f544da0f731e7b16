import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarsModule } from '../calendars/calendars.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { FamiliesModule } from '../families/families.module';
import { CaseLogAccess } from './case-log-access';
import { CaseLogDocuments } from './case-log-documents';
import { CaseRecords } from './case-records';
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
  imports: [AuditModule, CalendarsModule, CasesModule, DocumentsModule, FamiliesModule],
  controllers: [ServiceLogCsvController],
  providers: [
    CaseLogAccess,
    CaseLogDocuments,
    CaseRecords,
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
  exports: [NotesService],
})
export class CaseLogsModule {}
