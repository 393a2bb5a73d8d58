import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  acceptSolveSchema,
  solveChangesQuery,
  solveDecisionSchema,
  startSolveSchema,
  type AcceptSolveDto,
  type Page,
  type SolveAcceptedDto,
  type SolveChangesQuery,
  type SolveDto,
  type SolvePersonChangesDto,
  type SolvePreviewSummaryDto,
  type StartSolveDto,
} from '@recordroom/contracts';
import { Actor } from '../../auth/actor.decorator.js';
import { type CurrentUser } from '../../auth/current-user.js';
import { Roles } from '../../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../../http/openapi-schema.js';
import { UuidParam } from '../../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../../http/zod-validation.pipe.js';
import { RotaSolvesService } from './rota-solves.service.js';

const id = new UuidParam();

/** Auto-rostering jobs (docs/api/rota.md, "Auto-rostering"). */
@ApiTags('rota')
@Controller('rota')
export class RotaSolvesController {
  constructor(private readonly solves: RotaSolvesService) {}

  @Post('periods/:id/solves')
  @Roles('admin', 'manager')
  @ApiZodBody(startSolveSchema)
  start(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Body(new ZodValidationPipe(startSolveSchema)) body: StartSolveDto): Promise<SolveDto> {
    return this.solves.start(user, periodId, body);
  }

  @Get('periods/:id/solves')
  @Roles('admin', 'manager')
  list(@Actor() user: CurrentUser, @Param('id', id) periodId: string): Promise<SolveDto[]> {
    return this.solves.list(user, periodId);
  }

  @Get('solves/:id')
  @Roles('admin', 'manager')
  get(@Actor() user: CurrentUser, @Param('id', id) solveId: string): Promise<SolveDto> {
    return this.solves.get(user, solveId);
  }

  @Get('solves/:id/preview')
  @Roles('admin', 'manager')
  preview(@Actor() user: CurrentUser, @Param('id', id) solveId: string): Promise<SolvePreviewSummaryDto> {
    return this.solves.preview(user, solveId);
  }

  @Get('solves/:id/changes')
  @Roles('admin', 'manager')
  @ApiZodQuery(solveChangesQuery)
  changes(@Actor() user: CurrentUser, @Param('id', id) solveId: string, @Query(new ZodValidationPipe(solveChangesQuery)) query: SolveChangesQuery): Promise<Page<SolvePersonChangesDto>> {
    return this.solves.changes(user, solveId, query);
  }

  @Post('solves/:id/cancel')
  @Roles('admin', 'manager')
  @HttpCode(200)
  cancel(@Actor() user: CurrentUser, @Param('id', id) solveId: string): Promise<SolveDto> {
    return this.solves.cancel(user, solveId);
  }

  @Post('solves/:id/accept')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiZodBody(acceptSolveSchema)
  accept(@Actor() user: CurrentUser, @Param('id', id) solveId: string, @Body(new ZodValidationPipe(acceptSolveSchema)) body: AcceptSolveDto): Promise<SolveAcceptedDto> {
    return this.solves.accept(user, solveId, body);
  }

  @Post('solves/:id/reject')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiZodBody(solveDecisionSchema)
  reject(@Actor() user: CurrentUser, @Param('id', id) solveId: string, @Body(new ZodValidationPipe(solveDecisionSchema)) body: { version: number }): Promise<SolveDto> {
    return this.solves.reject(user, solveId, body.version);
  }
}
