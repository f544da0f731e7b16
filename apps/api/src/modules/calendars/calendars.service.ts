import { randomUUID } from 'node:crypto';
import { parseSchoolCalendar, type SchoolCalendar } from '@continuum/rules';
import { Injectable } from '@nestjs/common';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors, DomainError, requireUuid } from '../../platform/errors/domain-error';
import { tenantScope } from '../../platform/tenancy/tenant-scope';
import { AuditService } from '../audit/audit.service';
import { withRulesInput } from '../families/families.errors';
import { requireStateCode } from '../families/families.service';
import type { DistrictCalendarModel, SaveDistrictCalendarInput } from './calendars.model';
import { DistrictCalendarEntity } from './district-calendar.entity';

function toModel(c: DistrictCalendarEntity): DistrictCalendarModel {
  return {
    id: c.id,
    state: c.state,
    district: c.district,
    firstDay: c.firstDay,
    lastDay: c.lastDay,
    nonSchoolDays: c.nonSchoolDays,
  };
}

/** A saved calendar's district, for whatever computes with it (proceedings' deadlines). */
export type CalendarSavedListener = (
  ctx: RequestContext,
  district: { calendarId: string; state: string; district: string },
) => Promise<void>;

@Injectable()
export class CalendarsService {
  private readonly savedListeners: CalendarSavedListener[] = [];

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /**
   * Called in the saving request's transaction after a calendar is stored: features that
   * computed with the district's calendar register here (calendars import none of them).
   */
  onSaved(listener: CalendarSavedListener): void {
    this.savedListeners.push(listener);
  }

  async calendars(ctx: RequestContext): Promise<DistrictCalendarModel[]> {
    assertCan(defineAbilitiesFor(ctx.actor), 'read', 'DistrictCalendar');
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager.find(DistrictCalendarEntity, {
      where: tenantScope.where(ctx),
      order: { state: 'ASC', district: 'ASC', firstDay: 'DESC' },
    });
    return rows.map(toModel);
  }

  async save(
    ctx: RequestContext,
    input: SaveDistrictCalendarInput,
  ): Promise<DistrictCalendarModel> {
    const manager = await this.unitOfWork.manager(ctx);
    let existing: DistrictCalendarEntity | null = null;
    if (input.calendarId) {
      const id = requireUuid(input.calendarId, 'calendarId');
      existing = await manager.findOneBy(DistrictCalendarEntity, { ...tenantScope.where(ctx), id });
      if (!existing) throw CommonErrors.notFound('district calendar');
    }
    assertCan(defineAbilitiesFor(ctx.actor), existing ? 'update' : 'create', 'DistrictCalendar');
    const state = requireStateCode(input.state);
    const district = input.district.trim();
    if (!district || district.length > 200)
      throw CommonErrors.invalidInput(
        'district',
        'CALENDAR_DISTRICT_REQUIRED',
        'Enter the district name (up to 200 characters).',
        { max: 200 },
      );
    const calendar: SchoolCalendar = withRulesInput(
      () =>
        parseSchoolCalendar(
          { firstDay: input.firstDay, lastDay: input.lastDay, nonSchoolDays: input.nonSchoolDays },
          'calendar',
        ),
      (field) => field.replace(/^calendar\./, '').replace(/\[\d+\]$/, ''),
    );
    if (!('firstDay' in calendar))
      throw CommonErrors.invalidInput(
        'firstDay',
        'CALENDAR_DAYS_REQUIRED',
        'Enter the first and last day of school.',
      );
    const clash = await manager
      .createQueryBuilder(DistrictCalendarEntity, 'c')
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere(
        'c.state = :state AND lower(c.district) = lower(:district) AND c.firstDay = :first',
        {
          state,
          district,
          first: calendar.firstDay,
        },
      )
      .getOne();
    if (clash && clash.id !== existing?.id)
      throw new DomainError(
        'CALENDAR_EXISTS',
        'CALENDAR_EXISTS',
        'This district already has a calendar for a school year starting that day; change that one.',
        'firstDay',
      );
    const row: Omit<DistrictCalendarEntity, 'createdAt' | 'updatedAt'> = {
      organizationId: ctx.organizationId!,
      id: existing?.id ?? randomUUID(),
      state,
      district,
      firstDay: calendar.firstDay,
      lastDay: calendar.lastDay,
      nonSchoolDays: [...(calendar.nonSchoolDays ?? [])].sort(),
    };
    if (existing)
      await manager.update(
        DistrictCalendarEntity,
        { organizationId: row.organizationId, id: row.id },
        row,
      );
    else await manager.insert(DistrictCalendarEntity, row);
    await this.audit.record(ctx, 'calendar.save', { type: 'DistrictCalendar', id: row.id });
    // A calendar renamed to another district leaves the old district's deadlines computed
    // with it: both districts are recomputed.
    const districts = [{ state, district }];
    if (
      existing &&
      (existing.state !== state || existing.district.toLowerCase() !== district.toLowerCase())
    )
      districts.push({ state: existing.state, district: existing.district });
    for (const listener of this.savedListeners)
      for (const d of districts) await listener(ctx, { calendarId: row.id, ...d });
    return toModel(row as DistrictCalendarEntity);
  }

  /**
   * The calendar for a student's district whose school year covers the date (or else the
   * latest one starting before it), as the rules want it; null when the organization has none.
   */
  async forDistrict(
    ctx: RequestContext,
    state: string,
    district: string,
    onDate: string,
  ): Promise<SchoolCalendar | null> {
    return (await this.calendarFor(ctx, state, district, onDate))?.calendar ?? null;
  }

  /** {@link forDistrict} with the calendar's id, which a computed deadline records. */
  async calendarFor(
    ctx: RequestContext,
    state: string,
    district: string,
    onDate: string,
  ): Promise<{ id: string; calendar: SchoolCalendar } | null> {
    if (!district) return null;
    const manager = await this.unitOfWork.manager(ctx);
    const row = await manager
      .createQueryBuilder(DistrictCalendarEntity, 'c')
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere('c.state = :state AND lower(c.district) = lower(:district)', { state, district })
      .orderBy('(c.first_day <= :on)', 'DESC')
      .addOrderBy('c.firstDay', 'DESC')
      .setParameter('on', onDate)
      .getOne();
    return row
      ? {
          id: row.id,
          calendar: {
            firstDay: row.firstDay,
            lastDay: row.lastDay,
            nonSchoolDays: row.nonSchoolDays,
          },
        }
      : null;
  }

  /**
   * Every school year the organization has saved for a student's district, earliest first, as
   * the rules want them: a service's ledger may cross several (summer lies between two).
   * Read by anyone who may read the student's case; no calendar is sensitive.
   */
  async allForDistrict(
    ctx: RequestContext,
    state: string,
    district: string,
  ): Promise<SchoolCalendar[]> {
    if (!district) return [];
    const manager = await this.unitOfWork.manager(ctx);
    const rows = await manager
      .createQueryBuilder(DistrictCalendarEntity, 'c')
      .where(...tenantScope.sql(ctx, 'c'))
      .andWhere('c.state = :state AND lower(c.district) = lower(:district)', { state, district })
      .orderBy('c.firstDay', 'ASC')
      .getMany();
    return rows.map((row) => ({
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      nonSchoolDays: row.nonSchoolDays,
    }));
  }
}
