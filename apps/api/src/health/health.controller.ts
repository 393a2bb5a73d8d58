import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface HealthDto {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  /** True when the demo department is loaded, so the sign-in page may show the demo sign-ins. */
  demo: boolean;
  version: string;
}

/** For load balancers and people: 200 when the database answers, 503 when it does not. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    let database: HealthDto['database'] = 'up';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = 'down';
    }
    if (database === 'down') response.status(503);
    return { status: database === 'up' ? 'ok' : 'degraded', database, demo: this.config.seedDemo, version: '0.1.0' };
  }
}
