import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganizationModel } from '../identity/identity.model';
import { SetOrganizationTimeZoneInput } from './organizations.model';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Mutation(() => OrganizationModel, {
    description:
      "Sets the active organization's time zone, in which its dates and times are kept (org admins).",
  })
  setOrganizationTimeZone(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetOrganizationTimeZoneInput,
  ): Promise<OrganizationModel> {
    return this.organizations.setTimeZone(ctx, input);
  }
}
