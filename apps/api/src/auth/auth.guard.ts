import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Role } from '@recordroom/people';
import { forbidden, unauthenticated } from '../http/problem.js';
import { type AuthenticatedRequest } from './actor.decorator.js';
import { AuthService } from './auth.service.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { Clock } from '../time/clock.js';

/**
 * Global guard: every route is refused unless it is @Public or the signed-in user has one of
 * its @Roles. Organisation, department and line scope are checked again in the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) throw forbidden('This route declares no roles, so nobody may call it.');

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    if (!token) throw unauthenticated();
    const user = await this.auth.authenticate(token, this.clock.now());
    if (!user) throw unauthenticated('Your session has ended. Sign in again.');
    request.user = user;
    if (!roles.includes(user.role)) throw forbidden(`This needs one of these roles: ${roles.join(', ')}.`);
    return true;
  }
}
