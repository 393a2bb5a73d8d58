import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { type Request } from 'express';
import {
  closeSicknessSchema,
  deleteCheckQuery,
  departmentQuery,
  putCarryOverSchema,
  putCheckSchema,
  putPeoplePolicySchema,
  recordAppraisalSchema,
  recordSicknessSchema,
  recordTrainingSchema,
  returnToWorkSchema,
  whoIsOffQuery,
  type CloseSicknessDto,
  type CourseDto,
  type DeleteCheckQuery,
  type DepartmentQuery,
  type MyTeamDto,
  type PeoplePolicyDto,
  type PeopleImportResultDto,
  type PersonRecordDto,
  type PutCarryOverDto,
  type PutCheckDto,
  type PutPeoplePolicyDto,
  type RecordAppraisalDto,
  type RecordSicknessDto,
  type RecordTrainingDto,
  type ReturnToWorkDto,
  type SicknessEpisodeDto,
  type TeamComplianceDto,
  type WhoIsOffDto,
  type WhoIsOffQuery,
} from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { Consumes } from '../http/consumes.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { PeopleImportService } from './people-import.service.js';
import { PeopleReadService } from './people-read.service.js';
import { PeopleWriteService } from './people-write.service.js';

const uuid = new UuidParam();
const csvBody = { schema: { type: 'string', format: 'binary', description: 'The CSV file itself (docs/line-management-csv.md)' } } as const;

/** Line management (docs/api/people.md): teams, people's records, sickness, training, checks. */
@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly reads: PeopleReadService,
    private readonly writes: PeopleWriteService,
    private readonly imports: PeopleImportService,
  ) {}

  @Post('imports/staff')
  @Roles('admin', 'manager')
  @Consumes('text/csv')
  @HttpCode(200)
  @ApiBody(csvBody)
  @ApiZodQuery(departmentQuery)
  importStaff(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery, @Req() request: Request): Promise<PeopleImportResultDto> {
    return this.imports.importStaff(user, query.departmentId, request);
  }

  @Post('imports/absences')
  @Roles('admin', 'manager')
  @Consumes('text/csv')
  @HttpCode(200)
  @ApiBody(csvBody)
  @ApiZodQuery(departmentQuery)
  importAbsences(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery, @Req() request: Request): Promise<PeopleImportResultDto> {
    return this.imports.importAbsences(user, query.departmentId, request);
  }

  @Get('team')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(departmentQuery)
  team(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery): Promise<MyTeamDto> {
    return this.reads.team(user, query.departmentId);
  }

  @Get('compliance')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(departmentQuery)
  compliance(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery): Promise<TeamComplianceDto> {
    return this.reads.compliance(user, query.departmentId);
  }

  @Get('off')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(whoIsOffQuery)
  whoIsOff(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(whoIsOffQuery)) query: WhoIsOffQuery): Promise<WhoIsOffDto> {
    return this.reads.whoIsOff(user, query);
  }

  @Get('courses')
  @Roles('admin', 'manager', 'officer', 'senior', 'staff')
  courses(@Actor() user: CurrentUser): Promise<CourseDto[]> {
    return this.reads.courses(user);
  }

  @Get('policy')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(departmentQuery)
  policy(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery): Promise<PeoplePolicyDto> {
    return this.reads.policy(user, query.departmentId);
  }

  @Put('policy')
  @Roles('admin', 'manager')
  @ApiZodBody(putPeoplePolicySchema)
  putPolicy(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(putPeoplePolicySchema)) body: PutPeoplePolicyDto): Promise<PeoplePolicyDto> {
    return this.writes.putPolicy(user, body);
  }

  @Get('staff/:staffId')
  @Roles('admin', 'manager', 'officer', 'senior', 'staff')
  record(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string): Promise<PersonRecordDto> {
    return this.reads.record(user, staffId);
  }

  @Post('staff/:staffId/sickness')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(recordSicknessSchema)
  recordSickness(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string, @Body(new ZodValidationPipe(recordSicknessSchema)) body: RecordSicknessDto): Promise<SicknessEpisodeDto> {
    return this.writes.recordSickness(user, staffId, body);
  }

  @Post('sickness/:id/close')
  @Roles('admin', 'manager', 'officer')
  @HttpCode(200)
  @ApiZodBody(closeSicknessSchema)
  closeSickness(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(closeSicknessSchema)) body: CloseSicknessDto): Promise<SicknessEpisodeDto> {
    return this.writes.closeSickness(user, id, body);
  }

  @Post('sickness/:id/return-to-work')
  @Roles('admin', 'manager', 'officer')
  @HttpCode(200)
  @ApiZodBody(returnToWorkSchema)
  returnToWork(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(returnToWorkSchema)) body: ReturnToWorkDto): Promise<SicknessEpisodeDto> {
    return this.writes.returnToWork(user, id, body);
  }

  @Post('staff/:staffId/appraisals')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(recordAppraisalSchema)
  recordAppraisal(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string, @Body(new ZodValidationPipe(recordAppraisalSchema)) body: RecordAppraisalDto): Promise<{ id: string }> {
    return this.writes.recordAppraisal(user, staffId, body);
  }

  @Post('staff/:staffId/training')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(recordTrainingSchema)
  recordTraining(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string, @Body(new ZodValidationPipe(recordTrainingSchema)) body: RecordTrainingDto): Promise<{ id: string }> {
    return this.writes.recordTraining(user, staffId, body);
  }

  @Put('staff/:staffId/checks')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(putCheckSchema)
  putCheck(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string, @Body(new ZodValidationPipe(putCheckSchema)) body: PutCheckDto): Promise<{ kind: string; version: number }> {
    return this.writes.putCheck(user, staffId, body);
  }

  @Delete('staff/:staffId/checks')
  @Roles('admin', 'manager', 'officer')
  @HttpCode(204)
  @ApiZodQuery(deleteCheckQuery)
  deleteCheck(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string, @Query(new ZodValidationPipe(deleteCheckQuery)) query: DeleteCheckQuery): Promise<void> {
    return this.writes.deleteCheck(user, staffId, query);
  }

  @Put('staff/:staffId/carry-over')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(putCarryOverSchema)
  putCarryOver(@Actor() user: CurrentUser, @Param('staffId', uuid) staffId: string, @Body(new ZodValidationPipe(putCarryOverSchema)) body: PutCarryOverDto): Promise<{ version: number }> {
    return this.writes.putCarryOver(user, staffId, body);
  }
}
