import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { FamiliesModule } from '../families/families.module';
import { IntakesModule } from '../intakes/intakes.module';
import { ProceedingsModule } from '../proceedings/proceedings.module';
import { CaseOriginResolver, IntakeStateResolver } from './case-origin.resolver';
import { CaseOriginService } from './case-origin.service';

/**
 * From intake to case (docs/domain.md): the case's intake and carried recommendation, and the
 * state question. Its own module because confirming a state recomputes proceedings, which
 * depend on cases.
 */
@Module({
  imports: [AuditModule, CasesModule, FamiliesModule, IntakesModule, ProceedingsModule],
  providers: [CaseOriginService, CaseOriginResolver, IntakeStateResolver],
})
export class CaseOriginModule {}
