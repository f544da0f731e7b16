import { createHash } from 'node:crypto';
import {
  computeDeadlines,
  issueIds,
  pathwayIds,
  RULES_DATA_VERSION,
  type Deadline,
  type ProceedingKind,
} from '@continuum/rules';
import { Client } from 'pg';
import { hashPassword } from '../modules/identity/password-hasher';
import { deadlineFields } from '../modules/proceedings/proceedings.service';
import { replay } from '../modules/proceedings/proceeding-lifecycle';
import { DEMO_PASSWORD } from './demo-seed';

/**
 * The scale seed (issue 16): twenty organizations, one of them a Parent Center network's
 * biggest with 10,000 cases and an advocate holding 300 of them, one with 1,000 cases (the
 * admin caseload's 1k point), and eighteen with 300. Each case has what a real one gathers:
 * a family and its parent account, a child, one to three proceedings with their events and
 * the deadlines the rules compute from them, timeline entries, documents with a version,
 * notes, meetings, communications, contacts and audit rows.
 *
 * Written as the owner (row-level security is forced for it too, so each organization is
 * written under its own setting), one transaction per organization: an organization that
 * exists is skipped, so running it again finishes what an interrupted run began.
 */
export const SCALE_PASSWORD = DEMO_PASSWORD;
export const SCALE_ORGANIZATIONS = 20;
/** The cases of organization 1, 2, and each of the others. */
const CASES = (index: number) => (index === 1 ? 10_000 : index === 2 ? 1_000 : 300);
/** The advocate whose caseload the bench reads holds exactly this many of organization 1's. */
export const SCALE_ADVOCATE_CASES = 300;

export function scaleOrganizationId(index: number): string {
  return uuidFrom(`continuum-scale-organization-${index}`);
}
export const scaleEmail = {
  admin: (index: number) => `admin@scale-${pad(index)}.example`,
  advocate: (index: number, n: number) => `advocate-${pad(n)}@scale-${pad(index)}.example`,
};

export interface ScaleProgress {
  /** Organizations written (or found already there) so far, of `total`. */
  done: number;
  total: number;
  rows: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A stable uuid for a name, so a second run finds what the first wrote. */
function uuidFrom(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** mulberry32: the same organization gets the same data on every machine. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Proceedings as advocates open them, with the events recorded so far (days after the first),
 * and the event that ends one that began more than three months ago: an old proceeding has
 * moved on, as real ones do, and keeps only the deadlines the rules give its last state.
 */
const PROCEEDINGS: {
  kind: ProceedingKind;
  events: [string, number][];
  closing: [string, number];
}[] = [
  {
    kind: 'records_request',
    events: [
      ['request_sent', 0],
      ['request_received', 2],
    ],
    closing: ['records_provided', 40],
  },
  { kind: 'pwn_request', events: [['request_sent', 0]], closing: ['pwn_received', 10] },
  {
    kind: 'iee_request',
    events: [
      ['request_sent', 0],
      ['request_received', 3],
    ],
    closing: ['district_agreed', 20],
  },
  {
    kind: 'evaluation_request',
    events: [
      ['request_sent', 0],
      ['request_received', 1],
    ],
    closing: ['consent_requested', 12],
  },
  {
    kind: 'iep_meeting_request',
    events: [
      ['request_sent', 0],
      ['request_received', 2],
    ],
    closing: ['meeting_held', 25],
  },
  { kind: 'facilitation', events: [['requested', 0]], closing: ['held', 30] },
  { kind: 'mediation', events: [['requested', 0]], closing: ['agreement_signed', 35] },
  {
    kind: 'state_complaint',
    events: [
      ['complaint_filed', 0],
      ['complaint_received', 2],
    ],
    closing: ['decision_issued', 58],
  },
  {
    kind: 'due_process',
    events: [
      ['complaint_filed', 0],
      ['complaint_received', 3],
    ],
    closing: ['settlement_signed', 25],
  },
];
const STATES = ['CA', 'NY', 'TX', 'NC', 'AZ', 'FL', 'PA', 'IL', 'OH', 'WA'];
const FIRST = ['Sofía', 'Liam', 'Ava', 'Mateo', 'Noah', 'Emma', 'Aaliyah', 'Wei', 'Omar', 'Zoe'];
const LAST = ['García', 'Smith', 'Nguyen', 'Johnson', 'Patel', 'Brown', 'López', 'Kim', 'Davis'];
const NOTE =
  'Called the school about the reading goal; the teacher will send the progress data by Friday.';

type Row = Record<string, unknown>;

/** An entity-shaped row (`caseId`) as the table's columns (`case_id`). */
function snakeCase(row: object): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      value,
    ]),
  );
}
type Tables = Record<string, Row[]>;

/** Column types for jsonb_to_recordset, in the order rows are inserted (parents first). */
const COLUMNS: Record<string, Record<string, string>> = {
  users: { id: 'uuid', email: 'text', name: 'text', password_hash: 'text' },
  memberships: { organization_id: 'uuid', id: 'uuid', user_id: 'uuid', role: 'text' },
  families: {
    organization_id: 'uuid',
    id: 'uuid',
    name: 'text',
    primary_language: 'text',
    created_by_user_id: 'uuid',
  },
  family_parents: { organization_id: 'uuid', family_id: 'uuid', user_id: 'uuid' },
  students: {
    organization_id: 'uuid',
    id: 'uuid',
    family_id: 'uuid',
    name: 'text',
    date_of_birth: 'date',
    state: 'text',
    district: 'text',
    school: 'text',
    grade: 'text',
    plan_type: 'text',
    disability_categories: 'jsonb',
  },
  cases: {
    organization_id: 'uuid',
    id: 'uuid',
    student_id: 'uuid',
    issue_categories: 'jsonb',
    status: 'text',
    outcome: 'text',
    stage: 'text',
    created_by_user_id: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  case_advocates: { organization_id: 'uuid', case_id: 'uuid', user_id: 'uuid' },
  proceedings: {
    organization_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    kind: 'text',
    state: 'text',
    filed_by: 'text',
    created_by_user_id: 'uuid',
    created_at: 'timestamptz',
  },
  proceeding_events: {
    organization_id: 'uuid',
    id: 'uuid',
    proceeding_id: 'uuid',
    type: 'text',
    date: 'date',
    recorded_at: 'timestamptz',
    recorded_by_user_id: 'uuid',
  },
  deadlines: {
    organization_id: 'uuid',
    id: 'uuid',
    proceeding_id: 'uuid',
    case_id: 'uuid',
    rule_id: 'text',
    due: 'date',
    status: 'text',
    unit: 'text',
    basis: 'jsonb',
    confidence: 'text',
    note: 'text',
    message: 'jsonb',
    falls_on_non_business_day: 'boolean',
    rules_version: 'text',
    calendar_id: 'uuid',
  },
  case_timeline_entries: {
    organization_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    occurred_at: 'timestamptz',
    actor_user_id: 'uuid',
    kind: 'text',
    summary: 'text',
    details: 'jsonb',
  },
  documents: {
    organization_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    title: 'text',
    type: 'text',
    visibility: 'text',
    content_text: 'text',
    created_by_user_id: 'uuid',
    created_at: 'timestamptz',
  },
  document_versions: {
    organization_id: 'uuid',
    id: 'uuid',
    document_id: 'uuid',
    version_number: 'integer',
    file_name: 'text',
    content_type: 'text',
    size_bytes: 'bigint',
    sha256: 'text',
    storage_key: 'text',
    uploaded_by_user_id: 'uuid',
  },
  case_notes: {
    organization_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    visibility: 'text',
    body: 'text',
    author_user_id: 'uuid',
  },
  case_meetings: {
    organization_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    held_on: 'date',
    kind: 'text',
    staff_user_ids: 'uuid[]',
    created_by_user_id: 'uuid',
  },
  case_communications: {
    organization_id: 'uuid',
    id: 'uuid',
    case_id: 'uuid',
    occurred_on: 'date',
    mode: 'text',
    summary: 'text',
    created_by_user_id: 'uuid',
  },
  people: {
    organization_id: 'uuid',
    id: 'uuid',
    name: 'text',
    role: 'text',
    phone: 'text',
    primary_language: 'text',
    family_id: 'uuid',
    user_id: 'uuid',
  },
  contacts: {
    organization_id: 'uuid',
    id: 'uuid',
    person_id: 'uuid',
    role: 'text',
    mode: 'text',
    delivery: 'text',
    occurred_at: 'timestamptz',
    staff_user_id: 'uuid',
    topics: 'text[]',
    minutes: 'integer',
    case_id: 'uuid',
  },
  audit_events: {
    organization_id: 'uuid',
    id: 'uuid',
    occurred_at: 'timestamptz',
    actor_user_id: 'uuid',
    action: 'text',
    subject_type: 'text',
    subject_id: 'text',
  },
};

/**
 * Writes the scale seed into the database at `ownerUrl` (migrated beforehand), skipping
 * organizations already there, and reports progress after each one.
 */
export async function seedScale(
  ownerUrl: string,
  onProgress: (progress: ScaleProgress) => void = () => undefined,
  now: Date = new Date(),
): Promise<{ organizations: number; written: number; rows: number }> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const deadlineCache = new Map<string, Deadline[]>();
  let rows = 0;
  let written = 0;
  try {
    for (let index = 1; index <= SCALE_ORGANIZATIONS; index++) {
      const organizationId = scaleOrganizationId(index);
      await client.query('BEGIN');
      try {
        await client.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
        const exists = await client.query('SELECT 1 FROM organizations WHERE id = $1', [
          organizationId,
        ]);
        if (!exists.rowCount) {
          await client.query(
            `INSERT INTO organizations (id, name, kind, time_zone) VALUES ($1, $2, 'parent_center', 'America/New_York')`,
            [organizationId, `Scale Parent Center ${pad(index)}`],
          );
          const tables = planOrganization(index, organizationId, passwordHash, now, deadlineCache);
          for (const [table, columns] of Object.entries(COLUMNS)) {
            rows += await insertAll(client, table, columns, tables[table] ?? []);
          }
          written++;
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      onProgress({ done: index, total: SCALE_ORGANIZATIONS, rows });
    }
    // Fresh statistics and visibility maps, as autovacuum leaves a database that has been in
    // use: the first plans see the data as it is, and index-only scans need no heap visits.
    if (written) await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return { organizations: SCALE_ORGANIZATIONS, written, rows };
}

async function insertAll(
  client: Client,
  table: string,
  columns: Record<string, string>,
  rows: Row[],
): Promise<number> {
  const names = Object.keys(columns);
  const definition = names.map((n) => `${n} ${columns[n]}`).join(', ');
  for (let i = 0; i < rows.length; i += 5000) {
    await client.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${definition})`,
      [JSON.stringify(rows.slice(i, i + 5000))],
    );
  }
  return rows.length;
}

/** Everything one organization holds, as rows per table. */
function planOrganization(
  index: number,
  organizationId: string,
  passwordHash: string,
  now: Date,
  deadlineCache: Map<string, Deadline[]>,
): Tables {
  const random = randomFrom(index * 7919);
  const id = (what: string, n: number | string) =>
    uuidFrom(`continuum-scale-${index}-${what}-${n}`);
  const o = organizationId;
  const t: Tables = {};
  const add = (table: string, row: Row) => (t[table] ??= []).push(row);
  const caseCount = CASES(index);
  const advocateCount = Math.max(2, Math.ceil(caseCount / SCALE_ADVOCATE_CASES) + 1);

  const adminId = id('user', 'admin');
  add('users', {
    id: adminId,
    email: scaleEmail.admin(index),
    name: 'Scale Admin',
    password_hash: passwordHash,
  });
  add('memberships', {
    organization_id: o,
    id: id('membership', 'admin'),
    user_id: adminId,
    role: 'ORG_ADMIN',
  });
  const advocates: string[] = [];
  for (let n = 1; n <= advocateCount; n++) {
    const userId = id('user', `advocate-${n}`);
    advocates.push(userId);
    add('users', {
      id: userId,
      email: scaleEmail.advocate(index, n),
      name: `${random.pick(FIRST)} ${random.pick(LAST)}`,
      password_hash: passwordHash,
    });
    add('memberships', {
      organization_id: o,
      id: id('membership', `advocate-${n}`),
      user_id: userId,
      role: 'ADVOCATE',
    });
  }

  const today = now.getTime();
  for (let c = 0; c < caseCount; c++) {
    // The first advocate holds exactly SCALE_ADVOCATE_CASES cases, spread over the whole list.
    const stride = Math.floor(caseCount / SCALE_ADVOCATE_CASES);
    const mine =
      caseCount >= SCALE_ADVOCATE_CASES && c % stride === 0 && c / stride < SCALE_ADVOCATE_CASES;
    const advocateId = mine ? advocates[0]! : advocates[1 + (c % (advocates.length - 1))]!;
    const parentId = id('user', `parent-${c}`);
    const familyId = id('family', c);
    const studentId = id('student', c);
    const caseId = id('case', c);
    const last = random.pick(LAST);
    const language = random.chance(0.3) ? 'es' : 'en';
    add('users', {
      id: parentId,
      email: `parent-${c}@scale-${pad(index)}.example`,
      name: `${random.pick(FIRST)} ${last}`,
      password_hash: passwordHash,
    });
    add('memberships', {
      organization_id: o,
      id: id('membership', `parent-${c}`),
      user_id: parentId,
      role: 'PARENT',
    });
    add('families', {
      organization_id: o,
      id: familyId,
      name: last,
      primary_language: language,
      created_by_user_id: advocateId,
    });
    add('family_parents', { organization_id: o, family_id: familyId, user_id: parentId });
    const state = random.pick(STATES);
    add('students', {
      organization_id: o,
      id: studentId,
      family_id: familyId,
      name: `${random.pick(FIRST)} ${last}`,
      date_of_birth: iso(today - random.int(5, 18) * 365 * DAY),
      state,
      district: `District ${random.int(1, 40)}`,
      school: `School ${random.int(1, 200)}`,
      grade: String(random.int(0, 12)),
      plan_type: random.chance(0.8) ? 'iep' : '504',
      disability_categories: ['specific_learning_disability'],
    });
    // Most cases are recent and open: a tenth of them closed with an outcome.
    const createdAt = today - random.int(1, 720) * DAY;
    const updatedAt = createdAt + random.next() * (today - createdAt);
    const closed = random.chance(0.1);
    add('cases', {
      organization_id: o,
      id: caseId,
      student_id: studentId,
      issue_categories: [random.pick(issueIds)],
      status: closed ? 'CLOSED' : random.chance(0.7) ? 'ACTIVE' : 'OPEN',
      outcome: closed ? 'Agreement reached at the IEP meeting.' : null,
      stage: random.chance(0.2) ? 'intake' : random.pick(pathwayIds),
      created_by_user_id: advocateId,
      created_at: new Date(createdAt).toISOString(),
      updated_at: new Date(updatedAt).toISOString(),
    });
    add('case_advocates', { organization_id: o, case_id: caseId, user_id: advocateId });
    add('case_timeline_entries', {
      organization_id: o,
      id: id('timeline', `${c}-created`),
      case_id: caseId,
      occurred_at: new Date(createdAt).toISOString(),
      actor_user_id: advocateId,
      kind: 'case_opened',
      summary: 'Case opened.',
      details: {},
    });

    const proceedings = random.int(1, 3);
    for (let p = 0; p < proceedings; p++) {
      const template = random.pick(PROCEEDINGS);
      const proceedingId = id('proceeding', `${c}-${p}`);
      // Two in five proceedings began in the last sixty days, so deadlines are coming up.
      const began = random.chance(0.4) ? today - random.int(0, 60) * DAY : createdAt + p * 7 * DAY;
      const recorded =
        began < today - 90 * DAY ? [...template.events, template.closing] : template.events;
      const events = recorded.map(([type, offset], sequence) => ({
        type,
        date: iso(Math.min(began + offset * DAY, today)),
        sequence,
      }));
      const snapshot = replay(template.kind, events);
      add('proceedings', {
        organization_id: o,
        id: proceedingId,
        case_id: caseId,
        kind: template.kind,
        state: snapshot.state,
        filed_by: 'parent',
        created_by_user_id: advocateId,
        created_at: new Date(began).toISOString(),
      });
      add('case_timeline_entries', {
        organization_id: o,
        id: id('timeline', `${c}-${p}-opened`),
        case_id: caseId,
        occurred_at: new Date(began).toISOString(),
        actor_user_id: advocateId,
        kind: 'proceeding_opened',
        summary: `A ${template.kind} proceeding was opened.`,
        details: { proceedingId, kind: template.kind },
      });
      events.forEach((event, e) => {
        const eventId = id('event', `${c}-${p}-${e}`);
        add('proceeding_events', {
          organization_id: o,
          id: eventId,
          proceeding_id: proceedingId,
          type: event.type,
          date: event.date,
          recorded_at: new Date(Math.min(Date.parse(event.date) + DAY, today)).toISOString(),
          recorded_by_user_id: advocateId,
        });
        add('case_timeline_entries', {
          organization_id: o,
          id: id('timeline', `${c}-${p}-${e}`),
          case_id: caseId,
          occurred_at: new Date(Math.min(Date.parse(event.date) + DAY, today)).toISOString(),
          actor_user_id: advocateId,
          kind: 'event_recorded',
          summary: `${template.kind}: ${event.type} on ${event.date}.`,
          details: {
            proceedingId,
            kind: template.kind,
            eventId,
            type: event.type,
            date: event.date,
          },
        });
      });
      const key = `${state}|${template.kind}|${events.map((e) => e.date).join(',')}`;
      let deadlines = deadlineCache.get(key);
      if (!deadlines) {
        deadlines = computeDeadlines({ state, kind: template.kind, events: snapshot.events });
        deadlineCache.set(key, deadlines);
      }
      deadlines.forEach((d, n) =>
        add('deadlines', {
          ...snakeCase(
            deadlineFields(
              d,
              { organizationId: o, proceedingId, caseId },
              RULES_DATA_VERSION,
              null,
            ),
          ),
          id: id('deadline', `${c}-${p}-${n}`),
        }),
      );
    }

    const documents = random.int(1, 4);
    for (let d = 0; d < documents; d++) {
      const documentId = id('document', `${c}-${d}`);
      add('documents', {
        organization_id: o,
        id: documentId,
        case_id: caseId,
        title: random.pick([
          'IEP 2025-26',
          'Evaluation report',
          'Progress report',
          'Prior written notice',
        ]),
        type: random.pick(['iep', 'evaluation', 'progress_report', 'prior_written_notice']),
        visibility: random.chance(0.5) ? 'shared' : 'internal',
        content_text: NOTE,
        created_by_user_id: advocateId,
        created_at: new Date(createdAt + d * DAY).toISOString(),
      });
      add('document_versions', {
        organization_id: o,
        id: id('version', `${c}-${d}`),
        document_id: documentId,
        version_number: 1,
        file_name: 'document.pdf',
        content_type: 'application/pdf',
        size_bytes: 40_000 + random.int(0, 400_000),
        sha256: createHash('sha256').update(documentId).digest('hex'),
        storage_key: `scale/${documentId}`,
        uploaded_by_user_id: advocateId,
      });
    }
    for (let n = random.int(0, 3); n > 0; n--)
      add('case_notes', {
        organization_id: o,
        id: id('note', `${c}-${n}`),
        case_id: caseId,
        visibility: random.chance(0.5) ? 'SHARED' : 'INTERNAL',
        body: NOTE,
        author_user_id: advocateId,
      });
    for (let n = random.int(0, 2); n > 0; n--)
      add('case_meetings', {
        organization_id: o,
        id: id('meeting', `${c}-${n}`),
        case_id: caseId,
        held_on: iso(createdAt + random.next() * (today - createdAt)),
        kind: random.pick(['iep', 'eligibility', 'facilitation', 'mediation']),
        staff_user_ids: [advocateId],
        created_by_user_id: advocateId,
      });
    for (let n = random.int(0, 3); n > 0; n--)
      add('case_communications', {
        organization_id: o,
        id: id('communication', `${c}-${n}`),
        case_id: caseId,
        occurred_on: iso(createdAt + random.next() * (today - createdAt)),
        mode: random.pick(['phone', 'letter', 'email_or_text']),
        summary: NOTE,
        created_by_user_id: advocateId,
      });
    const personId = id('person', c);
    add('people', {
      organization_id: o,
      id: personId,
      name: `Parent of ${last}`,
      role: 'parent',
      phone: `(555) ${String(100 + (c % 900))}-${String(1000 + (c % 9000))}`,
      primary_language: language,
      family_id: familyId,
      user_id: parentId,
    });
    for (let n = random.int(1, 3); n > 0; n--) {
      const meeting = random.chance(0.2);
      add('contacts', {
        organization_id: o,
        id: id('contact', `${c}-${n}`),
        person_id: personId,
        role: 'parent',
        mode: meeting ? 'meeting' : random.pick(['phone', 'letter', 'electronic']),
        delivery: meeting ? random.pick(['in_person', 'virtual']) : null,
        occurred_at: new Date(createdAt + random.next() * (today - createdAt)).toISOString(),
        staff_user_id: advocateId,
        topics: ['iep'],
        minutes: random.int(5, 60),
        case_id: caseId,
      });
    }
    for (let n = 0; n < 5; n++)
      add('audit_events', {
        organization_id: o,
        id: id('audit', `${c}-${n}`),
        occurred_at: new Date(createdAt + random.next() * (today - createdAt)).toISOString(),
        actor_user_id: advocateId,
        action: random.pick([
          'case.read',
          'case.update',
          'document.read',
          'document.upload',
          'case.list',
        ]),
        subject_type: 'Case',
        subject_id: caseId,
      });
  }
  return t;
}
