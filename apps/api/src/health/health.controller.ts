import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type HealthDto } from '@recordroom/contracts';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator.js';
import { DemoSeeder } from '../demo/demo-seeder.js';

/** For load balancers and people: 200 when the database answers, 503 when it does not. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly demo: DemoSeeder,
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
    const demo = database === 'up' && (await this.demo.isDemoLoaded());
    return { status: database === 'up' ? 'ok' : 'degraded', database, demo, version: '0.1.0' };
  }
}
