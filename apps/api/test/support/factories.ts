import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { MembershipEntity, type Role } from '../../src/modules/identity/membership.entity';
import {
  OrganizationEntity,
  type OrganizationKind,
} from '../../src/modules/identity/organization.entity';
import { hashPassword } from '../../src/modules/identity/password-hasher';
import { UserEntity } from '../../src/modules/identity/user.entity';
import { currentQuestionnaireVersion } from '@continuum/rules';
import { IntakeEntity } from '../../src/modules/intakes/intake.entity';
import { CaseAdvocateEntity, CaseEntity } from '../../src/modules/cases/case.entity';
import { DocumentEntity, DocumentVersionEntity } from '../../src/modules/documents/document.entity';
import {
  FamilyEntity,
  FamilyParentEntity,
  StudentEntity,
} from '../../src/modules/families/family.entity';
import {
  AnnualReportEntity,
  ContactEntity,
  OutreachActivityEntity,
  PersonEntity,
  TrainingAttendanceEntity,
  TrainingEntity,
  TrainingSessionEntity,
} from '../../src/modules/parent-center/parent-center.entities';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/**
 * Test data made through the application role and the unit of work, as the API makes it,
 * so row-level security applies to the factories too.
 */
export class Factories {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async organization(
    input: { name?: string; kind?: OrganizationKind; timeZone?: string } = {},
  ): Promise<OrganizationEntity> {
    const id = randomUUID();
    return this.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: id, role: null },
      async (manager) => {
        const organization = manager.create(OrganizationEntity, {
          id,
          name: input.name ?? `Organization ${id.slice(0, 8)}`,
          kind: input.kind ?? 'parent_center',
          settings: {},
          timeZone: input.timeZone ?? 'UTC',
        });
        await manager.insert(OrganizationEntity, organization);
        return organization;
      },
    );
  }

  async member(
    organization: OrganizationEntity,
    role: Role,
    input: { email?: string; name?: string } = {},
  ) {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const hash = await passwordHash;
    const id = randomUUID();
    const email = input.email ?? `${role.toLowerCase()}-${id.slice(0, 8)}@example.org`;
    return this.unitOfWork.run(
      { userId: id, sessionId: null, organizationId: organization.id, role: null },
      async (manager) => {
        const existing = await manager
          .createQueryBuilder(UserEntity, 'u')
          .where('lower(u.email) = lower(:email)', { email })
          .getOne();
        const user =
          existing ??
          manager.create(UserEntity, {
            id,
            email,
            name: input.name ?? `Test ${role}`,
            passwordHash: hash,
          });
        if (!existing) await manager.insert(UserEntity, user);
        await manager.insert(MembershipEntity, {
          organizationId: organization.id,
          id: randomUUID(),
          userId: user.id,
          role,
        });
        return { user, email, password: TEST_PASSWORD };
      },
    );
  }

  /** A family with one student, linked to the given parents. */
  async newFamily(
    organization: OrganizationEntity,
    input: {
      parents?: { id: string }[];
      name?: string;
      primaryLanguage?: 'en' | 'es';
      student?: Partial<StudentEntity>;
      createdByUserId?: string | null;
    } = {},
  ) {
    return this.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: organization.id, role: null },
      async (manager) => {
        const family = {
          organizationId: organization.id,
          id: randomUUID(),
          name: input.name ?? 'Rivera',
          primaryLanguage: input.primaryLanguage ?? 'en',
          createdByUserId: input.createdByUserId ?? null,
        };
        await manager.insert(FamilyEntity, family);
        for (const parent of input.parents ?? [])
          await manager.insert(FamilyParentEntity, {
            organizationId: organization.id,
            familyId: family.id,
            userId: parent.id,
          });
        const student = {
          organizationId: organization.id,
          id: randomUUID(),
          familyId: family.id,
          name: 'Sam Rivera',
          dateOfBirth: '2015-04-02',
          state: 'CA',
          district: 'Oakland Unified',
          school: 'Lincoln Elementary',
          grade: '4',
          planType: 'iep' as const,
          disabilityCategories: ['specific_learning_disability'],
          raceCategories: null,
          ethnicity: null,
          ...input.student,
        };
        await manager.insert(StudentEntity, student);
        return { family, student };
      },
    );
  }

  /** A case for a student, assigned to the given advocates. */
  async newCase(
    organization: OrganizationEntity,
    input: {
      studentId: string;
      advocates?: { id: string }[];
      stage?: string;
      status?: 'OPEN' | 'ACTIVE' | 'RESOLVED' | 'CLOSED';
      issueCategories?: string[];
      internalNotes?: string;
    },
  ) {
    return this.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: organization.id, role: null },
      async (manager) => {
        const row = {
          organizationId: organization.id,
          id: randomUUID(),
          studentId: input.studentId,
          intakeId: null,
          issueCategories: input.issueCategories ?? ['services_not_provided'],
          status: input.status ?? 'OPEN',
          outcome: input.status === 'RESOLVED' || input.status === 'CLOSED' ? 'settled' : null,
          stage: input.stage ?? 'intake',
          internalNotes: input.internalNotes ?? '',
          createdByUserId: null,
        };
        await manager.insert(CaseEntity, row);
        for (const advocate of input.advocates ?? [])
          await manager.insert(CaseAdvocateEntity, {
            organizationId: organization.id,
            caseId: row.id,
            userId: advocate.id,
            assignedAt: new Date(),
          });
        return row;
      },
    );
  }

  /** An intake of a family: a draft, or submitted with complete answers. */
  async newIntake(
    organization: OrganizationEntity,
    input: { familyId: string; studentId?: string | null; status?: 'DRAFT' | 'SUBMITTED' },
  ) {
    return this.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: organization.id, role: null },
      async (manager) => {
        const row = {
          organizationId: organization.id,
          id: randomUUID(),
          familyId: input.familyId,
          studentId: input.studentId ?? null,
          status: input.status ?? 'SUBMITTED',
          questionnaireVersion: currentQuestionnaireVersion,
          lang: 'en' as const,
          answers: {
            state: 'CA',
            plan_type: 'iep',
            issues: ['services_not_provided'],
            has_decision_date: false,
          },
          recommendation: null,
          createdByUserId: null,
          submittedAt: input.status === 'DRAFT' ? null : new Date(),
          submittedOn: null,
        };
        await manager.insert(IntakeEntity, row);
        return row;
      },
    );
  }

  /**
   * A document row and its version, without a stored file: for tests of the GraphQL side
   * (the upload route is tested through HTTP in documents.int-spec.ts).
   */
  async newDocument(
    organization: OrganizationEntity,
    input: { caseId: string; visibility?: 'shared' | 'internal'; title?: string },
  ) {
    return this.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: organization.id, role: null },
      async (manager) => {
        const id = randomUUID();
        await manager.insert(DocumentEntity, {
          organizationId: organization.id,
          id,
          caseId: input.caseId,
          title: input.title ?? 'IEP 2025',
          type: 'iep',
          documentDate: null,
          visibility: input.visibility ?? 'shared',
          contentText: 'Individualized Education Program',
          versionCount: 1,
          archivedAt: null,
          createdByUserId: null,
        });
        const versionId = randomUUID();
        await manager.insert(DocumentVersionEntity, {
          organizationId: organization.id,
          id: versionId,
          documentId: id,
          versionNumber: 1,
          fileName: 'iep.pdf',
          contentType: 'application/pdf',
          sizeBytes: '10',
          sha256: '0'.repeat(64),
          storageKey: `${organization.id}/documents/${id}/${versionId}`,
          uploadedByUserId: null,
        });
        return { id, versionId };
      },
    );
  }

  /**
   * One of each Parent Center record (a person, a contact on a case, a training with a session,
   * a named attendee and a head count, an outreach entry, a submitted report), made as the
   * organization: enough for a suite to probe every type with real ids.
   */
  async parentCenterRecords(
    organization: OrganizationEntity,
    input: { familyId?: string | null; caseId?: string | null; name?: string } = {},
  ) {
    return this.unitOfWork.run(
      { userId: '', sessionId: null, organizationId: organization.id, role: null },
      async (manager) => {
        const organizationId = organization.id;
        const person = {
          organizationId,
          id: randomUUID(),
          name: input.name ?? 'Dana Caller',
          role: 'parent' as const,
          email: `${randomUUID().slice(0, 8)}@example.org`,
          phone: '555-0100',
          primaryLanguage: 'en',
          familyId: input.familyId ?? null,
          userId: null,
          createdByUserId: null,
        };
        await manager.insert(PersonEntity, person);
        const contact = {
          organizationId,
          id: randomUUID(),
          personId: person.id,
          role: 'parent' as const,
          mode: 'phone' as const,
          delivery: null,
          occurredAt: new Date(Date.now() - 86_400_000),
          staffUserId: null,
          topics: ['iep'],
          minutes: 20,
          notes: `${person.name} asked about an IEP meeting`,
          followUp: '',
          followUpOn: null,
          caseId: input.caseId ?? null,
          createdByUserId: null,
        };
        await manager.insert(ContactEntity, contact);
        const training = {
          organizationId,
          id: randomUUID(),
          title: `${person.name} workshop`,
          delivery: 'in_person' as const,
          funded: true,
          topics: ['rights'],
          presenters: ['Staff'],
          notes: '',
          createdByUserId: null,
        };
        await manager.insert(TrainingEntity, training);
        const session = {
          organizationId,
          id: randomUUID(),
          trainingId: training.id,
          startsAt: new Date(Date.now() - 2 * 86_400_000),
          minutes: 90,
        };
        await manager.insert(TrainingSessionEntity, session);
        const attendance = {
          organizationId,
          id: randomUUID(),
          trainingId: training.id,
          personId: person.id,
          role: 'parent' as const,
          headcount: 1,
          source: 'roster' as const,
          createdByUserId: null,
        };
        const headcount = {
          ...attendance,
          id: randomUUID(),
          personId: null,
          role: 'professional' as const,
          headcount: 12,
          source: 'count' as const,
        };
        await manager.insert(TrainingAttendanceEntity, [attendance, headcount]);
        const outreach = {
          organizationId,
          id: randomUUID(),
          kind: 'newsletter',
          occurredOn: new Date().toISOString().slice(0, 10),
          description: `${person.name} newsletter`,
          count: 400,
          createdByUserId: null,
        };
        await manager.insert(OutreachActivityEntity, outreach);
        const report = {
          organizationId,
          id: randomUUID(),
          programYear: 2025,
          snapshot: { organizationName: organization.name, programYear: 2025 },
          submittedByUserId: null,
        };
        await manager.insert(AnnualReportEntity, report);
        return { person, contact, training, session, attendance, headcount, outreach, report };
      },
    );
  }
}
