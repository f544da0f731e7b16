import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { FamiliesModule } from '../families/families.module';
import { DocumentInspector } from './document-content';
import { DocumentsController } from './documents.controller';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';
import { DocumentsSweepService } from './documents-sweep.service';

@Module({
  imports: [AuditModule, CasesModule, FamiliesModule],
  controllers: [DocumentsController],
  providers: [DocumentInspector, DocumentsService, DocumentsResolver, DocumentsSweepService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
