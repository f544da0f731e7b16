import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FamiliesModule } from '../families/families.module';
import { IntakesResolver } from './intakes.resolver';
import { IntakesService } from './intakes.service';

@Module({
  imports: [AuditModule, FamiliesModule],
  providers: [IntakesService, IntakesResolver],
  exports: [IntakesService],
})
export class IntakesModule {}
