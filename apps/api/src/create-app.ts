import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module.js';
import { type AppConfig } from './config/app-config.js';
import { noStore } from './http/cache-control.js';
import { logRequests } from './http/request-logger.js';
import { securityHeaders } from './http/security-headers.js';
import { type Clock } from './time/clock.js';
import { dashboardFolder, serveDashboard } from './web/serve-dashboard.js';

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function jsonLogger(level: AppConfig['logLevel']): ConsoleLogger {
  return new ConsoleLogger('recordroom', { json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
}

/**
 * The configured application, not yet listening: used by main.ts, the integration tests and the
 * benchmarks, so all three run the same middleware, guards, filters and routes.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: ConsoleLogger | false = jsonLogger(config.logLevel),
  clock?: Clock,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, clock), { logger: logger || false });
  app.setGlobalPrefix('api');
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(securityHeaders(config.secureCookies));
  app.use(cookieParser());
  if (logger) app.use('/api', logRequests);
  app.use('/api', noStore);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Recordroom API')
      .setDescription('Workforce and service management for hospital health records departments. Sign in with POST /api/auth/sign-in; the session cookie authorises the rest.')
      .setVersion('0.1.0')
      .addCookieAuth('recordroom_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  serveDashboard(app, dashboardFolder(config.webDist));
  return app;
}
