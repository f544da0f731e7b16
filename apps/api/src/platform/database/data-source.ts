import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { identityEntities } from '../../modules/identity/identity.entities';
import { InvitationEntity, InvitationTokenEntity } from '../../modules/members/invitation.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { DistrictCalendarEntity } from '../../modules/calendars/district-calendar.entity';
import {
  CaseAdvocateEntity,
  CaseEntity,
  CaseTimelineEntryEntity,
} from '../../modules/cases/case.entity';
import {
  FamilyEntity,
  FamilyParentEntity,
  StudentEntity,
} from '../../modules/families/family.entity';
import { IntakeEntity } from '../../modules/intakes/intake.entity';
import { CalendarFeedEntity } from '../../modules/proceedings/calendar-feed.entity';
import { DeadlineReminderEntity } from '../../modules/proceedings/deadline-reminder.entity';
import { DeadlineRecomputeEntity } from '../../modules/proceedings/deadline-recompute.entity';
import {
  DeadlineEntity,
  ProceedingEntity,
  ProceedingEventEntity,
} from '../../modules/proceedings/proceeding.entity';
import { LetterEntity, LetterVersionEntity } from '../../modules/letters/letter.entity';
import { DocumentEntity, DocumentVersionEntity } from '../../modules/documents/document.entity';
import { caseLogEntities } from '../../modules/case-logs/case-logs.entities';
import { parentCenterEntities } from '../../modules/parent-center/parent-center.entities';
import { migrations } from '../../migrations';
import {
  SignUpRequestEntity,
  SignUpTokenEntity,
} from '../../modules/sign-up/sign-up-request.entity';
import { prepareJobSchema } from '../jobs/job-schema';
import { SnakeCaseColumns } from './naming-strategy';
import { POOL_ACQUIRE_TIMEOUT_MS } from './pool-timeout';

/** Every entity of every module. */
export const entities = [
  ...identityEntities,
  AuditEventEntity,
  InvitationEntity,
  InvitationTokenEntity,
  SignUpRequestEntity,
  SignUpTokenEntity,
  MailOutboxEntity,
  FamilyEntity,
  FamilyParentEntity,
  StudentEntity,
  DistrictCalendarEntity,
  IntakeEntity,
  CaseEntity,
  CaseAdvocateEntity,
  CaseTimelineEntryEntity,
  ProceedingEntity,
  ProceedingEventEntity,
  DeadlineEntity,
  CalendarFeedEntity,
  DeadlineReminderEntity,
  DeadlineRecomputeEntity,
  LetterEntity,
  LetterVersionEntity,
  DocumentEntity,
  DocumentVersionEntity,
  ...caseLogEntities,
  ...parentCenterEntities,
];

/**
 * `poolSize`: a few connections per core of the database server serve more, and more evenly,
 * than many (on 2 cores, 8 to 10 answered as many requests as 20 with half the worst time and
 * less memory; docs/performance.md).
 */
export function dataSourceOptions(
  url: string,
  applicationName: string,
  poolSize = 10,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeCaseColumns(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      application_name: applicationName,
      idleTimeoutMillis: 10_000,
      // A connection keeps the statements prepared on it (unit-of-work.ts): retired after
      // this many requests, it never keeps more than the shapes those requests used.
      maxUses: 10_000,
      // Without it a request waits for a connection for ever, and an exhausted pool hangs
      // every client (issue 13); with it the request fails with SERVICE_BUSY (pool-timeout.ts).
      connectionTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS,
    },
  };
}

/**
 * Brings the database to the code's version as the owner role: migrations, then pg-boss's
 * schema and queues.
 */
export async function prepareDatabase(ownerUrl: string): Promise<string[]> {
  const ran = await runMigrations(ownerUrl);
  await prepareJobSchema(ownerUrl);
  return ran;
}

/** Runs pending migrations as the owner role, then closes the owner's connection. */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const owner = new DataSource(dataSourceOptions(ownerUrl, 'continuum-migrations'));
  await owner.initialize();
  try {
    const ran = await owner.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await owner.destroy();
  }
}
