import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantRow } from '../../platform/database/tenant-row';

/** A member's deadline feed; the token in its URL is the only credential. */
@Entity({ name: 'calendar_feeds' })
export class CalendarFeedEntity extends TenantRow {
  @Column('uuid')
  userId: string;

  @Column('bytea')
  tokenHash: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
