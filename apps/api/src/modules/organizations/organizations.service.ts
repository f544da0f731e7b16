import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { assertCan, defineAbilitiesFor } from '../../platform/auth/abilities';
import { Clock } from '../../platform/clock/clock';
import { requireTimeZone } from '../../platform/clock/time-zone';
import type { RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors } from '../../platform/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import type { OrganizationModel } from '../identity/identity.model';
import { OrganizationEntity } from '../identity/organization.entity';
import type { SetOrganizationTimeZoneInput } from './organizations.model';

export function toOrganizationModel(o: OrganizationEntity): OrganizationModel {
  return { id: o.id, name: o.name, timeZone: o.timeZone };
}

/** The active organization's own settings (org admins change them). */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
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
      this.clock.forget(ctx);
      await this.audit.record(
        ctx,
        'organization.time_zone_set',
        { type: 'Organization', id: organizationId },
        { from: previous, to: timeZone },
      );
    }
    return toOrganizationModel(organization);
  }
}
