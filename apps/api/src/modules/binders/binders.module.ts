import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { FamiliesModule } from '../families/families.module';
import { ProceedingsModule } from '../proceedings/proceedings.module';
import { BindersController } from './binders.controller';
import { BindersResolver } from './binders.resolver';
import { BindersService } from './binders.service';

@Module({
  imports: [AuditModule, CasesModule, DocumentsModule, FamiliesModule, ProceedingsModule],
  controllers: [BindersController],
  providers: [BindersService, BindersResolver],
})
export class BindersModule {}
