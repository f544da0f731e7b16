import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { SessionCookie } from '../../platform/auth/session-cookie';
import type { RequestContext } from '../../platform/context/request-context';
import type { GraphQLContext } from '../../platform/graphql/graphql-context';
import { CommonErrors } from '../../platform/errors/domain-error';
import { MeModel } from './identity.model';
import { IdentityService } from './identity.service';

@Resolver(() => MeModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    @Inject(SessionCookie) private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Query(() => MeModel, {
    nullable: true,
    description: 'The signed-in user, or null without a valid session.',
  })
  me(@Ctx() ctx: RequestContext): Promise<MeModel | null> {
    return this.identity.me(ctx);
  }

  @Public()
  @Mutation(() => MeModel, {
    description: 'Signs in with email and password and starts a new session.',
  })
  async signIn(
    @Ctx() ctx: RequestContext,
    @Context() { res }: GraphQLContext,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<MeModel> {
    const session = await this.identity.signIn(ctx, email, password);
    this.cookie.set(res, session.token, session.expiresAt);
    const me = await this.identity.me(ctx);
    if (!me) throw CommonErrors.unauthenticated();
    return me;
  }

  @Mutation(() => MeModel, {
    description: "Makes another of the signed-in user's organizations the active one.",
  })
  async switchOrganization(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<MeModel> {
    await this.identity.switchOrganization(ctx, organizationId);
    const me = await this.identity.me(ctx);
    if (!me) throw CommonErrors.unauthenticated();
    return me;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link when the address has an account; answers true either way.',
  })
  async requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
  ): Promise<boolean> {
    await this.identity.requestPasswordReset(ctx, email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link and ends every session.',
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<boolean> {
    await this.identity.resetPassword(ctx, token, password);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Ends the current session. Safe to call when signed out.',
  })
  async signOut(@Ctx() ctx: RequestContext, @Context() { res }: GraphQLContext): Promise<boolean> {
    await this.identity.signOut(ctx);
    this.cookie.clear(res);
    return true;
  }
}
