import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '../../src/platform/database/unit-of-work';
import { MembershipEntity, type Role } from '../../src/modules/identity/membership.entity';
import {
  OrganizationEntity,
  type OrganizationKind,
} from '../../src/modules/identity/organization.entity';
import { hashPassword } from '../../src/modules/identity/password-hasher';
import { UserEntity } from '../../src/modules/identity/user.entity';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/**
 * Test data made through the application role and the unit of work, as the API makes it,
 * so row-level security applies to the factories too.
 */
export class Factories {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async organization(
    input: { name?: string; kind?: OrganizationKind } = {},
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
}
