import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PeopleModule } from '../people/people.module';
import { TrainingsResolver } from './trainings.resolver';
import { TrainingsService } from './trainings.service';

@Module({
  imports: [AuditModule, PeopleModule],
  providers: [TrainingsService, TrainingsResolver],
})
export class TrainingsModule {}
