import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IdentityService } from '../../modules/identity/identity.service';
import { CommonErrors } from '../errors/domain-error';
import { requestContextOf } from './ctx.decorator';
import { IS_PUBLIC } from './public.decorator';

/** Global guard: every resolver and route needs a signed-in user unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const actor = await this.identity.authenticate(requestContextOf(context));
    if (!actor) throw CommonErrors.unauthenticated();
    return true;
  }
}
