import { Foundation1763900000000 } from './1763900000000-foundation';
import { AuditAndThrottling1763900100000 } from './1763900100000-audit-and-throttling';
import { MembersAndMail1763900200000 } from './1763900200000-members-and-mail';
import { MailOutboxRls1763900300000 } from './1763900300000-mail-outbox-rls';
import { FamiliesCasesProceedings1763900400000 } from './1763900400000-families-cases-proceedings';
import { CalendarFeeds1763900500000 } from './1763900500000-calendar-feeds';
import { DeadlineReminders1763900600000 } from './1763900600000-deadline-reminders';
import { Documents1764000000000 } from './1764000000000-documents';
import { Letters1764200000000 } from './1764200000000-letters';
import { CaseLogs1764100000000 } from './1764100000000-case-logs';
import { CaseLogDocuments1764300000000 } from './1764300000000-case-log-documents';
import { OrganizationClock1764400000000 } from './1764400000000-organization-clock';
import { CaseStateConfirmation1764410000000 } from './1764410000000-case-state-confirmation';
import { Words1764420000000 } from './1764420000000-words';
import { ServiceExtendedSchoolYear1764430000000 } from './1764430000000-service-extended-school-year';
import { SignInBackOff1764510000000 } from './1764510000000-sign-in-back-off';
import { MailOutboxRequestedBy1764570000000 } from './1764570000000-mail-outbox-requested-by';
import { OrganizationPublicPage1764590000000 } from './1764590000000-organization-public-page';
import { SignUpRequests1764600000000 } from './1764600000000-sign-up-requests';
import { PhoneIntake1764620000000 } from './1764620000000-phone-intake';
import { ParentCenter1764700000000 } from './1764700000000-parent-center';
import { IntakeDemographics1764800000000 } from './1764800000000-intake-demographics';
import { RequestPath1764900000000 } from './1764900000000-request-path';
import { CaseloadStageCounts1764910000000 } from './1764910000000-caseload-stage-counts';
import { CaseCounts1764920000000 } from './1764920000000-case-counts';

/** Every migration, in order. Listed, not globbed, so the same list runs from dist and in jest. */
export const migrations = [
  Foundation1763900000000,
  AuditAndThrottling1763900100000,
  MembersAndMail1763900200000,
  MailOutboxRls1763900300000,
  FamiliesCasesProceedings1763900400000,
  CalendarFeeds1763900500000,
  DeadlineReminders1763900600000,
  Documents1764000000000,
  CaseLogs1764100000000,
  Letters1764200000000,
  CaseLogDocuments1764300000000,
  OrganizationClock1764400000000,
  CaseStateConfirmation1764410000000,
  Words1764420000000,
  ServiceExtendedSchoolYear1764430000000,
  SignInBackOff1764510000000,
  MailOutboxRequestedBy1764570000000,
  OrganizationPublicPage1764590000000,
  SignUpRequests1764600000000,
  PhoneIntake1764620000000,
  ParentCenter1764700000000,
  IntakeDemographics1764800000000,
  RequestPath1764900000000,
  CaseloadStageCounts1764910000000,
  CaseCounts1764920000000,
];
