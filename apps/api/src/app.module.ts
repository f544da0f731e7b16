import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './platform/auth/auth.guard';
import { ClockModule } from './platform/clock/clock.module';
import type { TimeSource } from './platform/clock/clock';
import type { AppConfig } from './platform/config/config';
import { ConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { GraphQLModule } from './platform/graphql/graphql.module';
import { HealthModule } from './platform/health/health.module';
import { LoggingModule } from './platform/logging/logging.module';
import { AuditModule } from './modules/audit/audit.module';
import { IdentityModule } from './modules/identity/identity.module';
import { MembersModule } from './modules/members/members.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { AnnualReportModule } from './modules/annual-report/annual-report.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { PeopleModule } from './modules/people/people.module';
import { TrainingsModule } from './modules/trainings/trainings.module';
import { CalendarsModule } from './modules/calendars/calendars.module';
import { CaseLogsModule } from './modules/case-logs/case-logs.module';
import { CaseOriginModule } from './modules/case-origin/case-origin.module';
import { CasesModule } from './modules/cases/cases.module';
import { FamiliesModule } from './modules/families/families.module';
import { IntakesModule } from './modules/intakes/intakes.module';
import { BindersModule } from './modules/binders/binders.module';
import { LettersModule } from './modules/letters/letters.module';
import { ProceedingsModule } from './modules/proceedings/proceedings.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { MailModule } from './platform/mail/mail.module';
import { StorageModule } from './platform/storage/storage.module';
import { RecordSearchModule } from './modules/record-search/record-search.module';
import { SignUpModule } from './modules/sign-up/sign-up.module';

/** Feature modules; the schema emitter builds the GraphQL schema from the same list. */
export const featureModules = [
  IdentityModule,
  AuditModule,
  MembersModule,
  OrganizationsModule,
  AnnualReportModule,
  DashboardModule,
  PeopleModule,
  TrainingsModule,
  FamiliesModule,
  CalendarsModule,
  IntakesModule,
  CasesModule,
  ProceedingsModule,
  CaseOriginModule,
  LettersModule,
  BindersModule,
  DocumentsModule,
  CaseLogsModule,
  RecordSearchModule,
  SignUpModule,
];

@Module({})
export class AppModule {
  /** `time` replaces the system's clock (tests pin it; see test/support/clock.ts). */
  static forRoot(config: AppConfig, appDatabaseUrl: string, time?: TimeSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot(appDatabaseUrl, config.databasePoolSize),
        ClockModule.forRoot(time),
        GraphQLModule.forRoot(config),
        HealthModule,
        JobsModule,
        MailModule,
        StorageModule,
        ...featureModules,
      ],
      providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
    };
  }
}
