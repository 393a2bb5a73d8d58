import { Controller, Delete, Get, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodQuery } from '../http/openapi-schema.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { AbsencesService } from './absences.service.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { type AbsenceDto } from './dto/absence.dto.js';
import { myShiftsQuery, type CalendarFeedDto, type MyShiftDto, type MyShiftsQuery } from './dto/my-rota.dto.js';
import { MyRotaService } from './my-rota.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

/** A person's own rota: their published shifts, their absences, their calendar feed. */
@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/me')
@Roles('admin', 'manager', 'officer', 'senior', 'staff')
export class MyRotaController {
  constructor(
    private readonly myRota: MyRotaService,
    private readonly absences: AbsencesService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('shifts')
  @ApiZodQuery(myShiftsQuery)
  shifts(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(myShiftsQuery)) query: MyShiftsQuery): Promise<MyShiftDto[]> {
    return this.myRota.shifts(user, query);
  }

  @Get('absences')
  myAbsences(@Actor() user: CurrentUser): Promise<AbsenceDto[]> {
    return this.absences.mine(user);
  }

  /** `{ url: null, createdAt }`, or JSON `null` when there is no feed (Nest would send an empty body for null). */
  @Get('calendar-feed')
  async feed(@Actor() user: CurrentUser, @Res() response: Response): Promise<void> {
    response.status(200).json(await this.feeds.current(user));
  }

  @Post('calendar-feed')
  createFeed(@Actor() user: CurrentUser, @Req() request: Request): Promise<CalendarFeedDto> {
    return this.feeds.create(user, `${request.protocol}://${request.get('host') ?? 'localhost'}`);
  }

  @Delete('calendar-feed')
  @HttpCode(204)
  revokeFeed(@Actor() user: CurrentUser): Promise<void> {
    return this.feeds.revokeOwn(user);
  }
}
