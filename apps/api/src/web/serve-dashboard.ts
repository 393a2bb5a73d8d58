import { type NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/web/dist, beside this app in the monorepo, unless RECORDROOM_WEB_DIST says otherwise. */
export function dashboardFolder(override: string | undefined): string {
  return override ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');
}

/**
 * Serves the dashboard's production build on the API's port: hashed assets cached for a year,
 * and index.html (never cached) for every other page path, so client-side routes reload.
 * Returns false when there is no build to serve.
 */
export function serveDashboard(app: NestExpressApplication, folder: string): boolean {
  const index = path.join(folder, 'index.html');
  if (!existsSync(index)) return false;
  app.use('/assets', express.static(path.join(folder, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  // Only page paths look for a file: an API request would otherwise cost a file-system lookup.
  const files = express.static(folder, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith('/api')) next();
    else files(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
