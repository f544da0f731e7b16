import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  /** Needed when creating a new account. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new password, or the existing account’s password. */
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AddNoteInput = {
  body: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  /** A note added without one is INTERNAL from staff and SHARED from a parent (who can write no other). */
  visibility?: InputMaybe<NoteVisibility>;
};

export type AddServiceRequirementInput = {
  caseId: Scalars['ID']['input'];
  /** YYYY-MM-DD; none while ongoing. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** Continues between school years (extended school year); false unless given. */
  extendedSchoolYear?: InputMaybe<Scalars['Boolean']['input']>;
  frequency: ServiceFrequency;
  /** Minutes per week or month, 1 to 10000. */
  minutes: Scalars['Int']['input'];
  provider?: InputMaybe<Scalars['String']['input']>;
  /** e.g. Speech-language therapy. */
  service: Scalars['String']['input'];
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['input'];
};

export type AddTrainingAttendeeInput = {
  newPerson?: InputMaybe<NewPersonInput>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  trainingId: Scalars['ID']['input'];
};

/** A program year's Part 1 (October 1 to September 30, in the organization's time zone): as submitted, or as the records say today. */
export type AnnualReport = {
  demographics: Array<AnnualReportTable>;
  /** Last day of the program year (ISO date). */
  end: Scalars['String']['output'];
  lines: Array<AnnualReportLine>;
  organizationName: Scalars['String']['output'];
  outreach: Array<AnnualReportRow>;
  programYear: Scalars['Int']['output'];
  /** First day of the program year (ISO date). */
  start: Scalars['String']['output'];
  /** Who marked the year as submitted, and when; the numbers are then frozen. */
  submitted?: Maybe<AnnualReportSubmission>;
  timeZone: Scalars['String']['output'];
};

export type AnnualReportLine = {
  /** The form code, such as I.B1a; shown beside the words, never alone. */
  code: Scalars['String']['output'];
  /** How firmly the reference supports the line: C confirmed, C-old only in a pre-2021 form, U unconfirmed. */
  confidence: Scalars['String']['output'];
  label: ReportLabel;
  /** I.A, I.B, II, IV or ADR. */
  section: Scalars['String']['output'];
  value: Scalars['Int']['output'];
};

/** One category of Section III or V and its number. */
export type AnnualReportRow = {
  /** The category's code in the organization's list; 'declined' and 'unknown' for Section III. */
  code: Scalars['String']['output'];
  label: ReportLabel;
  value: Scalars['Int']['output'];
};

export type AnnualReportRows = {
  /** The form code of the line; null for a category of Section III or V. */
  formCode?: Maybe<Scalars['String']['output']>;
  /** The line's or the category's words. */
  label: ReportLabel;
  nodes: Array<AnnualReportSourceRow>;
  /** How many rows the line has in all. */
  total: Scalars['Int']['output'];
};

/** One record behind a number of the report. */
export type AnnualReportSourceRow = {
  caseId?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['String']['output']>;
  familyId?: Maybe<Scalars['String']['output']>;
  /** The person's name, or the family's. */
  name?: Maybe<Scalars['String']['output']>;
  personId?: Maybe<Scalars['String']['output']>;
  /** contact, communication (a case log entry), meeting (a case meeting), event (a proceeding event), attendance, student or outreach. */
  source: Scalars['String']['output'];
  sourceId: Scalars['String']['output'];
  trainingId?: Maybe<Scalars['String']['output']>;
  trainingTitle?: Maybe<Scalars['String']['output']>;
  /** How much the row adds to the number (a head count adds its count). */
  weight: Scalars['Int']['output'];
};

export type AnnualReportSubmission = {
  at: Scalars['String']['output'];
  byName?: Maybe<Scalars['String']['output']>;
};

export type AnnualReportTable = {
  confidence: Scalars['String']['output'];
  /** ageBands, disabilityCategories, raceEthnicity or languages. */
  list: Scalars['String']['output'];
  rows: Array<AnnualReportRow>;
};

/** The `extensions` of every GraphQL error (and the JSON of a REST error): `code` to branch on, `key` and `params` to word it, `field` at fault. `message` (beside it) is English. */
export type ApiErrorExtensions = {
  /** The broad class: BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, INTERNAL_SERVER_ERROR, or a specific one such as LETTER_CHANGED. */
  code: Scalars['String']['output'];
  /** The input at fault, e.g. `date`. */
  field?: Maybe<Scalars['String']['output']>;
  /** Absent only for errors of GraphQL itself (a malformed query) and internal ones. */
  key?: Maybe<ErrorKey>;
  /** Values the words use: limits, counts, sizes (never codes). */
  params?: Maybe<Scalars['JSON']['output']>;
};

export type AssignCaseAdvocatesInput = {
  /** The complete list of advocates assigned to the case. */
  advocateUserIds: Array<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
};

/** One entry of the append-only audit trail. */
export type AuditEvent = {
  action: Scalars['String']['output'];
  /** The acting user’s name, when known. */
  actorName?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  ipAddress?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  subjectId?: Maybe<Scalars['String']['output']>;
  subjectType?: Maybe<Scalars['String']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type AuditEventFilter = {
  /** Only these actions, e.g. auth.sign_in. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant, inclusive. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  subjectId?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<Scalars['String']['input']>;
  /** Before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditEventPage = {
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<AuditEvent>;
};

/** A secret link to the member’s deadlines as an iCalendar feed; shown once. */
export type CalendarFeed = {
  createdAt: Scalars['DateTime']['output'];
  /** Path on the API, /calendar/<organization>/<token>.ics. */
  path: Scalars['String']['output'];
};

/** A ranked pathway of the intake’s recommendation. */
export type CarriedPathway = {
  basis: Array<Scalars['String']['output']>;
  confidence: Scalars['String']['output'];
  /** The pathway id from packages/rules (`pwn_request`, ...). */
  id: Scalars['String']['output'];
  /** The family’s issue ids this pathway addresses. */
  issues: Array<Scalars['String']['output']>;
  /** 1 is the first thing to do. */
  rank: Scalars['Int']['output'];
  /** Why, in plain words for the family, in `CarriedRecommendation.lang`. */
  reason: Scalars['String']['output'];
};

/** The recommendation of the intake a case was opened from: the rules read the intake’s answers as of the day it was submitted, in the language asked for. */
export type CarriedRecommendation = {
  intakeId: Scalars['ID']['output'];
  /** The language of messages and reasons: the one asked for, or the family’s when the answers can no longer be read again. */
  lang: Language;
  /** Best first. */
  pathways: Array<CarriedPathway>;
  /** The rules, corrected since, read the same answers differently from what the family was shown when they sent the intake (that is kept on the intake). */
  revisedSinceSubmission: Scalars['Boolean']['output'];
  /** The day the recommendation is made for: the submission (YYYY-MM-DD). */
  submittedOn: Scalars['String']['output'];
  /** Warnings first: they carry time limits. */
  warnings: Array<CarriedWarning>;
};

/** A warning of the intake’s recommendation, shown before its pathways. */
export type CarriedWarning = {
  basis: Array<Scalars['String']['output']>;
  confidence: Scalars['String']['output'];
  /** The day a limitation clock ends (YYYY-MM-DD); null when unknown or no clock. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** The warning id from packages/rules (`due_process_limit_near`, ...). */
  id: Scalars['String']['output'];
  /** Plain words for the family, in `CarriedRecommendation.lang`. */
  message: Scalars['String']['output'];
};

/** One student's dispute. */
export type Case = {
  advocates: Array<CaseAdvocate>;
  /** The recommendation of the intake the case was opened from, in `lang` (by default the family’s); null when none, or the reader may not see the intake. */
  carriedRecommendation?: Maybe<CarriedRecommendation>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The intake the case was opened from; null when none, or the reader may not see it. */
  intake?: Maybe<Intake>;
  intakeId?: Maybe<Scalars['ID']['output']>;
  /** Advocates' working notes; null for a parent. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** Issue ids from packages/rules. */
  issueCategories: Array<Scalars['String']['output']>;
  /** The soonest upcoming deadline. */
  nextDeadline?: Maybe<Deadline>;
  outcome?: Maybe<Scalars['String']['output']>;
  proceedings: Array<Proceeding>;
  /** The continuum stage reached: intake, or a pathway id. */
  stage: Scalars['String']['output'];
  /** Set while the intake’s state and the student’s record disagree and no staff member has confirmed the state: every deadline of the case reads unknown until `confirmCaseState`. */
  stateQuestion?: Maybe<StateQuestion>;
  status: CaseStatus;
  student: Student;
  studentId: Scalars['ID']['output'];
  timeline: Array<CaseTimelineEntry>;
  updatedAt: Scalars['DateTime']['output'];
};


/** One student's dispute. */
export type CaseCarriedRecommendationArgs = {
  lang?: InputMaybe<Language>;
};

/** An advocate assigned to a case. */
export type CaseAdvocate = {
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type CaseDocumentsFilterInput = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words to find in titles and text. */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<DocumentType>;
  visibility?: InputMaybe<DocumentVisibility>;
};

/** A record of a case that matches a search. */
export type CaseRecordHit = {
  /** Set when kind is DOCUMENT. */
  document?: Maybe<Document>;
  id: Scalars['ID']['output'];
  kind: CaseRecordKind;
  /** Set when kind is NOTE. */
  note?: Maybe<Note>;
  /** Higher is better; documents and notes on one scale. */
  rank: Scalars['Float']['output'];
  /** Matching words in context; the matches are between « and ». */
  snippet: Scalars['String']['output'];
  /** A document's title, or a note's first line. */
  title: Scalars['String']['output'];
};

/** What a search hit is: a document (its title and text) or a note. */
export type CaseRecordKind =
  | 'DOCUMENT'
  | 'NOTE';

export type CaseStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

/** One thing recorded on a case. Pages write it from `kind` and `params(lang)` in the reader’s language. */
export type CaseTimelineEntry = {
  actorName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** case_opened, status_changed, proceeding_opened, event_recorded, deadline_changed, ...: for code, never shown. */
  kind: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  params: Array<TimelineParam>;
  /** An English sentence, for API clients and logs. */
  summary: Scalars['String']['output'];
};


/** One thing recorded on a case. Pages write it from `kind` and `params(lang)` in the reader’s language. */
export type CaseTimelineEntryParamsArgs = {
  lang: Language;
};

export type CaseloadFilterInput = {
  /** Cases this advocate is assigned to. */
  advocateUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Cases with a computed deadline on or before this day (YYYY-MM-DD). */
  dueBefore?: InputMaybe<Scalars['String']['input']>;
  issue?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  /** The student's state. */
  state?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<CaseStatus>>;
};

export type CaseloadPage = {
  /** Pass as `after` for the next page. */
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<Case>;
  /** Cases matching the filter, except its stage, per stage. */
  stageCounts: Array<StageCount>;
  /** Cases matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type CaseloadSort =
  | 'CREATED_AT_DESC'
  | 'NEXT_DUE_ASC'
  | 'STUDENT_NAME_ASC'
  | 'UPDATED_AT_DESC';

/** A contact about the case, coded by mode. */
export type Communication = {
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Ids of the attachments the signed-in member may read, in their order. */
  documentIds: Array<Scalars['ID']['output']>;
  /** Attachments: the linked documents the signed-in member may read (archived ones too), in their order. */
  documents: Array<Document>;
  id: Scalars['ID']['output'];
  mode: CommunicationMode;
  /** YYYY-MM-DD. */
  occurredOn: Scalars['String']['output'];
  /** Who took part (names or roles). */
  parties: Array<Scalars['String']['output']>;
  /** Who was spoken with, from the organization’s people: it counts as their contact. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** That person’s name. */
  personName?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Contact modes as Parent Centers code them in their annual report. */
export type CommunicationMode =
  | 'email_or_text'
  | 'in_person_meeting'
  | 'letter'
  | 'phone'
  | 'virtual_meeting';

export type ConfirmCaseStateInput = {
  caseId: Scalars['ID']['input'];
  /** The student’s state, two letters (`TX`): the record takes it. */
  state: Scalars['String']['input'];
};

/** An individual-assistance contact (report Section I.B). */
export type Contact = {
  caseId?: Maybe<Scalars['ID']['output']>;
  /** In person or virtual: meetings only. */
  delivery?: Maybe<Delivery>;
  followUp: Scalars['String']['output'];
  followUpOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  minutes?: Maybe<Scalars['Int']['output']>;
  mode: ContactMode;
  notes: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  personId: Scalars['ID']['output'];
  /** The person's name. */
  personName: Scalars['String']['output'];
  /** The role the person acted in for this contact. */
  role: PersonRole;
  staffName?: Maybe<Scalars['String']['output']>;
  staffUserId?: Maybe<Scalars['ID']['output']>;
  /** Codes of the organization's topic list. */
  topics: Array<Scalars['String']['output']>;
};

/** Individual assistance by phone, letter, email/text/other electronic means, or a meeting. */
export type ContactMode =
  | 'electronic'
  | 'letter'
  | 'meeting'
  | 'phone';

export type CorrectProceedingEventInput = {
  /** The right date, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  /** Why the recorded event was wrong. */
  reason: Scalars['String']['input'];
  schoolDays?: InputMaybe<Scalars['Int']['input']>;
  /** The right event type. */
  type: Scalars['String']['input'];
};

export type CreateCaseFromIntakeInput = {
  /** Advocates to assign; an advocate turning the intake into a case by default. */
  advocateUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The student’s state, when the intake’s state and the student’s record differ (`Intake.stateQuestion`): answering here confirms it and the record takes it; unanswered, the case asks before any deadline is computed. */
  confirmedState?: InputMaybe<Scalars['String']['input']>;
  intakeId: Scalars['ID']['input'];
  /** Defaults to the intake’s issues. */
  issueCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needed when the intake names no student and the family has several. */
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateFamilyInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** A code of the organization's languages list, or declined. */
  parentLanguage?: InputMaybe<Scalars['String']['input']>;
  /** Parents (members with the PARENT role) to link; a parent creating a family is linked to it. */
  parentUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  primaryLanguage: Language;
};

export type CreateStudentInput = {
  /** YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** The family chose not to give the child’s age; the date of birth is then empty. */
  dateOfBirthDeclined?: InputMaybe<Scalars['Boolean']['input']>;
  disabilityCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  district?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  familyId: Scalars['ID']['input'];
  grade?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  planType: PlanType;
  raceCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  school?: InputMaybe<Scalars['String']['input']>;
  state: Scalars['String']['input'];
};

export type CreateTaskInput = {
  /** An org admin, an advocate of the case, or a parent of the family. */
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  caseId: Scalars['ID']['input'];
  /** YYYY-MM-DD. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateTrainingInput = {
  delivery: Delivery;
  funded?: Scalars['Boolean']['input'];
  presenters?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One or more sessions. */
  sessions: Array<TrainingSessionInput>;
  title: Scalars['String']['input'];
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The organization's work at a glance, for a date range. */
export type Dashboard = {
  /** Proceedings of open cases by kind. */
  casesByPathway: Array<DashboardCount>;
  /** Open cases by stage. */
  casesByStage: Array<DashboardCount>;
  /** Individual-assistance contacts per month and mode, as the annual report counts them. */
  contactsByMonth: Array<DashboardMonthCount>;
  /** Deadlines of open cases whose day has passed. */
  deadlinesOverdue: Scalars['Int']['output'];
  /** Deadlines of open cases due today through six days from now. */
  deadlinesThisWeek: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  /** Cases resolved or closed (last changed in the range), by the furthest stage reached. */
  outcomesByPathway: Array<DashboardOutcome>;
  peopleServed: DashboardPeopleServed;
  staff: Array<DashboardStaffLoad>;
  /** Whose work; null for everyone’s. */
  staffUserId?: Maybe<Scalars['ID']['output']>;
  to: Scalars['String']['output'];
};

/** A count under a code the portal words. */
export type DashboardCount = {
  /** A case stage, a proceeding kind or a case status. */
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type DashboardFilterInput = {
  /** First day, YYYY-MM-DD. */
  from: Scalars['String']['input'];
  /** One staff member's work; everyone's when left out (org admins). An advocate always sees their own. */
  staffUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, YYYY-MM-DD (at most three years after `from`). */
  to: Scalars['String']['input'];
};

/** Contacts of one mode in one month. */
export type DashboardMonthCount = {
  count: Scalars['Int']['output'];
  /** phone, letter, electronic or meeting. */
  mode: Scalars['String']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

/** Proceedings of one kind whose last event, in the range, left them in one outcome state. */
export type DashboardOutcome = {
  count: Scalars['Int']['output'];
  kind: ProceedingKind;
  /** The state it ended in: a code; show `stateLabel(lang)`. */
  state: Scalars['String']['output'];
  /** The state it ended in, in words. */
  stateLabel: Scalars['String']['output'];
};


/** Proceedings of one kind whose last event, in the range, left them in one outcome state. */
export type DashboardOutcomeStateLabelArgs = {
  lang: Language;
};

/** People served (counted once each, as the annual report counts them) from the program year’s start to today, and over the same days a year earlier. */
export type DashboardPeopleServed = {
  lastYear: Scalars['Int']['output'];
  /** The program year that ends on September 30 of this year. */
  programYear: Scalars['Int']['output'];
  thisYear: Scalars['Int']['output'];
  /** The last day counted (today), YYYY-MM-DD. */
  through: Scalars['String']['output'];
};

/** A staff member's open cases and logged time. */
export type DashboardStaffLoad = {
  /** Minutes of contacts they made in the range. */
  minutes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  openCases: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
};

/** A deadline computed from a proceeding’s events. */
export type Deadline = {
  /** The citations the deadline rests on. */
  basis: Array<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  confidence: Scalars['String']['output'];
  /** YYYY-MM-DD; null unless computed. */
  due?: Maybe<Scalars['String']['output']>;
  fallsOnNonBusinessDay: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** How the date was reached, in the reader’s language; in English (`lang: EN`) only for a note the rules’ catalog no longer knows. */
  note: LocalizedText;
  /** Due before today. */
  overdue: Scalars['Boolean']['output'];
  proceedingId: Scalars['ID']['output'];
  proceedingKind: ProceedingKind;
  /** The rule id, e.g. resolution_period_end: for code; show `title(lang)` to people. */
  ruleId: Scalars['String']['output'];
  status: DeadlineStatus;
  studentName?: Maybe<Scalars['String']['output']>;
  /** What the deadline is, in words. */
  title: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};


/** A deadline computed from a proceeding’s events. */
export type DeadlineNoteArgs = {
  lang: Language;
};


/** A deadline computed from a proceeding’s events. */
export type DeadlineTitleArgs = {
  lang: Language;
};

/** computed (a date), needs_calendar (store the district calendar), no_fixed_deadline, unknown. */
export type DeadlineStatus =
  | 'computed'
  | 'needs_calendar'
  | 'no_fixed_deadline'
  | 'unknown';

export type Delivery =
  | 'in_person'
  | 'virtual';

/** A district's school year, so school-day deadlines compute. */
export type DistrictCalendar = {
  district: Scalars['String']['output'];
  /** YYYY-MM-DD. */
  firstDay: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD. */
  lastDay: Scalars['String']['output'];
  /** Weekdays without school (holidays, breaks). */
  nonSchoolDays: Array<Scalars['String']['output']>;
  state: Scalars['String']['output'];
};

/** A record in a case: IEP, evaluation, notice, ... */
export type Document = {
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The newest version. */
  currentVersion: DocumentVersion;
  /** The date on the document, YYYY-MM-DD. */
  documentDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  type: DocumentType;
  updatedAt: Scalars['DateTime']['output'];
  /** Every version, newest first. */
  versions: Array<DocumentVersion>;
  visibility: DocumentVisibility;
};

/** What a document is; the same words as the upload form field `type` (lower case). */
export type DocumentType =
  | 'EMAIL'
  | 'EVALUATION'
  | 'IEP'
  | 'MEDICAL'
  | 'NOTICE'
  | 'OTHER'
  | 'PRIOR_WRITTEN_NOTICE'
  | 'PROGRESS_REPORT';

/** One uploaded file of a document. */
export type DocumentVersion = {
  /** Sniffed from the bytes at upload. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Where to GET the bytes (relative to the API), with the session cookie. */
  downloadPath: Scalars['String']['output'];
  /** Sanitized; the extension matches the sniffed content type. */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** SHA-256 of the bytes, hex. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Float']['output'];
  uploadedByName?: Maybe<Scalars['String']['output']>;
  versionNumber: Scalars['Int']['output'];
};

/** SHARED: the family sees it. INTERNAL: the organization’s staff only. */
export type DocumentVisibility =
  | 'INTERNAL'
  | 'SHARED';

export type DraftLetterInput = {
  caseId: Scalars['ID']['input'];
  /** The case facts (see letterFactsForCase); a missing `date` means today. Errors name the field, e.g. facts.student.school. */
  facts: Scalars['JSON']['input'];
  lang: Language;
  template: LetterTemplateId;
};

/** What exactly went wrong, stable across releases (platform/errors/error-keys.ts). Clients word it in the reader’s language from `params`. */
export type ErrorKey =
  | 'ALREADY_MEMBER'
  | 'BINDER_DESCRIPTION_TOO_LONG'
  | 'BINDER_DOCUMENT_NOT_BINDABLE'
  | 'BINDER_DOCUMENT_PROTECTED'
  | 'BINDER_DOCUMENT_UNREADABLE'
  | 'BINDER_DUPLICATE'
  | 'BINDER_EMPTY'
  | 'BINDER_INCLUDE_INTERNAL_INVALID'
  | 'BINDER_INTERNAL_NOT_CONFIRMED'
  | 'BINDER_TOO_LARGE'
  | 'BINDER_TOO_MANY'
  | 'CALENDAR_DAYS_REQUIRED'
  | 'CALENDAR_DISTRICT_REQUIRED'
  | 'CALENDAR_EXISTS'
  | 'CASE_ISSUE_INVALID'
  | 'CASE_NOTES_TOO_LONG'
  | 'CASE_OUTCOME_TOO_LONG'
  | 'CASE_STAGE_INVALID'
  | 'CASE_STATUS_INVALID'
  | 'CASE_STUDENT_REQUIRED'
  | 'CHOICE_INVALID'
  | 'COMMUNICATION_PERSON_UNKNOWN'
  | 'CONTACT_DELIVERY_NOT_MEETING'
  | 'CONTACT_DELIVERY_REQUIRED'
  | 'CONTACT_PERSON_REQUIRED'
  | 'CORRECTION_REASON_REQUIRED'
  | 'COUNT_INVALID'
  | 'CSRF_HEADER_REQUIRED'
  | 'DASHBOARD_RANGE_INVALID'
  | 'DATE_INVALID'
  | 'DATE_INVALID_OR_FUTURE'
  | 'DATE_IN_FUTURE'
  | 'DEADLINE_WINDOW_INVALID'
  | 'DEMOGRAPHIC_DECLINED_ALONE'
  | 'DOCUMENTS_NOT_LINKABLE'
  | 'DOCUMENTS_TOO_MANY'
  | 'DOCUMENT_ARCHIVED'
  | 'DOCUMENT_DATE_INVALID'
  | 'DOCUMENT_PARENTS_SHARE_ONLY'
  | 'DOCUMENT_TITLE_INVALID'
  | 'DOCUMENT_TYPE_INVALID'
  | 'DOCUMENT_VISIBILITY_INVALID'
  | 'EMAIL_INVALID'
  | 'EMAIL_REQUIRED'
  | 'END_BEFORE_START'
  | 'EVENT_ALREADY_CORRECTED'
  | 'EVENT_DATE_IN_FUTURE'
  | 'EVENT_NOT_ACCEPTED'
  | 'FILED_BY_INVALID'
  | 'FILE_EMPTY'
  | 'FILE_EXPANDS_TOO_LARGE'
  | 'FILE_MISSING'
  | 'FILE_ONE_AT_A_TIME'
  | 'FILE_TOO_COMPLEX'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FORBIDDEN'
  | 'ID_INVALID'
  | 'INTAKE_ANSWER_INVALID'
  | 'INTAKE_FAMILY_REQUIRED'
  | 'INTAKE_NOT_DRAFT'
  | 'INTAKE_NOT_SUBMITTED'
  | 'INTAKE_STUDENT_NOT_IN_FAMILY'
  | 'INVALID_CREDENTIALS'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_NOT_FOUND'
  | 'INVITATION_NOT_PENDING'
  | 'INVITATION_PASSWORD_MISMATCH'
  | 'INVITATION_REVOKED'
  | 'INVITATION_USED'
  | 'LANGUAGE_INVALID'
  | 'LAST_ADMIN'
  | 'LETTER_BLOCKS_EMPTY'
  | 'LETTER_BLOCKS_TOO_MANY'
  | 'LETTER_BLOCK_FIELD_INVALID'
  | 'LETTER_BLOCK_TYPE_INVALID'
  | 'LETTER_CHANGED'
  | 'LETTER_DELETE_FINAL'
  | 'LETTER_FACTS_INVALID'
  | 'LETTER_FINAL'
  | 'LETTER_HEADING_LEVEL_INVALID'
  | 'LETTER_LIST_COUNT'
  | 'LETTER_LIST_INVALID'
  | 'LETTER_TEXT_BROKEN_CHARACTER'
  | 'LETTER_TEXT_CONTROL_CHARACTER'
  | 'LETTER_TEXT_INVALID'
  | 'LETTER_TEXT_REQUIRED'
  | 'LETTER_TEXT_TOO_LONG'
  | 'LETTER_TOO_LONG'
  | 'LETTER_VERSION_INVALID'
  | 'LIST_TOO_LONG'
  | 'MAILBOX_UNAVAILABLE'
  | 'MEETING_STAFF_INVALID'
  | 'MINUTES_INVALID'
  | 'NAMES_INVALID'
  | 'NAME_INVALID'
  | 'NAME_REQUIRED'
  | 'NOT_AN_ADVOCATE'
  | 'NOT_FOUND_CASE'
  | 'NOT_FOUND_COMMUNICATION'
  | 'NOT_FOUND_CONTACT'
  | 'NOT_FOUND_DISTRICT_CALENDAR'
  | 'NOT_FOUND_DOCUMENT'
  | 'NOT_FOUND_EVENT'
  | 'NOT_FOUND_FAMILY'
  | 'NOT_FOUND_INTAKE'
  | 'NOT_FOUND_INVITATION'
  | 'NOT_FOUND_LETTER'
  | 'NOT_FOUND_LETTER_VERSION'
  | 'NOT_FOUND_MEETING'
  | 'NOT_FOUND_MEMBER'
  | 'NOT_FOUND_NOTE'
  | 'NOT_FOUND_ORGANIZATION'
  | 'NOT_FOUND_PARENT'
  | 'NOT_FOUND_PERSON'
  | 'NOT_FOUND_PROCEEDING'
  | 'NOT_FOUND_SERVICE'
  | 'NOT_FOUND_SESSION'
  | 'NOT_FOUND_STUDENT'
  | 'NOT_FOUND_TASK'
  | 'NOT_FOUND_TRAINING'
  | 'OUTCOME_REQUIRED'
  | 'PAGE_CURSOR_INVALID'
  | 'PAGE_SIZE_INVALID'
  | 'PASSWORD_IS_EMAIL'
  | 'PASSWORD_REQUIRED'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_SHORT'
  | 'PERSON_MERGE_SAME'
  | 'PHONE_INVALID'
  | 'PLAN_TYPE_INVALID'
  | 'PUBLIC_PAGE_COLOR_INVALID'
  | 'PUBLIC_PAGE_LANGUAGES_REQUIRED'
  | 'PUBLIC_PAGE_LANGUAGE_INVALID'
  | 'PUBLIC_PAGE_PHONE_INVALID'
  | 'PUBLIC_PAGE_SLUG_INVALID'
  | 'PUBLIC_PAGE_SLUG_REQUIRED'
  | 'PUBLIC_PAGE_SLUG_TAKEN'
  | 'PUBLIC_PAGE_WEBSITE_INVALID'
  | 'REMINDER_DAYS_INVALID'
  | 'REPORT_ALREADY_SUBMITTED'
  | 'REPORT_LINE_UNKNOWN'
  | 'REPORT_LIST_AGE_BAND_INVALID'
  | 'REPORT_LIST_DUPLICATE'
  | 'REPORT_LIST_EMPTY'
  | 'REPORT_LIST_ITEM_LABEL_REQUIRED'
  | 'REPORT_LIST_UNKNOWN'
  | 'REPORT_YEAR_INVALID'
  | 'REPORT_YEAR_NOT_ENDED'
  | 'RESET_LINK_EXPIRED'
  | 'RESET_LINK_INVALID'
  | 'RESET_LINK_USED'
  | 'ROLE_INVALID'
  | 'RULES_CALENDAR_INVALID'
  | 'RULES_DATE_INVALID'
  | 'RULES_EVENT_NOT_ACCEPTED'
  | 'RULES_INPUT_INVALID'
  | 'RULES_KIND_UNKNOWN'
  | 'RULES_LANGUAGE_INVALID'
  | 'RULES_SCHOOL_DAYS_INVALID'
  | 'RULES_STATE_UNKNOWN'
  | 'RULES_TEMPLATE_UNKNOWN'
  | 'RULES_TEXT_TOO_LONG'
  | 'RULES_VALUE_REQUIRED'
  | 'SCHOOL_DAYS_INVALID'
  | 'SEARCH_QUERY_INVALID'
  | 'SERVICE_BUSY'
  | 'SESSION_OUTSIDE_SERVICE'
  | 'SESSION_REASON_REQUIRED'
  | 'SIGN_IN_EMAIL_INVALID'
  | 'SIGN_IN_NAME_REQUIRED'
  | 'SIGN_IN_NO_NAME_COLUMN'
  | 'SIGN_IN_PHONE_INVALID'
  | 'SIGN_IN_ROLE_INVALID'
  | 'SIGN_IN_TOO_LARGE'
  | 'SIGN_IN_UNREADABLE'
  | 'SIGN_UP_ACCOUNT_EXISTS'
  | 'SIGN_UP_CHILD_NAME_REQUIRED'
  | 'SIGN_UP_LINK_EXPIRED'
  | 'SIGN_UP_LINK_INVALID'
  | 'SIGN_UP_ORGANIZATION_REQUIRED'
  | 'SIGN_UP_TOO_MANY_REQUESTS'
  | 'STATE_CODE_INVALID'
  | 'TASK_ASSIGNEE_INVALID'
  | 'TEXT_BROKEN_CHARACTER'
  | 'TEXT_CONTROL_CHARACTER'
  | 'TEXT_REQUIRED'
  | 'TEXT_TOO_LONG'
  | 'TIME_ZONE_INVALID'
  | 'TOO_MANY_ATTEMPTS'
  | 'TRAINING_ATTENDEE_DUPLICATE'
  | 'TRAINING_SESSIONS_INVALID'
  | 'UNAUTHENTICATED'
  | 'UPLOAD_FORM_INVALID';

/** A household the organization serves. */
export type Family = {
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** A phone number to reach the family, as staff took it down. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The parents' primary language for the annual report: a code of the organization's languages list, or declined; null when not asked. */
  parentLanguage?: Maybe<Scalars['String']['output']>;
  parents: Array<FamilyParent>;
  primaryLanguage: Language;
  students: Array<Student>;
};

/** A parent account linked to a family. */
export type FamilyParent = {
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type FiledBy =
  | 'district'
  | 'parent';

/** A family’s answers to the intake questionnaire. */
export type Intake = {
  /** Answers keyed by question id. */
  answers: Scalars['JSON']['output'];
  /** The case made from this intake. */
  caseId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  familyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  lang: Language;
  /** The questionnaire version the answers follow. */
  questionnaireVersion: Scalars['String']['output'];
  /** The rules package’s recommendation at submission: pathways, warnings. */
  recommendation?: Maybe<Scalars['JSON']['output']>;
  /** Set when the intake’s state differs from the record of the student it is about (the one it names, or the family’s only child), until confirmed; answer it with `createCaseFromIntake(confirmedState)` or on the case. */
  stateQuestion?: Maybe<StateQuestion>;
  status: IntakeStatus;
  studentId?: Maybe<Scalars['ID']['output']>;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** DRAFT while answered, SUBMITTED awaiting triage, TRIAGED once a case exists. */
export type IntakeStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'TRIAGED';

export type Invitation = {
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedByName?: Maybe<Scalars['String']['output']>;
  role: Role;
  status: InvitationStatus;
};

/** What an invitation link offers, shown before accepting it. */
export type InvitationPreview = {
  /** True when the address already has an account: accept with its password. */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  role: Role;
  status: InvitationStatus;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteFamilyParentInput = {
  /** The parent’s email: the invitation is sent there. */
  email: Scalars['String']['input'];
  familyId: Scalars['ID']['input'];
};

/** The parents' primary language: English or Spanish. */
export type Language =
  | 'EN'
  | 'ES';

/** A letter in a case, drafted from a template. */
export type Letter = {
  /** The law the template relies on. */
  basis: Array<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The text as it stands. */
  current: LetterVersion;
  /** The version shown and exported by default. */
  currentVersion: Scalars['Int']['output'];
  /** Path of the DOCX download (GET, with the session cookie). */
  docxPath: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lang: Language;
  /** Path of the PDF download (GET, with the session cookie). */
  pdfPath: Scalars['String']['output'];
  status: LetterStatus;
  template: LetterTemplateId;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Every version, newest first. A parent sees only the current one. */
  versions: Array<LetterVersion>;
};

/** heading (level, text), paragraph (text, bold), list (ordered, items), address (lines), signature (closing, name, lines). */
export type LetterBlock = {
  bold?: Maybe<Scalars['Boolean']['output']>;
  closing?: Maybe<Scalars['String']['output']>;
  items?: Maybe<Array<Scalars['String']['output']>>;
  level?: Maybe<Scalars['Int']['output']>;
  lines?: Maybe<Array<Scalars['String']['output']>>;
  name?: Maybe<Scalars['String']['output']>;
  ordered?: Maybe<Scalars['Boolean']['output']>;
  text?: Maybe<Scalars['String']['output']>;
  type: LetterBlockType;
};

/** A block as LetterBlock describes it; fields that do not belong to its type must be left out. */
export type LetterBlockInput = {
  bold?: InputMaybe<Scalars['Boolean']['input']>;
  closing?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<Scalars['String']['input']>>;
  level?: InputMaybe<Scalars['Int']['input']>;
  lines?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  ordered?: InputMaybe<Scalars['Boolean']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  type: LetterBlockType;
};

export type LetterBlockType =
  | 'address'
  | 'heading'
  | 'list'
  | 'paragraph'
  | 'signature';

/** A file format a letter exports to. */
export type LetterExportFormat =
  | 'DOCX'
  | 'PDF';

/** The facts the API knows for a letter in a case, and the required ones still missing. */
export type LetterFactsForCase = {
  /** Facts in the shape draftLetter takes (date, state, parent, student, district, ...). */
  facts: Scalars['JSON']['output'];
  lang: Language;
  /** Required facts with no value yet, as dotted paths. */
  missing: Array<Scalars['String']['output']>;
  requiredFacts: Array<Scalars['String']['output']>;
  template: LetterTemplateId;
};

/** DRAFT (the advocates' work) or FINAL (shared with the family). */
export type LetterStatus =
  | 'DRAFT'
  | 'FINAL';

/** A template a letter can be drafted from: its purpose, needed facts and basis. */
export type LetterTemplate = {
  /** The law the template relies on. */
  basis: Array<Scalars['String']['output']>;
  /** What the letter is for, in plain language. */
  description: Scalars['String']['output'];
  id: LetterTemplateId;
  /** Dotted paths of the facts it cannot be written without (student.school). */
  requiredFacts: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** A letter template from packages/rules (docs/pathways-and-letters.md). */
export type LetterTemplateId =
  | 'due_process_complaint'
  | 'evaluation_request'
  | 'facilitation_request'
  | 'iee_request'
  | 'iep_meeting_request'
  | 'iep_objection'
  | 'mediation_request'
  | 'pwn_request'
  | 'records_request'
  | 'state_complaint';

/** One saved state of a letter. */
export type LetterVersion = {
  authorName?: Maybe<Scalars['String']['output']>;
  authorUserId?: Maybe<Scalars['ID']['output']>;
  blocks: Array<LetterBlock>;
  createdAt: Scalars['DateTime']['output'];
  /** The date printed on the letter, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Text in the language asked for, or in English (`lang: EN`) when no words exist in that language yet: mark it so. */
export type LocalizedText = {
  lang: Language;
  text: Scalars['String']['output'];
};

/** A phone call in three fields: who, their number, what it was about. */
export type LogCallInput = {
  /** The caller's name. */
  name: Scalars['String']['input'];
  /** The caller's phone number; an existing person with it is reused. */
  phone: Scalars['String']['input'];
  /** A code of the organization's topic list. */
  topic: Scalars['String']['input'];
};

export type LogCommunicationInput = {
  caseId: Scalars['ID']['input'];
  /** Documents of the case, in order. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  mode: CommunicationMode;
  /** YYYY-MM-DD, not after today. */
  occurredOn: Scalars['String']['input'];
  parties?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who was spoken with: a person of the organization (the annual report counts it). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
};

export type LogContactInput = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  delivery?: InputMaybe<Delivery>;
  followUp?: InputMaybe<Scalars['String']['input']>;
  followUpOn?: InputMaybe<Scalars['String']['input']>;
  minutes?: InputMaybe<Scalars['Int']['input']>;
  mode: ContactMode;
  newPerson?: InputMaybe<NewPersonInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** When; defaults to now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** An existing person, or give `newPerson`. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the person's role. */
  role?: InputMaybe<PersonRole>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type LogMeetingInput = {
  attendees?: InputMaybe<Array<Scalars['String']['input']>>;
  caseId: Scalars['ID']['input'];
  /** Documents of the case, in order. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  followUps?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not after today. */
  heldOn: Scalars['String']['input'];
  kind: MeetingKind;
  parentObjections?: InputMaybe<Scalars['String']['input']>;
  proposed?: InputMaybe<Scalars['String']['input']>;
  /** Staff of the organization (org admins, advocates) who attended. */
  staffUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type LogOutreachInput = {
  count: Scalars['Int']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
  /** YYYY-MM-DD. */
  occurredOn: Scalars['String']['input'];
};

export type LogServiceSessionInput = {
  /** YYYY-MM-DD, within the service’s dates, not after today. */
  date: Scalars['String']['input'];
  /** Minutes delivered, or scheduled and missed (0 to 1440). */
  minutes: Scalars['Int']['input'];
  /** Required when missed. */
  reason?: InputMaybe<Scalars['String']['input']>;
  requirementId: Scalars['ID']['input'];
  status: ServiceSessionStatus;
};

/** A mail from the outbox (development mailbox only). */
export type MailMessage = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  template: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** The signed-in user and what they may do in the active organization. */
export type Me = {
  /** CASL rules (RawRule[]) for the active organization, for @casl/ability in the portal. */
  abilities: Scalars['JSON']['output'];
  activeOrganization?: Maybe<Organization>;
  memberships: Array<Membership>;
  role?: Maybe<Role>;
  user: User;
};

/** A meeting held about the case. */
export type Meeting = {
  attendees: Array<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Ids of the linked documents the signed-in member may read, in their order. */
  documentIds: Array<Scalars['ID']['output']>;
  /** The linked documents the signed-in member may read (archived ones too), in their order. */
  documents: Array<Document>;
  followUps: Scalars['String']['output'];
  /** YYYY-MM-DD. */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: MeetingKind;
  /** What the parent objected to. */
  parentObjections: Scalars['String']['output'];
  /** What the school or district proposed. */
  proposed: Scalars['String']['output'];
  /** Staff of the organization who attended: the meetings counted in the annual report's Section IV. */
  staffUserIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type MeetingKind =
  | 'eligibility'
  | 'facilitation'
  | 'hearing'
  | 'iep'
  | 'ifsp'
  | 'mediation'
  | 'other'
  | 'plan_504'
  | 'resolution';

/** A person's membership in the active organization. */
export type Member = {
  /** The membership id. */
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  role: Role;
  user: User;
};

export type Membership = {
  organization: Organization;
  role: Role;
};

export type Mutation = {
  /** Accepts an invitation and signs in, in the inviting organization. */
  acceptInvitation: Me;
  addNote: Note;
  addServiceRequirement: ServiceRequirement;
  /** Adds a known or new person to the roster. */
  addTrainingAttendee: Training;
  /** Archives a document: hidden from lists and search, kept with every version. */
  archiveDocument: Document;
  /** Sets the complete list of advocates on a case. */
  assignCaseAdvocates: Case;
  /** Confirms the student’s state for a case: the student’s record takes it and every proceeding’s deadlines are computed again. */
  confirmCaseState: Case;
  /** Uses up a sign-up confirmation link: creates the account, family, child and submitted intake, and signs in. */
  confirmSignUp: SignUpConfirmation;
  /** Replaces a wrongly recorded event; the wrong one stays in the history. */
  correctProceedingEvent: Proceeding;
  /** Makes a new secret link to your deadlines feed; the previous link stops working. */
  createCalendarFeed: CalendarFeed;
  /** Turns a submitted intake into a case. */
  createCaseFromIntake: Case;
  /** Creates a family; a parent creating one is linked to it. */
  createFamily: Family;
  createPerson: Person;
  createStudent: Student;
  createTask: Task;
  /** A training or event with one or more sessions. */
  createTraining: Training;
  deleteCommunication: Scalars['Boolean']['output'];
  deleteContact: Scalars['Boolean']['output'];
  /** Deletes a draft letter with all its versions. */
  deleteLetter: Scalars['Boolean']['output'];
  deleteMeeting: Scalars['Boolean']['output'];
  deleteNote: Scalars['Boolean']['output'];
  /** Removes a service and its sessions. */
  deleteServiceRequirement: Scalars['Boolean']['output'];
  deleteServiceSession: ServiceRequirement;
  deleteTask: Scalars['Boolean']['output'];
  /** Drafts a letter from a template with the case's facts; stored as version 1. */
  draftLetter: Letter;
  /** Imports a sign-in sheet (CSV with a header row: name, and optionally email, phone, role; English or Spanish headers). */
  importSignInSheet: SignInSheetImport;
  /** Invites a parent to a family staff entered (a phone intake); accepting links them to it. */
  inviteFamilyParent: Invitation;
  /** Invites a person by email with a role; they get a single-use link. */
  inviteMember: Invitation;
  /** A phone call in three fields (who, their number, what about), now, by the signed-in member. */
  logCall: Contact;
  logCommunication: Communication;
  logContact: Contact;
  logMeeting: Meeting;
  logOutreach: OutreachActivity;
  /** Logs a session delivered or missed; answers the service with its new ledger. */
  logServiceSession: ServiceRequirement;
  /** Merges one person into another, keeping every contact; deletes the merged record (org admins). */
  mergePeople: PersonMerge;
  /** Opens a proceeding of a kind in a case. */
  openProceeding: Proceeding;
  /** Records an event; the state and deadlines are recomputed and stored. */
  recordProceedingEvent: Proceeding;
  removeMember: Scalars['Boolean']['output'];
  /** Asks a published organization for help and mails a confirmation link. Answers true whether or not the email already has an account. */
  requestHelp: Scalars['Boolean']['output'];
  /** Mails a password reset link when the address has an account; answers true either way. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a fresh link; earlier links stop working. */
  resendInvitation: Invitation;
  /** Sets a new password from a reset link and ends every session. */
  resetPassword: Scalars['Boolean']['output'];
  /** Goes back to the default version of one report list (org admins). */
  resetReportList: ReportList;
  /** Brings an archived document back. */
  restoreDocument: Document;
  /** Saves an edited letter as a new version; earlier versions are kept. */
  reviseLetter: Letter;
  /** Turns your deadlines feed link off. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  revokeInvitation: Invitation;
  /** Binds the chosen documents into the proceeding's evidence binder (cover, exhibit index, stamped pages) and saves it into the case's documents, internal until shared. */
  saveBinderToDocuments: Document;
  /** Stores a district's school year (first day, last day, non-school days). */
  saveDistrictCalendar: DistrictCalendar;
  /** Starts or continues a draft; call it at every step so the draft can resume. */
  saveIntakeDraft: Intake;
  /** Exports a letter (DOCX or PDF) and saves the file into its case's documents. */
  saveLetterToDocuments: Document;
  /** FINAL shares the letter with the family and stops edits; DRAFT reopens it. */
  setLetterStatus: Letter;
  /** Sets the active organization's time zone, in which its dates and times are kept (org admins). */
  setOrganizationTimeZone: Organization;
  /** Saves the organization's own version of one report list, replacing its default (org admins). */
  setReportList: ReportList;
  /** How many of one audience came without their names being taken; 0 removes the count. */
  setTrainingHeadcount: Training;
  /** Signs in with email and password and starts a new session. */
  signIn: Me;
  /** Ends the current session. Safe to call when signed out. */
  signOut: Scalars['Boolean']['output'];
  /** Staff take a phone intake for a new caller: creates the family and child and starts a draft for them. */
  startPhoneIntake: Intake;
  /** Marks a program year that has ended as submitted: its numbers are frozen as they stand (org admins). */
  submitAnnualReport: AnnualReport;
  /** Validates and submits a draft; stores the recommendation; tells the advocates. */
  submitIntake: Intake;
  /** Makes another of the signed-in user's organizations the active one. */
  switchOrganization: Me;
  updateCase: Case;
  updateCommunication: Communication;
  /** Changes a contact; what changed is audited. */
  updateContact: Contact;
  /** Changes a document's title, type, date or visibility. */
  updateDocument: Document;
  updateFamily: Family;
  updateMeeting: Meeting;
  updateMemberRole: Member;
  updateNote: Note;
  /** Changes the active organization's public page: its address, what it says, and whether it is published (org admins). */
  updateOrganizationPublicPage: OrganizationPublicPage;
  /** Changes the active organization's settings; fields left out stay as they are (org admins). */
  updateOrganizationSettings: OrganizationSettings;
  updatePerson: Person;
  updateServiceRequirement: ServiceRequirement;
  /** Corrects a logged session. */
  updateServiceSession: ServiceRequirement;
  updateStudent: Student;
  /** A parent assigned the task may only mark it done. */
  updateTask: Task;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddNoteArgs = {
  input: AddNoteInput;
};


export type MutationAddServiceRequirementArgs = {
  input: AddServiceRequirementInput;
};


export type MutationAddTrainingAttendeeArgs = {
  input: AddTrainingAttendeeInput;
};


export type MutationArchiveDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type MutationAssignCaseAdvocatesArgs = {
  input: AssignCaseAdvocatesInput;
};


export type MutationConfirmCaseStateArgs = {
  input: ConfirmCaseStateInput;
};


export type MutationConfirmSignUpArgs = {
  token: Scalars['String']['input'];
};


export type MutationCorrectProceedingEventArgs = {
  input: CorrectProceedingEventInput;
};


export type MutationCreateCaseFromIntakeArgs = {
  input: CreateCaseFromIntakeInput;
};


export type MutationCreateFamilyArgs = {
  input: CreateFamilyInput;
};


export type MutationCreatePersonArgs = {
  input: NewPersonInput;
};


export type MutationCreateStudentArgs = {
  input: CreateStudentInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateTrainingArgs = {
  input: CreateTrainingInput;
};


export type MutationDeleteCommunicationArgs = {
  communicationId: Scalars['ID']['input'];
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLetterArgs = {
  letterId: Scalars['ID']['input'];
};


export type MutationDeleteMeetingArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationDeleteNoteArgs = {
  noteId: Scalars['ID']['input'];
};


export type MutationDeleteServiceRequirementArgs = {
  requirementId: Scalars['ID']['input'];
};


export type MutationDeleteServiceSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationDeleteTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationDraftLetterArgs = {
  input: DraftLetterInput;
};


export type MutationImportSignInSheetArgs = {
  csv: Scalars['String']['input'];
  trainingId: Scalars['ID']['input'];
};


export type MutationInviteFamilyParentArgs = {
  input: InviteFamilyParentInput;
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  role: Role;
};


export type MutationLogCallArgs = {
  input: LogCallInput;
};


export type MutationLogCommunicationArgs = {
  input: LogCommunicationInput;
};


export type MutationLogContactArgs = {
  input: LogContactInput;
};


export type MutationLogMeetingArgs = {
  input: LogMeetingInput;
};


export type MutationLogOutreachArgs = {
  input: LogOutreachInput;
};


export type MutationLogServiceSessionArgs = {
  input: LogServiceSessionInput;
};


export type MutationMergePeopleArgs = {
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
};


export type MutationOpenProceedingArgs = {
  input: OpenProceedingInput;
};


export type MutationRecordProceedingEventArgs = {
  input: RecordProceedingEventInput;
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationRequestHelpArgs = {
  input: RequestHelpInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResetReportListArgs = {
  name: Scalars['String']['input'];
};


export type MutationRestoreDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type MutationReviseLetterArgs = {
  input: ReviseLetterInput;
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationSaveBinderToDocumentsArgs = {
  input: SaveBinderToDocumentsInput;
};


export type MutationSaveDistrictCalendarArgs = {
  input: SaveDistrictCalendarInput;
};


export type MutationSaveIntakeDraftArgs = {
  input: SaveIntakeDraftInput;
};


export type MutationSaveLetterToDocumentsArgs = {
  input: SaveLetterToDocumentsInput;
};


export type MutationSetLetterStatusArgs = {
  input: SetLetterStatusInput;
};


export type MutationSetOrganizationTimeZoneArgs = {
  input: SetOrganizationTimeZoneInput;
};


export type MutationSetReportListArgs = {
  input: SetReportListInput;
};


export type MutationSetTrainingHeadcountArgs = {
  count: Scalars['Int']['input'];
  role: PersonRole;
  trainingId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationStartPhoneIntakeArgs = {
  input: StartPhoneIntakeInput;
};


export type MutationSubmitAnnualReportArgs = {
  year: Scalars['Int']['input'];
};


export type MutationSubmitIntakeArgs = {
  intakeId: Scalars['ID']['input'];
};


export type MutationSwitchOrganizationArgs = {
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
};


export type MutationUpdateCommunicationArgs = {
  input: UpdateCommunicationInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
};


export type MutationUpdateDocumentArgs = {
  input: UpdateDocumentInput;
};


export type MutationUpdateFamilyArgs = {
  input: UpdateFamilyInput;
};


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateMemberRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};


export type MutationUpdateNoteArgs = {
  input: UpdateNoteInput;
};


export type MutationUpdateOrganizationPublicPageArgs = {
  input: UpdateOrganizationPublicPageInput;
};


export type MutationUpdateOrganizationSettingsArgs = {
  input: UpdateOrganizationSettingsInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateServiceRequirementArgs = {
  input: UpdateServiceRequirementInput;
};


export type MutationUpdateServiceSessionArgs = {
  input: UpdateServiceSessionInput;
};


export type MutationUpdateStudentArgs = {
  input: UpdateStudentInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};

export type NewPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  familyId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  primaryLanguage?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PersonRole>;
};

/** A note on a case. */
export type Note = {
  authorName?: Maybe<Scalars['String']['output']>;
  authorUserId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  visibility: NoteVisibility;
};

/** INTERNAL: the organization’s staff only; SHARED: also the family. */
export type NoteVisibility =
  | 'INTERNAL'
  | 'SHARED';

export type OpenProceedingInput = {
  caseId: Scalars['ID']['input'];
  /** Who filed (due process); parent. */
  filedBy?: InputMaybe<FiledBy>;
  kind: ProceedingKind;
};

/** A tenant: a Parent Training and Information Center or an advocacy practice. */
export type Organization = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone of its dates and times (today, overdue, reminders), e.g. America/Los_Angeles. */
  timeZone: Scalars['String']['output'];
};

/** The active organization's public intake page (/o/<slug>) and directory entry, as its members see it: published or not. */
export type OrganizationPublicPage = {
  address?: Maybe<Scalars['String']['output']>;
  /** #rrggbb, for its embedded page. */
  brandColor?: Maybe<Scalars['String']['output']>;
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  countiesServed: Array<Scalars['String']['output']>;
  /** Whether the page and the directory entry are published. */
  enabled: Scalars['Boolean']['output'];
  /** Two-letter codes of the languages its staff speak. */
  languages: Array<Scalars['String']['output']>;
  /** The page is at /o/<slug>; null until chosen. */
  slug?: Maybe<Scalars['String']['output']>;
  /** Two-letter codes of the states it serves. */
  statesServed: Array<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

/** The active organization's own settings (org admins change them). */
export type OrganizationSettings = {
  /** Advocates see every case of the organization, not only their own. */
  advocatesSeeAllCases: Scalars['Boolean']['output'];
  /** Days before a deadline its reminder is sent (0 to 60). */
  deadlineReminderDays: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  reportRules: ReportRules;
};

export type OutreachActivity = {
  count: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A code of the organization's outreach list. */
  kind: Scalars['String']['output'];
  occurredOn: Scalars['String']['output'];
};

/** Someone the organization served: one record however often they are in touch. */
export type Person = {
  /** Case communications naming this person, latest first: those of cases the reader may see. */
  caseCommunications: Array<PersonCommunication>;
  /** Individual-assistance contacts with this person. */
  contactCount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  familyId?: Maybe<Scalars['ID']['output']>;
  /** The linked family’s name. */
  familyName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When the latest contact was. */
  lastContactAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** A code of the organization's language list, 'declined' (prefers not to say), or null (not asked). */
  primaryLanguage?: Maybe<Scalars['String']['output']>;
  role: PersonRole;
  /** Trainings attended, latest first. */
  trainings: Array<PersonTraining>;
  userId?: Maybe<Scalars['ID']['output']>;
  /** The linked account’s name. */
  userName?: Maybe<Scalars['String']['output']>;
};

/** An entry of a case’s communications log naming this person. */
export type PersonCommunication = {
  caseId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  mode: CommunicationMode;
  /** YYYY-MM-DD. */
  occurredOn: Scalars['String']['output'];
  /** The student the case is about. */
  studentName: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

/** Two records that may be the same person. */
export type PersonDuplicate = {
  first: Person;
  /** email, phone or name: what they share. */
  reason: Scalars['String']['output'];
  second: Person;
};

export type PersonMerge = {
  /** Contacts, attendance and case communications moved. */
  moved: Scalars['Int']['output'];
  person: Person;
};

/** The annual report’s audiences: a parent, a professional or other, a student or youth. */
export type PersonRole =
  | 'parent'
  | 'professional'
  | 'student';

/** A training a person is on the roster of. */
export type PersonTraining = {
  /** When its first session began. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  trainingId: Scalars['ID']['output'];
};

export type PlanType =
  | 'IEP'
  | 'NONE'
  | 'SECTION_504';

/** One pathway pursued inside a case. */
export type Proceeding = {
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadlines: Array<Deadline>;
  eventTypes: Array<ProceedingEventType>;
  /** Every event recorded, corrections kept. */
  events: Array<ProceedingEvent>;
  filedBy: FiledBy;
  id: Scalars['ID']['output'];
  kind: ProceedingKind;
  /** The current state of the kind’s state machine: for code; show `stateLabel(lang)`. */
  state: Scalars['String']['output'];
  /** Where the proceeding stands, in words. */
  stateLabel: Scalars['String']['output'];
};


/** One pathway pursued inside a case. */
export type ProceedingStateLabelArgs = {
  lang: Language;
};

export type ProceedingEvent = {
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The event this one corrects. */
  correctsEventId?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The event in words. */
  label: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  schoolDays?: Maybe<Scalars['Int']['output']>;
  /** True once a correction replaced it; kept for the history. */
  superseded: Scalars['Boolean']['output'];
  /** The event id, e.g. complaint_received: for code; show `label(lang)`. */
  type: Scalars['String']['output'];
};


export type ProceedingEventLabelArgs = {
  lang: Language;
};

/** An event the proceeding’s kind accepts. */
export type ProceedingEventType = {
  /** The event in words. */
  label: Scalars['String']['output'];
  /** What the event means, in English, for API clients. */
  summary: Scalars['String']['output'];
  /** The state it moves the proceeding to. */
  to: Scalars['String']['output'];
  /** The event id: for code; show `label(lang)` to people. */
  type: Scalars['String']['output'];
};


/** An event the proceeding’s kind accepts. */
export type ProceedingEventTypeLabelArgs = {
  lang: Language;
};

/** A proceeding kind from packages/rules (docs/domain.md). */
export type ProceedingKind =
  | 'discipline'
  | 'due_process'
  | 'evaluation'
  | 'evaluation_request'
  | 'expedited_due_process'
  | 'facilitation'
  | 'iee_request'
  | 'iep'
  | 'iep_meeting_request'
  | 'mediation'
  | 'ocr_complaint'
  | 'pwn_request'
  | 'records_request'
  | 'state_complaint';

/** What an organization publishes about itself for families who are not signed in: its public intake page and its place in the Parent Center directory. Published organizations only. */
export type PublicOrganization = {
  address?: Maybe<Scalars['String']['output']>;
  /** #rrggbb, for its embedded page. */
  brandColor?: Maybe<Scalars['String']['output']>;
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  countiesServed: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** parent_center or advocacy_practice. */
  kind: Scalars['String']['output'];
  /** Two-letter codes of the languages its staff speak. */
  languages: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The public page is at /o/<slug>. */
  slug: Scalars['String']['output'];
  /** Two-letter codes of the states it serves. */
  statesServed: Array<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  /** The annual report of the program year that ends on September 30 of `year`: as submitted, or as the records say today (org admins). */
  annualReport: AnnualReport;
  /** The records behind one number of the live report: a line code (I.B1a, II.1, IV.A2, ADR) or III.<list>.<code> / V.<kind>. */
  annualReportRows: AnnualReportRows;
  /** The active organization's audit trail, newest first (org admins). */
  auditEvents: AuditEventPage;
  case: Case;
  /** A case's documents the signed-in member may see, newest document date first. */
  caseDocuments: Array<Document>;
  /** A case's letters, newest first; a parent sees the final ones. */
  caseLetters: Array<Letter>;
  /** Cases the member may see (advocate: assigned, or all by organization setting; parent: own family), filtered and paged. */
  caseload: CaseloadPage;
  /** A case’s communications log, newest first. */
  communications: Array<Communication>;
  contact: Contact;
  /** Contacts, newest first (staff). */
  contacts: Array<Contact>;
  /** The organization's work for a date range: everyone's (org admins) or one staff member's; an advocate sees their own. */
  dashboard: Dashboard;
  /** The signed-in member's deadlines across their open cases: overdue, then due within `withinDays`. */
  deadlines: Array<Deadline>;
  /** Mails the log transport wrote instead of sending (no SMTP server): those addressed to the signed-in admin and the invitations they sent. */
  developmentMailbox: Array<MailMessage>;
  /** The organization's district school calendars (org admins and advocates). */
  districtCalendars: Array<DistrictCalendar>;
  /** One document with its versions. */
  document: Document;
  /** Families the signed-in member may see (a parent: their own). */
  families: Array<Family>;
  family: Family;
  intake: Intake;
  /** The current intake questionnaire in a language, as packages/rules defines it. */
  intakeQuestionnaire: Scalars['JSON']['output'];
  /** Intakes the member may see: a parent their family’s; advocates also every one awaiting triage. */
  intakes: Array<Intake>;
  /** What an invitation link offers, before accepting it. */
  invitationPreview: InvitationPreview;
  /** The active organization's invitations, newest first (org admins). */
  invitations: Array<Invitation>;
  letter: Letter;
  /** A case's facts for a template, prefilled from the student, family and intake, with the required ones still missing. */
  letterFactsForCase: LetterFactsForCase;
  /** The letter templates, in continuum order, described in a language. */
  letterTemplates: Array<LetterTemplate>;
  /** The signed-in user, or null without a valid session. */
  me?: Maybe<Me>;
  meeting: Meeting;
  /** A case’s meeting log, newest first. */
  meetings: Array<Meeting>;
  /** Tasks assigned to the signed-in member: open first, soonest due first. */
  myTasks: Array<Task>;
  note: Note;
  /** A case’s notes, newest first (a parent sees shared notes only). */
  notes: Array<Note>;
  /** The active organization's members (a parent sees only themself). */
  organizationMembers: Array<Member>;
  /** The active organization's public page and directory entry, published or not. */
  organizationPublicPage: OrganizationPublicPage;
  /** The active organization's settings: its name, advocates' reach, reminder days and the report's counting rules. */
  organizationSettings: OrganizationSettings;
  /** Outreach and dissemination, latest first. */
  outreachActivities: Array<OutreachActivity>;
  /** People of the organization, by name, email or phone digits (staff). */
  people: Array<Person>;
  person: Person;
  /** Pairs of records that may be one person: same email, same phone, or alike names (org admins). */
  personDuplicates: Array<PersonDuplicate>;
  proceeding: Proceeding;
  /** A published organization by its public address, or null. */
  publicOrganization?: Maybe<PublicOrganization>;
  /** Published organizations, by name; with `state` (two letters), those serving that state. */
  publicOrganizations: Array<PublicOrganization>;
  /** The active organization's report lists (topics, outreach kinds, demographic categories): the choices its forms offer. */
  reportLists: Array<ReportList>;
  /** Full-text search of a case’s notes (English and Spanish), best first, at most 50. */
  searchCaseNotes: Array<Note>;
  /** Full-text search of a case's records (documents' titles and text, and notes; English and Spanish), best first, at most 50. */
  searchCaseRecords: Array<CaseRecordHit>;
  /** A case’s required services, sessions, required against delivered minutes per period and compensatory time owed. */
  serviceLog: ServiceLog;
  /** The service log as CSV text (also GET /cases/<caseId>/services.csv). */
  serviceLogCsv: Scalars['String']['output'];
  student: Student;
  /** A case’s tasks: open first, soonest due first. */
  tasks: Array<Task>;
  training: Training;
  /** Trainings and events, latest first (staff). */
  trainings: Array<Training>;
};


export type QueryAnnualReportArgs = {
  live?: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};


export type QueryAnnualReportRowsArgs = {
  first?: Scalars['Int']['input'];
  line: Scalars['String']['input'];
  offset?: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryCaseDocumentsArgs = {
  caseId: Scalars['ID']['input'];
  filter?: InputMaybe<CaseDocumentsFilterInput>;
};


export type QueryCaseLettersArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseloadFilterInput>;
  first?: Scalars['Int']['input'];
  sort?: CaseloadSort;
};


export type QueryCommunicationsArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  staffUserId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryDashboardArgs = {
  input: DashboardFilterInput;
};


export type QueryDeadlinesArgs = {
  withinDays?: Scalars['Int']['input'];
};


export type QueryDocumentArgs = {
  documentId: Scalars['ID']['input'];
};


export type QueryFamilyArgs = {
  familyId: Scalars['ID']['input'];
};


export type QueryIntakeArgs = {
  intakeId: Scalars['ID']['input'];
};


export type QueryIntakeQuestionnaireArgs = {
  lang: Language;
};


export type QueryIntakesArgs = {
  status?: InputMaybe<IntakeStatus>;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryLetterArgs = {
  letterId: Scalars['ID']['input'];
};


export type QueryLetterFactsForCaseArgs = {
  caseId: Scalars['ID']['input'];
  lang: Language;
  template: LetterTemplateId;
};


export type QueryLetterTemplatesArgs = {
  lang: Language;
};


export type QueryMeetingArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryNoteArgs = {
  noteId: Scalars['ID']['input'];
};


export type QueryNotesArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryOutreachActivitiesArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryPeopleArgs = {
  familyId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<PersonRole>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonDuplicatesArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryProceedingArgs = {
  proceedingId: Scalars['ID']['input'];
};


export type QueryPublicOrganizationArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicOrganizationsArgs = {
  state?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchCaseNotesArgs = {
  caseId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
};


export type QuerySearchCaseRecordsArgs = {
  caseId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
};


export type QueryServiceLogArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
};


export type QueryServiceLogCsvArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryStudentArgs = {
  studentId: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  caseId: Scalars['ID']['input'];
};


export type QueryTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingsArgs = {
  first?: Scalars['Int']['input'];
};

export type RecordProceedingEventInput = {
  /** YYYY-MM-DD; for *_scheduled events the day of the meeting. */
  date: Scalars['String']['input'];
  proceedingId: Scalars['ID']['input'];
  /** Length of a discipline removal. */
  schoolDays?: InputMaybe<Scalars['Int']['input']>;
  /** An event type the proceeding’s kind accepts. */
  type: Scalars['String']['input'];
};

/** A line or category of the report, in English and Spanish. */
export type ReportLabel = {
  en: Scalars['String']['output'];
  es: Scalars['String']['output'];
};

/** One of the annual report's lists as the organization uses it (topics, outreach kinds, demographics). */
export type ReportList = {
  /** How firmly the reference supports the default list: C, C-old or U. */
  confidence: Scalars['String']['output'];
  /** The organization saved its own version of this list. */
  customized: Scalars['Boolean']['output'];
  items: Array<ReportListItem>;
  /** contactTopics, outreachKinds, disabilityCategories, raceEthnicity, languages or ageBands. */
  name: Scalars['String']['output'];
  /** Why the default list is what it is. */
  note: ReportLabel;
};

export type ReportListItem = {
  /** Stored on records; never shown to a reader. */
  code: Scalars['String']['output'];
  label: ReportLabel;
};

export type ReportListItemInput = {
  /** The item's code, kept from the list as read; a new item leaves it empty (an age band gives its range, such as 6-9). */
  code?: InputMaybe<Scalars['String']['input']>;
  en: Scalars['String']['input'];
  es: Scalars['String']['input'];
};

/** The annual report's counting rules that the reference leaves open, as the organization set them. */
export type ReportRules = {
  /** Staff attending a meeting also counts as an individual-assistance meeting contact. */
  meetingsCountAsContacts: Scalars['Boolean']['output'];
  /** A multi-session event counts each attendee once for the whole event. */
  multiSessionCountsOnce: Scalars['Boolean']['output'];
  /** Students and youth are included in the unduplicated count of people served. */
  unduplicatedIncludesStudents: Scalars['Boolean']['output'];
};

/** A family asking a published organization for help, from the public guidance. */
export type RequestHelpInput = {
  /** The public assessment’s answers, keyed by question id (current questionnaire). */
  answers: Scalars['JSON']['input'];
  /** The child’s first name. */
  childName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** A form field people never see. Anything in it marks the request as automated. */
  honeypot?: InputMaybe<Scalars['String']['input']>;
  /** The language the family prefers. */
  lang: Language;
  /** The parent’s name. */
  name: Scalars['String']['input'];
  /** The chosen organization’s page address (`/o/<slug>`). */
  organizationSlug: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type ReviseLetterInput = {
  /** The version the edit started from; if someone saved a newer one since, the revision is refused (LETTER_CHANGED). */
  baseVersion?: InputMaybe<Scalars['Int']['input']>;
  blocks: Array<LetterBlockInput>;
  letterId: Scalars['ID']['input'];
  /** A new title; the current one if left out. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A member's role in one organization. */
export type Role =
  | 'ADVOCATE'
  | 'ORG_ADMIN'
  | 'PARENT';

export type SaveBinderToDocumentsInput = {
  /** The exhibits, in the order they are to be numbered. */
  documentIds: Array<Scalars['ID']['input']>;
  /** Whether Internal (staff-only) documents may be bound; they are then marked "Internal — not shared with the family" in the index and on their pages. Without it, choosing one is refused. */
  includeInternal?: Scalars['Boolean']['input'];
  lang?: Language;
  proceedingId: Scalars['ID']['input'];
};

export type SaveDistrictCalendarInput = {
  /** Set to change a stored calendar. */
  calendarId?: InputMaybe<Scalars['ID']['input']>;
  district: Scalars['String']['input'];
  firstDay: Scalars['String']['input'];
  lastDay: Scalars['String']['input'];
  nonSchoolDays: Array<Scalars['String']['input']>;
  state: Scalars['String']['input'];
};

export type SaveIntakeDraftInput = {
  /** Every answer so far, keyed by question id. */
  answers: Scalars['JSON']['input'];
  /** Needed to start a draft. */
  familyId?: InputMaybe<Scalars['ID']['input']>;
  /** The draft to continue; omit to start one. */
  intakeId?: InputMaybe<Scalars['ID']['input']>;
  lang: Language;
  studentId?: InputMaybe<Scalars['ID']['input']>;
};

export type SaveLetterToDocumentsInput = {
  format: LetterExportFormat;
  letterId: Scalars['ID']['input'];
  /** A version number; the current one if absent. */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Internal to the organization unless shared with the family on purpose. */
  visibility?: InputMaybe<DocumentVisibility>;
};

/** What a period’s school days were counted on. */
export type ServiceDayBasis =
  /** The district’s saved calendars, for every day. */
  | 'DISTRICT_CALENDAR'
  /** Monday to Friday, for at least one day no saved calendar of the district reaches: breaks are not taken out. */
  | 'WEEKDAYS';

export type ServiceFrequency =
  | 'MONTHLY'
  | 'WEEKLY';

/** A case’s required services as of a day. */
export type ServiceLog = {
  /** The day the ledger is computed for (today unless asked). */
  asOf: Scalars['String']['output'];
  caseId: Scalars['ID']['output'];
  compensatoryMinutesOwed: Scalars['Int']['output'];
  /** School-year calendars the organization has saved for the student’s district. None: every period is counted on weekdays (Monday to Friday), breaks not taken out. */
  districtCalendars: Scalars['Int']['output'];
  /** Of the time owed, what sessions logged as missed account for. */
  owedMissedMinutes: Scalars['Int']['output'];
  /** Of the time owed, what no session was logged for. */
  owedNotLoggedMinutes: Scalars['Int']['output'];
  services: Array<ServiceRequirement>;
};

/** One week (Monday–Sunday) or calendar month of a service. */
export type ServicePeriod = {
  countedOn: ServiceDayBasis;
  deliveredMinutes: Scalars['Int']['output'];
  /** The period ended before the ledger’s day; only these count as owed. */
  elapsed: Scalars['Boolean']['output'];
  end: Scalars['String']['output'];
  missedMinutes: Scalars['Int']['output'];
  /** What the period adds to the time owed: an elapsed period its shortfall; the running one the minutes of its missed sessions, at most its shortfall. owedMissedMinutes + owedNotLoggedMinutes. */
  owedMinutes: Scalars['Int']['output'];
  /** The part of owedMinutes that sessions logged as missed account for. */
  owedMissedMinutes: Scalars['Int']['output'];
  /** The rest of owedMinutes: required minutes of an elapsed period with no session logged, delivered or missed. */
  owedNotLoggedMinutes: Scalars['Int']['output'];
  /** The service’s minutes × schoolDays ÷ weekdays, rounded, at most the minutes. */
  requiredMinutes: Scalars['Int']['output'];
  /** School days of the period inside the service’s dates (weekdays where no district calendar reaches; summer weekdays for an extended school year service). */
  schoolDays: Scalars['Int']['output'];
  /** max(0, required − delivered). */
  shortfallMinutes: Scalars['Int']['output'];
  start: Scalars['String']['output'];
  status: ServicePeriodStatus;
  /** Weekdays (Monday to Friday) of the whole period. */
  weekdays: Scalars['Int']['output'];
};

/** What the log shows for a period (service-delivery.ts). */
export type ServicePeriodStatus =
  /** Delivered at least what was required. */
  | 'MET'
  /** Short, with at least one session logged as missed. */
  | 'MISSED'
  /** School days, and no session logged at all, delivered or missed. */
  | 'NOT_LOGGED'
  /** No school day inside the service’s dates: nothing required. */
  | 'NO_SCHOOL'
  /** Short, with only delivered sessions logged. */
  | 'SHORT';

/** A service the IEP requires, with its sessions and its ledger. */
export type ServiceRequirement = {
  caseId: Scalars['ID']['output'];
  /** The sum of the periods’ owedMinutes: each elapsed period’s max(0, required − delivered), plus the running period’s missed minutes (at most its shortfall). Arithmetic, not a legal finding. */
  compensatoryMinutesOwed: Scalars['Int']['output'];
  /** Over elapsed periods. */
  deliveredMinutes: Scalars['Int']['output'];
  endDate?: Maybe<Scalars['String']['output']>;
  /** Continues between school years (extended school year, 34 CFR 300.106): summer weekdays count. */
  extendedSchoolYear: Scalars['Boolean']['output'];
  frequency: ServiceFrequency;
  id: Scalars['ID']['output'];
  /** Minutes required per period. */
  minutes: Scalars['Int']['output'];
  /** Over every period listed, the running one included. */
  missedMinutes: Scalars['Int']['output'];
  /** Elapsed periods with school days and no session logged. */
  notLoggedPeriods: Scalars['Int']['output'];
  /** Of the time owed, what sessions logged as missed account for. */
  owedMissedMinutes: Scalars['Int']['output'];
  /** Of the time owed, what no session was logged for. */
  owedNotLoggedMinutes: Scalars['Int']['output'];
  periods: Array<ServicePeriod>;
  provider: Scalars['String']['output'];
  /** Over elapsed periods. */
  requiredMinutes: Scalars['Int']['output'];
  service: Scalars['String']['output'];
  /** Oldest first. */
  sessions: Array<ServiceSession>;
  startDate: Scalars['String']['output'];
};

/** A session of a service, delivered or missed. */
export type ServiceSession = {
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD. */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Minutes delivered, or scheduled and missed. */
  minutes: Scalars['Int']['output'];
  /** Why it was missed (or a remark). */
  reason: Scalars['String']['output'];
  requirementId: Scalars['ID']['output'];
  status: ServiceSessionStatus;
};

export type ServiceSessionStatus =
  | 'DELIVERED'
  | 'MISSED';

export type SetLetterStatusInput = {
  letterId: Scalars['ID']['input'];
  status: LetterStatus;
};

export type SetOrganizationTimeZoneInput = {
  /** An IANA time zone name, such as America/Los_Angeles. Errors name the field timeZone. */
  timeZone: Scalars['String']['input'];
};

export type SetReportListInput = {
  /** The whole list, in the order to show it. */
  items: Array<ReportListItemInput>;
  /** contactTopics, outreachKinds, disabilityCategories, raceEthnicity, languages or ageBands. */
  name: Scalars['String']['input'];
};

/** A row of a sign-in sheet that could not be read. */
export type SignInSheetError = {
  /** The column: name, email, phone or role. */
  field: Scalars['String']['output'];
  /** Why, as an error key the portal has words for. */
  key: Scalars['String']['output'];
  /** The line of the file (the header is line 1). */
  line: Scalars['Int']['output'];
};

export type SignInSheetImport = {
  /** Attendees added. */
  added: Scalars['Int']['output'];
  /** Of those, new people. */
  created: Scalars['Int']['output'];
  /** Rows that could not be read; when there are any, nothing was imported. */
  errors: Array<SignInSheetError>;
  /** Of those, people already on record (by email, then phone). */
  matched: Scalars['Int']['output'];
  /** Rows of people already on the roster. */
  skipped: Scalars['Int']['output'];
  training: Training;
};

/** A confirmed sign-up: the parent is signed in and their intake was submitted. */
export type SignUpConfirmation = {
  /** The submitted intake. */
  intakeId: Scalars['ID']['output'];
  /** The organization that will help, with its public contact details. */
  organization: PublicOrganization;
};

export type StageCount = {
  count: Scalars['Int']['output'];
  stage: Scalars['String']['output'];
};

/** A new caller on the phone: their family and child, entered by staff, and a draft intake staff fill in for them. */
export type StartPhoneIntakeInput = {
  /** The child’s first name. */
  childName: Scalars['String']['input'];
  /** The child’s date of birth, YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** The caller chose not to give the age. */
  dateOfBirthDeclined?: InputMaybe<Scalars['Boolean']['input']>;
  /** Disability categories list codes, or declined. */
  disabilityCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  email?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
  /** The parents' primary language for the annual report (languages list code, or declined). */
  parentLanguage?: InputMaybe<Scalars['String']['input']>;
  /** The caller’s name; the family is known by it. */
  parentName: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  /** NONE when the caller is not sure. */
  planType?: InputMaybe<PlanType>;
  /** The language the family prefers; the intake’s. */
  primaryLanguage: Language;
  /** Race and ethnicity list codes, or declined. */
  raceCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  school?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state code of the child’s school. */
  state: Scalars['String']['input'];
};

/** The intake’s state and the student’s record disagree: a staff member must say which is right. Until then no deadline of the case is computed (each reads unknown). */
export type StateQuestion = {
  /** The state the family gave in the intake. */
  intakeState: Scalars['String']['output'];
  studentId: Scalars['ID']['output'];
  /** The state on the student’s record. */
  studentState: Scalars['String']['output'];
};

export type Student = {
  /** YYYY-MM-DD. */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  /** The family chose not to give the child’s age ("prefer not to say"). */
  dateOfBirthDeclined: Scalars['Boolean']['output'];
  /** Codes of the organization’s disability categories list, or ["declined"]; empty when not asked. */
  disabilityCategories: Array<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  /** hispanic_latino, not_hispanic_latino or declined; null when not asked. */
  ethnicity?: Maybe<Scalars['String']['output']>;
  familyId: Scalars['ID']['output'];
  grade: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  planType: PlanType;
  /** Codes of the organization’s race and ethnicity list, or ["declined"] (for the annual report); null when not asked. */
  raceCategories?: Maybe<Array<Scalars['String']['output']>>;
  school: Scalars['String']['output'];
  /** Two-letter state code. */
  state: Scalars['String']['output'];
};

/** Something to do on a case. */
export type Task = {
  assigneeName?: Maybe<Scalars['String']['output']>;
  assigneeUserId?: Maybe<Scalars['ID']['output']>;
  caseId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** YYYY-MM-DD. */
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The case’s student. */
  studentName?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** One value a timeline entry is written with: a date, a count, a status, a title someone typed, or an id of packages/rules (a proceeding kind, an event, a deadline rule, a letter template) with its words. */
export type TimelineParam = {
  /** Words for a packages/rules id in the language asked for; null otherwise. */
  label?: Maybe<Scalars['String']['output']>;
  /** e.g. kind, type, date, from, to, title. */
  name: Scalars['String']['output'];
  /** The stored value, as text (an id, YYYY-MM-DD, a number, ...). */
  value: Scalars['String']['output'];
};

/** A training or event the organization gave (report Section I.A). */
export type Training = {
  attendance: Array<TrainingAttendee>;
  delivery: Delivery;
  /** Funded in whole or in part by the project: only these count in the report. */
  funded: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  presenters: Array<Scalars['String']['output']>;
  sessions: Array<TrainingSession>;
  title: Scalars['String']['output'];
  topics: Array<Scalars['String']['output']>;
  /** Named attendees plus head counts. */
  total: Scalars['Int']['output'];
};

/** A named attendee, or a head count of one audience when names were not taken. */
export type TrainingAttendee = {
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  personId?: Maybe<Scalars['ID']['output']>;
  role: PersonRole;
  /** roster, count or sign_in_sheet. */
  source: Scalars['String']['output'];
};

export type TrainingSession = {
  id: Scalars['ID']['output'];
  minutes?: Maybe<Scalars['Int']['output']>;
  startsAt: Scalars['DateTime']['output'];
};

export type TrainingSessionInput = {
  minutes?: InputMaybe<Scalars['Int']['input']>;
  startsAt: Scalars['DateTime']['input'];
};

export type UpdateCaseInput = {
  caseId: Scalars['ID']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  issueCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required to resolve or close. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
};

/** Only the fields given change. */
export type UpdateCommunicationInput = {
  communicationId: Scalars['ID']['input'];
  /** Replaces the links, in the order given; an empty list unlinks every document. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  mode?: InputMaybe<CommunicationMode>;
  /** YYYY-MM-DD, not after today. */
  occurredOn?: InputMaybe<Scalars['String']['input']>;
  parties?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who was spoken with: a person’s id, or an empty string for nobody named. */
  personId?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactInput = {
  delivery?: InputMaybe<Delivery>;
  followUp?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<ContactMode>;
  notes?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  role?: InputMaybe<PersonRole>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateDocumentInput = {
  /** YYYY-MM-DD; an empty string clears it. */
  documentDate?: InputMaybe<Scalars['String']['input']>;
  documentId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<DocumentType>;
  visibility?: InputMaybe<DocumentVisibility>;
};

export type UpdateFamilyInput = {
  familyId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** A code of the organization's languages list, or declined; an empty text clears it. */
  parentLanguage?: InputMaybe<Scalars['String']['input']>;
  primaryLanguage?: InputMaybe<Language>;
};

/** Only the fields given change. */
export type UpdateMeetingInput = {
  attendees?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the links, in the order given; an empty list unlinks every document. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  followUps?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not after today. */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<MeetingKind>;
  meetingId: Scalars['ID']['input'];
  parentObjections?: InputMaybe<Scalars['String']['input']>;
  proposed?: InputMaybe<Scalars['String']['input']>;
  /** Staff of the organization (org admins, advocates) who attended. */
  staffUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Only the author rewrites a note. */
export type UpdateNoteInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  noteId: Scalars['ID']['input'];
  /** A note added without one is INTERNAL from staff and SHARED from a parent (who can write no other). */
  visibility?: InputMaybe<NoteVisibility>;
};

/** Changes to the public page. A field left out keeps its value; an empty text clears it. Each error names its field. */
export type UpdateOrganizationPublicPageInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** #rrggbb. */
  brandColor?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  countiesServed?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Publish (true) or switch off (false). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Two-letter language codes, e.g. en, es; at least one. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lower-case letters and digits in words joined by dashes, 3 to 60 characters. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state codes, e.g. CA. */
  statesServed?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An https:// address. */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganizationSettingsInput = {
  advocatesSeeAllCases?: InputMaybe<Scalars['Boolean']['input']>;
  /** 0 to 60. */
  deadlineReminderDays?: InputMaybe<Scalars['Int']['input']>;
  meetingsCountAsContacts?: InputMaybe<Scalars['Boolean']['input']>;
  multiSessionCountsOnce?: InputMaybe<Scalars['Boolean']['input']>;
  /** The name members and families see. */
  name?: InputMaybe<Scalars['String']['input']>;
  unduplicatedIncludesStudents?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdatePersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  primaryLanguage?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PersonRole>;
};

/** Only the fields given change; endDate null clears it. */
export type UpdateServiceRequirementInput = {
  endDate?: InputMaybe<Scalars['String']['input']>;
  extendedSchoolYear?: InputMaybe<Scalars['Boolean']['input']>;
  frequency?: InputMaybe<ServiceFrequency>;
  minutes?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Scalars['String']['input']>;
  requirementId: Scalars['ID']['input'];
  service?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['String']['input']>;
};

/** Corrects a session; only the fields given change. */
export type UpdateServiceSessionInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  minutes?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  status?: InputMaybe<ServiceSessionStatus>;
};

export type UpdateStudentInput = {
  /** YYYY-MM-DD. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** The family chose not to give the child’s age; the date of birth is then empty. */
  dateOfBirthDeclined?: InputMaybe<Scalars['Boolean']['input']>;
  disabilityCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  district?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  planType?: InputMaybe<PlanType>;
  raceCategories?: InputMaybe<Array<Scalars['String']['input']>>;
  school?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  studentId: Scalars['ID']['input'];
};

/** Only the fields given change; assigneeUserId or dueOn null clears it. */
export type UpdateTaskInput = {
  /** An org admin, an advocate of the case, or a parent of the family. */
  assigneeUserId?: InputMaybe<Scalars['ID']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  /** YYYY-MM-DD. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  taskId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditEventFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type AuditEventsQuery = { auditEvents: { nextCursor?: string | null, nodes: Array<{ id: string, action: string, actorName?: string | null, actorUserId?: string | null, occurredAt: string, subjectType?: string | null, subjectId?: string | null, ipAddress?: string | null }> } };

export type AuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActorsQuery = { organizationMembers: Array<{ user: { id: string, name: string } }> };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitationPreview: { organizationName: string, email: string, role: Role, status: InvitationStatus, accountExists: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string, timeZone: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } };

export type DevelopmentMailboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentMailboxQuery = { developmentMailbox: Array<{ id: string, to: string, subject: string, text: string, createdAt: string }> };

export type MembersPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersPageQuery = { organizationMembers: Array<{ id: string, joinedAt: string, role: Role, user: { id: string, name: string, email: string } }>, invitations: Array<{ id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, invitedByName?: string | null }> };

export type InvitationRowFragment = { id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, invitedByName?: string | null };

export type InviteMemberMutationVariables = Exact<{
  email: Scalars['String']['input'];
  role: Role;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, invitedByName?: string | null } };

export type ResendInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, invitedByName?: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, invitedByName?: string | null } };

export type UpdateMemberRoleMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
  role: Role;
}>;


export type UpdateMemberRoleMutation = { updateMemberRole: { id: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type AdvocateDistrictCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvocateDistrictCalendarsQuery = { districtCalendars: Array<{ id: string, state: string, district: string, firstDay: string, lastDay: string, nonSchoolDays: Array<string> }> };

export type AdvocateSaveDistrictCalendarMutationVariables = Exact<{
  input: SaveDistrictCalendarInput;
}>;


export type AdvocateSaveDistrictCalendarMutation = { saveDistrictCalendar: { id: string } };

export type AdvocateDeadlineFragment = { id: string, caseId: string, proceedingId: string, proceedingKind: ProceedingKind, ruleId: string, title: string, due?: string | null, status: DeadlineStatus, overdue: boolean, basis: Array<string>, confidence: string, unit?: string | null, fallsOnNonBusinessDay: boolean, studentName?: string | null, note: { text: string, lang: Language } };

export type AdvocateProceedingFragment = { id: string, kind: ProceedingKind, state: string, stateLabel: string, filedBy: FiledBy, createdAt: string, eventTypes: Array<{ type: string, label: string }>, events: Array<{ id: string, type: string, label: string, date: string, schoolDays?: number | null, recordedAt: string, correctsEventId?: string | null, superseded: boolean, correctionReason?: string | null }>, deadlines: Array<{ id: string, caseId: string, proceedingId: string, proceedingKind: ProceedingKind, ruleId: string, title: string, due?: string | null, status: DeadlineStatus, overdue: boolean, basis: Array<string>, confidence: string, unit?: string | null, fallsOnNonBusinessDay: boolean, studentName?: string | null, note: { text: string, lang: Language } }> };

export type AdvocateCarriedRecommendationFragment = { intakeId: string, lang: Language, submittedOn: string, revisedSinceSubmission: boolean, warnings: Array<{ id: string, message: string, basis: Array<string>, confidence: string, deadline?: string | null }>, pathways: Array<{ id: string, rank: number, reason: string, basis: Array<string>, confidence: string, issues: Array<string> }> };

export type AdvocateCaseQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  lang: Language;
}>;


export type AdvocateCaseQuery = { case: { id: string, status: CaseStatus, stage: string, outcome?: string | null, issueCategories: Array<string>, createdAt: string, updatedAt: string, intakeId?: string | null, intake?: { id: string } | null, carriedRecommendation?: { intakeId: string, lang: Language, submittedOn: string, revisedSinceSubmission: boolean, warnings: Array<{ id: string, message: string, basis: Array<string>, confidence: string, deadline?: string | null }>, pathways: Array<{ id: string, rank: number, reason: string, basis: Array<string>, confidence: string, issues: Array<string> }> } | null, stateQuestion?: { studentId: string, intakeState: string, studentState: string } | null, student: { id: string, name: string, state: string, district: string, school: string, grade: string, planType: PlanType }, advocates: Array<{ userId: string, name: string, email: string }>, proceedings: Array<{ id: string, kind: ProceedingKind, state: string, stateLabel: string, filedBy: FiledBy, createdAt: string, eventTypes: Array<{ type: string, label: string }>, events: Array<{ id: string, type: string, label: string, date: string, schoolDays?: number | null, recordedAt: string, correctsEventId?: string | null, superseded: boolean, correctionReason?: string | null }>, deadlines: Array<{ id: string, caseId: string, proceedingId: string, proceedingKind: ProceedingKind, ruleId: string, title: string, due?: string | null, status: DeadlineStatus, overdue: boolean, basis: Array<string>, confidence: string, unit?: string | null, fallsOnNonBusinessDay: boolean, studentName?: string | null, note: { text: string, lang: Language } }> }>, timeline: Array<{ id: string, kind: string, occurredAt: string, actorName?: string | null, params: Array<{ name: string, value: string, label?: string | null }> }> } };

export type AdvocateUpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type AdvocateUpdateCaseMutation = { updateCase: { id: string } };

export type AdvocateAssignCaseAdvocatesMutationVariables = Exact<{
  input: AssignCaseAdvocatesInput;
}>;


export type AdvocateAssignCaseAdvocatesMutation = { assignCaseAdvocates: { id: string } };

export type AdvocateOpenProceedingMutationVariables = Exact<{
  input: OpenProceedingInput;
}>;


export type AdvocateOpenProceedingMutation = { openProceeding: { id: string } };

export type AdvocateRecordProceedingEventMutationVariables = Exact<{
  input: RecordProceedingEventInput;
}>;


export type AdvocateRecordProceedingEventMutation = { recordProceedingEvent: { id: string, state: string } };

export type AdvocateCorrectProceedingEventMutationVariables = Exact<{
  input: CorrectProceedingEventInput;
}>;


export type AdvocateCorrectProceedingEventMutation = { correctProceedingEvent: { id: string, state: string } };

export type AdvocateConfirmCaseStateMutationVariables = Exact<{
  input: ConfirmCaseStateInput;
}>;


export type AdvocateConfirmCaseStateMutation = { confirmCaseState: { id: string } };

export type AdvocateCaseloadQueryVariables = Exact<{
  filter?: InputMaybe<CaseloadFilterInput>;
  sort: CaseloadSort;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  lang: Language;
}>;


export type AdvocateCaseloadQuery = { caseload: { nextCursor?: string | null, totalCount: number, nodes: Array<{ id: string, status: CaseStatus, stage: string, issueCategories: Array<string>, updatedAt: string, student: { id: string, name: string, state: string, district: string }, advocates: Array<{ userId: string, name: string }>, nextDeadline?: { id: string, ruleId: string, title: string, due?: string | null, overdue: boolean } | null }>, stageCounts: Array<{ stage: string, count: number }> } };

export type AdvocateDeadlinesQueryVariables = Exact<{
  withinDays: Scalars['Int']['input'];
  lang: Language;
}>;


export type AdvocateDeadlinesQuery = { deadlines: Array<{ id: string, caseId: string, proceedingId: string, proceedingKind: ProceedingKind, ruleId: string, title: string, due?: string | null, status: DeadlineStatus, overdue: boolean, basis: Array<string>, confidence: string, unit?: string | null, fallsOnNonBusinessDay: boolean, studentName?: string | null, note: { text: string, lang: Language } }> };

export type AdvocateCreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type AdvocateCreateCalendarFeedMutation = { createCalendarFeed: { path: string, createdAt: string } };

export type AdvocateRevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type AdvocateRevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type AdvocateTriageIntakesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvocateTriageIntakesQuery = { intakes: Array<{ id: string, familyId: string, studentId?: string | null, submittedAt?: string | null, recommendation?: unknown | null }>, families: Array<{ id: string, name: string, students: Array<{ id: string, name: string, state: string }> }> };

export type AdvocateIntakeQueryVariables = Exact<{
  intakeId: Scalars['ID']['input'];
}>;


export type AdvocateIntakeQuery = { intake: { id: string, familyId: string, studentId?: string | null, status: IntakeStatus, caseId?: string | null, lang: Language, submittedAt?: string | null, answers: unknown, recommendation?: unknown | null, stateQuestion?: { studentId: string, intakeState: string, studentState: string } | null } };

export type AdvocateIntakeFamilyQueryVariables = Exact<{
  familyId: Scalars['ID']['input'];
}>;


export type AdvocateIntakeFamilyQuery = { family: { id: string, name: string, primaryLanguage: Language, contactPhone?: string | null, contactEmail?: string | null, parents: Array<{ userId: string, name: string, email: string }>, students: Array<{ id: string, name: string, state: string, district: string, school: string, grade: string, planType: PlanType }> } };

export type AdvocateQuestionnaireQueryVariables = Exact<{
  lang: Language;
}>;


export type AdvocateQuestionnaireQuery = { intakeQuestionnaire: unknown };

export type AdvocateCreateCaseFromIntakeMutationVariables = Exact<{
  input: CreateCaseFromIntakeInput;
}>;


export type AdvocateCreateCaseFromIntakeMutation = { createCaseFromIntake: { id: string } };

export type AdvocateMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdvocateMembersQuery = { organizationMembers: Array<{ id: string, role: Role, user: { id: string, name: string, email: string } }> };

export type StartPhoneIntakeMutationVariables = Exact<{
  input: StartPhoneIntakeInput;
}>;


export type StartPhoneIntakeMutation = { startPhoneIntake: { id: string } };

export type InviteFamilyParentMutationVariables = Exact<{
  input: InviteFamilyParentInput;
}>;


export type InviteFamilyParentMutation = { inviteFamilyParent: { id: string, email: string, status: InvitationStatus } };

export type CaselogsLogCaseFragment = { id: string, advocates: Array<{ userId: string }>, student: { name: string } };

export type CaselogsLinkableDocumentFragment = { id: string, title: string, documentDate?: string | null, archivedAt?: string | null };

export type CaselogsLinkedDocumentFragment = { id: string, title: string, archivedAt?: string | null };

export type CaselogsMeetingsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaselogsMeetingsQuery = { case: { id: string, advocates: Array<{ userId: string }>, student: { name: string } }, meetings: Array<{ id: string, heldOn: string, kind: MeetingKind, attendees: Array<string>, staffUserIds: Array<string>, proposed: string, parentObjections: string, followUps: string, documentIds: Array<string>, documents: Array<{ id: string, title: string, archivedAt?: string | null }> }>, caseDocuments: Array<{ id: string, title: string, documentDate?: string | null, archivedAt?: string | null }>, organizationMembers: Array<{ role: Role, user: { id: string, name: string } }> };

export type CaselogsLogMeetingMutationVariables = Exact<{
  input: LogMeetingInput;
}>;


export type CaselogsLogMeetingMutation = { logMeeting: { id: string } };

export type CaselogsUpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type CaselogsUpdateMeetingMutation = { updateMeeting: { id: string } };

export type CaselogsDeleteMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type CaselogsDeleteMeetingMutation = { deleteMeeting: boolean };

export type CaselogsCommunicationsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaselogsCommunicationsQuery = { case: { id: string, student: { familyId: string, name: string }, advocates: Array<{ userId: string }> }, communications: Array<{ id: string, occurredOn: string, mode: CommunicationMode, parties: Array<string>, summary: string, personId?: string | null, personName?: string | null, documentIds: Array<string>, documents: Array<{ id: string, title: string, archivedAt?: string | null }> }>, caseDocuments: Array<{ id: string, title: string, documentDate?: string | null, archivedAt?: string | null }> };

export type CaselogsCommunicationPeopleQueryVariables = Exact<{
  familyId: Scalars['ID']['input'];
}>;


export type CaselogsCommunicationPeopleQuery = { people: Array<{ id: string, name: string, role: PersonRole }> };

export type CaselogsLogCommunicationMutationVariables = Exact<{
  input: LogCommunicationInput;
}>;


export type CaselogsLogCommunicationMutation = { logCommunication: { id: string } };

export type CaselogsUpdateCommunicationMutationVariables = Exact<{
  input: UpdateCommunicationInput;
}>;


export type CaselogsUpdateCommunicationMutation = { updateCommunication: { id: string } };

export type CaselogsDeleteCommunicationMutationVariables = Exact<{
  communicationId: Scalars['ID']['input'];
}>;


export type CaselogsDeleteCommunicationMutation = { deleteCommunication: boolean };

export type CaselogsNoteFragment = { id: string, body: string, visibility: NoteVisibility, authorName?: string | null, authorUserId?: string | null, createdAt: string, updatedAt: string };

export type CaselogsTaskFragment = { id: string, caseId: string, title: string, dueOn?: string | null, done: boolean, assigneeName?: string | null, assigneeUserId?: string | null, studentName?: string | null };

export type CaselogsNotesQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaselogsNotesQuery = { case: { id: string, advocates: Array<{ userId: string }>, student: { name: string } }, notes: Array<{ id: string, body: string, visibility: NoteVisibility, authorName?: string | null, authorUserId?: string | null, createdAt: string, updatedAt: string }>, tasks: Array<{ id: string, caseId: string, title: string, dueOn?: string | null, done: boolean, assigneeName?: string | null, assigneeUserId?: string | null, studentName?: string | null }> };

export type CaselogsSearchNotesQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
}>;


export type CaselogsSearchNotesQuery = { searchCaseNotes: Array<{ id: string, body: string, visibility: NoteVisibility, authorName?: string | null, authorUserId?: string | null, createdAt: string, updatedAt: string }> };

export type CaselogsAddNoteMutationVariables = Exact<{
  input: AddNoteInput;
}>;


export type CaselogsAddNoteMutation = { addNote: { id: string } };

export type CaselogsUpdateNoteMutationVariables = Exact<{
  input: UpdateNoteInput;
}>;


export type CaselogsUpdateNoteMutation = { updateNote: { id: string } };

export type CaselogsDeleteNoteMutationVariables = Exact<{
  noteId: Scalars['ID']['input'];
}>;


export type CaselogsDeleteNoteMutation = { deleteNote: boolean };

export type CaselogsMyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type CaselogsMyTasksQuery = { myTasks: Array<{ id: string, caseId: string, title: string, dueOn?: string | null, done: boolean, assigneeName?: string | null, assigneeUserId?: string | null, studentName?: string | null }> };

export type CaselogsCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CaselogsCreateTaskMutation = { createTask: { id: string } };

export type CaselogsUpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type CaselogsUpdateTaskMutation = { updateTask: { id: string, done: boolean } };

export type CaselogsStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type CaselogsStaffQuery = { organizationMembers: Array<{ id: string, role: Role, user: { id: string, name: string } }> };

export type CaselogsPeriodFragment = { start: string, end: string, weekdays: number, schoolDays: number, countedOn: ServiceDayBasis, requiredMinutes: number, deliveredMinutes: number, missedMinutes: number, shortfallMinutes: number, owedMinutes: number, owedMissedMinutes: number, owedNotLoggedMinutes: number, status: ServicePeriodStatus, elapsed: boolean };

export type CaselogsServiceFragment = { id: string, service: string, provider: string, frequency: ServiceFrequency, minutes: number, startDate: string, endDate?: string | null, extendedSchoolYear: boolean, requiredMinutes: number, deliveredMinutes: number, missedMinutes: number, compensatoryMinutesOwed: number, owedMissedMinutes: number, owedNotLoggedMinutes: number, notLoggedPeriods: number, periods: Array<{ start: string, end: string, weekdays: number, schoolDays: number, countedOn: ServiceDayBasis, requiredMinutes: number, deliveredMinutes: number, missedMinutes: number, shortfallMinutes: number, owedMinutes: number, owedMissedMinutes: number, owedNotLoggedMinutes: number, status: ServicePeriodStatus, elapsed: boolean }>, sessions: Array<{ id: string, date: string, minutes: number, status: ServiceSessionStatus, reason: string }> };

export type CaselogsServiceLogQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type CaselogsServiceLogQuery = { case: { id: string, student: { state: string, district: string, name: string }, advocates: Array<{ userId: string }> }, serviceLog: { asOf: string, compensatoryMinutesOwed: number, owedMissedMinutes: number, owedNotLoggedMinutes: number, districtCalendars: number, services: Array<{ id: string, service: string, provider: string, frequency: ServiceFrequency, minutes: number, startDate: string, endDate?: string | null, extendedSchoolYear: boolean, requiredMinutes: number, deliveredMinutes: number, missedMinutes: number, compensatoryMinutesOwed: number, owedMissedMinutes: number, owedNotLoggedMinutes: number, notLoggedPeriods: number, periods: Array<{ start: string, end: string, weekdays: number, schoolDays: number, countedOn: ServiceDayBasis, requiredMinutes: number, deliveredMinutes: number, missedMinutes: number, shortfallMinutes: number, owedMinutes: number, owedMissedMinutes: number, owedNotLoggedMinutes: number, status: ServicePeriodStatus, elapsed: boolean }>, sessions: Array<{ id: string, date: string, minutes: number, status: ServiceSessionStatus, reason: string }> }> } };

export type CaselogsAddServiceRequirementMutationVariables = Exact<{
  input: AddServiceRequirementInput;
}>;


export type CaselogsAddServiceRequirementMutation = { addServiceRequirement: { id: string } };

export type CaselogsLogServiceSessionMutationVariables = Exact<{
  input: LogServiceSessionInput;
}>;


export type CaselogsLogServiceSessionMutation = { logServiceSession: { id: string, compensatoryMinutesOwed: number } };

export type CaselogsUpdateServiceSessionMutationVariables = Exact<{
  input: UpdateServiceSessionInput;
}>;


export type CaselogsUpdateServiceSessionMutation = { updateServiceSession: { id: string, compensatoryMinutesOwed: number } };

export type CaselogsDeleteServiceSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type CaselogsDeleteServiceSessionMutation = { deleteServiceSession: { id: string } };

export type CaselogsUpdateServiceRequirementMutationVariables = Exact<{
  input: UpdateServiceRequirementInput;
}>;


export type CaselogsUpdateServiceRequirementMutation = { updateServiceRequirement: { id: string } };

export type CaselogsDeleteServiceRequirementMutationVariables = Exact<{
  requirementId: Scalars['ID']['input'];
}>;


export type CaselogsDeleteServiceRequirementMutation = { deleteServiceRequirement: boolean };

export type ChildDetailsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type ChildDetailsQuery = { case: { id: string, student: { id: string, name: string, familyId: string, dateOfBirth?: string | null, dateOfBirthDeclined: boolean, disabilityCategories: Array<string>, raceCategories?: Array<string> | null } }, reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type FamilyParentLanguageQueryVariables = Exact<{
  familyId: Scalars['ID']['input'];
}>;


export type FamilyParentLanguageQuery = { family: { id: string, parentLanguage?: string | null } };

export type UpdateChildDetailsMutationVariables = Exact<{
  student: UpdateStudentInput;
  family: UpdateFamilyInput;
}>;


export type UpdateChildDetailsMutation = { updateStudent: { id: string }, updateFamily: { id: string } };

export type CreateFamilyMutationVariables = Exact<{
  input: CreateFamilyInput;
}>;


export type CreateFamilyMutation = { createFamily: { id: string } };

export type CreateStudentMutationVariables = Exact<{
  input: CreateStudentInput;
}>;


export type CreateStudentMutation = { createStudent: { id: string, familyId: string, state: string, planType: PlanType } };

export type DemographicListsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemographicListsQuery = { reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type FamilyIntakeByIdQueryVariables = Exact<{
  intakeId: Scalars['ID']['input'];
  lang: Language;
}>;


export type FamilyIntakeByIdQuery = { intakeQuestionnaire: unknown, intake: { id: string, familyId: string, studentId?: string | null, status: IntakeStatus, lang: Language, questionnaireVersion: string, answers: unknown, recommendation?: unknown | null, caseId?: string | null, createdAt: string, updatedAt: string, submittedAt?: string | null } };

export type FamilyIntakeFragment = { id: string, familyId: string, studentId?: string | null, status: IntakeStatus, lang: Language, questionnaireVersion: string, answers: unknown, recommendation?: unknown | null, caseId?: string | null, createdAt: string, updatedAt: string, submittedAt?: string | null };

export type FamilyIntakesQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyIntakesQuery = { intakes: Array<{ id: string, familyId: string, studentId?: string | null, status: IntakeStatus, lang: Language, questionnaireVersion: string, answers: unknown, recommendation?: unknown | null, caseId?: string | null, createdAt: string, updatedAt: string, submittedAt?: string | null }>, families: Array<{ id: string, name: string, students: Array<{ id: string, name: string, state: string, planType: PlanType }> }> };

export type IntakeQuestionnaireQueryVariables = Exact<{
  lang: Language;
}>;


export type IntakeQuestionnaireQuery = { intakeQuestionnaire: unknown };

export type MyCasesQueryVariables = Exact<{
  lang: Language;
}>;


export type MyCasesQuery = { caseload: { nodes: Array<{ id: string, status: CaseStatus, stage: string, outcome?: string | null, issueCategories: Array<string>, createdAt: string, student: { id: string, name: string }, intake?: { id: string } | null, stateQuestion?: { intakeState: string, studentState: string } | null, advocates: Array<{ userId: string, name: string, email: string }>, proceedings: Array<{ id: string, kind: ProceedingKind, state: string, deadlines: Array<{ id: string, ruleId: string, title: string, due?: string | null, status: DeadlineStatus, overdue: boolean, basis: Array<string>, confidence: string, unit?: string | null, proceedingKind: ProceedingKind, note: { text: string, lang: Language } }> }>, timeline: Array<{ id: string, kind: string, occurredAt: string, actorName?: string | null, params: Array<{ name: string, value: string, label?: string | null }> }> }> }, intakes: Array<{ id: string, familyId: string, studentId?: string | null, status: IntakeStatus, lang: Language, questionnaireVersion: string, answers: unknown, recommendation?: unknown | null, caseId?: string | null, createdAt: string, updatedAt: string, submittedAt?: string | null }> };

export type SaveIntakeDraftMutationVariables = Exact<{
  input: SaveIntakeDraftInput;
}>;


export type SaveIntakeDraftMutation = { saveIntakeDraft: { id: string, familyId: string, studentId?: string | null, status: IntakeStatus, lang: Language, questionnaireVersion: string, answers: unknown, recommendation?: unknown | null, caseId?: string | null, createdAt: string, updatedAt: string, submittedAt?: string | null } };

export type SubmitIntakeMutationVariables = Exact<{
  intakeId: Scalars['ID']['input'];
}>;


export type SubmitIntakeMutation = { submitIntake: { id: string, familyId: string, studentId?: string | null, status: IntakeStatus, lang: Language, questionnaireVersion: string, answers: unknown, recommendation?: unknown | null, caseId?: string | null, createdAt: string, updatedAt: string, submittedAt?: string | null } };

export type LettersBlockFragment = { type: LetterBlockType, level?: number | null, text?: string | null, bold?: boolean | null, ordered?: boolean | null, items?: Array<string> | null, lines?: Array<string> | null, closing?: string | null, name?: string | null };

export type LettersSummaryFragment = { id: string, caseId: string, title: string, template: LetterTemplateId, lang: Language, status: LetterStatus, currentVersion: number, updatedAt: string, docxPath: string, pdfPath: string };

export type LettersCaseQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type LettersCaseQuery = { case: { id: string, student: { id: string, name: string } } };

export type LettersCaseLettersQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type LettersCaseLettersQuery = { caseLetters: Array<{ id: string, caseId: string, title: string, template: LetterTemplateId, lang: Language, status: LetterStatus, currentVersion: number, updatedAt: string, docxPath: string, pdfPath: string }> };

export type LettersTemplatesQueryVariables = Exact<{
  lang: Language;
}>;


export type LettersTemplatesQuery = { letterTemplates: Array<{ id: LetterTemplateId, title: string, description: string, requiredFacts: Array<string>, basis: Array<string> }> };

export type LettersFactsForCaseQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  template: LetterTemplateId;
  lang: Language;
}>;


export type LettersFactsForCaseQuery = { letterFactsForCase: { template: LetterTemplateId, lang: Language, facts: unknown, missing: Array<string>, requiredFacts: Array<string> } };

export type LettersLetterQueryVariables = Exact<{
  letterId: Scalars['ID']['input'];
}>;


export type LettersLetterQuery = { letter: { basis: Array<string>, createdAt: string, id: string, caseId: string, title: string, template: LetterTemplateId, lang: Language, status: LetterStatus, currentVersion: number, updatedAt: string, docxPath: string, pdfPath: string, current: { id: string, version: number, title: string, date: string, createdAt: string, authorName?: string | null, blocks: Array<{ type: LetterBlockType, level?: number | null, text?: string | null, bold?: boolean | null, ordered?: boolean | null, items?: Array<string> | null, lines?: Array<string> | null, closing?: string | null, name?: string | null }> }, versions: Array<{ id: string, version: number, title: string, date: string, createdAt: string, authorName?: string | null, blocks: Array<{ type: LetterBlockType, level?: number | null, text?: string | null, bold?: boolean | null, ordered?: boolean | null, items?: Array<string> | null, lines?: Array<string> | null, closing?: string | null, name?: string | null }> }> } };

export type LettersDraftMutationVariables = Exact<{
  input: DraftLetterInput;
}>;


export type LettersDraftMutation = { draftLetter: { id: string, caseId: string } };

export type LettersReviseMutationVariables = Exact<{
  input: ReviseLetterInput;
}>;


export type LettersReviseMutation = { reviseLetter: { id: string, currentVersion: number } };

export type LettersSetStatusMutationVariables = Exact<{
  input: SetLetterStatusInput;
}>;


export type LettersSetStatusMutation = { setLetterStatus: { id: string, status: LetterStatus } };

export type LettersDeleteMutationVariables = Exact<{
  letterId: Scalars['ID']['input'];
}>;


export type LettersDeleteMutation = { deleteLetter: boolean };

export type LettersSaveToDocumentsMutationVariables = Exact<{
  input: SaveLetterToDocumentsInput;
}>;


export type LettersSaveToDocumentsMutation = { saveLetterToDocuments: { id: string, title: string, visibility: DocumentVisibility, currentVersion: { fileName: string, versionNumber: number } } };

export type LettersParentCaseLettersQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type LettersParentCaseLettersQuery = { caseLetters: Array<{ id: string, title: string, lang: Language, status: LetterStatus, currentVersion: number, updatedAt: string, docxPath: string, pdfPath: string }> };

export type ReportListFieldsFragment = { name: string, items: Array<{ code: string, label: { en: string, es: string } }> };

export type LogCallPageQueryVariables = Exact<{ [key: string]: never; }>;


export type LogCallPageQuery = { reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type LogCallMutationVariables = Exact<{
  input: LogCallInput;
}>;


export type LogCallMutation = { logCall: { id: string, personId: string, personName: string } };

export type ContactsPageQueryVariables = Exact<{
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ContactsPageQuery = { contacts: Array<{ id: string, personId: string, personName: string, role: PersonRole, mode: ContactMode, delivery?: Delivery | null, occurredAt: string, staffName?: string | null, topics: Array<string>, minutes?: number | null }>, reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type PersonFieldsFragment = { id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null, primaryLanguage?: string | null, familyId?: string | null, familyName?: string | null, userId?: string | null, userName?: string | null, contactCount: number, lastContactAt?: string | null };

export type PersonRowFieldsFragment = { id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null, contactCount: number, lastContactAt?: string | null };

export type PeoplePageQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PersonRole>;
}>;


export type PeoplePageQuery = { people: Array<{ id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null, contactCount: number, lastContactAt?: string | null }> };

export type PersonPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonPageQuery = { person: { id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null, primaryLanguage?: string | null, familyId?: string | null, familyName?: string | null, userId?: string | null, userName?: string | null, contactCount: number, lastContactAt?: string | null, trainings: Array<{ trainingId: string, title: string, startsAt?: string | null }>, caseCommunications: Array<{ id: string, caseId: string, studentName: string, occurredOn: string, mode: CommunicationMode, summary: string }> }, contacts: Array<{ id: string, mode: ContactMode, delivery?: Delivery | null, occurredAt: string, staffName?: string | null, topics: Array<string>, minutes?: number | null }>, reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string } };

export type PersonDuplicatesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonDuplicatesPageQuery = { personDuplicates: Array<{ reason: string, first: { id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null, contactCount: number, lastContactAt?: string | null }, second: { id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null, contactCount: number, lastContactAt?: string | null } }> };

export type MergePeopleMutationVariables = Exact<{
  keepId: Scalars['ID']['input'];
  mergeId: Scalars['ID']['input'];
}>;


export type MergePeopleMutation = { mergePeople: { moved: number, person: { id: string, name: string } } };

export type ContactFieldsFragment = { id: string, personId: string, personName: string, role: PersonRole, mode: ContactMode, delivery?: Delivery | null, occurredAt: string, staffUserId?: string | null, staffName?: string | null, topics: Array<string>, minutes?: number | null, notes: string, followUp: string, followUpOn?: string | null, caseId?: string | null };

export type ContactPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactPageQuery = { contact: { id: string, personId: string, personName: string, role: PersonRole, mode: ContactMode, delivery?: Delivery | null, occurredAt: string, staffUserId?: string | null, staffName?: string | null, topics: Array<string>, minutes?: number | null, notes: string, followUp: string, followUpOn?: string | null, caseId?: string | null }, reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type UpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { updateContact: { id: string } };

export type DeleteContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteContactMutation = { deleteContact: boolean };

export type FindPeopleQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type FindPeopleQuery = { people: Array<{ id: string, name: string, role: PersonRole, email?: string | null, phone?: string | null }> };

export type OutreachPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OutreachPageQuery = { outreachActivities: Array<{ id: string, kind: string, occurredOn: string, description: string, count: number }>, reportLists: Array<{ name: string, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type LogOutreachMutationVariables = Exact<{
  input: LogOutreachInput;
}>;


export type LogOutreachMutation = { logOutreach: { id: string } };

export type PublicOrganizationFieldsFragment = { id: string, slug: string, name: string, kind: string, statesServed: Array<string>, countiesServed: Array<string>, languages: Array<string>, contactPhone?: string | null, contactEmail?: string | null, website?: string | null, address?: string | null, brandColor?: string | null };

export type PublicOrganizationsQueryVariables = Exact<{
  state?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicOrganizationsQuery = { publicOrganizations: Array<{ id: string, slug: string, name: string, kind: string, statesServed: Array<string>, countiesServed: Array<string>, languages: Array<string>, contactPhone?: string | null, contactEmail?: string | null, website?: string | null, address?: string | null, brandColor?: string | null }> };

export type PublicOrganizationQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicOrganizationQuery = { publicOrganization?: { id: string, slug: string, name: string, kind: string, statesServed: Array<string>, countiesServed: Array<string>, languages: Array<string>, contactPhone?: string | null, contactEmail?: string | null, website?: string | null, address?: string | null, brandColor?: string | null } | null };

export type RequestHelpMutationVariables = Exact<{
  input: RequestHelpInput;
}>;


export type RequestHelpMutation = { requestHelp: boolean };

export type ConfirmSignUpMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmSignUpMutation = { confirmSignUp: { intakeId: string, organization: { slug: string, name: string } } };

export type RecordsVersionFragment = { id: string, versionNumber: number, fileName: string, contentType: string, sizeBytes: number, uploadedByName?: string | null, createdAt: string };

export type RecordsDocumentFragment = { id: string, caseId: string, title: string, type: DocumentType, documentDate?: string | null, visibility: DocumentVisibility, archivedAt?: string | null, createdAt: string, updatedAt: string, currentVersion: { id: string, versionNumber: number, fileName: string, contentType: string, sizeBytes: number, uploadedByName?: string | null, createdAt: string } };

export type RecordsCaseQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type RecordsCaseQuery = { case: { id: string, student: { id: string, name: string }, proceedings: Array<{ id: string, kind: ProceedingKind, state: string, createdAt: string }> } };

export type RecordsCaseDocumentsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  filter?: InputMaybe<CaseDocumentsFilterInput>;
}>;


export type RecordsCaseDocumentsQuery = { caseDocuments: Array<{ id: string, caseId: string, title: string, type: DocumentType, documentDate?: string | null, visibility: DocumentVisibility, archivedAt?: string | null, createdAt: string, updatedAt: string, currentVersion: { id: string, versionNumber: number, fileName: string, contentType: string, sizeBytes: number, uploadedByName?: string | null, createdAt: string } }> };

export type RecordsDocumentDetailsQueryVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type RecordsDocumentDetailsQuery = { document: { id: string, caseId: string, title: string, type: DocumentType, documentDate?: string | null, visibility: DocumentVisibility, archivedAt?: string | null, createdAt: string, updatedAt: string, versions: Array<{ id: string, versionNumber: number, fileName: string, contentType: string, sizeBytes: number, uploadedByName?: string | null, createdAt: string }>, currentVersion: { id: string, versionNumber: number, fileName: string, contentType: string, sizeBytes: number, uploadedByName?: string | null, createdAt: string } } };

export type RecordsUpdateDocumentMutationVariables = Exact<{
  input: UpdateDocumentInput;
}>;


export type RecordsUpdateDocumentMutation = { updateDocument: { id: string, caseId: string, title: string, type: DocumentType, documentDate?: string | null, visibility: DocumentVisibility, archivedAt?: string | null, createdAt: string, updatedAt: string, currentVersion: { id: string, versionNumber: number, fileName: string, contentType: string, sizeBytes: number, uploadedByName?: string | null, createdAt: string } } };

export type RecordsArchiveDocumentMutationVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type RecordsArchiveDocumentMutation = { archiveDocument: { id: string, archivedAt?: string | null } };

export type RecordsRestoreDocumentMutationVariables = Exact<{
  documentId: Scalars['ID']['input'];
}>;


export type RecordsRestoreDocumentMutation = { restoreDocument: { id: string, archivedAt?: string | null } };

export type RecordsSaveBinderMutationVariables = Exact<{
  input: SaveBinderToDocumentsInput;
}>;


export type RecordsSaveBinderMutation = { saveBinderToDocuments: { id: string, title: string } };

export type RecordsSearchQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
}>;


export type RecordsSearchQuery = { searchCaseRecords: Array<{ kind: CaseRecordKind, id: string, title: string, snippet: string, document?: { id: string, type: DocumentType, documentDate?: string | null, visibility: DocumentVisibility, archivedAt?: string | null } | null, note?: { id: string, visibility: NoteVisibility, createdAt: string } | null }> };

export type AnnualReportFieldsFragment = { organizationName: string, programYear: number, start: string, end: string, timeZone: string, lines: Array<{ code: string, section: string, confidence: string, value: number, label: { en: string, es: string } }>, demographics: Array<{ list: string, confidence: string, rows: Array<{ code: string, value: number, label: { en: string, es: string } }> }>, outreach: Array<{ code: string, value: number, label: { en: string, es: string } }>, submitted?: { at: string, byName?: string | null } | null };

export type AnnualReportPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type AnnualReportPageQuery = { annualReport: { organizationName: string, programYear: number, start: string, end: string, timeZone: string, lines: Array<{ code: string, section: string, confidence: string, value: number, label: { en: string, es: string } }>, demographics: Array<{ list: string, confidence: string, rows: Array<{ code: string, value: number, label: { en: string, es: string } }> }>, outreach: Array<{ code: string, value: number, label: { en: string, es: string } }>, submitted?: { at: string, byName?: string | null } | null } };

export type AnnualReportRowsPageQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  line: Scalars['String']['input'];
  offset: Scalars['Int']['input'];
}>;


export type AnnualReportRowsPageQuery = { annualReportRows: { total: number, formCode?: string | null, label: { en: string, es: string }, nodes: Array<{ source: string, sourceId: string, date?: string | null, weight: number, personId?: string | null, familyId?: string | null, caseId?: string | null, trainingId?: string | null, name?: string | null, trainingTitle?: string | null }> } };

export type SubmitAnnualReportMutationVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type SubmitAnnualReportMutation = { submitAnnualReport: { programYear: number, submitted?: { at: string, byName?: string | null } | null } };

export type DashboardPageQueryVariables = Exact<{
  input: DashboardFilterInput;
  withStaff: Scalars['Boolean']['input'];
  lang: Language;
}>;


export type DashboardPageQuery = { dashboard: { from: string, to: string, staffUserId?: string | null, deadlinesThisWeek: number, deadlinesOverdue: number, contactsByMonth: Array<{ month: string, mode: string, count: number }>, peopleServed: { programYear: number, through: string, thisYear: number, lastYear: number }, casesByStage: Array<{ code: string, count: number }>, casesByPathway: Array<{ code: string, count: number }>, outcomesByPathway: Array<{ kind: ProceedingKind, state: string, count: number, stateLabel: string }>, staff: Array<{ userId: string, name: string, openCases: number, minutes: number }> }, organizationMembers?: Array<{ role: Role, user: { id: string, name: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me?: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string, timeZone: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } | null };

export type SessionMeFragment = { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string, timeZone: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { signIn: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string, timeZone: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SwitchOrganizationMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type SwitchOrganizationMutation = { switchOrganization: { role?: Role | null, abilities: unknown, user: { id: string, name: string, email: string }, activeOrganization?: { id: string, name: string, timeZone: string } | null, memberships: Array<{ role: Role, organization: { id: string, name: string } }> } };

export type OrganizationSettingsFieldsFragment = { name: string, advocatesSeeAllCases: boolean, deadlineReminderDays: number, reportRules: { multiSessionCountsOnce: boolean, unduplicatedIncludesStudents: boolean, meetingsCountAsContacts: boolean } };

export type EditableReportListFragment = { name: string, confidence: string, customized: boolean, note: { en: string, es: string }, items: Array<{ code: string, label: { en: string, es: string } }> };

export type OrganizationSettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSettingsPageQuery = { organizationSettings: { name: string, advocatesSeeAllCases: boolean, deadlineReminderDays: number, reportRules: { multiSessionCountsOnce: boolean, unduplicatedIncludesStudents: boolean, meetingsCountAsContacts: boolean } }, reportLists: Array<{ name: string, confidence: string, customized: boolean, note: { en: string, es: string }, items: Array<{ code: string, label: { en: string, es: string } }> }> };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationSettingsInput;
}>;


export type UpdateOrganizationSettingsMutation = { updateOrganizationSettings: { name: string, advocatesSeeAllCases: boolean, deadlineReminderDays: number, reportRules: { multiSessionCountsOnce: boolean, unduplicatedIncludesStudents: boolean, meetingsCountAsContacts: boolean } } };

export type SetReportListMutationVariables = Exact<{
  input: SetReportListInput;
}>;


export type SetReportListMutation = { setReportList: { name: string, confidence: string, customized: boolean, note: { en: string, es: string }, items: Array<{ code: string, label: { en: string, es: string } }> } };

export type ResetReportListMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type ResetReportListMutation = { resetReportList: { name: string, confidence: string, customized: boolean, note: { en: string, es: string }, items: Array<{ code: string, label: { en: string, es: string } }> } };

export type SetOrganizationTimeZoneMutationVariables = Exact<{
  input: SetOrganizationTimeZoneInput;
}>;


export type SetOrganizationTimeZoneMutation = { setOrganizationTimeZone: { id: string, timeZone: string } };

export type OrganizationPublicPageFieldsFragment = { slug?: string | null, enabled: boolean, statesServed: Array<string>, countiesServed: Array<string>, languages: Array<string>, contactPhone?: string | null, contactEmail?: string | null, website?: string | null, address?: string | null, brandColor?: string | null };

export type OrganizationPublicPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationPublicPageQuery = { organizationPublicPage: { slug?: string | null, enabled: boolean, statesServed: Array<string>, countiesServed: Array<string>, languages: Array<string>, contactPhone?: string | null, contactEmail?: string | null, website?: string | null, address?: string | null, brandColor?: string | null } };

export type UpdateOrganizationPublicPageMutationVariables = Exact<{
  input: UpdateOrganizationPublicPageInput;
}>;


export type UpdateOrganizationPublicPageMutation = { updateOrganizationPublicPage: { slug?: string | null, enabled: boolean, statesServed: Array<string>, countiesServed: Array<string>, languages: Array<string>, contactPhone?: string | null, contactEmail?: string | null, website?: string | null, address?: string | null, brandColor?: string | null } };

export type TrainingFieldsFragment = { id: string, title: string, delivery: Delivery, funded: boolean, topics: Array<string>, presenters: Array<string>, total: number, sessions: Array<{ id: string, startsAt: string, minutes?: number | null }>, attendance: Array<{ id: string, personId?: string | null, name?: string | null, role: PersonRole, headcount: number, source: string }> };

export type TrainingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingsPageQuery = { trainings: Array<{ id: string, title: string, delivery: Delivery, funded: boolean, total: number, sessions: Array<{ id: string, startsAt: string }> }> };

export type TrainingPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingPageQuery = { training: { id: string, title: string, delivery: Delivery, funded: boolean, topics: Array<string>, presenters: Array<string>, total: number, sessions: Array<{ id: string, startsAt: string, minutes?: number | null }>, attendance: Array<{ id: string, personId?: string | null, name?: string | null, role: PersonRole, headcount: number, source: string }> } };

export type CreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateTrainingMutation = { createTraining: { id: string } };

export type ImportSignInSheetMutationVariables = Exact<{
  trainingId: Scalars['ID']['input'];
  csv: Scalars['String']['input'];
}>;


export type ImportSignInSheetMutation = { importSignInSheet: { added: number, matched: number, created: number, skipped: number, errors: Array<{ line: number, field: string, key: string }> } };

export type SetTrainingHeadcountMutationVariables = Exact<{
  trainingId: Scalars['ID']['input'];
  role: PersonRole;
  count: Scalars['Int']['input'];
}>;


export type SetTrainingHeadcountMutation = { setTrainingHeadcount: { id: string } };

export type AddTrainingAttendeeMutationVariables = Exact<{
  input: AddTrainingAttendeeInput;
}>;


export type AddTrainingAttendeeMutation = { addTrainingAttendee: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const InvitationRowFragmentDoc = new TypedDocumentString(`
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  createdAt
  expiresAt
  invitedByName
}
    `, {"fragmentName":"InvitationRow"}) as unknown as TypedDocumentString<InvitationRowFragment, unknown>;
export const AdvocateDeadlineFragmentDoc = new TypedDocumentString(`
    fragment AdvocateDeadline on Deadline {
  id
  caseId
  proceedingId
  proceedingKind
  ruleId
  title(lang: $lang)
  due
  status
  overdue
  basis
  confidence
  note(lang: $lang) {
    text
    lang
  }
  unit
  fallsOnNonBusinessDay
  studentName
}
    `, {"fragmentName":"AdvocateDeadline"}) as unknown as TypedDocumentString<AdvocateDeadlineFragment, unknown>;
export const AdvocateProceedingFragmentDoc = new TypedDocumentString(`
    fragment AdvocateProceeding on Proceeding {
  id
  kind
  state
  stateLabel(lang: $lang)
  filedBy
  createdAt
  eventTypes {
    type
    label(lang: $lang)
  }
  events {
    id
    type
    label(lang: $lang)
    date
    schoolDays
    recordedAt
    correctsEventId
    superseded
    correctionReason
  }
  deadlines {
    ...AdvocateDeadline
  }
}
    fragment AdvocateDeadline on Deadline {
  id
  caseId
  proceedingId
  proceedingKind
  ruleId
  title(lang: $lang)
  due
  status
  overdue
  basis
  confidence
  note(lang: $lang) {
    text
    lang
  }
  unit
  fallsOnNonBusinessDay
  studentName
}`, {"fragmentName":"AdvocateProceeding"}) as unknown as TypedDocumentString<AdvocateProceedingFragment, unknown>;
export const AdvocateCarriedRecommendationFragmentDoc = new TypedDocumentString(`
    fragment AdvocateCarriedRecommendation on CarriedRecommendation {
  intakeId
  lang
  submittedOn
  revisedSinceSubmission
  warnings {
    id
    message
    basis
    confidence
    deadline
  }
  pathways {
    id
    rank
    reason
    basis
    confidence
    issues
  }
}
    `, {"fragmentName":"AdvocateCarriedRecommendation"}) as unknown as TypedDocumentString<AdvocateCarriedRecommendationFragment, unknown>;
export const CaselogsLogCaseFragmentDoc = new TypedDocumentString(`
    fragment CaselogsLogCase on Case {
  id
  advocates {
    userId
  }
  student {
    name
  }
}
    `, {"fragmentName":"CaselogsLogCase"}) as unknown as TypedDocumentString<CaselogsLogCaseFragment, unknown>;
export const CaselogsLinkableDocumentFragmentDoc = new TypedDocumentString(`
    fragment CaselogsLinkableDocument on Document {
  id
  title
  documentDate
  archivedAt
}
    `, {"fragmentName":"CaselogsLinkableDocument"}) as unknown as TypedDocumentString<CaselogsLinkableDocumentFragment, unknown>;
export const CaselogsLinkedDocumentFragmentDoc = new TypedDocumentString(`
    fragment CaselogsLinkedDocument on Document {
  id
  title
  archivedAt
}
    `, {"fragmentName":"CaselogsLinkedDocument"}) as unknown as TypedDocumentString<CaselogsLinkedDocumentFragment, unknown>;
export const CaselogsNoteFragmentDoc = new TypedDocumentString(`
    fragment CaselogsNote on Note {
  id
  body
  visibility
  authorName
  authorUserId
  createdAt
  updatedAt
}
    `, {"fragmentName":"CaselogsNote"}) as unknown as TypedDocumentString<CaselogsNoteFragment, unknown>;
export const CaselogsTaskFragmentDoc = new TypedDocumentString(`
    fragment CaselogsTask on Task {
  id
  caseId
  title
  dueOn
  done
  assigneeName
  assigneeUserId
  studentName
}
    `, {"fragmentName":"CaselogsTask"}) as unknown as TypedDocumentString<CaselogsTaskFragment, unknown>;
export const CaselogsPeriodFragmentDoc = new TypedDocumentString(`
    fragment CaselogsPeriod on ServicePeriod {
  start
  end
  weekdays
  schoolDays
  countedOn
  requiredMinutes
  deliveredMinutes
  missedMinutes
  shortfallMinutes
  owedMinutes
  owedMissedMinutes
  owedNotLoggedMinutes
  status
  elapsed
}
    `, {"fragmentName":"CaselogsPeriod"}) as unknown as TypedDocumentString<CaselogsPeriodFragment, unknown>;
export const CaselogsServiceFragmentDoc = new TypedDocumentString(`
    fragment CaselogsService on ServiceRequirement {
  id
  service
  provider
  frequency
  minutes
  startDate
  endDate
  extendedSchoolYear
  requiredMinutes
  deliveredMinutes
  missedMinutes
  compensatoryMinutesOwed
  owedMissedMinutes
  owedNotLoggedMinutes
  notLoggedPeriods
  periods {
    ...CaselogsPeriod
  }
  sessions {
    id
    date
    minutes
    status
    reason
  }
}
    fragment CaselogsPeriod on ServicePeriod {
  start
  end
  weekdays
  schoolDays
  countedOn
  requiredMinutes
  deliveredMinutes
  missedMinutes
  shortfallMinutes
  owedMinutes
  owedMissedMinutes
  owedNotLoggedMinutes
  status
  elapsed
}`, {"fragmentName":"CaselogsService"}) as unknown as TypedDocumentString<CaselogsServiceFragment, unknown>;
export const FamilyIntakeFragmentDoc = new TypedDocumentString(`
    fragment FamilyIntake on Intake {
  id
  familyId
  studentId
  status
  lang
  questionnaireVersion
  answers
  recommendation
  caseId
  createdAt
  updatedAt
  submittedAt
}
    `, {"fragmentName":"FamilyIntake"}) as unknown as TypedDocumentString<FamilyIntakeFragment, unknown>;
export const LettersBlockFragmentDoc = new TypedDocumentString(`
    fragment LettersBlock on LetterBlock {
  type
  level
  text
  bold
  ordered
  items
  lines
  closing
  name
}
    `, {"fragmentName":"LettersBlock"}) as unknown as TypedDocumentString<LettersBlockFragment, unknown>;
export const LettersSummaryFragmentDoc = new TypedDocumentString(`
    fragment LettersSummary on Letter {
  id
  caseId
  title
  template
  lang
  status
  currentVersion
  updatedAt
  docxPath
  pdfPath
}
    `, {"fragmentName":"LettersSummary"}) as unknown as TypedDocumentString<LettersSummaryFragment, unknown>;
export const ReportListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}
    `, {"fragmentName":"ReportListFields"}) as unknown as TypedDocumentString<ReportListFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  name
  role
  email
  phone
  primaryLanguage
  familyId
  familyName
  userId
  userName
  contactCount
  lastContactAt
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const PersonRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonRowFields on Person {
  id
  name
  role
  email
  phone
  contactCount
  lastContactAt
}
    `, {"fragmentName":"PersonRowFields"}) as unknown as TypedDocumentString<PersonRowFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  personId
  personName
  role
  mode
  delivery
  occurredAt
  staffUserId
  staffName
  topics
  minutes
  notes
  followUp
  followUpOn
  caseId
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const PublicOrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicOrganizationFields on PublicOrganization {
  id
  slug
  name
  kind
  statesServed
  countiesServed
  languages
  contactPhone
  contactEmail
  website
  address
  brandColor
}
    `, {"fragmentName":"PublicOrganizationFields"}) as unknown as TypedDocumentString<PublicOrganizationFieldsFragment, unknown>;
export const RecordsVersionFragmentDoc = new TypedDocumentString(`
    fragment RecordsVersion on DocumentVersion {
  id
  versionNumber
  fileName
  contentType
  sizeBytes
  uploadedByName
  createdAt
}
    `, {"fragmentName":"RecordsVersion"}) as unknown as TypedDocumentString<RecordsVersionFragment, unknown>;
export const RecordsDocumentFragmentDoc = new TypedDocumentString(`
    fragment RecordsDocument on Document {
  id
  caseId
  title
  type
  documentDate
  visibility
  archivedAt
  createdAt
  updatedAt
  currentVersion {
    ...RecordsVersion
  }
}
    fragment RecordsVersion on DocumentVersion {
  id
  versionNumber
  fileName
  contentType
  sizeBytes
  uploadedByName
  createdAt
}`, {"fragmentName":"RecordsDocument"}) as unknown as TypedDocumentString<RecordsDocumentFragment, unknown>;
export const AnnualReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnnualReportFields on AnnualReport {
  organizationName
  programYear
  start
  end
  timeZone
  lines {
    code
    section
    confidence
    value
    label {
      en
      es
    }
  }
  demographics {
    list
    confidence
    rows {
      code
      value
      label {
        en
        es
      }
    }
  }
  outreach {
    code
    value
    label {
      en
      es
    }
  }
  submitted {
    at
    byName
  }
}
    `, {"fragmentName":"AnnualReportFields"}) as unknown as TypedDocumentString<AnnualReportFieldsFragment, unknown>;
export const SessionMeFragmentDoc = new TypedDocumentString(`
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
    timeZone
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
  abilities
}
    `, {"fragmentName":"SessionMe"}) as unknown as TypedDocumentString<SessionMeFragment, unknown>;
export const OrganizationSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationSettingsFields on OrganizationSettings {
  name
  advocatesSeeAllCases
  deadlineReminderDays
  reportRules {
    multiSessionCountsOnce
    unduplicatedIncludesStudents
    meetingsCountAsContacts
  }
}
    `, {"fragmentName":"OrganizationSettingsFields"}) as unknown as TypedDocumentString<OrganizationSettingsFieldsFragment, unknown>;
export const EditableReportListFragmentDoc = new TypedDocumentString(`
    fragment EditableReportList on ReportList {
  name
  confidence
  customized
  note {
    en
    es
  }
  items {
    code
    label {
      en
      es
    }
  }
}
    `, {"fragmentName":"EditableReportList"}) as unknown as TypedDocumentString<EditableReportListFragment, unknown>;
export const OrganizationPublicPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationPublicPageFields on OrganizationPublicPage {
  slug
  enabled
  statesServed
  countiesServed
  languages
  contactPhone
  contactEmail
  website
  address
  brandColor
}
    `, {"fragmentName":"OrganizationPublicPageFields"}) as unknown as TypedDocumentString<OrganizationPublicPageFieldsFragment, unknown>;
export const TrainingFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrainingFields on Training {
  id
  title
  delivery
  funded
  topics
  presenters
  total
  sessions {
    id
    startsAt
    minutes
  }
  attendance {
    id
    personId
    name
    role
    headcount
    source
  }
}
    `, {"fragmentName":"TrainingFields"}) as unknown as TypedDocumentString<TrainingFieldsFragment, unknown>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditEventFilter, $after: String, $first: Int!) {
  auditEvents(filter: $filter, after: $after, first: $first) {
    nodes {
      id
      action
      actorName
      actorUserId
      occurredAt
      subjectType
      subjectId
      ipAddress
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActorsDocument = new TypedDocumentString(`
    query AuditActors {
  organizationMembers {
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AuditActorsQuery, AuditActorsQueryVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    organizationName
    email
    role
    status
    accountExists
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
    timeZone
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
  abilities
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DevelopmentMailboxDocument = new TypedDocumentString(`
    query DevelopmentMailbox {
  developmentMailbox {
    id
    to
    subject
    text
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DevelopmentMailboxQuery, DevelopmentMailboxQueryVariables>;
export const MembersPageDocument = new TypedDocumentString(`
    query MembersPage {
  organizationMembers {
    id
    joinedAt
    role
    user {
      id
      name
      email
    }
  }
  invitations {
    ...InvitationRow
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  createdAt
  expiresAt
  invitedByName
}`) as unknown as TypedDocumentString<MembersPageQuery, MembersPageQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($email: String!, $role: Role!) {
  inviteMember(email: $email, role: $role) {
    ...InvitationRow
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  createdAt
  expiresAt
  invitedByName
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($invitationId: ID!) {
  resendInvitation(invitationId: $invitationId) {
    ...InvitationRow
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  createdAt
  expiresAt
  invitedByName
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($invitationId: ID!) {
  revokeInvitation(invitationId: $invitationId) {
    ...InvitationRow
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  createdAt
  expiresAt
  invitedByName
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const UpdateMemberRoleDocument = new TypedDocumentString(`
    mutation UpdateMemberRole($membershipId: ID!, $role: Role!) {
  updateMemberRole(membershipId: $membershipId, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateMemberRoleMutation, UpdateMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($membershipId: ID!) {
  removeMember(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AdvocateDistrictCalendarsDocument = new TypedDocumentString(`
    query AdvocateDistrictCalendars {
  districtCalendars {
    id
    state
    district
    firstDay
    lastDay
    nonSchoolDays
  }
}
    `) as unknown as TypedDocumentString<AdvocateDistrictCalendarsQuery, AdvocateDistrictCalendarsQueryVariables>;
export const AdvocateSaveDistrictCalendarDocument = new TypedDocumentString(`
    mutation AdvocateSaveDistrictCalendar($input: SaveDistrictCalendarInput!) {
  saveDistrictCalendar(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdvocateSaveDistrictCalendarMutation, AdvocateSaveDistrictCalendarMutationVariables>;
export const AdvocateCaseDocument = new TypedDocumentString(`
    query AdvocateCase($caseId: ID!, $lang: Language!) {
  case(caseId: $caseId) {
    id
    status
    stage
    outcome
    issueCategories
    createdAt
    updatedAt
    intakeId
    intake {
      id
    }
    carriedRecommendation(lang: $lang) {
      ...AdvocateCarriedRecommendation
    }
    stateQuestion {
      studentId
      intakeState
      studentState
    }
    student {
      id
      name
      state
      district
      school
      grade
      planType
    }
    advocates {
      userId
      name
      email
    }
    proceedings {
      ...AdvocateProceeding
    }
    timeline {
      id
      kind
      params(lang: $lang) {
        name
        value
        label
      }
      occurredAt
      actorName
    }
  }
}
    fragment AdvocateDeadline on Deadline {
  id
  caseId
  proceedingId
  proceedingKind
  ruleId
  title(lang: $lang)
  due
  status
  overdue
  basis
  confidence
  note(lang: $lang) {
    text
    lang
  }
  unit
  fallsOnNonBusinessDay
  studentName
}
fragment AdvocateProceeding on Proceeding {
  id
  kind
  state
  stateLabel(lang: $lang)
  filedBy
  createdAt
  eventTypes {
    type
    label(lang: $lang)
  }
  events {
    id
    type
    label(lang: $lang)
    date
    schoolDays
    recordedAt
    correctsEventId
    superseded
    correctionReason
  }
  deadlines {
    ...AdvocateDeadline
  }
}
fragment AdvocateCarriedRecommendation on CarriedRecommendation {
  intakeId
  lang
  submittedOn
  revisedSinceSubmission
  warnings {
    id
    message
    basis
    confidence
    deadline
  }
  pathways {
    id
    rank
    reason
    basis
    confidence
    issues
  }
}`) as unknown as TypedDocumentString<AdvocateCaseQuery, AdvocateCaseQueryVariables>;
export const AdvocateUpdateCaseDocument = new TypedDocumentString(`
    mutation AdvocateUpdateCase($input: UpdateCaseInput!) {
  updateCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdvocateUpdateCaseMutation, AdvocateUpdateCaseMutationVariables>;
export const AdvocateAssignCaseAdvocatesDocument = new TypedDocumentString(`
    mutation AdvocateAssignCaseAdvocates($input: AssignCaseAdvocatesInput!) {
  assignCaseAdvocates(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdvocateAssignCaseAdvocatesMutation, AdvocateAssignCaseAdvocatesMutationVariables>;
export const AdvocateOpenProceedingDocument = new TypedDocumentString(`
    mutation AdvocateOpenProceeding($input: OpenProceedingInput!) {
  openProceeding(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdvocateOpenProceedingMutation, AdvocateOpenProceedingMutationVariables>;
export const AdvocateRecordProceedingEventDocument = new TypedDocumentString(`
    mutation AdvocateRecordProceedingEvent($input: RecordProceedingEventInput!) {
  recordProceedingEvent(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AdvocateRecordProceedingEventMutation, AdvocateRecordProceedingEventMutationVariables>;
export const AdvocateCorrectProceedingEventDocument = new TypedDocumentString(`
    mutation AdvocateCorrectProceedingEvent($input: CorrectProceedingEventInput!) {
  correctProceedingEvent(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AdvocateCorrectProceedingEventMutation, AdvocateCorrectProceedingEventMutationVariables>;
export const AdvocateConfirmCaseStateDocument = new TypedDocumentString(`
    mutation AdvocateConfirmCaseState($input: ConfirmCaseStateInput!) {
  confirmCaseState(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdvocateConfirmCaseStateMutation, AdvocateConfirmCaseStateMutationVariables>;
export const AdvocateCaseloadDocument = new TypedDocumentString(`
    query AdvocateCaseload($filter: CaseloadFilterInput, $sort: CaseloadSort!, $first: Int!, $after: String, $lang: Language!) {
  caseload(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes {
      id
      status
      stage
      issueCategories
      updatedAt
      student {
        id
        name
        state
        district
      }
      advocates {
        userId
        name
      }
      nextDeadline {
        id
        ruleId
        title(lang: $lang)
        due
        overdue
      }
    }
    nextCursor
    totalCount
    stageCounts {
      stage
      count
    }
  }
}
    `) as unknown as TypedDocumentString<AdvocateCaseloadQuery, AdvocateCaseloadQueryVariables>;
export const AdvocateDeadlinesDocument = new TypedDocumentString(`
    query AdvocateDeadlines($withinDays: Int!, $lang: Language!) {
  deadlines(withinDays: $withinDays) {
    ...AdvocateDeadline
  }
}
    fragment AdvocateDeadline on Deadline {
  id
  caseId
  proceedingId
  proceedingKind
  ruleId
  title(lang: $lang)
  due
  status
  overdue
  basis
  confidence
  note(lang: $lang) {
    text
    lang
  }
  unit
  fallsOnNonBusinessDay
  studentName
}`) as unknown as TypedDocumentString<AdvocateDeadlinesQuery, AdvocateDeadlinesQueryVariables>;
export const AdvocateCreateCalendarFeedDocument = new TypedDocumentString(`
    mutation AdvocateCreateCalendarFeed {
  createCalendarFeed {
    path
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AdvocateCreateCalendarFeedMutation, AdvocateCreateCalendarFeedMutationVariables>;
export const AdvocateRevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation AdvocateRevokeCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<AdvocateRevokeCalendarFeedMutation, AdvocateRevokeCalendarFeedMutationVariables>;
export const AdvocateTriageIntakesDocument = new TypedDocumentString(`
    query AdvocateTriageIntakes {
  intakes(status: SUBMITTED) {
    id
    familyId
    studentId
    submittedAt
    recommendation
  }
  families {
    id
    name
    students {
      id
      name
      state
    }
  }
}
    `) as unknown as TypedDocumentString<AdvocateTriageIntakesQuery, AdvocateTriageIntakesQueryVariables>;
export const AdvocateIntakeDocument = new TypedDocumentString(`
    query AdvocateIntake($intakeId: ID!) {
  intake(intakeId: $intakeId) {
    id
    familyId
    studentId
    status
    caseId
    lang
    submittedAt
    answers
    recommendation
    stateQuestion {
      studentId
      intakeState
      studentState
    }
  }
}
    `) as unknown as TypedDocumentString<AdvocateIntakeQuery, AdvocateIntakeQueryVariables>;
export const AdvocateIntakeFamilyDocument = new TypedDocumentString(`
    query AdvocateIntakeFamily($familyId: ID!) {
  family(familyId: $familyId) {
    id
    name
    primaryLanguage
    contactPhone
    contactEmail
    parents {
      userId
      name
      email
    }
    students {
      id
      name
      state
      district
      school
      grade
      planType
    }
  }
}
    `) as unknown as TypedDocumentString<AdvocateIntakeFamilyQuery, AdvocateIntakeFamilyQueryVariables>;
export const AdvocateQuestionnaireDocument = new TypedDocumentString(`
    query AdvocateQuestionnaire($lang: Language!) {
  intakeQuestionnaire(lang: $lang)
}
    `) as unknown as TypedDocumentString<AdvocateQuestionnaireQuery, AdvocateQuestionnaireQueryVariables>;
export const AdvocateCreateCaseFromIntakeDocument = new TypedDocumentString(`
    mutation AdvocateCreateCaseFromIntake($input: CreateCaseFromIntakeInput!) {
  createCaseFromIntake(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdvocateCreateCaseFromIntakeMutation, AdvocateCreateCaseFromIntakeMutationVariables>;
export const AdvocateMembersDocument = new TypedDocumentString(`
    query AdvocateMembers {
  organizationMembers {
    id
    role
    user {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdvocateMembersQuery, AdvocateMembersQueryVariables>;
export const StartPhoneIntakeDocument = new TypedDocumentString(`
    mutation StartPhoneIntake($input: StartPhoneIntakeInput!) {
  startPhoneIntake(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartPhoneIntakeMutation, StartPhoneIntakeMutationVariables>;
export const InviteFamilyParentDocument = new TypedDocumentString(`
    mutation InviteFamilyParent($input: InviteFamilyParentInput!) {
  inviteFamilyParent(input: $input) {
    id
    email
    status
  }
}
    `) as unknown as TypedDocumentString<InviteFamilyParentMutation, InviteFamilyParentMutationVariables>;
export const CaselogsMeetingsDocument = new TypedDocumentString(`
    query CaselogsMeetings($caseId: ID!) {
  case(caseId: $caseId) {
    ...CaselogsLogCase
  }
  meetings(caseId: $caseId) {
    id
    heldOn
    kind
    attendees
    staffUserIds
    proposed
    parentObjections
    followUps
    documentIds
    documents {
      ...CaselogsLinkedDocument
    }
  }
  caseDocuments(caseId: $caseId, filter: {includeArchived: true}) {
    ...CaselogsLinkableDocument
  }
  organizationMembers {
    role
    user {
      id
      name
    }
  }
}
    fragment CaselogsLogCase on Case {
  id
  advocates {
    userId
  }
  student {
    name
  }
}
fragment CaselogsLinkableDocument on Document {
  id
  title
  documentDate
  archivedAt
}
fragment CaselogsLinkedDocument on Document {
  id
  title
  archivedAt
}`) as unknown as TypedDocumentString<CaselogsMeetingsQuery, CaselogsMeetingsQueryVariables>;
export const CaselogsLogMeetingDocument = new TypedDocumentString(`
    mutation CaselogsLogMeeting($input: LogMeetingInput!) {
  logMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsLogMeetingMutation, CaselogsLogMeetingMutationVariables>;
export const CaselogsUpdateMeetingDocument = new TypedDocumentString(`
    mutation CaselogsUpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsUpdateMeetingMutation, CaselogsUpdateMeetingMutationVariables>;
export const CaselogsDeleteMeetingDocument = new TypedDocumentString(`
    mutation CaselogsDeleteMeeting($meetingId: ID!) {
  deleteMeeting(meetingId: $meetingId)
}
    `) as unknown as TypedDocumentString<CaselogsDeleteMeetingMutation, CaselogsDeleteMeetingMutationVariables>;
export const CaselogsCommunicationsDocument = new TypedDocumentString(`
    query CaselogsCommunications($caseId: ID!) {
  case(caseId: $caseId) {
    ...CaselogsLogCase
    student {
      familyId
    }
  }
  communications(caseId: $caseId) {
    id
    occurredOn
    mode
    parties
    summary
    personId
    personName
    documentIds
    documents {
      ...CaselogsLinkedDocument
    }
  }
  caseDocuments(caseId: $caseId, filter: {includeArchived: true}) {
    ...CaselogsLinkableDocument
  }
}
    fragment CaselogsLogCase on Case {
  id
  advocates {
    userId
  }
  student {
    name
  }
}
fragment CaselogsLinkableDocument on Document {
  id
  title
  documentDate
  archivedAt
}
fragment CaselogsLinkedDocument on Document {
  id
  title
  archivedAt
}`) as unknown as TypedDocumentString<CaselogsCommunicationsQuery, CaselogsCommunicationsQueryVariables>;
export const CaselogsCommunicationPeopleDocument = new TypedDocumentString(`
    query CaselogsCommunicationPeople($familyId: ID!) {
  people(familyId: $familyId, first: 50) {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<CaselogsCommunicationPeopleQuery, CaselogsCommunicationPeopleQueryVariables>;
export const CaselogsLogCommunicationDocument = new TypedDocumentString(`
    mutation CaselogsLogCommunication($input: LogCommunicationInput!) {
  logCommunication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsLogCommunicationMutation, CaselogsLogCommunicationMutationVariables>;
export const CaselogsUpdateCommunicationDocument = new TypedDocumentString(`
    mutation CaselogsUpdateCommunication($input: UpdateCommunicationInput!) {
  updateCommunication(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsUpdateCommunicationMutation, CaselogsUpdateCommunicationMutationVariables>;
export const CaselogsDeleteCommunicationDocument = new TypedDocumentString(`
    mutation CaselogsDeleteCommunication($communicationId: ID!) {
  deleteCommunication(communicationId: $communicationId)
}
    `) as unknown as TypedDocumentString<CaselogsDeleteCommunicationMutation, CaselogsDeleteCommunicationMutationVariables>;
export const CaselogsNotesDocument = new TypedDocumentString(`
    query CaselogsNotes($caseId: ID!) {
  case(caseId: $caseId) {
    ...CaselogsLogCase
  }
  notes(caseId: $caseId) {
    ...CaselogsNote
  }
  tasks(caseId: $caseId) {
    ...CaselogsTask
  }
}
    fragment CaselogsLogCase on Case {
  id
  advocates {
    userId
  }
  student {
    name
  }
}
fragment CaselogsNote on Note {
  id
  body
  visibility
  authorName
  authorUserId
  createdAt
  updatedAt
}
fragment CaselogsTask on Task {
  id
  caseId
  title
  dueOn
  done
  assigneeName
  assigneeUserId
  studentName
}`) as unknown as TypedDocumentString<CaselogsNotesQuery, CaselogsNotesQueryVariables>;
export const CaselogsSearchNotesDocument = new TypedDocumentString(`
    query CaselogsSearchNotes($caseId: ID!, $query: String!) {
  searchCaseNotes(caseId: $caseId, query: $query) {
    ...CaselogsNote
  }
}
    fragment CaselogsNote on Note {
  id
  body
  visibility
  authorName
  authorUserId
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CaselogsSearchNotesQuery, CaselogsSearchNotesQueryVariables>;
export const CaselogsAddNoteDocument = new TypedDocumentString(`
    mutation CaselogsAddNote($input: AddNoteInput!) {
  addNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsAddNoteMutation, CaselogsAddNoteMutationVariables>;
export const CaselogsUpdateNoteDocument = new TypedDocumentString(`
    mutation CaselogsUpdateNote($input: UpdateNoteInput!) {
  updateNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsUpdateNoteMutation, CaselogsUpdateNoteMutationVariables>;
export const CaselogsDeleteNoteDocument = new TypedDocumentString(`
    mutation CaselogsDeleteNote($noteId: ID!) {
  deleteNote(noteId: $noteId)
}
    `) as unknown as TypedDocumentString<CaselogsDeleteNoteMutation, CaselogsDeleteNoteMutationVariables>;
export const CaselogsMyTasksDocument = new TypedDocumentString(`
    query CaselogsMyTasks {
  myTasks {
    ...CaselogsTask
  }
}
    fragment CaselogsTask on Task {
  id
  caseId
  title
  dueOn
  done
  assigneeName
  assigneeUserId
  studentName
}`) as unknown as TypedDocumentString<CaselogsMyTasksQuery, CaselogsMyTasksQueryVariables>;
export const CaselogsCreateTaskDocument = new TypedDocumentString(`
    mutation CaselogsCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsCreateTaskMutation, CaselogsCreateTaskMutationVariables>;
export const CaselogsUpdateTaskDocument = new TypedDocumentString(`
    mutation CaselogsUpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    id
    done
  }
}
    `) as unknown as TypedDocumentString<CaselogsUpdateTaskMutation, CaselogsUpdateTaskMutationVariables>;
export const CaselogsStaffDocument = new TypedDocumentString(`
    query CaselogsStaff {
  organizationMembers {
    id
    role
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaselogsStaffQuery, CaselogsStaffQueryVariables>;
export const CaselogsServiceLogDocument = new TypedDocumentString(`
    query CaselogsServiceLog($caseId: ID!) {
  case(caseId: $caseId) {
    ...CaselogsLogCase
    student {
      state
      district
    }
  }
  serviceLog(caseId: $caseId) {
    asOf
    compensatoryMinutesOwed
    owedMissedMinutes
    owedNotLoggedMinutes
    districtCalendars
    services {
      ...CaselogsService
    }
  }
}
    fragment CaselogsLogCase on Case {
  id
  advocates {
    userId
  }
  student {
    name
  }
}
fragment CaselogsPeriod on ServicePeriod {
  start
  end
  weekdays
  schoolDays
  countedOn
  requiredMinutes
  deliveredMinutes
  missedMinutes
  shortfallMinutes
  owedMinutes
  owedMissedMinutes
  owedNotLoggedMinutes
  status
  elapsed
}
fragment CaselogsService on ServiceRequirement {
  id
  service
  provider
  frequency
  minutes
  startDate
  endDate
  extendedSchoolYear
  requiredMinutes
  deliveredMinutes
  missedMinutes
  compensatoryMinutesOwed
  owedMissedMinutes
  owedNotLoggedMinutes
  notLoggedPeriods
  periods {
    ...CaselogsPeriod
  }
  sessions {
    id
    date
    minutes
    status
    reason
  }
}`) as unknown as TypedDocumentString<CaselogsServiceLogQuery, CaselogsServiceLogQueryVariables>;
export const CaselogsAddServiceRequirementDocument = new TypedDocumentString(`
    mutation CaselogsAddServiceRequirement($input: AddServiceRequirementInput!) {
  addServiceRequirement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsAddServiceRequirementMutation, CaselogsAddServiceRequirementMutationVariables>;
export const CaselogsLogServiceSessionDocument = new TypedDocumentString(`
    mutation CaselogsLogServiceSession($input: LogServiceSessionInput!) {
  logServiceSession(input: $input) {
    id
    compensatoryMinutesOwed
  }
}
    `) as unknown as TypedDocumentString<CaselogsLogServiceSessionMutation, CaselogsLogServiceSessionMutationVariables>;
export const CaselogsUpdateServiceSessionDocument = new TypedDocumentString(`
    mutation CaselogsUpdateServiceSession($input: UpdateServiceSessionInput!) {
  updateServiceSession(input: $input) {
    id
    compensatoryMinutesOwed
  }
}
    `) as unknown as TypedDocumentString<CaselogsUpdateServiceSessionMutation, CaselogsUpdateServiceSessionMutationVariables>;
export const CaselogsDeleteServiceSessionDocument = new TypedDocumentString(`
    mutation CaselogsDeleteServiceSession($sessionId: ID!) {
  deleteServiceSession(sessionId: $sessionId) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsDeleteServiceSessionMutation, CaselogsDeleteServiceSessionMutationVariables>;
export const CaselogsUpdateServiceRequirementDocument = new TypedDocumentString(`
    mutation CaselogsUpdateServiceRequirement($input: UpdateServiceRequirementInput!) {
  updateServiceRequirement(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaselogsUpdateServiceRequirementMutation, CaselogsUpdateServiceRequirementMutationVariables>;
export const CaselogsDeleteServiceRequirementDocument = new TypedDocumentString(`
    mutation CaselogsDeleteServiceRequirement($requirementId: ID!) {
  deleteServiceRequirement(requirementId: $requirementId)
}
    `) as unknown as TypedDocumentString<CaselogsDeleteServiceRequirementMutation, CaselogsDeleteServiceRequirementMutationVariables>;
export const ChildDetailsDocument = new TypedDocumentString(`
    query ChildDetails($caseId: ID!) {
  case(caseId: $caseId) {
    id
    student {
      id
      name
      familyId
      dateOfBirth
      dateOfBirthDeclined
      disabilityCategories
      raceCategories
    }
  }
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<ChildDetailsQuery, ChildDetailsQueryVariables>;
export const FamilyParentLanguageDocument = new TypedDocumentString(`
    query FamilyParentLanguage($familyId: ID!) {
  family(familyId: $familyId) {
    id
    parentLanguage
  }
}
    `) as unknown as TypedDocumentString<FamilyParentLanguageQuery, FamilyParentLanguageQueryVariables>;
export const UpdateChildDetailsDocument = new TypedDocumentString(`
    mutation UpdateChildDetails($student: UpdateStudentInput!, $family: UpdateFamilyInput!) {
  updateStudent(input: $student) {
    id
  }
  updateFamily(input: $family) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateChildDetailsMutation, UpdateChildDetailsMutationVariables>;
export const CreateFamilyDocument = new TypedDocumentString(`
    mutation CreateFamily($input: CreateFamilyInput!) {
  createFamily(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFamilyMutation, CreateFamilyMutationVariables>;
export const CreateStudentDocument = new TypedDocumentString(`
    mutation CreateStudent($input: CreateStudentInput!) {
  createStudent(input: $input) {
    id
    familyId
    state
    planType
  }
}
    `) as unknown as TypedDocumentString<CreateStudentMutation, CreateStudentMutationVariables>;
export const DemographicListsDocument = new TypedDocumentString(`
    query DemographicLists {
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<DemographicListsQuery, DemographicListsQueryVariables>;
export const FamilyIntakeByIdDocument = new TypedDocumentString(`
    query FamilyIntakeById($intakeId: ID!, $lang: Language!) {
  intake(intakeId: $intakeId) {
    ...FamilyIntake
  }
  intakeQuestionnaire(lang: $lang)
}
    fragment FamilyIntake on Intake {
  id
  familyId
  studentId
  status
  lang
  questionnaireVersion
  answers
  recommendation
  caseId
  createdAt
  updatedAt
  submittedAt
}`) as unknown as TypedDocumentString<FamilyIntakeByIdQuery, FamilyIntakeByIdQueryVariables>;
export const FamilyIntakesDocument = new TypedDocumentString(`
    query FamilyIntakes {
  intakes {
    ...FamilyIntake
  }
  families {
    id
    name
    students {
      id
      name
      state
      planType
    }
  }
}
    fragment FamilyIntake on Intake {
  id
  familyId
  studentId
  status
  lang
  questionnaireVersion
  answers
  recommendation
  caseId
  createdAt
  updatedAt
  submittedAt
}`) as unknown as TypedDocumentString<FamilyIntakesQuery, FamilyIntakesQueryVariables>;
export const IntakeQuestionnaireDocument = new TypedDocumentString(`
    query IntakeQuestionnaire($lang: Language!) {
  intakeQuestionnaire(lang: $lang)
}
    `) as unknown as TypedDocumentString<IntakeQuestionnaireQuery, IntakeQuestionnaireQueryVariables>;
export const MyCasesDocument = new TypedDocumentString(`
    query MyCases($lang: Language!) {
  caseload(first: 20, sort: UPDATED_AT_DESC) {
    nodes {
      id
      status
      stage
      outcome
      issueCategories
      createdAt
      student {
        id
        name
      }
      intake {
        id
      }
      stateQuestion {
        intakeState
        studentState
      }
      advocates {
        userId
        name
        email
      }
      proceedings {
        id
        kind
        state
        deadlines {
          id
          ruleId
          title(lang: $lang)
          due
          status
          overdue
          basis
          confidence
          note(lang: $lang) {
            text
            lang
          }
          unit
          proceedingKind
        }
      }
      timeline {
        id
        kind
        occurredAt
        params(lang: $lang) {
          name
          value
          label
        }
        actorName
      }
    }
  }
  intakes {
    ...FamilyIntake
  }
}
    fragment FamilyIntake on Intake {
  id
  familyId
  studentId
  status
  lang
  questionnaireVersion
  answers
  recommendation
  caseId
  createdAt
  updatedAt
  submittedAt
}`) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const SaveIntakeDraftDocument = new TypedDocumentString(`
    mutation SaveIntakeDraft($input: SaveIntakeDraftInput!) {
  saveIntakeDraft(input: $input) {
    ...FamilyIntake
  }
}
    fragment FamilyIntake on Intake {
  id
  familyId
  studentId
  status
  lang
  questionnaireVersion
  answers
  recommendation
  caseId
  createdAt
  updatedAt
  submittedAt
}`) as unknown as TypedDocumentString<SaveIntakeDraftMutation, SaveIntakeDraftMutationVariables>;
export const SubmitIntakeDocument = new TypedDocumentString(`
    mutation SubmitIntake($intakeId: ID!) {
  submitIntake(intakeId: $intakeId) {
    ...FamilyIntake
  }
}
    fragment FamilyIntake on Intake {
  id
  familyId
  studentId
  status
  lang
  questionnaireVersion
  answers
  recommendation
  caseId
  createdAt
  updatedAt
  submittedAt
}`) as unknown as TypedDocumentString<SubmitIntakeMutation, SubmitIntakeMutationVariables>;
export const LettersCaseDocument = new TypedDocumentString(`
    query LettersCase($caseId: ID!) {
  case(caseId: $caseId) {
    id
    student {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LettersCaseQuery, LettersCaseQueryVariables>;
export const LettersCaseLettersDocument = new TypedDocumentString(`
    query LettersCaseLetters($caseId: ID!) {
  caseLetters(caseId: $caseId) {
    ...LettersSummary
  }
}
    fragment LettersSummary on Letter {
  id
  caseId
  title
  template
  lang
  status
  currentVersion
  updatedAt
  docxPath
  pdfPath
}`) as unknown as TypedDocumentString<LettersCaseLettersQuery, LettersCaseLettersQueryVariables>;
export const LettersTemplatesDocument = new TypedDocumentString(`
    query LettersTemplates($lang: Language!) {
  letterTemplates(lang: $lang) {
    id
    title
    description
    requiredFacts
    basis
  }
}
    `) as unknown as TypedDocumentString<LettersTemplatesQuery, LettersTemplatesQueryVariables>;
export const LettersFactsForCaseDocument = new TypedDocumentString(`
    query LettersFactsForCase($caseId: ID!, $template: LetterTemplateId!, $lang: Language!) {
  letterFactsForCase(caseId: $caseId, template: $template, lang: $lang) {
    template
    lang
    facts
    missing
    requiredFacts
  }
}
    `) as unknown as TypedDocumentString<LettersFactsForCaseQuery, LettersFactsForCaseQueryVariables>;
export const LettersLetterDocument = new TypedDocumentString(`
    query LettersLetter($letterId: ID!) {
  letter(letterId: $letterId) {
    ...LettersSummary
    basis
    createdAt
    current {
      id
      version
      title
      date
      createdAt
      authorName
      blocks {
        ...LettersBlock
      }
    }
    versions {
      id
      version
      title
      date
      createdAt
      authorName
      blocks {
        ...LettersBlock
      }
    }
  }
}
    fragment LettersBlock on LetterBlock {
  type
  level
  text
  bold
  ordered
  items
  lines
  closing
  name
}
fragment LettersSummary on Letter {
  id
  caseId
  title
  template
  lang
  status
  currentVersion
  updatedAt
  docxPath
  pdfPath
}`) as unknown as TypedDocumentString<LettersLetterQuery, LettersLetterQueryVariables>;
export const LettersDraftDocument = new TypedDocumentString(`
    mutation LettersDraft($input: DraftLetterInput!) {
  draftLetter(input: $input) {
    id
    caseId
  }
}
    `) as unknown as TypedDocumentString<LettersDraftMutation, LettersDraftMutationVariables>;
export const LettersReviseDocument = new TypedDocumentString(`
    mutation LettersRevise($input: ReviseLetterInput!) {
  reviseLetter(input: $input) {
    id
    currentVersion
  }
}
    `) as unknown as TypedDocumentString<LettersReviseMutation, LettersReviseMutationVariables>;
export const LettersSetStatusDocument = new TypedDocumentString(`
    mutation LettersSetStatus($input: SetLetterStatusInput!) {
  setLetterStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LettersSetStatusMutation, LettersSetStatusMutationVariables>;
export const LettersDeleteDocument = new TypedDocumentString(`
    mutation LettersDelete($letterId: ID!) {
  deleteLetter(letterId: $letterId)
}
    `) as unknown as TypedDocumentString<LettersDeleteMutation, LettersDeleteMutationVariables>;
export const LettersSaveToDocumentsDocument = new TypedDocumentString(`
    mutation LettersSaveToDocuments($input: SaveLetterToDocumentsInput!) {
  saveLetterToDocuments(input: $input) {
    id
    title
    visibility
    currentVersion {
      fileName
      versionNumber
    }
  }
}
    `) as unknown as TypedDocumentString<LettersSaveToDocumentsMutation, LettersSaveToDocumentsMutationVariables>;
export const LettersParentCaseLettersDocument = new TypedDocumentString(`
    query LettersParentCaseLetters($caseId: ID!) {
  caseLetters(caseId: $caseId) {
    id
    title
    lang
    status
    currentVersion
    updatedAt
    docxPath
    pdfPath
  }
}
    `) as unknown as TypedDocumentString<LettersParentCaseLettersQuery, LettersParentCaseLettersQueryVariables>;
export const LogCallPageDocument = new TypedDocumentString(`
    query LogCallPage {
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<LogCallPageQuery, LogCallPageQueryVariables>;
export const LogCallDocument = new TypedDocumentString(`
    mutation LogCall($input: LogCallInput!) {
  logCall(input: $input) {
    id
    personId
    personName
  }
}
    `) as unknown as TypedDocumentString<LogCallMutation, LogCallMutationVariables>;
export const ContactsPageDocument = new TypedDocumentString(`
    query ContactsPage($from: DateTime, $to: DateTime) {
  contacts(from: $from, to: $to, first: 100) {
    id
    personId
    personName
    role
    mode
    delivery
    occurredAt
    staffName
    topics
    minutes
  }
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<ContactsPageQuery, ContactsPageQueryVariables>;
export const PeoplePageDocument = new TypedDocumentString(`
    query PeoplePage($search: String, $role: PersonRole) {
  people(search: $search, role: $role, first: 100) {
    ...PersonRowFields
  }
}
    fragment PersonRowFields on Person {
  id
  name
  role
  email
  phone
  contactCount
  lastContactAt
}`) as unknown as TypedDocumentString<PeoplePageQuery, PeoplePageQueryVariables>;
export const PersonPageDocument = new TypedDocumentString(`
    query PersonPage($id: ID!) {
  person(id: $id) {
    ...PersonFields
    trainings {
      trainingId
      title
      startsAt
    }
    caseCommunications {
      id
      caseId
      studentName
      occurredOn
      mode
      summary
    }
  }
  contacts(personId: $id, first: 200) {
    id
    mode
    delivery
    occurredAt
    staffName
    topics
    minutes
  }
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}
fragment PersonFields on Person {
  id
  name
  role
  email
  phone
  primaryLanguage
  familyId
  familyName
  userId
  userName
  contactCount
  lastContactAt
}`) as unknown as TypedDocumentString<PersonPageQuery, PersonPageQueryVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const PersonDuplicatesPageDocument = new TypedDocumentString(`
    query PersonDuplicatesPage {
  personDuplicates(first: 25) {
    reason
    first {
      ...PersonRowFields
    }
    second {
      ...PersonRowFields
    }
  }
}
    fragment PersonRowFields on Person {
  id
  name
  role
  email
  phone
  contactCount
  lastContactAt
}`) as unknown as TypedDocumentString<PersonDuplicatesPageQuery, PersonDuplicatesPageQueryVariables>;
export const MergePeopleDocument = new TypedDocumentString(`
    mutation MergePeople($keepId: ID!, $mergeId: ID!) {
  mergePeople(keepId: $keepId, mergeId: $mergeId) {
    moved
    person {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MergePeopleMutation, MergePeopleMutationVariables>;
export const ContactPageDocument = new TypedDocumentString(`
    query ContactPage($id: ID!) {
  contact(id: $id) {
    ...ContactFields
  }
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}
fragment ContactFields on Contact {
  id
  personId
  personName
  role
  mode
  delivery
  occurredAt
  staffUserId
  staffName
  topics
  minutes
  notes
  followUp
  followUpOn
  caseId
}`) as unknown as TypedDocumentString<ContactPageQuery, ContactPageQueryVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($input: UpdateContactInput!) {
  updateContact(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const DeleteContactDocument = new TypedDocumentString(`
    mutation DeleteContact($id: ID!) {
  deleteContact(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteContactMutation, DeleteContactMutationVariables>;
export const FindPeopleDocument = new TypedDocumentString(`
    query FindPeople($search: String!) {
  people(search: $search, first: 20) {
    id
    name
    role
    email
    phone
  }
}
    `) as unknown as TypedDocumentString<FindPeopleQuery, FindPeopleQueryVariables>;
export const OutreachPageDocument = new TypedDocumentString(`
    query OutreachPage {
  outreachActivities(first: 200) {
    id
    kind
    occurredOn
    description
    count
  }
  reportLists {
    ...ReportListFields
  }
}
    fragment ReportListFields on ReportList {
  name
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<OutreachPageQuery, OutreachPageQueryVariables>;
export const LogOutreachDocument = new TypedDocumentString(`
    mutation LogOutreach($input: LogOutreachInput!) {
  logOutreach(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogOutreachMutation, LogOutreachMutationVariables>;
export const PublicOrganizationsDocument = new TypedDocumentString(`
    query PublicOrganizations($state: String) {
  publicOrganizations(state: $state) {
    ...PublicOrganizationFields
  }
}
    fragment PublicOrganizationFields on PublicOrganization {
  id
  slug
  name
  kind
  statesServed
  countiesServed
  languages
  contactPhone
  contactEmail
  website
  address
  brandColor
}`) as unknown as TypedDocumentString<PublicOrganizationsQuery, PublicOrganizationsQueryVariables>;
export const PublicOrganizationDocument = new TypedDocumentString(`
    query PublicOrganization($slug: String!) {
  publicOrganization(slug: $slug) {
    ...PublicOrganizationFields
  }
}
    fragment PublicOrganizationFields on PublicOrganization {
  id
  slug
  name
  kind
  statesServed
  countiesServed
  languages
  contactPhone
  contactEmail
  website
  address
  brandColor
}`) as unknown as TypedDocumentString<PublicOrganizationQuery, PublicOrganizationQueryVariables>;
export const RequestHelpDocument = new TypedDocumentString(`
    mutation RequestHelp($input: RequestHelpInput!) {
  requestHelp(input: $input)
}
    `) as unknown as TypedDocumentString<RequestHelpMutation, RequestHelpMutationVariables>;
export const ConfirmSignUpDocument = new TypedDocumentString(`
    mutation ConfirmSignUp($token: String!) {
  confirmSignUp(token: $token) {
    intakeId
    organization {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmSignUpMutation, ConfirmSignUpMutationVariables>;
export const RecordsCaseDocument = new TypedDocumentString(`
    query RecordsCase($caseId: ID!) {
  case(caseId: $caseId) {
    id
    student {
      id
      name
    }
    proceedings {
      id
      kind
      state
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsCaseQuery, RecordsCaseQueryVariables>;
export const RecordsCaseDocumentsDocument = new TypedDocumentString(`
    query RecordsCaseDocuments($caseId: ID!, $filter: CaseDocumentsFilterInput) {
  caseDocuments(caseId: $caseId, filter: $filter) {
    ...RecordsDocument
  }
}
    fragment RecordsVersion on DocumentVersion {
  id
  versionNumber
  fileName
  contentType
  sizeBytes
  uploadedByName
  createdAt
}
fragment RecordsDocument on Document {
  id
  caseId
  title
  type
  documentDate
  visibility
  archivedAt
  createdAt
  updatedAt
  currentVersion {
    ...RecordsVersion
  }
}`) as unknown as TypedDocumentString<RecordsCaseDocumentsQuery, RecordsCaseDocumentsQueryVariables>;
export const RecordsDocumentDetailsDocument = new TypedDocumentString(`
    query RecordsDocumentDetails($documentId: ID!) {
  document(documentId: $documentId) {
    ...RecordsDocument
    versions {
      ...RecordsVersion
    }
  }
}
    fragment RecordsVersion on DocumentVersion {
  id
  versionNumber
  fileName
  contentType
  sizeBytes
  uploadedByName
  createdAt
}
fragment RecordsDocument on Document {
  id
  caseId
  title
  type
  documentDate
  visibility
  archivedAt
  createdAt
  updatedAt
  currentVersion {
    ...RecordsVersion
  }
}`) as unknown as TypedDocumentString<RecordsDocumentDetailsQuery, RecordsDocumentDetailsQueryVariables>;
export const RecordsUpdateDocumentDocument = new TypedDocumentString(`
    mutation RecordsUpdateDocument($input: UpdateDocumentInput!) {
  updateDocument(input: $input) {
    ...RecordsDocument
  }
}
    fragment RecordsVersion on DocumentVersion {
  id
  versionNumber
  fileName
  contentType
  sizeBytes
  uploadedByName
  createdAt
}
fragment RecordsDocument on Document {
  id
  caseId
  title
  type
  documentDate
  visibility
  archivedAt
  createdAt
  updatedAt
  currentVersion {
    ...RecordsVersion
  }
}`) as unknown as TypedDocumentString<RecordsUpdateDocumentMutation, RecordsUpdateDocumentMutationVariables>;
export const RecordsArchiveDocumentDocument = new TypedDocumentString(`
    mutation RecordsArchiveDocument($documentId: ID!) {
  archiveDocument(documentId: $documentId) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<RecordsArchiveDocumentMutation, RecordsArchiveDocumentMutationVariables>;
export const RecordsRestoreDocumentDocument = new TypedDocumentString(`
    mutation RecordsRestoreDocument($documentId: ID!) {
  restoreDocument(documentId: $documentId) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<RecordsRestoreDocumentMutation, RecordsRestoreDocumentMutationVariables>;
export const RecordsSaveBinderDocument = new TypedDocumentString(`
    mutation RecordsSaveBinder($input: SaveBinderToDocumentsInput!) {
  saveBinderToDocuments(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<RecordsSaveBinderMutation, RecordsSaveBinderMutationVariables>;
export const RecordsSearchDocument = new TypedDocumentString(`
    query RecordsSearch($caseId: ID!, $query: String!) {
  searchCaseRecords(caseId: $caseId, query: $query) {
    kind
    id
    title
    snippet
    document {
      id
      type
      documentDate
      visibility
      archivedAt
    }
    note {
      id
      visibility
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsSearchQuery, RecordsSearchQueryVariables>;
export const AnnualReportPageDocument = new TypedDocumentString(`
    query AnnualReportPage($year: Int!) {
  annualReport(year: $year) {
    ...AnnualReportFields
  }
}
    fragment AnnualReportFields on AnnualReport {
  organizationName
  programYear
  start
  end
  timeZone
  lines {
    code
    section
    confidence
    value
    label {
      en
      es
    }
  }
  demographics {
    list
    confidence
    rows {
      code
      value
      label {
        en
        es
      }
    }
  }
  outreach {
    code
    value
    label {
      en
      es
    }
  }
  submitted {
    at
    byName
  }
}`) as unknown as TypedDocumentString<AnnualReportPageQuery, AnnualReportPageQueryVariables>;
export const AnnualReportRowsPageDocument = new TypedDocumentString(`
    query AnnualReportRowsPage($year: Int!, $line: String!, $offset: Int!) {
  annualReportRows(year: $year, line: $line, first: 100, offset: $offset) {
    total
    formCode
    label {
      en
      es
    }
    nodes {
      source
      sourceId
      date
      weight
      personId
      familyId
      caseId
      trainingId
      name
      trainingTitle
    }
  }
}
    `) as unknown as TypedDocumentString<AnnualReportRowsPageQuery, AnnualReportRowsPageQueryVariables>;
export const SubmitAnnualReportDocument = new TypedDocumentString(`
    mutation SubmitAnnualReport($year: Int!) {
  submitAnnualReport(year: $year) {
    programYear
    submitted {
      at
      byName
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitAnnualReportMutation, SubmitAnnualReportMutationVariables>;
export const DashboardPageDocument = new TypedDocumentString(`
    query DashboardPage($input: DashboardFilterInput!, $withStaff: Boolean!, $lang: Language!) {
  dashboard(input: $input) {
    from
    to
    staffUserId
    contactsByMonth {
      month
      mode
      count
    }
    peopleServed {
      programYear
      through
      thisYear
      lastYear
    }
    casesByStage {
      code
      count
    }
    casesByPathway {
      code
      count
    }
    outcomesByPathway {
      kind
      state
      count
      stateLabel(lang: $lang)
    }
    deadlinesThisWeek
    deadlinesOverdue
    staff {
      userId
      name
      openCases
      minutes
    }
  }
  organizationMembers @include(if: $withStaff) {
    role
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPageQuery, DashboardPageQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
    timeZone
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
  abilities
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
    timeZone
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
  abilities
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SwitchOrganizationDocument = new TypedDocumentString(`
    mutation SwitchOrganization($organizationId: ID!) {
  switchOrganization(organizationId: $organizationId) {
    ...SessionMe
  }
}
    fragment SessionMe on Me {
  user {
    id
    name
    email
  }
  activeOrganization {
    id
    name
    timeZone
  }
  role
  memberships {
    organization {
      id
      name
    }
    role
  }
  abilities
}`) as unknown as TypedDocumentString<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;
export const OrganizationSettingsPageDocument = new TypedDocumentString(`
    query OrganizationSettingsPage {
  organizationSettings {
    ...OrganizationSettingsFields
  }
  reportLists {
    ...EditableReportList
  }
}
    fragment OrganizationSettingsFields on OrganizationSettings {
  name
  advocatesSeeAllCases
  deadlineReminderDays
  reportRules {
    multiSessionCountsOnce
    unduplicatedIncludesStudents
    meetingsCountAsContacts
  }
}
fragment EditableReportList on ReportList {
  name
  confidence
  customized
  note {
    en
    es
  }
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<OrganizationSettingsPageQuery, OrganizationSettingsPageQueryVariables>;
export const UpdateOrganizationSettingsDocument = new TypedDocumentString(`
    mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) {
    ...OrganizationSettingsFields
  }
}
    fragment OrganizationSettingsFields on OrganizationSettings {
  name
  advocatesSeeAllCases
  deadlineReminderDays
  reportRules {
    multiSessionCountsOnce
    unduplicatedIncludesStudents
    meetingsCountAsContacts
  }
}`) as unknown as TypedDocumentString<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;
export const SetReportListDocument = new TypedDocumentString(`
    mutation SetReportList($input: SetReportListInput!) {
  setReportList(input: $input) {
    ...EditableReportList
  }
}
    fragment EditableReportList on ReportList {
  name
  confidence
  customized
  note {
    en
    es
  }
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<SetReportListMutation, SetReportListMutationVariables>;
export const ResetReportListDocument = new TypedDocumentString(`
    mutation ResetReportList($name: String!) {
  resetReportList(name: $name) {
    ...EditableReportList
  }
}
    fragment EditableReportList on ReportList {
  name
  confidence
  customized
  note {
    en
    es
  }
  items {
    code
    label {
      en
      es
    }
  }
}`) as unknown as TypedDocumentString<ResetReportListMutation, ResetReportListMutationVariables>;
export const SetOrganizationTimeZoneDocument = new TypedDocumentString(`
    mutation SetOrganizationTimeZone($input: SetOrganizationTimeZoneInput!) {
  setOrganizationTimeZone(input: $input) {
    id
    timeZone
  }
}
    `) as unknown as TypedDocumentString<SetOrganizationTimeZoneMutation, SetOrganizationTimeZoneMutationVariables>;
export const OrganizationPublicPageDocument = new TypedDocumentString(`
    query OrganizationPublicPage {
  organizationPublicPage {
    ...OrganizationPublicPageFields
  }
}
    fragment OrganizationPublicPageFields on OrganizationPublicPage {
  slug
  enabled
  statesServed
  countiesServed
  languages
  contactPhone
  contactEmail
  website
  address
  brandColor
}`) as unknown as TypedDocumentString<OrganizationPublicPageQuery, OrganizationPublicPageQueryVariables>;
export const UpdateOrganizationPublicPageDocument = new TypedDocumentString(`
    mutation UpdateOrganizationPublicPage($input: UpdateOrganizationPublicPageInput!) {
  updateOrganizationPublicPage(input: $input) {
    ...OrganizationPublicPageFields
  }
}
    fragment OrganizationPublicPageFields on OrganizationPublicPage {
  slug
  enabled
  statesServed
  countiesServed
  languages
  contactPhone
  contactEmail
  website
  address
  brandColor
}`) as unknown as TypedDocumentString<UpdateOrganizationPublicPageMutation, UpdateOrganizationPublicPageMutationVariables>;
export const TrainingsPageDocument = new TypedDocumentString(`
    query TrainingsPage {
  trainings(first: 100) {
    id
    title
    delivery
    funded
    total
    sessions {
      id
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingsPageQuery, TrainingsPageQueryVariables>;
export const TrainingPageDocument = new TypedDocumentString(`
    query TrainingPage($id: ID!) {
  training(id: $id) {
    ...TrainingFields
  }
}
    fragment TrainingFields on Training {
  id
  title
  delivery
  funded
  topics
  presenters
  total
  sessions {
    id
    startsAt
    minutes
  }
  attendance {
    id
    personId
    name
    role
    headcount
    source
  }
}`) as unknown as TypedDocumentString<TrainingPageQuery, TrainingPageQueryVariables>;
export const CreateTrainingDocument = new TypedDocumentString(`
    mutation CreateTraining($input: CreateTrainingInput!) {
  createTraining(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTrainingMutation, CreateTrainingMutationVariables>;
export const ImportSignInSheetDocument = new TypedDocumentString(`
    mutation ImportSignInSheet($trainingId: ID!, $csv: String!) {
  importSignInSheet(trainingId: $trainingId, csv: $csv) {
    added
    matched
    created
    skipped
    errors {
      line
      field
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSignInSheetMutation, ImportSignInSheetMutationVariables>;
export const SetTrainingHeadcountDocument = new TypedDocumentString(`
    mutation SetTrainingHeadcount($trainingId: ID!, $role: PersonRole!, $count: Int!) {
  setTrainingHeadcount(trainingId: $trainingId, role: $role, count: $count) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetTrainingHeadcountMutation, SetTrainingHeadcountMutationVariables>;
export const AddTrainingAttendeeDocument = new TypedDocumentString(`
    mutation AddTrainingAttendee($input: AddTrainingAttendeeInput!) {
  addTrainingAttendee(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddTrainingAttendeeMutation, AddTrainingAttendeeMutationVariables>;