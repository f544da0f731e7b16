import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small, flat facts about an event; never a record's contents. */
export type AuditDetails = Record<string, string | number | boolean | null>;

@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;

  @Column('uuid', { name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @Column('text')
  action: string;

  @Column('text', { name: 'subject_type', nullable: true })
  subjectType: string | null;

  @Column('text', { name: 'subject_id', nullable: true })
  subjectId: string | null;

  @Column('text', { name: 'ip_address', nullable: true })
  ipAddress: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent: string | null;

  @Column('jsonb', { default: {} })
  details: AuditDetails;
}
