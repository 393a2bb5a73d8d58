import { SetMetadata } from '@nestjs/common';
import { type Role } from '@recordroom/people';

export const ROLES_KEY = 'recordroom:roles';
export const PUBLIC_KEY = 'recordroom:public';

/**
 * The roles that may call a route. A route with neither @Roles nor @Public is refused for
 * everyone (deny by default); test/route-declarations.int-spec.ts proves every route declares one.
 * Roles only open the door: the service still checks organisation, department and line scope.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call, signed in or not (sign-in, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
