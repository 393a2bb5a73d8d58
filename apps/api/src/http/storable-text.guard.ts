import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { type Request } from 'express';
import { invalidRequest } from './problem.js';
import { unstorableText } from './unstorable-text.js';

/**
 * Global guard, run before authentication and every pipe and handler: path parameters, query and
 * parsed JSON body must hold only text PostgreSQL can store (no NUL, no lone surrogate), or the
 * request is a 400 naming each bad field. Without it such text reached a query and came back as a
 * 500, or broke a CSV export after its first bytes were sent.
 */
@Injectable()
export class StorableTextGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const errors = [...unstorableText(request.params), ...unstorableText(request.query), ...unstorableText(request.body as unknown)];
    if (errors.length > 0) throw invalidRequest(errors);
    return true;
  }
}
