import { type RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for the API and the dashboard it serves (helmet: the maintained set of
 * defaults). The content security policy allows only this origin's scripts and data, plus the
 * NHS.UK frontend's fonts from assets.nhs.uk. Inline styles stay allowed because recharts and
 * Swagger UI set them. HTTPS-only headers (HSTS, upgrade-insecure-requests) are sent only when
 * the deployment says it runs behind HTTPS (RECORDROOM_SECURE_COOKIES), so a plain-HTTP
 * evaluation on localhost keeps working.
 */
export function securityHeaders(behindHttps: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'https://assets.nhs.uk', 'data:'],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(behindHttps ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: behindHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
