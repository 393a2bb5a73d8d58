import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiConsumes } from '@nestjs/swagger';

export const CONSUMES_KEY = 'recordroom:consumes';

/** What a state-changing route takes its body as when no @Consumes says otherwise. */
export const DEFAULT_BODY_TYPE = 'application/json';

/**
 * The one media type a route takes its body as, instead of application/json: enforced by the
 * SameOriginWritesGuard (415 for anything else) and documented in the OpenAPI description.
 */
export function Consumes(mediaType: 'text/csv'): MethodDecorator {
  return applyDecorators(SetMetadata(CONSUMES_KEY, mediaType), ApiConsumes(mediaType));
}
