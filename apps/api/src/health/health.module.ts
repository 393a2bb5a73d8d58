import { Module } from '@nestjs/common';
import { DemoModule } from '../demo/demo.module.js';
import { HealthController } from './health.controller.js';

@Module({ imports: [DemoModule], controllers: [HealthController] })
export class HealthModule {}
