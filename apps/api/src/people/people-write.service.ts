import { Injectable } from '@nestjs/common';
import {
  type CloseSicknessDto,
  type DeleteCheckQuery,
  type PeoplePolicyDto,
  type PutCarryOverDto,
  type PutCheckDto,
  type PutPeoplePolicyDto,
  type RecordAppraisalDto,
  type RecordSicknessDto,
  type RecordTrainingDto,
  type ReturnToWorkDto,
  type SicknessEpisodeDto,
} from '@recordroom/contracts';
import { formatDate, leaveYearFor, probationEndDate, validateSicknessEpisode, validateTrainingCompletion, type FieldError, type SicknessEpisode } from '@recordroom/people';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { duplicate, forbidden, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { SicknessAbsencesService } from '../rota/sickness-absences.service.js';
import { Clock } from '../time/clock.js';
import { PeopleAccess } from './people-access.js';
import { scheduleOf, sicknessAuditSnapshot, toCourse, toEpisode, toPolicy, toSicknessDto } from './people.mapper.js';
import { PeopleRepository, type PersonRow, type SicknessRow } from './people.repository.js';

function throwIfAny(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw unprocessable([...errors]);
}

/** A version the client sent against the one on file; a record not yet on file has none to send. */
function checkVersion(entity: string, sent: number | undefined, current: number | null): void {
  if (current === null) {
    if (sent !== undefined) throw staleVersion(entity, sent, 0);
    return;
  }
  if (sent !== current) throw staleVersion(entity, sent ?? 0, current);
}

/**
 * Line-management changes: sickness episodes and return-to-work interviews, appraisals,
 * training completions, checks, leave carried over and the department's policy. Each is one
 * transaction with its audit row; a person's writes lock their staff row first, so two episodes
 * recorded at once cannot overlap; bad input is refused (4xx) before anything is written.
 */
@Injectable()
export class PeopleWriteService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly access: PeopleAccess,
    private readonly people: PeopleRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly sicknessOnRota: SicknessAbsencesService,
  ) {}

  /** Records an episode and puts it on the rota as sickness absence (SicknessAbsencesService), in one transaction. */
  recordSickness(user: CurrentUser, staffId: string, body: RecordSicknessDto): Promise<SicknessEpisodeDto> {
    return this.work.transaction(async (em) => {
      const person = await this.access.changeable(em, user, staffId);
      await this.people.lockPerson(em, person.id);
      const today = this.clock.today();
      const draft: SicknessEpisode = { id: 'new', staffId, startDate: body.startDate, endDate: body.endDate, startHalfDay: body.startHalfDay, endHalfDay: body.endHalfDay, reasonCode: body.reasonCode, exclusion: body.exclusion };
      const others = (await this.people.findSicknessOf(em, [staffId])).map(toEpisode);
      throwIfAny(validateSicknessEpisode(draft, others, { today }));
      if (body.startDate < person.employmentStartDate) throw unprocessable([{ field: 'startDate', message: `is before ${person.firstName} ${person.lastName} started (${formatDate(person.employmentStartDate)})` }]);
      throwIfAny(await this.sicknessOnRota.conflicts(em, { id: null, organisationId: user.organisationId, departmentId: person.departmentId, staffMemberId: staffId, startDate: body.startDate, endDate: body.endDate }));
      const created = await this.people.insertSickness(em, {
        organisationId: user.organisationId,
        departmentId: person.departmentId,
        staffMemberId: staffId,
        startDate: body.startDate,
        endDate: body.endDate,
        startHalfDay: body.startHalfDay,
        endHalfDay: body.endHalfDay,
        reasonCode: body.reasonCode,
        exclusion: body.exclusion,
        externalId: null,
        recordedBy: user.displayName,
      });
      await this.audit.record(em, user, { action: 'create', entityType: 'sickness-episode', entityId: created.id, departmentId: person.departmentId, before: null, after: sicknessAuditSnapshot(created) });
      await this.sicknessOnRota.put(em, user, created);
      return this.episodeDto(em, user, person, created);
    });
  }

  closeSickness(user: CurrentUser, id: string, body: CloseSicknessDto): Promise<SicknessEpisodeDto> {
    return this.changeEpisode(user, id, body.version, () => ({ endDate: body.endDate, endHalfDay: body.endHalfDay }));
  }

  /** Books the return-to-work meeting for a day, or records it held that day (then it is the interview). */
  returnToWork(user: CurrentUser, id: string, body: ReturnToWorkDto): Promise<SicknessEpisodeDto> {
    return this.changeEpisode(user, id, body.version, (current) => {
      if (body.meetingOn < current.startDate) throw unprocessable([{ field: 'meetingOn', message: `is before the episode starts (${formatDate(current.startDate)})` }]);
      return body.held ? { returnToWorkMeetingOn: body.meetingOn, returnToWorkInterviewOn: body.meetingOn } : { returnToWorkMeetingOn: body.meetingOn, returnToWorkInterviewOn: null };
    });
  }

  recordAppraisal(user: CurrentUser, staffId: string, body: RecordAppraisalDto): Promise<{ id: string; staffId: string; completedOn: string; appraiser: string }> {
    return this.work.transaction(async (em) => {
      const person = await this.access.changeable(em, user, staffId);
      const today = this.clock.today();
      if (body.completedOn > today) throw unprocessable([{ field: 'completedOn', message: `is after today (${formatDate(today)}): record an appraisal once it is held` }]);
      if (body.completedOn < person.employmentStartDate) throw unprocessable([{ field: 'completedOn', message: `is before ${person.firstName} ${person.lastName} started (${formatDate(person.employmentStartDate)})` }]);
      const created = await this.people.insertAppraisal(em, { organisationId: user.organisationId, staffMemberId: staffId, completedOn: body.completedOn, appraiser: user.displayName, note: body.note ?? null });
      if (!created) throw duplicate('completedOn', 'an appraisal on this day is already on file');
      await this.audit.record(em, user, { action: 'create', entityType: 'appraisal', entityId: created.id, departmentId: person.departmentId, before: null, after: { ...created, note: body.note ?? null } });
      return { id: created.id, staffId, completedOn: created.completedOn, appraiser: created.appraiser };
    });
  }

  recordTraining(user: CurrentUser, staffId: string, body: RecordTrainingDto): Promise<{ id: string; staffId: string; courseId: string; completedOn: string }> {
    return this.work.transaction(async (em) => {
      const person = await this.access.changeable(em, user, staffId);
      const courses = (await this.people.findCourses(em, user.organisationId)).map(toCourse);
      throwIfAny(validateTrainingCompletion({ staffId, courseId: body.courseId, completedOn: body.completedOn }, { today: this.clock.today(), courses }));
      const created = await this.people.insertCompletion(em, { organisationId: user.organisationId, staffMemberId: staffId, courseId: body.courseId, completedOn: body.completedOn, recordedBy: user.displayName });
      if (!created) throw duplicate('completedOn', 'this completion is already on file');
      await this.audit.record(em, user, { action: 'create', entityType: 'training-completion', entityId: created.id, departmentId: person.departmentId, before: null, after: created });
      return { id: created.id, staffId, courseId: created.courseId, completedOn: created.completedOn };
    });
  }

  /** Replaces the person's check of a kind (or records the first); DBS is the staff record's check date. */
  putCheck(user: CurrentUser, staffId: string, body: PutCheckDto): Promise<{ kind: string; version: number }> {
    return this.work.transaction(async (em) => {
      const person = await this.access.changeable(em, user, staffId);
      await this.people.lockPerson(em, staffId);
      const today = this.clock.today();
      const notAfterToday = (field: string, date: string): void => {
        if (date > today) throw unprocessable([{ field, message: `is after today (${formatDate(today)}): a check is dated when it was done` }]);
      };
      if (body.kind === 'dbs') {
        notAfterToday('checkedOn', body.checkedOn);
        const current = await this.people.findPerson(em, user.organisationId, staffId);
        checkVersion('DBS check', body.version, current?.dbsCheckDate ? current.version : null);
        const version = await this.people.setDbsCheckDate(em, staffId, body.checkedOn);
        await this.audit.record(em, user, { action: 'update', entityType: 'dbs-check', entityId: staffId, departmentId: person.departmentId, before: { checkedOn: person.dbsCheckDate }, after: { checkedOn: body.checkedOn } });
        return { kind: 'dbs', version };
      }
      const existing = await this.people.findCheck(em, staffId, body.kind, true);
      checkVersion(`${body.kind} check`, body.version, existing?.version ?? null);
      let row;
      if (body.kind === 'right-to-work') {
        notAfterToday('checkedOn', body.checkedOn);
        if (body.permissionExpiresOn !== null && body.permissionExpiresOn < body.checkedOn) throw unprocessable([{ field: 'permissionExpiresOn', message: `is before the check (${formatDate(body.checkedOn)})` }]);
        row = { staffMemberId: staffId, kind: body.kind, checkedOn: body.checkedOn, expiresOn: body.permissionExpiresOn, startsOn: null, lengthMonths: null, extendedTo: null, outcome: null };
      } else {
        if (body.startDate < person.employmentStartDate) throw unprocessable([{ field: 'startDate', message: `is before ${person.firstName} ${person.lastName} started (${formatDate(person.employmentStartDate)})` }]);
        const normalEnd = probationEndDate({ startDate: body.startDate, lengthMonths: body.lengthMonths });
        if (body.extendedTo !== null && body.extendedTo <= normalEnd) throw unprocessable([{ field: 'extendedTo', message: `must be after the probation's usual last day (${formatDate(normalEnd)})` }]);
        row = { staffMemberId: staffId, kind: body.kind, checkedOn: null, expiresOn: null, startsOn: body.startDate, lengthMonths: body.lengthMonths, extendedTo: body.extendedTo, outcome: body.outcome };
      }
      const saved = await this.people.upsertCheck(em, user.organisationId, row);
      await this.audit.record(em, user, { action: existing ? 'update' : 'create', entityType: `${body.kind}-check`, entityId: saved.id, departmentId: person.departmentId, before: existing, after: saved });
      return { kind: body.kind, version: saved.version };
    });
  }

  deleteCheck(user: CurrentUser, staffId: string, query: DeleteCheckQuery): Promise<void> {
    return this.work.transaction(async (em) => {
      const person = await this.access.changeable(em, user, staffId);
      await this.people.lockPerson(em, staffId);
      if (query.kind === 'dbs') {
        const current = await this.people.findPerson(em, user.organisationId, staffId);
        if (!current?.dbsCheckDate) throw notFound('DBS check');
        checkVersion('DBS check', query.version, current.version);
        await this.people.setDbsCheckDate(em, staffId, null);
        await this.audit.record(em, user, { action: 'delete', entityType: 'dbs-check', entityId: staffId, departmentId: person.departmentId, before: { checkedOn: current.dbsCheckDate }, after: null });
        return;
      }
      const existing = await this.people.findCheck(em, staffId, query.kind, true);
      if (!existing) throw notFound(`${query.kind} check`);
      checkVersion(`${query.kind} check`, query.version, existing.version);
      await this.people.deleteCheck(em, existing.id);
      await this.audit.record(em, user, { action: 'delete', entityType: `${query.kind}-check`, entityId: existing.id, departmentId: person.departmentId, before: existing, after: null });
    });
  }

  /** Hours carried into a leave year, which must start on a leave-year start under the department's policy. */
  putCarryOver(user: CurrentUser, staffId: string, body: PutCarryOverDto): Promise<{ leaveYearStart: string; hours: number; version: number }> {
    return this.work.transaction(async (em) => {
      const person = await this.access.changeable(em, user, staffId);
      const policy = toPolicy(person.departmentId, await this.people.findPolicy(em, person.departmentId));
      const year = leaveYearFor({ contractedHoursPerWeek: person.contractedHoursPerWeek, nhsServiceStartDate: person.nhsServiceStartDate, employmentStartDate: person.employmentStartDate }, body.leaveYearStart, policy.leave);
      if (year.start !== body.leaveYearStart) throw unprocessable([{ field: 'leaveYearStart', message: `must be the first day of a leave year; the one holding it starts on ${formatDate(year.start)}` }]);
      const existing = await this.people.findCarryOver(em, staffId, body.leaveYearStart, true);
      checkVersion('carry-over', body.version, existing?.version ?? null);
      const saved = await this.people.upsertCarryOver(em, user.organisationId, staffId, body.leaveYearStart, body.hours);
      await this.audit.record(em, user, { action: existing ? 'update' : 'create', entityType: 'leave-carry-over', entityId: saved.id, departmentId: person.departmentId, before: existing, after: saved });
      return { leaveYearStart: saved.leaveYearStart, hours: saved.hours, version: saved.version };
    });
  }

  putPolicy(user: CurrentUser, body: PutPeoplePolicyDto): Promise<PeoplePolicyDto> {
    return this.work.transaction(async (em) => {
      if (user.role !== 'admin' && user.role !== 'manager') throw forbidden('Only the department manager or an admin sets the department policy.');
      const { departmentId } = await this.access.team(em, user, body.departmentId);
      const existing = await this.people.findPolicy(em, departmentId, true);
      checkVersion('people policy', body.version, existing?.version ?? null);
      await this.people.upsertPolicy(em, user.organisationId, {
        departmentId,
        leaveYearKind: body.leaveYear.kind === 'anniversary' ? 'anniversary' : 'fixed',
        leaveYearStartMonth: body.leaveYear.kind === 'anniversary' ? 4 : body.leaveYear.month,
        leaveYearStartDay: body.leaveYear.kind === 'anniversary' ? 1 : body.leaveYear.day,
        carryOverCapHours: body.carryOverCapHours,
        dbsRenewalYears: body.dbsRenewalYears,
        bradfordTriggers: body.bradfordTriggers,
      });
      const saved = toPolicy(departmentId, await this.people.findPolicy(em, departmentId)).dto;
      await this.audit.record(em, user, { action: existing ? 'update' : 'create', entityType: 'people-policy', entityId: departmentId, departmentId, before: existing, after: saved });
      return saved;
    });
  }

  /** A change to an episode: in the caller's reach, at the version they read, still valid against the person's other episodes. */
  private changeEpisode(user: CurrentUser, id: string, version: number, change: (current: SicknessRow) => Parameters<PeopleRepository['updateSickness']>[2]): Promise<SicknessEpisodeDto> {
    return this.work.transaction(async (em) => {
      const found = await this.people.findSicknessEpisode(em, user.organisationId, id);
      if (!found) throw notFound('sickness episode');
      // Someone outside the caller's reach: as if the episode did not exist.
      const person = await this.access.changeable(em, user, found.staffMemberId, 'sickness episode');
      await this.people.lockPerson(em, person.id);
      const current = await this.people.findSicknessEpisode(em, user.organisationId, id, true);
      if (!current) throw notFound('sickness episode');
      if (current.version !== version) throw staleVersion('sickness episode', version, current.version);
      const changes = change(current);
      const next: SicknessEpisode = { ...toEpisode(current), ...changes, ...(changes.returnToWorkInterviewOn !== undefined ? { returnToWorkInterviewOn: changes.returnToWorkInterviewOn } : {}) };
      const others = (await this.people.findSicknessOf(em, [person.id])).filter((e) => e.id !== id).map(toEpisode);
      throwIfAny(validateSicknessEpisode(next, others, { today: this.clock.today() }));
      const datesChange = next.startDate !== current.startDate || next.endDate !== current.endDate;
      if (datesChange) throwIfAny(await this.sicknessOnRota.conflicts(em, { ...current, startDate: next.startDate, endDate: next.endDate }));
      const updated = await this.people.updateSickness(em, id, changes);
      await this.audit.record(em, user, { action: 'update', entityType: 'sickness-episode', entityId: id, departmentId: person.departmentId, before: sicknessAuditSnapshot(current), after: sicknessAuditSnapshot(updated) });
      // Its rota absence follows the new dates in the same transaction; an episode from before the
      // link goes on the rota once its dates change (they were just checked against the rota's leave).
      await this.sicknessOnRota.put(em, user, updated, { onlyIfOnRota: !datesChange });
      return this.episodeDto(em, user, person, updated);
    });
  }

  private async episodeDto(em: EntityManager, user: CurrentUser, person: PersonRow, row: SicknessRow): Promise<SicknessEpisodeDto> {
    const patterns = await this.people.findWorkingPatterns(em, [person.id]);
    return toSicknessDto(row, this.clock.today(), scheduleOf(person.contractedHoursPerWeek, patterns.get(person.id)), this.access.seesSicknessReasons(user, person));
  }
}
