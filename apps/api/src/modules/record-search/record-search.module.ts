import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseLogsModule } from '../case-logs/case-logs.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { RecordSearchResolver } from './record-search.resolver';
import { RecordSearchService } from './record-search.service';

/**
 * Search across a case's kinds of records. A module of its own so that documents and case
 * logs need not know each other: it imports both, neither imports it.
 */
@Module({
  imports: [AuditModule, CasesModule, DocumentsModule, CaseLogsModule],
  providers: [RecordSearchService, RecordSearchResolver],
})
export class RecordSearchModule {}
