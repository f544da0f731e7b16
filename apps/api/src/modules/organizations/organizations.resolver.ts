import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganizationModel } from '../identity/identity.model';
import {
  OrganizationPublicPageModel,
  OrganizationSettingsModel,
  SetOrganizationTimeZoneInput,
  UpdateOrganizationPublicPageInput,
  UpdateOrganizationSettingsInput,
} from './organizations.model';
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

  @Query(() => OrganizationPublicPageModel, {
    description: "The active organization's public page and directory entry, published or not.",
  })
  organizationPublicPage(@Ctx() ctx: RequestContext): Promise<OrganizationPublicPageModel> {
    return this.organizations.publicPage(ctx);
  }

  @Mutation(() => OrganizationPublicPageModel, {
    description:
      "Changes the active organization's public page: its address, what it says, and whether it is published (org admins).",
  })
  updateOrganizationPublicPage(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateOrganizationPublicPageInput,
  ): Promise<OrganizationPublicPageModel> {
    return this.organizations.updatePublicPage(ctx, input);
  }

  @Query(() => OrganizationSettingsModel, {
    description:
      "The active organization's settings: its name, advocates' reach, reminder days and the report's counting rules.",
  })
  organizationSettings(@Ctx() ctx: RequestContext): Promise<OrganizationSettingsModel> {
    return this.organizations.settings(ctx);
  }

  @Mutation(() => OrganizationSettingsModel, {
    description:
      "Changes the active organization's settings; fields left out stay as they are (org admins).",
  })
  updateOrganizationSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationSettingsModel> {
    return this.organizations.updateSettings(ctx, input);
  }
}
