import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reminder sent to a person about a deadline; its unique key makes it exactly-once. */
@Entity({ name: 'deadline_reminders' })
export class DeadlineReminderEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'proceeding_id' })
  proceedingId: string;

  @Column('text', { name: 'rule_id' })
  ruleId: string;

  @Column('date')
  due: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('timestamptz', { name: 'sent_at', default: () => 'now()' })
  sentAt: Date;
}
