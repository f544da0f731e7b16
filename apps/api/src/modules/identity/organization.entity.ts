import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type OrganizationKind = 'parent_center' | 'advocacy_practice';

export interface OrganizationSettings {
  /** When true, advocates see every case of the organization, not only those assigned to them. */
  advocatesSeeAllCases?: boolean;
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
  @Column('text', { name: 'time_zone', default: 'UTC' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
