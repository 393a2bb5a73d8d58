import { Global, Module } from '@nestjs/common';
import { DatabaseAvailability } from './database-availability.js';

/** One DatabaseAvailability for the whole API: the exception filters and the health check share its view of an outage. */
@Global()
@Module({ providers: [DatabaseAvailability], exports: [DatabaseAvailability] })
export class DatabaseModule {}
