import { Column, Entity } from 'typeorm';
import { TenantRecord } from '../../platform/database/tenant-row';

/** A district's school year, so school-day deadlines compute (34 CFR 300.11(c)). */
@Entity({ name: 'district_calendars' })
export class DistrictCalendarEntity extends TenantRecord {
  @Column('text')
  state: string;

  @Column('text')
  district: string;

  @Column('date')
  firstDay: string;

  @Column('date')
  lastDay: string;

  @Column('jsonb', { default: [] })
  nonSchoolDays: string[];
}
