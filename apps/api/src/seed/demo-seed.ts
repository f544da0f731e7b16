import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../platform/database/unit-of-work';
import { MembershipEntity, type Role } from '../modules/identity/membership.entity';
import { OrganizationEntity, type OrganizationKind } from '../modules/identity/organization.entity';
import { hashPassword } from '../modules/identity/password-hasher';
import { UserEntity } from '../modules/identity/user.entity';

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
export async function seedDemo(unitOfWork: UnitOfWork): Promise<{ created: string[] }> {
  const created: string[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const org of DEMO_ORGANIZATIONS) {
    const actor = { userId: '', sessionId: null, organizationId: org.id, role: null };
    await unitOfWork.run(actor, async (manager) => {
      if (await manager.existsBy(OrganizationEntity, { id: org.id })) return;
      await manager.insert(OrganizationEntity, {
        id: org.id,
        name: org.name,
        kind: org.kind,
        settings: {},
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
  return { created };
}
