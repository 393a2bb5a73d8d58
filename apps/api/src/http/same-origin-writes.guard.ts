import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CONSUMES_KEY, DEFAULT_BODY_TYPE } from './consumes.decorator.js';
import { crossSiteRequest, unsupportedMediaType } from './problem.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Global guard against cross-site request forgery, not resting on the SameSite cookie alone. A
 * state-changing request (sign-in included: login CSRF) is refused with 403 when the browser
 * says it came from another site (Sec-Fetch-Site: cross-site or same-site) or from a page of an
 * origin that is not Recordroom's (Origin); with 415 when it has a body in any media type but the
 * route's own (application/json, or what its @Consumes says). An HTML form or a no-CORS fetch
 * can only send form, multipart or text/plain bodies, so neither can reach a handler.
 * A request without these headers (curl, scripts, supertest) passes the origin checks: it sends
 * no cookie unless its author holds the session, and the media type check still applies.
 */
@Injectable()
export class SameOriginWritesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!STATE_CHANGING.has(request.method)) return true;

    // same-origin, none (typed or bookmarked by the person) and absent (not a browser) may pass.
    const site = request.get('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') {
      throw crossSiteRequest(`This change was sent from another site (Sec-Fetch-Site: ${site}); changes are accepted only from pages of Recordroom itself.`);
    }
    const origin = request.get('origin');
    if (origin !== undefined && !this.config.allowedOrigins.includes(origin)) {
      throw crossSiteRequest(
        `This change was sent from a page at ${origin}; changes are accepted only from ${this.config.publicOrigin}. If that is the address you use Recordroom at, ask your administrator to set RECORDROOM_PUBLIC_ORIGIN to it.`,
      );
    }

    // A declared media type is checked even on an empty body: an empty form POST says what it is.
    const declared = request.get('content-type');
    if (hasBody(request) || declared !== undefined) {
      const accepted = this.reflector.get<string | undefined>(CONSUMES_KEY, context.getHandler()) ?? DEFAULT_BODY_TYPE;
      if (mediaTypeOf(declared) !== accepted) throw unsupportedMediaType(declared, accepted);
    }
    return true;
  }
}

/** 'application/json; charset=utf-8' → 'application/json'; undefined when none is declared. */
function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

/** A request with no Content-Length (or 0) and no Transfer-Encoding has no body to type. */
function hasBody(request: Request): boolean {
  const length = request.get('content-length');
  return request.get('transfer-encoding') !== undefined || (length !== undefined && Number(length) !== 0);
}
