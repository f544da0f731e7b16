import { Column, Entity } from 'typeorm';
import { TenantRow } from '../../platform/database/tenant-row';

/** Small, flat facts about an event; never a record's contents. */
export type AuditDetails = Record<string, string | number | boolean | null>;

@Entity({ name: 'audit_events' })
export class AuditEventEntity extends TenantRow {
  @Column('timestamptz', { default: () => 'now()' })
  occurredAt: Date;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('text')
  action: string;

  @Column('text', { nullable: true })
  subjectType: string | null;

  @Column('text', { nullable: true })
  subjectId: string | null;

  @Column('text', { nullable: true })
  ipAddress: string | null;

  @Column('text', { nullable: true })
  userAgent: string | null;

  @Column('jsonb', { default: {} })
  details: AuditDetails;
}
