import type { ReportListItem, ReportListName, ReportRules } from '@continuum/rules';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type OrganizationKind = 'parent_center' | 'advocacy_practice';

export interface OrganizationSettings {
  /** When true, advocates see every case of the organization, not only those assigned to them. */
  advocatesSeeAllCases?: boolean;
  /** Days before a deadline its reminder goes out (0 to 60; proceedings/reminder-days.ts). */
  deadlineReminderDays?: number;
  /** The annual report's lists as the organization edited them (a saved list replaces its default). */
  reportLists?: Partial<Record<ReportListName, ReportListItem[]>>;
  /** The annual report's open counting rules, where the organization changed them. */
  reportRules?: Partial<ReportRules>;
}

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganizationKind;

  @Column('jsonb', { default: {} })
  settings: OrganizationSettings;

  /** IANA time zone of the organization's "today" (platform/clock). */
  @Column('text', { default: 'UTC' })
  timeZone: string;

  /** The public page's address, `/o/<slug>`; null until the organization picks one. */
  @Column('text', { nullable: true })
  slug: string | null;

  @Column('boolean', { default: false })
  publicPageEnabled: boolean;

  /** Two-letter codes of the states it serves; the Parent Center directory lists it there. */
  @Column('text', { array: true, default: () => "'{}'" })
  statesServed: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  countiesServed: string[];

  /** Two-letter language codes its staff speak with families. */
  @Column('text', { array: true, default: () => "'{en}'" })
  languages: string[];

  @Column('text', { nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { nullable: true })
  address: string | null;

  /** `#rrggbb`, the color its embedded intake page carries. */
  @Column('text', { nullable: true })
  brandColor: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
