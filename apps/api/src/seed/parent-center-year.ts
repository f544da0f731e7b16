import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, type IsoDate, programYear, programYearOf } from '@continuum/rules';
import { CommunicationEntity, MeetingEntity } from '../modules/case-logs/case-logs.entities';
import { StudentEntity } from '../modules/families/family.entity';
import {
  ContactEntity,
  OutreachActivityEntity,
  PersonEntity,
  type PersonRole,
  TrainingAttendanceEntity,
  TrainingEntity,
  TrainingSessionEntity,
} from '../modules/parent-center/parent-center.entities';

/**
 * A Parent Center's year of activity for the demo (issue 15): people, contacts of every mode,
 * trainings with sign-in sheets and head counts, meetings staff attended, case communications and
 * outreach, spread over the last program year that ended and the current one so far, so the
 * annual report and the dashboard show real numbers right after `npm start`. Deterministic:
 * ids are derived from fixed keys, every choice from the row's index, dates from "today", so a
 * seed run in any year gives a full last year.
 */
export interface ParentCenterYearInput {
  organizationId: string;
  timeZone: string;
  today: IsoDate;
  /** Staff user ids (admin first), who take the calls and attend the meetings. */
  staff: string[];
  /** The demo families' parents: user id, name, email, family id and language. */
  parents: { userId: string; name: string; email: string; familyId: string; language: string }[];
  /** A case of the organization with its family's parent (the meeting log and communications). */
  demoCase: { caseId: string; parentUserId: string } | null;
}

/** A stable UUID for a seed row (re-running the seed finds the same ids). */
function seedId(key: string): string {
  const hex = createHash('sha256').update(`continuum-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const FIRST = [
  'Ana',
  'Luis',
  'Grace',
  'Omar',
  'Keisha',
  'Diego',
  'Mei',
  'Sara',
  'Tomás',
  'Joy',
  'Raúl',
  'Nadia',
  'Ben',
  'Lucía',
  'Hana',
];
const LAST = [
  'Torres',
  'Patel',
  'Johnson',
  'Ramírez',
  'Kim',
  'Okafor',
  'Silva',
  'Brown',
  'Haddad',
  'Flores',
  'Chen',
  'Davis',
];
const LANGUAGES = ['es', 'en', 'en', 'es', null, 'declined', 'other', 'en'];
const TOPICS = [
  'evaluation',
  'iep',
  'plan_504',
  'discipline',
  'placement',
  'transition',
  'dispute_resolution',
  'rights',
];
const MODES: { mode: ContactEntity['mode']; delivery: ContactEntity['delivery'] }[] = [
  { mode: 'phone', delivery: null },
  { mode: 'phone', delivery: null },
  { mode: 'electronic', delivery: null },
  { mode: 'letter', delivery: null },
  { mode: 'meeting', delivery: 'in_person' },
  { mode: 'meeting', delivery: 'virtual' },
];

/** An instant on a local day and hour in the organization's zone (seeded through PostgreSQL). */
async function localInstant(manager: EntityManager, day: IsoDate, hour: number, zone: string) {
  const [row] = await manager.query<{ at: Date }[]>(
    `SELECT (($1::date + make_interval(hours => $2))::timestamp AT TIME ZONE $3) AS at`,
    [day, hour, zone],
  );
  return row!.at;
}

/** Seeds the year once: a database that already has the organization's people keeps them. */
export async function seedParentCenterYear(
  manager: EntityManager,
  input: ParentCenterYearInput,
): Promise<boolean> {
  const { organizationId, timeZone, today, staff } = input;
  if (
    await manager.existsBy(PersonEntity, {
      organizationId,
      id: seedId(`${organizationId}:person:0`),
    })
  )
    return false;
  const last = programYear(programYearOf(today) - 1);
  const current = programYear(programYearOf(today));
  /** A day of the last program year, `n` of 365 spread across it. */
  const lastYearDay = (n: number) => addDays(last.start, (n * 37) % 365);
  /** A day of the current program year, no later than today. */
  const thisYearDay = (n: number) => {
    const span = Math.max(
      0,
      Math.round((Date.parse(today) - Date.parse(current.start)) / 86_400_000),
    );
    return addDays(current.start, span === 0 ? 0 : (n * 11) % (span + 1));
  };

  // People: the demo parents, then parents, professionals and students who called or came.
  const people: Omit<PersonEntity, 'createdAt' | 'updatedAt' | 'phoneDigits'>[] = [];
  const person = (
    key: string,
    row: Omit<
      PersonEntity,
      'createdAt' | 'updatedAt' | 'phoneDigits' | 'organizationId' | 'id' | 'createdByUserId'
    >,
  ) => {
    const id = seedId(`${organizationId}:person:${key}`);
    people.push({ organizationId, id, createdByUserId: staff[0] ?? null, ...row });
    return id;
  };
  const parentIds = input.parents.map((p, i) =>
    person(String(i), {
      name: p.name,
      role: 'parent',
      email: p.email,
      phone: null,
      primaryLanguage: p.language,
      familyId: p.familyId,
      userId: p.userId,
    }),
  );
  for (let i = 0; i < 36; i++) {
    const role: PersonRole = i < 28 ? 'parent' : i < 33 ? 'professional' : 'student';
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    parentIds.push(
      person(`extra:${i}`, {
        name,
        role,
        email:
          i % 3 === 0
            ? null
            : `${name
                .toLowerCase()
                .normalize('NFD')
                .replace(/[^a-z ]/g, '')
                .replace(' ', '.')}@example.org`,
        phone: i % 4 === 1 ? null : `(555) 010-${String(3000 + i).padStart(4, '0')}`,
        primaryLanguage: role === 'parent' ? LANGUAGES[i % LANGUAGES.length]! : null,
        familyId: null,
        userId: null,
      }),
    );
  }
  // A likely duplicate: the same phone number, the name spelled another way.
  person('duplicate', {
    name: 'Ana Torrez',
    role: 'parent',
    email: null,
    phone: '(555) 010-3000',
    primaryLanguage: 'es',
    familyId: null,
    userId: null,
  });
  await manager.insert(PersonEntity, people);
  const roleOf = new Map(people.map((p) => [p.id, p.role]));

  // Contacts: 140 in the last program year, 20 so far this year, every mode.
  const contacts: Omit<ContactEntity, 'createdAt' | 'updatedAt'>[] = [];
  for (let i = 0; i < 160; i++) {
    const personId = parentIds[(i * 5) % parentIds.length]!;
    const { mode, delivery } = MODES[i % MODES.length]!;
    const day = i < 140 ? lastYearDay(i) : thisYearDay(i);
    contacts.push({
      organizationId,
      id: seedId(`${organizationId}:contact:${i}`),
      personId,
      role: roleOf.get(personId)!,
      mode,
      delivery,
      occurredAt: await localInstant(manager, day, 9 + (i % 8), timeZone),
      staffUserId: staff[i % staff.length] ?? null,
      topics: [
        TOPICS[i % TOPICS.length]!,
        ...(i % 3 === 0 ? [TOPICS[(i + 3) % TOPICS.length]!] : []),
      ],
      minutes: 10 + ((i * 7) % 50),
      notes: '',
      followUp: i % 9 === 0 ? 'Send the records request letter' : '',
      followUpOn: null,
      caseId: null,
      createdByUserId: staff[i % staff.length] ?? null,
    });
  }
  await manager.insert(ContactEntity, contacts);

  // Trainings: a year of workshops, one a three-session series, one not funded by the project.
  const trainings: {
    key: string;
    title: string;
    delivery: 'in_person' | 'virtual';
    funded: boolean;
    days: IsoDate[];
    named: number;
    counts: [PersonRole, number][];
  }[] = [
    {
      key: 'iep-basics',
      title: 'IEP basics for families',
      delivery: 'in_person',
      funded: true,
      days: [lastYearDay(20)],
      named: 12,
      counts: [['parent', 15]],
    },
    {
      key: '504',
      title: 'Understanding 504 plans',
      delivery: 'virtual',
      funded: true,
      days: [lastYearDay(45)],
      named: 8,
      counts: [
        ['parent', 22],
        ['professional', 4],
      ],
    },
    {
      key: 'transition',
      title: 'Transition to adult life (three evenings)',
      delivery: 'virtual',
      funded: true,
      days: [lastYearDay(90), addDays(lastYearDay(90), 7), addDays(lastYearDay(90), 14)],
      named: 10,
      counts: [['student', 6]],
    },
    {
      key: 'paso',
      title: 'Paso a paso: el IEP',
      delivery: 'in_person',
      funded: true,
      days: [lastYearDay(130)],
      named: 9,
      counts: [['parent', 11]],
    },
    {
      key: 'options',
      title: 'When you disagree: your options',
      delivery: 'in_person',
      funded: true,
      days: [lastYearDay(200)],
      named: 6,
      counts: [['professional', 18]],
    },
    {
      key: 'fair',
      title: 'Community resource fair',
      delivery: 'in_person',
      funded: false,
      days: [lastYearDay(250)],
      named: 4,
      counts: [['parent', 40]],
    },
    {
      key: 'this-year',
      title: 'IEP basics for families (fall)',
      delivery: 'in_person',
      funded: true,
      days: [thisYearDay(3)],
      named: 5,
      counts: [['parent', 7]],
    },
  ];
  for (const [t, training] of trainings.entries()) {
    const trainingId = seedId(`${organizationId}:training:${training.key}`);
    await manager.insert(TrainingEntity, {
      organizationId,
      id: trainingId,
      title: training.title,
      delivery: training.delivery,
      funded: training.funded,
      topics: [TOPICS[t % TOPICS.length]!],
      presenters: ['Rosa Alvarez'],
      notes: '',
      createdByUserId: staff[0] ?? null,
    });
    await manager.insert(
      TrainingSessionEntity,
      await Promise.all(
        training.days.map(async (day, s) => ({
          organizationId,
          id: seedId(`${organizationId}:training:${training.key}:session:${s}`),
          trainingId,
          startsAt: await localInstant(manager, day, 18, timeZone),
          minutes: 90,
        })),
      ),
    );
    const named = Array.from(
      { length: training.named },
      (_, n) => parentIds[(t * 3 + n * 2) % parentIds.length]!,
    );
    await manager.insert(TrainingAttendanceEntity, [
      ...[...new Set(named)].map((personId, n) => ({
        organizationId,
        id: seedId(`${organizationId}:training:${training.key}:attendee:${n}`),
        trainingId,
        personId,
        role: roleOf.get(personId)!,
        headcount: 1,
        source: 'sign_in_sheet' as const,
        createdByUserId: staff[0] ?? null,
      })),
      ...training.counts.map(([role, count]) => ({
        organizationId,
        id: seedId(`${organizationId}:training:${training.key}:count:${role}`),
        trainingId,
        personId: null,
        role,
        headcount: count,
        source: 'count' as const,
        createdByUserId: staff[0] ?? null,
      })),
    ]);
  }

  // Outreach of every kind, each quarter of the last year.
  const kinds: [string, number][] = [
    ['website', 2400],
    ['social_media', 36],
    ['publications', 300],
    ['newsletter', 1800],
    ['media', 2],
    ['exhibit', 4],
  ];
  await manager.insert(
    OutreachActivityEntity,
    kinds.flatMap(([kind, count], k) =>
      [0, 1, 2, 3].map((q) => ({
        organizationId,
        id: seedId(`${organizationId}:outreach:${kind}:${q}`),
        kind,
        occurredOn: addDays(last.start, q * 91 + k * 3),
        description: '',
        count: count + q * k,
        createdByUserId: staff[0] ?? null,
      })),
    ),
  );

  // The demo case: meetings staff attended and communications with the parent.
  if (input.demoCase) {
    const { caseId } = input.demoCase;
    const parentPerson = people.find((p) => p.userId === input.demoCase!.parentUserId)?.id ?? null;
    const meetings: [MeetingEntity['kind'], number][] = [
      ['iep', 30],
      ['plan_504', 60],
      ['facilitation', 120],
      ['mediation', 180],
      ['resolution', 240],
      ['hearing', 300],
      ['iep', 330],
    ];
    await manager.insert(
      MeetingEntity,
      meetings.map(([kind, n], m) => ({
        organizationId,
        id: seedId(`${organizationId}:meeting:${m}`),
        caseId,
        heldOn: lastYearDay(n),
        kind,
        attendees: ['Parent', 'District representative'],
        proposed: '',
        parentObjections: '',
        followUps: '',
        documentIds: [],
        staffUserIds: [staff[1 + (m % Math.max(1, staff.length - 1))] ?? staff[0]!],
        createdByUserId: staff[0] ?? null,
      })),
    );
    const modes: CommunicationEntity['mode'][] = [
      'phone',
      'email_or_text',
      'letter',
      'virtual_meeting',
    ];
    await manager.insert(
      CommunicationEntity,
      modes.map((mode, c) => ({
        organizationId,
        id: seedId(`${organizationId}:communication:${c}`),
        caseId,
        occurredOn: lastYearDay(50 + c * 40),
        mode,
        personId: c % 2 === 0 ? parentPerson : null,
        parties: ['District special education office'],
        summary: 'Followed up on the services in the IEP.',
        documentIds: [],
        createdByUserId: staff[1] ?? staff[0] ?? null,
      })),
    );
  }

  // The children's demographics, one family preferring not to say.
  const races: (string[] | null)[] = [['hispanic_latino'], ['declined'], ['asian']];
  for (const [i, parent] of input.parents.entries()) {
    await manager.update(
      StudentEntity,
      { organizationId, familyId: parent.familyId },
      { raceCategories: races[i % races.length] ?? null },
    );
  }
  return true;
}
