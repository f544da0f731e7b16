import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column('text')
  toAddress: string;

  @Column('text')
  subject: string;

  @Column('text')
  textBody: string;

  @Column('text')
  template: string;

  /** The member whose action wrote the mail (an invitation's admin); null for the system. */
  @Column('uuid', { nullable: true })
  requestedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('text', { nullable: true })
  transport: 'smtp' | 'log' | null;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;
}
