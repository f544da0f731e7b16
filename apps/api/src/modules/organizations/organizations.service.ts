import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import { requireTimeZone } from '../../platform/clock/time-zone';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors } from '../../platform/errors/domain-error';
import { OrganizationFactsReader } from '../../platform/tenancy/organization-facts';
import { AuditService } from '../audit/audit.service';
import type { OrganizationModel } from '../identity/identity.model';
import { OrganizationEntity } from '../identity/organization.entity';
import { QueryFailedError } from 'typeorm';
import { OrganizationsErrors } from './organizations.errors';
import type {
  OrganizationPublicPageModel,
  OrganizationSettingsModel,
  SetOrganizationTimeZoneInput,
  UpdateOrganizationPublicPageInput,
  UpdateOrganizationSettingsInput,
} from './organizations.model';
import { requireText } from '../../platform/errors/validate';
import { reminderDaysOf } from '../proceedings/reminder-days';
import { reportSettingsOf } from './report-settings';
import { applyPublicPageInput, type PublicPageColumns } from './public-page-input';

export function toOrganizationModel(o: OrganizationEntity): OrganizationModel {
  return { id: o.id, name: o.name, timeZone: o.timeZone };
}

function toSettingsModel(o: OrganizationEntity): OrganizationSettingsModel {
  return {
    name: o.name,
    advocatesSeeAllCases: o.settings?.advocatesSeeAllCases === true,
    deadlineReminderDays: reminderDaysOf(o.settings),
    reportRules: reportSettingsOf(o.settings).rules,
  };
}

export function toPublicPageModel(o: PublicPageColumns): OrganizationPublicPageModel {
  return {
    slug: o.slug,
    enabled: o.publicPageEnabled,
    statesServed: o.statesServed,
    countiesServed: o.countiesServed,
    languages: o.languages,
    contactPhone: o.contactPhone,
    contactEmail: o.contactEmail,
    website: o.website,
    address: o.address,
    brandColor: o.brandColor,
  };
}

const PUBLIC_PAGE_FIELDS = [
  'slug',
  'publicPageEnabled',
  'statesServed',
  'countiesServed',
  'languages',
  'contactPhone',
  'contactEmail',
  'website',
  'address',
  'brandColor',
] as const satisfies readonly (keyof PublicPageColumns)[];

/** The unique index on `organizations.slug`: another organization (hidden by RLS) has it. */
function isSlugClash(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === 'organizations_slug_key';
}

/** The active organization's own settings (org admins change them). */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly organizationFacts: OrganizationFactsReader,
  ) {}

  /**
   * Sets the zone of the organization's "today": overdue, reminders, "not after today" and
   * the times the portal shows follow it from the next request on.
   */
  async setTimeZone(
    ctx: RequestContext,
    input: SetOrganizationTimeZoneInput,
  ): Promise<OrganizationModel> {
    const organizationId = ctx.organizationId;
    if (!organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      'update',
      subject('Organization', { id: organizationId }),
    );
    const timeZone = requireTimeZone(input.timeZone, 'timeZone');
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
    if (!organization) throw CommonErrors.notFound('organization');
    const previous = organization.timeZone;
    if (previous !== timeZone) {
      await manager.update(OrganizationEntity, { id: organizationId }, { timeZone });
      organization.timeZone = timeZone;
      this.organizationFacts.forget(ctx);
      await this.audit.record(
        ctx,
        'organization.time_zone_set',
        { type: 'Organization', id: organizationId },
        { from: previous, to: timeZone },
      );
    }
    return toOrganizationModel(organization);
  }

  /** The active organization's public page as its members see it, published or not. */
  async publicPage(ctx: RequestContext): Promise<OrganizationPublicPageModel> {
    const organization = await this.current(ctx, 'read');
    return toPublicPageModel(organization);
  }

  /**
   * Changes the public page (org admins). Every field is checked and named before anything
   * is written; the address's uniqueness across organizations is the database's to know, as
   * row-level security hides the others' rows from this request.
   */
  async updatePublicPage(
    ctx: RequestContext,
    input: UpdateOrganizationPublicPageInput,
  ): Promise<OrganizationPublicPageModel> {
    const organization = await this.current(ctx, 'update');
    const next = applyPublicPageInput(organization, input);
    const changed = PUBLIC_PAGE_FIELDS.filter(
      (field) => JSON.stringify(organization[field]) !== JSON.stringify(next[field]),
    );
    if (changed.length === 0) return toPublicPageModel(organization);
    const manager = await this.unitOfWork.manager(ctx);
    try {
      await manager.update(OrganizationEntity, { id: organization.id }, next);
    } catch (error) {
      if (isSlugClash(error)) throw OrganizationsErrors.slugTaken();
      throw error;
    }
    await this.audit.record(
      ctx,
      'organization.public_page_update',
      { type: 'Organization', id: organization.id },
      { fields: changed.join(','), enabled: next.publicPageEnabled, slug: next.slug },
    );
    return toPublicPageModel(next);
  }

  /** The settings org admins change on /organization/settings; every member may read them. */
  async settings(ctx: RequestContext): Promise<OrganizationSettingsModel> {
    return toSettingsModel(await this.current(ctx, 'read'));
  }

  /**
   * Changes the general settings and the report's counting rules: each field given is checked
   * and named before anything is written, and the audit entry keeps each change's before and
   * after. Advocates' reach follows `advocatesSeeAllCases` from the next request on.
   */
  async updateSettings(
    ctx: RequestContext,
    input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationSettingsModel> {
    const organization = await this.current(ctx, 'update');
    const before = toSettingsModel(organization);
    const name = input.name == null ? before.name : requireText(input.name, 'name', 200, 1);
    const days = input.deadlineReminderDays;
    if (days != null && !(Number.isInteger(days) && days >= 0 && days <= 60))
      throw OrganizationsErrors.reminderDaysInvalid();
    const rule = (key: keyof OrganizationSettingsModel['reportRules']) =>
      input[key] ?? before.reportRules[key];
    const after: OrganizationSettingsModel = {
      name,
      advocatesSeeAllCases: input.advocatesSeeAllCases ?? before.advocatesSeeAllCases,
      deadlineReminderDays: days ?? before.deadlineReminderDays,
      reportRules: {
        multiSessionCountsOnce: rule('multiSessionCountsOnce'),
        unduplicatedIncludesStudents: rule('unduplicatedIncludesStudents'),
        meetingsCountAsContacts: rule('meetingsCountAsContacts'),
      },
    };
    const flat = (m: OrganizationSettingsModel): Record<string, string | number | boolean> => ({
      name: m.name,
      advocatesSeeAllCases: m.advocatesSeeAllCases,
      deadlineReminderDays: m.deadlineReminderDays,
      ...m.reportRules,
    });
    const [from, to] = [flat(before), flat(after)];
    const changed = Object.keys(to).filter((key) => from[key] !== to[key]);
    if (changed.length === 0) return before;
    const manager = await this.unitOfWork.manager(ctx);
    await manager.update(
      OrganizationEntity,
      { id: organization.id },
      {
        name: after.name,
        settings: {
          ...organization.settings,
          advocatesSeeAllCases: after.advocatesSeeAllCases,
          deadlineReminderDays: after.deadlineReminderDays,
          reportRules: after.reportRules,
        },
      },
    );
    this.organizationFacts.forget(ctx);
    await this.audit.record(
      ctx,
      'organization.settings_update',
      { type: 'Organization', id: organization.id },
      Object.fromEntries(
        changed.flatMap((key) => [
          [`${key}.from`, from[key] ?? null],
          [`${key}.to`, to[key] ?? null],
        ]),
      ),
    );
    return after;
  }

  private async current(
    ctx: RequestContext,
    action: 'read' | 'update',
  ): Promise<OrganizationEntity> {
    const organizationId = ctx.organizationId;
    if (!organizationId) throw CommonErrors.forbidden();
    assertCan(
      defineAbilitiesFor(ctx.actor),
      action,
      subject('Organization', { id: organizationId }),
    );
    const manager = await this.unitOfWork.manager(ctx);
    const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
    if (!organization) throw CommonErrors.notFound('organization');
    return organization;
  }
}
