import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../identity/membership.entity';
import { TenantRow } from '../../platform/database/tenant-row';

@Entity({ name: 'invitations' })
export class InvitationEntity extends TenantRow {
  @Column('text')
  email: string;

  @Column('text')
  role: Role;

  /** A parent invited for a family: accepting links them to it (a phone intake's caller). */
  @Column('uuid', { nullable: true })
  familyId: string | null;

  @Column('uuid', { nullable: true })
  invitedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { nullable: true })
  acceptedByUserId: string | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}

/** Global lookup from a token's hash to its invitation, since a token names no organization. */
@Entity({ name: 'invitation_tokens' })
export class InvitationTokenEntity {
  @PrimaryColumn('bytea')
  tokenHash: Buffer;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  invitationId: string;
}

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export function invitationStatus(invitation: InvitationEntity, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'PENDING';
}
