import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import { Public } from '../../platform/auth/public.decorator';
import { SessionCookie } from '../../platform/auth/session-cookie';
import type { RequestContext } from '../../platform/context/request-context';
import type { GraphQLContext } from '../../platform/graphql/graphql-context';
import { RequestHelpInput, SignUpConfirmationModel } from './sign-up.model';
import { SignUpService } from './sign-up.service';

@Resolver(() => SignUpConfirmationModel)
export class SignUpResolver {
  constructor(
    private readonly signUp: SignUpService,
    @Inject(SessionCookie) private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Asks a published organization for help and mails a confirmation link. Answers true whether or not the email already has an account.',
  })
  async requestHelp(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RequestHelpInput,
  ): Promise<boolean> {
    await this.signUp.requestHelp(ctx, input);
    return true;
  }

  @Public()
  @Mutation(() => SignUpConfirmationModel, {
    description:
      'Uses up a sign-up confirmation link: creates the account, family, child and submitted intake, and signs in.',
  })
  async confirmSignUp(
    @Ctx() ctx: RequestContext,
    @Context() { res }: GraphQLContext,
    @Args('token') token: string,
  ): Promise<SignUpConfirmationModel> {
    const confirmed = await this.signUp.confirm(ctx, token);
    this.cookie.set(res, confirmed.session.token, confirmed.session.expiresAt);
    return { intakeId: confirmed.intakeId, organization: confirmed.organization };
  }
}
