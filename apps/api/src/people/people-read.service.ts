import { Injectable } from '@nestjs/common';
import { addDays, daysBetween, type IsoDate } from '@recordroom/calendar';
import {
  type ComplianceRowDto,
  type CourseDto,
  type MyTeamDto,
  type PeoplePolicyDto,
  type PersonRecordDto,
  type TeamComplianceDto,
  type WhoIsOffDto,
  type WhoIsOffQuery,
} from '@recordroom/contracts';
import {
  appraisalDue,
  attentionList,
  bradfordFactor,
  dbsCheckStatus,
  isCourseRequiredFor,
  isInDate,
  leaveBalance,
  leaveBooking,
  probationStatus,
  rightToWorkStatus,
  sickDaysSoFar,
  trainingCompliance,
  trainingStatus,
  wholeTimeEquivalent,
  type AttentionUrgency,
  type Course,
  type TeamMemberRecord,
  type TrainingCompletion,
  type WorkSchedule,
} from '@recordroom/people';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { recordSicknessRead } from '../audit/sickness-read.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { unprocessable } from '../http/problem.js';
import { Clock } from '../time/clock.js';
import { PeopleAccess } from './people-access.js';
import { scheduleOf, toCourse, toEpisode, toLeaveRecord, toPolicy, toSicknessDto, type PeoplePolicy } from './people.mapper.js';
import { PeopleRepository, type CheckRow, type PersonRow } from './people.repository.js';

/** How far around today leave is read for the attention list and balances: a leave year either side. */
const LEAVE_READ_DAYS = 400;
/** The longest window the who-is-off calendar answers: two months. */
const WHO_IS_OFF_MAX_DAYS = 62;

const displayName = (p: Pick<PersonRow, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`;

/** Everything about a group of people that the team, compliance and record views read, loaded in a few queries. */
interface Loaded {
  people: PersonRow[];
  schedules: Map<string, WorkSchedule>;
  records: Map<string, TeamMemberRecord>;
  courses: Course[];
  courseRows: CourseDto[];
  completions: TrainingCompletion[];
  checks: CheckRow[];
  policy: PeoplePolicy;
}

/**
 * The line-management views: my team with this week's attention list, a person's record, the
 * team compliance table and who is off. Figures come from @recordroom/people. A view that shows
 * someone's sickness to anyone but the person writes an audit row of the read, in the read's
 * own transaction (docs/line-management.md "Privacy").
 */
@Injectable()
export class PeopleReadService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly access: PeopleAccess,
    private readonly people: PeopleRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  team(user: CurrentUser, departmentId: string | undefined): Promise<MyTeamDto> {
    return this.work.transaction(async (em) => {
      const today = this.clock.today();
      const loaded = await this.loadTeam(em, user, departmentId, today);
      const attention = attentionList([...loaded.records.values()], today, { courses: loaded.courses, dbsRenewalYears: loaded.policy.dbsRenewalYears, bradford: loaded.policy.bradford });
      const counts: Record<AttentionUrgency, number> = { overdue: 0, 'this-week': 0, 'coming-up': 0 };
      for (const item of attention) counts[item.urgency] += 1;
      const members = loaded.people.map((p) => {
        const record = loaded.records.get(p.id);
        const sickness = record?.sickness ?? [];
        const bradford = bradfordFactor(sickness, today, { schedule: loaded.schedules.get(p.id) ?? scheduleOf(p.contractedHoursPerWeek, undefined), settings: loaded.policy.bradford });
        return {
          id: p.id,
          displayName: displayName(p),
          jobTitle: p.jobTitle,
          band: p.band,
          wholeTimeEquivalent: wholeTimeEquivalent(p.contractedHoursPerWeek),
          contractedHoursPerWeek: p.contractedHoursPerWeek,
          contractType: p.contractType,
          skills: [...p.skills],
          teamName: p.teamName,
          lineManagerId: p.lineManagerId,
          lineManagerName: p.lineManagerName,
          direct: p.lineManagerId !== null && p.lineManagerId === user.staffMemberId,
          bradfordScore: bradford.score,
          bradfordTriggered: bradford.trigger !== null,
          offSickToday: sickness.some((e) => sickDaysSoFar(e, today)?.end === today && (e.endDate === null || e.endDate >= today)),
        };
      });
      await this.auditSicknessRead(em, user, loaded.people, 'team');
      return { today, members, attention, counts };
    });
  }

  record(user: CurrentUser, staffId: string): Promise<PersonRecordDto> {
    return this.work.transaction(async (em) => {
      const today = this.clock.today();
      const person = await this.access.readable(em, user, staffId);
      const loaded = await this.load(em, user.organisationId, person.departmentId, [person], today);
      const schedule = loaded.schedules.get(person.id) ?? scheduleOf(person.contractedHoursPerWeek, undefined);
      const record = loaded.records.get(person.id);
      const sicknessRows = await this.people.findSicknessOf(em, [person.id]);
      const seesReasons = this.access.seesSicknessReasons(user, person);
      const bradford = bradfordFactor(record?.sickness ?? [], today, { schedule, settings: loaded.policy.bradford });

      const holder = { contractedHoursPerWeek: person.contractedHoursPerWeek, nhsServiceStartDate: person.nhsServiceStartDate, employmentStartDate: person.employmentStartDate, employmentEndDate: person.employmentEndDate };
      const leaveRecords = record?.leave ?? [];
      const firstBalance = leaveBalance(holder, schedule, leaveRecords, { today, settings: loaded.policy.leave });
      const carried = await this.people.findCarryOver(em, person.id, firstBalance.entitlement.leaveYear.start);
      const balance = carried ? leaveBalance(holder, schedule, leaveRecords, { today, settings: loaded.policy.leave, carriedHours: carried.hours }) : firstBalance;
      const yearStart = balance.entitlement.leaveYear.start;
      const yearEnd = balance.entitlement.leaveYear.end;

      const appraisals = await this.people.findAppraisalsOf(em, [person.id]);
      const appraisal = appraisalDue({ employmentStartDate: person.employmentStartDate, lastAppraisalOn: record?.lastAppraisalOn ?? null }, today);
      const completions = loaded.completions;
      const dto: PersonRecordDto = {
        id: person.id,
        displayName: displayName(person),
        jobTitle: person.jobTitle,
        band: person.band,
        contractType: person.contractType,
        contractedHoursPerWeek: person.contractedHoursPerWeek,
        wholeTimeEquivalent: wholeTimeEquivalent(person.contractedHoursPerWeek),
        skills: [...person.skills],
        teamName: person.teamName,
        lineManagerName: person.lineManagerName,
        nhsServiceStartDate: person.nhsServiceStartDate,
        employmentStartDate: person.employmentStartDate,
        employmentEndDate: person.employmentEndDate,
        seesSicknessReasons: seesReasons,
        mayChange: this.access.mayChange(user, person),
        leave: {
          leaveYearStart: yearStart,
          leaveYearEnd: yearEnd,
          annualLeaveHours: balance.entitlement.annualLeaveHours,
          publicHolidayHours: balance.entitlement.publicHolidayHours,
          carriedHours: balance.carriedHours,
          carryOverVersion: carried?.version ?? null,
          takenHours: balance.takenHours,
          bookedHours: balance.bookedHours,
          pendingHours: balance.pendingHours,
          remainingHours: balance.remainingHours,
          requests: leaveRecords
            .filter((r) => r.kind === 'annual-leave' && r.endDate >= yearStart && r.startDate <= yearEnd)
            .map((r) => ({ id: r.id ?? '', startDate: r.startDate, endDate: r.endDate, status: r.status, hours: leaveBooking(r, schedule).hours })),
        },
        sickness: {
          episodes: sicknessRows.map((row) => toSicknessDto(row, today, schedule, seesReasons)),
          bradford: {
            score: bradford.score,
            spells: bradford.spells,
            days: bradford.days,
            windowStart: bradford.window.start,
            windowEnd: bradford.window.end,
            trigger: bradford.trigger,
            triggers: loaded.policy.dto.bradfordTriggers,
          },
        },
        appraisal: { status: appraisal.status, dueOn: appraisal.dueOn, lastAppraisalOn: appraisal.lastAppraisalOn, history: appraisals.map((a) => ({ id: a.id, completedOn: a.completedOn, appraiser: a.appraiser })) },
        training: loaded.courses.map((course) => {
          const status = trainingStatus(course, completions, today);
          return { courseId: course.id, courseName: course.name, required: isCourseRequiredFor(course, person), status: status.status, completedOn: status.completedOn, dueOn: status.dueOn };
        }),
        checks: this.checksOf(person, loaded.checks, today, loaded.policy),
      };
      await this.auditSicknessRead(em, user, [person], 'record');
      return dto;
    });
  }

  compliance(user: CurrentUser, departmentId: string | undefined): Promise<TeamComplianceDto> {
    return this.work.reading(async (em) => {
      const today = this.clock.today();
      const loaded = await this.loadTeam(em, user, departmentId, today);
      const people = loaded.people.map((p) => ({ id: p.id, teamId: p.teamId, departmentId: p.departmentId, skills: p.skills, employmentStartDate: p.employmentStartDate, employmentEndDate: p.employmentEndDate }));
      const rows: ComplianceRowDto[] = loaded.people.map((p) => {
        const mine = loaded.completions.filter((c) => c.staffId === p.id);
        const courses: ComplianceRowDto['courses'] = {};
        let inDate = 0;
        let required = 0;
        for (const course of loaded.courses.filter((c) => isCourseRequiredFor(c, p))) {
          const status = trainingStatus(course, mine, today);
          courses[course.id] = { status: status.status, dueOn: status.dueOn };
          required += 1;
          if (isInDate(status.status)) inDate += 1;
        }
        const appraisal = appraisalDue({ employmentStartDate: p.employmentStartDate, lastAppraisalOn: loaded.records.get(p.id)?.lastAppraisalOn ?? null }, today);
        const dbs = dbsCheckStatus(p.dbsCheckDate, today, { renewalYears: loaded.policy.dbsRenewalYears });
        return {
          staffId: p.id,
          displayName: displayName(p),
          teamName: p.teamName,
          courses,
          appraisal: { status: appraisal.status, dueOn: appraisal.dueOn },
          dbs: { status: dbs.status, dueOn: dbs.dueOn },
          percent: required === 0 ? null : Math.round((inDate / required) * 1000) / 10,
        };
      });
      const teamNames = new Map(loaded.people.map((p) => [p.teamId, p.teamName ?? 'No team']));
      const byTeam = trainingCompliance(people, loaded.courses, loaded.completions, today, 'teamId').map((row) => ({
        teamId: row.groupId,
        teamName: teamNames.get(row.groupId) ?? 'No team',
        numerator: row.numerator,
        denominator: row.denominator,
        percent: row.percent,
      }));
      const numerator = byTeam.reduce((sum, row) => sum + row.numerator, 0);
      const denominator = byTeam.reduce((sum, row) => sum + row.denominator, 0);
      return { today, courses: loaded.courseRows, rows, byTeam, overall: { numerator, denominator, percent: denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10 } };
    });
  }

  whoIsOff(user: CurrentUser, query: WhoIsOffQuery): Promise<WhoIsOffDto> {
    if (query.to < query.from) throw unprocessable([{ field: 'to', message: `must be on or after from (${query.from})` }]);
    if (daysBetween(query.from, query.to) >= WHO_IS_OFF_MAX_DAYS) throw unprocessable([{ field: 'to', message: `must be within ${WHO_IS_OFF_MAX_DAYS} days of from` }]);
    return this.work.transaction(async (em) => {
      const reach = await this.access.team(em, user, query.departmentId);
      const people = (await this.people.findPeople(em, user.organisationId, reach.departmentId, reach.ids === null ? null : [...reach.ids])).filter((p) => p.id !== user.staffMemberId);
      const ids = people.map((p) => p.id);
      const names = new Map(people.map((p) => [p.id, displayName(p)]));
      const leave = await this.people.findLeaveBetween(em, ids, query.from, query.to);
      const sickness = await this.people.findSicknessBetween(em, ids, query.from, query.to);
      const entries: WhoIsOffDto['entries'] = [
        // Sickness the rota holds is shown from the episodes, which say when the person is back.
        ...leave.filter((l) => l.kind !== 'sickness').map((l) => ({ staffId: l.staffMemberId, displayName: names.get(l.staffMemberId) ?? '', kind: l.kind, status: l.status, startDate: l.startDate, endDate: l.endDate })),
        ...sickness.map((s) => ({ staffId: s.staffMemberId, displayName: names.get(s.staffMemberId) ?? '', kind: 'sickness' as const, status: 'approved' as const, startDate: s.startDate, endDate: s.endDate })),
      ].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.displayName.localeCompare(b.displayName, 'en-GB'));
      const off = new Set(sickness.map((s) => s.staffMemberId));
      await this.auditSicknessRead(em, user, people.filter((p) => off.has(p.id)), 'who-is-off');
      return { from: query.from, to: query.to, today: this.clock.today(), people: people.map((p) => ({ staffId: p.id, displayName: displayName(p) })), entries };
    });
  }

  courses(user: CurrentUser): Promise<CourseDto[]> {
    return this.work.reading(async (em) => (await this.people.findCourses(em, user.organisationId)).map((c) => ({ ...c, requiredForSkills: c.requiredForSkills ? [...c.requiredForSkills] : null })));
  }

  policy(user: CurrentUser, departmentId: string | undefined): Promise<PeoplePolicyDto> {
    return this.work.reading(async (em) => {
      const reach = await this.access.team(em, user, departmentId);
      return toPolicy(reach.departmentId, await this.people.findPolicy(em, reach.departmentId)).dto;
    });
  }

  /** The people of the caller's team view and their records. */
  private async loadTeam(em: EntityManager, user: CurrentUser, departmentId: string | undefined, today: IsoDate): Promise<Loaded> {
    const reach = await this.access.team(em, user, departmentId);
    const people = (await this.people.findPeople(em, user.organisationId, reach.departmentId, reach.ids === null ? null : [...reach.ids])).filter((p) => p.id !== user.staffMemberId);
    return this.load(em, user.organisationId, reach.departmentId, people, today);
  }

  private async load(em: EntityManager, organisationId: string, departmentId: string, people: PersonRow[], today: IsoDate): Promise<Loaded> {
    const ids = people.map((p) => p.id);
    const [patterns, sickness, leave, courseRows, completions, appraisals, checks, policyRow] = [
      await this.people.findWorkingPatterns(em, ids),
      await this.people.findSicknessOf(em, ids),
      await this.people.findLeaveBetween(em, ids, addDays(today, -LEAVE_READ_DAYS), addDays(today, LEAVE_READ_DAYS)),
      await this.people.findCourses(em, organisationId),
      await this.people.findCompletionsOf(em, ids),
      await this.people.findAppraisalsOf(em, ids),
      await this.people.findChecksOf(em, ids),
      await this.people.findPolicy(em, departmentId),
    ];
    const policy = toPolicy(departmentId, policyRow);
    const courses = courseRows.map(toCourse);
    const training = completions.map((c) => ({ id: c.id, staffId: c.staffMemberId, courseId: c.courseId, completedOn: c.completedOn }));
    const schedules = new Map(people.map((p) => [p.id, scheduleOf(p.contractedHoursPerWeek, patterns.get(p.id))]));
    const records = new Map<string, TeamMemberRecord>();
    for (const p of people) {
      const rightToWork = checks.find((c) => c.staffMemberId === p.id && c.kind === 'right-to-work');
      const probation = checks.find((c) => c.staffMemberId === p.id && c.kind === 'probation');
      const schedule = schedules.get(p.id);
      records.set(p.id, {
        person: { id: p.id, firstName: p.firstName, lastName: p.lastName, contractedHoursPerWeek: p.contractedHoursPerWeek, skills: p.skills, employmentStartDate: p.employmentStartDate, dbsCheckDate: p.dbsCheckDate },
        ...(schedule ? { schedule } : {}),
        leave: leave.filter((l) => l.staffMemberId === p.id).map(toLeaveRecord),
        sickness: sickness.filter((s) => s.staffMemberId === p.id).map(toEpisode),
        lastAppraisalOn: appraisals.find((a) => a.staffMemberId === p.id && a.completedOn <= today)?.completedOn ?? null,
        training: training.filter((t) => t.staffId === p.id),
        ...(rightToWork ? { rightToWork: { checkedOn: rightToWork.checkedOn, permissionExpiresOn: rightToWork.expiresOn } } : {}),
        ...(probation?.startsOn
          ? { probation: { startDate: probation.startsOn, ...(probation.lengthMonths ? { lengthMonths: probation.lengthMonths } : {}), extendedTo: probation.extendedTo, outcome: probation.outcome } }
          : {}),
      });
    }
    return {
      people,
      schedules,
      records,
      courses,
      courseRows: courseRows.map((c) => ({ ...c, requiredForSkills: c.requiredForSkills ? [...c.requiredForSkills] : null })),
      completions: training,
      checks,
      policy,
    };
  }

  private checksOf(person: PersonRow, checks: readonly CheckRow[], today: IsoDate, policy: PeoplePolicy): PersonRecordDto['checks'] {
    const dbs = dbsCheckStatus(person.dbsCheckDate, today, { renewalYears: policy.dbsRenewalYears });
    const rightToWork = checks.find((c) => c.staffMemberId === person.id && c.kind === 'right-to-work');
    const probation = checks.find((c) => c.staffMemberId === person.id && c.kind === 'probation');
    const rtw = rightToWorkStatus(rightToWork ? { checkedOn: rightToWork.checkedOn, permissionExpiresOn: rightToWork.expiresOn } : null, today);
    const none = { startDate: null, lengthMonths: null, extendedTo: null, outcome: null };
    const result: PersonRecordDto['checks'] = [
      { kind: 'dbs', status: dbs.status, checkedOn: person.dbsCheckDate, dueOn: dbs.dueOn, ...none, version: person.version },
      { kind: 'right-to-work', status: rtw.status, checkedOn: rightToWork?.checkedOn ?? null, dueOn: rtw.expiresOn, ...none, version: rightToWork?.version ?? null },
    ];
    if (probation?.startsOn) {
      const status = probationStatus({ startDate: probation.startsOn, ...(probation.lengthMonths ? { lengthMonths: probation.lengthMonths } : {}), extendedTo: probation.extendedTo, outcome: probation.outcome }, today);
      result.push({ kind: 'probation', status: status.status, checkedOn: null, dueOn: status.endsOn, startDate: probation.startsOn, lengthMonths: probation.lengthMonths, extendedTo: probation.extendedTo, outcome: probation.outcome, version: probation.version });
    }
    return result;
  }

  /** Audits a view that showed these people's sickness (recordSicknessRead), with whose reasons the caller may see. */
  private auditSicknessRead(em: EntityManager, user: CurrentUser, shown: readonly PersonRow[], view: 'team' | 'record' | 'who-is-off'): Promise<void> {
    return recordSicknessRead(em, this.audit, user, shown.map((p) => ({ staffMemberId: p.id, departmentId: p.departmentId, reasonShown: this.access.seesSicknessReasons(user, p) })), view);
  }
}
