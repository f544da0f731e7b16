import { randomUUID } from 'node:crypto';
import {
  addDays,
  computeDeadlines,
  type ProceedingKind,
  RULES_DATA_VERSION,
} from '@continuum/rules';
import type { EntityManager } from 'typeorm';
import {
  CaseAdvocateEntity,
  CaseEntity,
  CaseTimelineEntryEntity,
} from '../modules/cases/case.entity';
import {
  FamilyEntity,
  FamilyParentEntity,
  type PrimaryLanguage,
  StudentEntity,
  type StudentPlanType,
} from '../modules/families/family.entity';
import {
  DeadlineEntity,
  ProceedingEntity,
  ProceedingEventEntity,
} from '../modules/proceedings/proceeding.entity';
import { replay } from '../modules/proceedings/proceeding-lifecycle';
import { deadlineFields } from '../modules/proceedings/proceedings.service';
import type { Clock } from '../platform/clock/clock';
import { dateInZone } from '../platform/clock/time-zone';
import type { UnitOfWork } from '../platform/database/unit-of-work';
import { MembershipEntity, type Role } from '../modules/identity/membership.entity';
import { OrganizationEntity, type OrganizationKind } from '../modules/identity/organization.entity';
import { hashPassword } from '../modules/identity/password-hasher';
import { UserEntity } from '../modules/identity/user.entity';
import { seedParentCenterYear } from './parent-center-year';

/** Every demo account signs in with this password (README "Demo sign-ins"). */
export const DEMO_PASSWORD = 'continuum-demo';

interface DemoPerson {
  email: string;
  name: string;
  role: Role;
}

interface DemoOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  /** IANA zone of the organization's "today". */
  timeZone: string;
  /** Its public intake page and directory entry (issue 14: the whole front door on `npm start`). */
  publicPage: Pick<
    OrganizationEntity,
    | 'slug'
    | 'statesServed'
    | 'countiesServed'
    | 'languages'
    | 'contactPhone'
    | 'contactEmail'
    | 'website'
    | 'address'
    | 'brandColor'
  >;
  people: DemoPerson[];
}

/** Shared by both organizations: a parent served by a PTI and by a private advocate. */
const MARIA: Omit<DemoPerson, 'role'> = {
  email: 'maria.gonzalez@example.com',
  name: 'María González',
};

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    id: '6f1c0a52-3c1e-4d59-9a57-1b0c7f0e2a01',
    name: 'Riverside Parent Center',
    kind: 'parent_center',
    timeZone: 'America/Los_Angeles',
    publicPage: {
      slug: 'riverside',
      statesServed: ['CA', 'AZ'],
      countiesServed: ['Riverside (CA)', 'San Bernardino (CA)', 'Maricopa (AZ)', 'Pima (AZ)'],
      languages: ['en', 'es'],
      contactPhone: '(555) 010-2400',
      contactEmail: 'help@riverside.example',
      website: 'https://riverside.example',
      address: '1200 Main Street, Riverside, CA 92501',
      brandColor: '#1f5f8b',
    },
    people: [
      { email: 'admin@riverside.example', name: 'Rosa Alvarez', role: 'ORG_ADMIN' },
      { email: 'marcus.lee@riverside.example', name: 'Marcus Lee', role: 'ADVOCATE' },
      { email: 'priya.shah@riverside.example', name: 'Priya Shah', role: 'ADVOCATE' },
      { ...MARIA, role: 'PARENT' },
      { email: 'james.carter@example.com', name: 'James Carter', role: 'PARENT' },
      { email: 'linh.nguyen@example.com', name: 'Linh Nguyen', role: 'PARENT' },
    ],
  },
  {
    id: '0b7d8e3f-5a2c-4c8e-8f61-2d9e4a6b7c02',
    name: 'Summit Advocacy',
    kind: 'advocacy_practice',
    timeZone: 'America/New_York',
    publicPage: {
      slug: 'summit',
      statesServed: ['NY'],
      countiesServed: ['Albany (NY)', 'Rensselaer (NY)', 'Saratoga (NY)'],
      languages: ['en'],
      contactPhone: '(555) 010-7700',
      contactEmail: 'intake@summit.example',
      website: 'https://summit.example',
      address: '45 State Street, Albany, NY 12207',
      brandColor: '#6b3fa0',
    },
    people: [
      { email: 'admin@summit.example', name: 'Daniel Brooks', role: 'ORG_ADMIN' },
      { email: 'aisha.johnson@summit.example', name: 'Aisha Johnson', role: 'ADVOCATE' },
      { email: 'tom.rivera@summit.example', name: 'Tom Rivera', role: 'ADVOCATE' },
      { ...MARIA, role: 'PARENT' },
      { email: 'kevin.obrien@example.com', name: "Kevin O'Brien", role: 'PARENT' },
      { email: 'fatima.hassan@example.com', name: 'Fatima Hassan', role: 'PARENT' },
    ],
  },
];

interface DemoFamily {
  id: string;
  organizationId: string;
  parentEmail: string;
  name: string;
  primaryLanguage: PrimaryLanguage;
  student: {
    id: string;
    name: string;
    dateOfBirth: string;
    state: string;
    district: string;
    school: string;
    grade: string;
    planType: StudentPlanType;
    disabilityCategories: string[];
  };
  /** A case for the advocates, with one proceeding and its first event `daysAgo` days back. */
  case?: {
    id: string;
    advocateEmail: string;
    issueCategories: string[];
    kind: ProceedingKind;
    proceedingId: string;
    eventId: string;
    event: string;
    daysAgo: number;
  };
}

const RIVERSIDE = DEMO_ORGANIZATIONS[0]!.id;
const SUMMIT = DEMO_ORGANIZATIONS[1]!.id;

/** Each demo parent's family and child, in every organization where they are a parent. */
export const DEMO_FAMILIES: DemoFamily[] = [
  {
    id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000101',
    organizationId: RIVERSIDE,
    parentEmail: MARIA.email,
    name: 'González',
    primaryLanguage: 'es',
    student: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000201',
      name: 'Sofía González',
      dateOfBirth: '2016-03-14',
      state: 'CA',
      district: 'Oakland Unified',
      school: 'Garfield Elementary',
      grade: '4',
      planType: 'iep',
      disabilityCategories: ['speech_language_impairment', 'specific_learning_disability'],
    },
    case: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000301',
      advocateEmail: 'marcus.lee@riverside.example',
      issueCategories: ['services_not_provided', 'procedural_violation'],
      kind: 'due_process',
      proceedingId: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000401',
      eventId: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000501',
      event: 'complaint_received',
      daysAgo: 6,
    },
  },
  {
    id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000102',
    organizationId: RIVERSIDE,
    parentEmail: 'james.carter@example.com',
    name: 'Carter',
    primaryLanguage: 'en',
    student: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000202',
      name: 'Jayden Carter',
      dateOfBirth: '2011-09-02',
      state: 'NC',
      district: 'Wake County Public School System',
      school: 'Carroll Middle School',
      grade: '8',
      planType: 'iep',
      disabilityCategories: ['autism'],
    },
  },
  {
    id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000103',
    organizationId: RIVERSIDE,
    parentEmail: 'linh.nguyen@example.com',
    name: 'Nguyen',
    primaryLanguage: 'en',
    student: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000203',
      name: 'Minh Nguyen',
      dateOfBirth: '2013-01-22',
      state: 'TX',
      district: 'Houston ISD',
      school: 'Lanier Middle School',
      grade: '6',
      planType: '504',
      disabilityCategories: ['other_health_impairment'],
    },
  },
  {
    id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000104',
    organizationId: SUMMIT,
    parentEmail: MARIA.email,
    name: 'González',
    primaryLanguage: 'es',
    student: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000204',
      name: 'Sofía González',
      dateOfBirth: '2016-03-14',
      state: 'CA',
      district: 'Oakland Unified',
      school: 'Garfield Elementary',
      grade: '4',
      planType: 'iep',
      disabilityCategories: ['speech_language_impairment', 'specific_learning_disability'],
    },
  },
  {
    id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000105',
    organizationId: SUMMIT,
    parentEmail: 'kevin.obrien@example.com',
    name: "O'Brien",
    primaryLanguage: 'en',
    student: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000205',
      name: "Liam O'Brien",
      dateOfBirth: '2014-06-30',
      state: 'TX',
      district: 'Austin ISD',
      school: 'Becker Elementary',
      grade: '5',
      planType: 'iep',
      disabilityCategories: ['emotional_disturbance'],
    },
    case: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000305',
      advocateEmail: 'aisha.johnson@summit.example',
      issueCategories: ['services_not_provided'],
      kind: 'state_complaint',
      proceedingId: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000405',
      eventId: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000505',
      event: 'complaint_filed',
      daysAgo: 10,
    },
  },
  {
    id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000106',
    organizationId: SUMMIT,
    parentEmail: 'fatima.hassan@example.com',
    name: 'Hassan',
    primaryLanguage: 'en',
    student: {
      id: '3b1f0c1e-7a55-4f0b-9d11-5c2a1e000206',
      name: 'Yusuf Hassan',
      dateOfBirth: '2017-11-08',
      state: 'NC',
      district: 'Charlotte-Mecklenburg Schools',
      school: 'Dilworth Elementary',
      grade: '3',
      planType: 'none',
      disabilityCategories: [],
    },
  },
];

async function userIdOf(manager: EntityManager, email: string): Promise<string> {
  const user = await manager
    .createQueryBuilder(UserEntity, 'u')
    .where('lower(u.email) = lower(:email)', { email })
    .getOneOrFail();
  return user.id;
}

/** One demo family, its student and, for some, a case with a proceeding and its deadlines. */
async function seedFamily(
  manager: EntityManager,
  demo: DemoFamily,
  today: string,
): Promise<boolean> {
  if (await manager.existsBy(FamilyEntity, { organizationId: demo.organizationId, id: demo.id }))
    return false;
  const organizationId = demo.organizationId;
  await manager.insert(FamilyEntity, {
    organizationId,
    id: demo.id,
    name: demo.name,
    primaryLanguage: demo.primaryLanguage,
    createdByUserId: null,
  });
  await manager.insert(FamilyParentEntity, {
    organizationId,
    familyId: demo.id,
    userId: await userIdOf(manager, demo.parentEmail),
  });
  await manager.insert(StudentEntity, {
    organizationId,
    familyId: demo.id,
    ...demo.student,
    raceCategories: null,
    ethnicity: null,
  });
  const demoCase = demo.case;
  if (!demoCase) return true;
  const advocateId = await userIdOf(manager, demoCase.advocateEmail);
  await manager.insert(CaseEntity, {
    organizationId,
    id: demoCase.id,
    studentId: demo.student.id,
    intakeId: null,
    issueCategories: demoCase.issueCategories,
    status: 'ACTIVE',
    outcome: null,
    stage: demoCase.kind,
    internalNotes: '',
    createdByUserId: advocateId,
  });
  await manager.insert(CaseAdvocateEntity, {
    organizationId,
    caseId: demoCase.id,
    userId: advocateId,
    assignedAt: new Date(),
  });
  // Dates relative to the day of seeding (in the organization's zone), so the demo always
  // has deadlines coming up.
  const date = addDays(today, -demoCase.daysAgo);
  const snapshot = replay(demoCase.kind, [{ type: demoCase.event, date, sequence: 0 }]);
  await manager.insert(ProceedingEntity, {
    organizationId,
    id: demoCase.proceedingId,
    caseId: demoCase.id,
    kind: demoCase.kind,
    state: snapshot.state,
    filedBy: 'parent',
    createdByUserId: advocateId,
  });
  await manager.insert(ProceedingEventEntity, {
    organizationId,
    id: demoCase.eventId,
    proceedingId: demoCase.proceedingId,
    type: demoCase.event,
    date,
    schoolDays: null,
    recordedAt: new Date(),
    recordedByUserId: advocateId,
    correctsEventId: null,
    supersededAt: null,
    correctionReason: null,
  });
  const deadlines = computeDeadlines({
    state: demo.student.state,
    kind: demoCase.kind,
    events: snapshot.events,
  });
  if (deadlines.length)
    await manager.insert(
      DeadlineEntity,
      deadlines.map((d) => ({
        ...deadlineFields(
          d,
          { organizationId, proceedingId: demoCase.proceedingId, caseId: demoCase.id },
          RULES_DATA_VERSION,
          null,
        ),
        id: randomUUID(),
        computedAt: new Date(),
      })),
    );
  const proceeding = { proceedingId: demoCase.proceedingId, kind: demoCase.kind };
  for (const [kind, summary, details] of [
    ['proceeding_opened', `A ${demoCase.kind} proceeding was opened.`, proceeding],
    [
      'event_recorded',
      `${demoCase.kind}: ${demoCase.event} on ${date}.`,
      { ...proceeding, eventId: demoCase.eventId, type: demoCase.event, date },
    ],
  ] as const) {
    await manager.insert(CaseTimelineEntryEntity, {
      organizationId,
      id: randomUUID(),
      caseId: demoCase.id,
      occurredAt: new Date(),
      actorUserId: advocateId,
      kind,
      summary,
      internal: false,
      details,
    });
  }
  return true;
}

async function ensureUser(
  manager: EntityManager,
  person: Omit<DemoPerson, 'role'>,
  passwordHash: string,
) {
  const existing = await manager
    .createQueryBuilder(UserEntity, 'u')
    .where('lower(u.email) = lower(:email)', { email: person.email })
    .getOne();
  if (existing) return existing;
  const user = manager.create(UserEntity, { id: randomUUID(), ...person, passwordHash });
  await manager.insert(UserEntity, user);
  return user;
}

/**
 * Seeds the demo organizations and their members through the application role, one
 * organization's transaction at a time, exactly as requests write. Idempotent: an
 * organization that exists is left as it is.
 */
export async function seedDemo(
  unitOfWork: UnitOfWork,
  clock?: Pick<Clock, 'todayIn'>,
): Promise<{ created: string[] }> {
  const todayIn = (timeZone: string) =>
    clock ? clock.todayIn(timeZone) : dateInZone(new Date(), timeZone);
  const created: string[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const org of DEMO_ORGANIZATIONS) {
    const actor = { userId: '', sessionId: null, organizationId: org.id, role: null };
    await unitOfWork.run(actor, async (manager) => {
      const existing = await manager.findOneBy(OrganizationEntity, { id: org.id });
      if (existing) {
        // A database seeded before public pages existed gains them, once.
        if (existing.slug === null)
          await manager.update(
            OrganizationEntity,
            { id: org.id },
            { ...org.publicPage, publicPageEnabled: true },
          );
        return;
      }
      await manager.insert(OrganizationEntity, {
        id: org.id,
        name: org.name,
        kind: org.kind,
        settings: {},
        timeZone: org.timeZone,
        ...org.publicPage,
        publicPageEnabled: true,
      });
      for (const person of org.people) {
        const user = await ensureUser(manager, person, passwordHash);
        await manager.insert(MembershipEntity, {
          organizationId: org.id,
          id: randomUUID(),
          userId: user.id,
          role: person.role,
        });
      }
      created.push(org.name);
    });
  }
  // Families are seeded apart from their organization, so a database seeded before they
  // existed gains them too; each is skipped once it exists.
  for (const demo of DEMO_FAMILIES) {
    const actor = { userId: '', sessionId: null, organizationId: demo.organizationId, role: null };
    const zone = DEMO_ORGANIZATIONS.find((o) => o.id === demo.organizationId)!.timeZone;
    if (await unitOfWork.run(actor, (manager) => seedFamily(manager, demo, todayIn(zone))))
      created.push(`${demo.name} family`);
  }
  // A Parent Center's year of activity (issue 15), for the report and the dashboard.
  for (const org of DEMO_ORGANIZATIONS.filter((o) => o.kind === 'parent_center')) {
    const actor = { userId: '', sessionId: null, organizationId: org.id, role: null };
    const seeded = await unitOfWork.run(actor, async (manager) => {
      const staff: string[] = [];
      for (const role of ['ORG_ADMIN', 'ADVOCATE'] as const)
        for (const person of org.people.filter((p) => p.role === role))
          staff.push(await userIdOf(manager, person.email));
      const families = DEMO_FAMILIES.filter((f) => f.organizationId === org.id);
      const parents = [];
      for (const family of families) {
        const person = org.people.find((p) => p.email === family.parentEmail)!;
        parents.push({
          userId: await userIdOf(manager, family.parentEmail),
          name: person.name,
          email: person.email,
          familyId: family.id,
          language: family.primaryLanguage,
        });
      }
      const withCase = families.find((f) => f.case);
      return seedParentCenterYear(manager, {
        organizationId: org.id,
        timeZone: org.timeZone,
        today: todayIn(org.timeZone),
        staff,
        parents,
        demoCase: withCase?.case
          ? {
              caseId: withCase.case.id,
              parentUserId: await userIdOf(manager, withCase.parentEmail),
            }
          : null,
      });
    });
    if (seeded) created.push(`${org.name} program year`);
  }
  return { created };
}
