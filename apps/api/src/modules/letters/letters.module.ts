import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { FamiliesModule } from '../families/families.module';
import { LetterExportController } from './letter-export.controller';
import { LetterExportService } from './letter-export.service';
import { LetterDocumentsResolver } from './letter-documents.resolver';
import { LettersResolver } from './letters.resolver';
import { LettersService } from './letters.service';

@Module({
  imports: [AuditModule, CasesModule, DocumentsModule, FamiliesModule],
  controllers: [LetterExportController],
  providers: [LettersService, LettersResolver, LetterExportService, LetterDocumentsResolver],
  // LetterExportService is the seam for saving an export into the case's documents.
  exports: [LettersService, LetterExportService],
})
export class LettersModule {}
