import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type HealthDto } from '@recordroom/contracts';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { connectionFailureOf } from '../database/connection-failure.js';
import { DATABASE_RETRY_AFTER_SECONDS, DatabaseAvailability } from '../database/database-availability.js';
import { DemoSeeder } from '../demo/demo-seeder.js';
import { withinMs } from './within-ms.js';

/**
 * For load balancers and people: 200 when the database answers, 503 when it does not, within
 * RECORDROOM_HEALTH_TIMEOUT_MS either way. A pool with no connection free, or a server that
 * accepts connections and never answers, is "down" for this replica: a probe must get an answer
 * before its own timeout, not hang with the requests it is meant to protect.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demo: DemoSeeder,
    private readonly availability: DatabaseAvailability,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const up = await this.databaseAnswers();
    if (!up) {
      response.status(503);
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    const demo = up && (await withinMs(this.demo.isDemoLoaded(), this.config.healthTimeoutMs).catch(() => false));
    return { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', demo, version: '0.1.0' };
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await withinMs(this.dataSource.query('SELECT 1'), this.config.healthTimeoutMs);
      return true;
    } catch (error) {
      this.availability.noteFailure(connectionFailureOf(error) ?? 'busy', error);
      return false;
    }
  }
}
