import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Request } from 'express';
import { unauthenticated } from '../http/problem.js';
import { type CurrentUser } from './current-user.js';

export interface AuthenticatedRequest extends Request {
  user?: CurrentUser;
}

/** The signed-in user making the request (set by AuthGuard). */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw unauthenticated();
  return user;
});
