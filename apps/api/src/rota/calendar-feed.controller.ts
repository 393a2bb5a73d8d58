import { Controller, Delete, Get, Header, HttpCode, Param, UseFilters } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Public, Roles } from '../auth/roles.decorator.js';
import { notFound } from '../http/problem.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** The feed itself: public, because calendar apps cannot sign in; the token in the URL is the secret. */
  @Get('calendar/:token.ics')
  @Public()
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=900')
  async calendar(@Param('token') token: string): Promise<string> {
    const body = /^[A-Za-z0-9_-]{43}$/.test(token) ? await this.feeds.render(token) : null;
    if (body === null) throw notFound('calendar feed');
    return body;
  }

  /** A manager stops someone's feed (a lost phone); the person makes a new one when they want it. */
  @Delete('staff/:staffId/calendar-feed')
  @Roles('admin', 'manager')
  @HttpCode(204)
  revoke(@Actor() user: CurrentUser, @Param('staffId', new UuidParam('staffId')) staffId: string): Promise<void> {
    return this.feeds.revokeFor(user, staffId);
  }
}
