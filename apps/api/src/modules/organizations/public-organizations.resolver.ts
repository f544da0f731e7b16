import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import { Public } from '../../platform/auth/public.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { PublicOrganizationModel } from './public-organization.model';
import { PublicOrganizationsService } from './public-organizations.service';

@Resolver(() => PublicOrganizationModel)
export class PublicOrganizationsResolver {
  constructor(private readonly organizations: PublicOrganizationsService) {}

  @Public()
  @Query(() => [PublicOrganizationModel], {
    description:
      'Published organizations, by name; with `state` (two letters), those serving that state.',
  })
  publicOrganizations(
    @Ctx() ctx: RequestContext,
    @Args('state', { type: () => String, nullable: true }) state: string | null,
  ): Promise<PublicOrganizationModel[]> {
    return this.organizations.list(ctx, state);
  }

  @Public()
  @Query(() => PublicOrganizationModel, {
    nullable: true,
    description: 'A published organization by its public address, or null.',
  })
  publicOrganization(
    @Ctx() ctx: RequestContext,
    @Args('slug') slug: string,
  ): Promise<PublicOrganizationModel | null> {
    return this.organizations.bySlug(ctx, slug);
  }
}
