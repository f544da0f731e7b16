import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';
import { TenantRecord } from '../../platform/database/tenant-row';

export const ROLES = ['ORG_ADMIN', 'ADVOCATE', 'PARENT'] as const;
export type Role = (typeof ROLES)[number];

@Entity({ name: 'memberships' })
export class MembershipEntity extends TenantRecord {
  @Column('uuid')
  userId: string;

  @Column('text')
  role: Role;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
