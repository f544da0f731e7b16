import { Column, Entity } from 'typeorm';
import { TenantRow } from '../../platform/database/tenant-row';

/** A reminder sent to a person about a deadline; its unique key makes it exactly-once. */
@Entity({ name: 'deadline_reminders' })
export class DeadlineReminderEntity extends TenantRow {
  @Column('uuid')
  proceedingId: string;

  @Column('text')
  ruleId: string;

  @Column('date')
  due: string;

  @Column('uuid')
  userId: string;

  @Column('timestamptz', { default: () => 'now()' })
  sentAt: Date;
}
