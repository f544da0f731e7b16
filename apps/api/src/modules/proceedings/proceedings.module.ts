import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarsModule } from '../calendars/calendars.module';
import { CasesModule } from '../cases/cases.module';
import { FamiliesModule } from '../families/families.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { ProceedingLoaders } from './proceeding-loaders';
import {
  CaseProceedingsResolver,
  DeadlineWordsResolver,
  ProceedingEventTypeWordsResolver,
  ProceedingEventWordsResolver,
  ProceedingWordsResolver,
  ProceedingsResolver,
} from './proceedings.resolver';
import { ProceedingsService } from './proceedings.service';

@Module({
  imports: [AuditModule, CalendarsModule, CasesModule, FamiliesModule],
  controllers: [CalendarFeedController],
  providers: [
    ProceedingsService,
    ProceedingsResolver,
    CaseProceedingsResolver,
    DeadlineWordsResolver,
    ProceedingEventWordsResolver,
    ProceedingEventTypeWordsResolver,
    ProceedingWordsResolver,
    ProceedingLoaders,
    CalendarFeedService,
    DeadlineRemindersService,
    DeadlineRecomputeService,
  ],
  exports: [DeadlineRemindersService, DeadlineRecomputeService, ProceedingsService],
})
export class ProceedingsModule {}
