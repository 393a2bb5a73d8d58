import { type PeoplePolicyDto, type SicknessEpisodeDto } from '@recordroom/contracts';
import { type IsoDate } from '@recordroom/calendar';
import {
  DEFAULT_BRADFORD_SETTINGS,
  DEFAULT_BRADFORD_TRIGGERS,
  DEFAULT_DBS_RENEWAL_YEARS,
  DEFAULT_LEAVE_SETTINGS,
  returnToWorkInterview,
  sicknessReason,
  fixedDaysSchedule,
  type WorkSchedule,
  type BradfordSettings,
  type Course,
  type LeaveRecord,
  type LeaveSettings,
  type SicknessEpisode,
} from '@recordroom/people';
import { type CourseRow, type LeaveRow, type PolicyRow, type SicknessRow } from './people.repository.js';

/** A department's policy as the domain's settings; the documented defaults where nothing is saved. */
export interface PeoplePolicy {
  dto: PeoplePolicyDto;
  leave: LeaveSettings;
  bradford: BradfordSettings;
  dbsRenewalYears: number;
}

export function toPolicy(departmentId: string, row: PolicyRow | null): PeoplePolicy {
  const leaveYear: PeoplePolicyDto['leaveYear'] =
    row === null ? { kind: 'fixed-date', month: 4, day: 1 } : row.leaveYearKind === 'anniversary' ? { kind: 'anniversary' } : { kind: 'fixed-date', month: row.leaveYearStartMonth, day: row.leaveYearStartDay };
  const triggers = row?.bradfordTriggers ?? DEFAULT_BRADFORD_TRIGGERS.map((t) => t.score);
  const carryOverCapHours = row?.carryOverCapHours ?? null;
  return {
    dto: { departmentId, leaveYear, carryOverCapHours, dbsRenewalYears: row?.dbsRenewalYears ?? DEFAULT_DBS_RENEWAL_YEARS, bradfordTriggers: triggers, version: row?.version ?? 0 },
    leave: { ...DEFAULT_LEAVE_SETTINGS, leaveYear, carryOverCap: carryOverCapHours === null ? DEFAULT_LEAVE_SETTINGS.carryOverCap : { kind: 'hours', hours: carryOverCapHours } },
    // The labels are the default triggers' (monitor, possible formal review, escalation); a department sets the scores.
    bradford: { ...DEFAULT_BRADFORD_SETTINGS, triggers: triggers.map((score, i) => ({ score, label: DEFAULT_BRADFORD_TRIGGERS[i]?.label ?? 'trigger' })) },
    dbsRenewalYears: row?.dbsRenewalYears ?? DEFAULT_DBS_RENEWAL_YEARS,
  };
}

/** A person's working week: their rota working pattern's days sharing the contracted hours, or Monday to Friday. */
export const scheduleOf = fixedDaysSchedule;

export function toEpisode(row: SicknessRow): SicknessEpisode {
  return {
    id: row.id,
    staffId: row.staffMemberId,
    startDate: row.startDate,
    endDate: row.endDate,
    startHalfDay: row.startHalfDay,
    endHalfDay: row.endHalfDay,
    reasonCode: row.reasonCode,
    exclusion: row.exclusion,
    returnToWorkInterviewOn: row.returnToWorkInterviewOn,
  };
}

export function toLeaveRecord(row: LeaveRow): LeaveRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    ...(row.startTime !== null && row.endTime !== null ? { startTime: row.startTime, endTime: row.endTime } : {}),
  };
}

export function toCourse(row: CourseRow): Course {
  return { id: row.id, name: row.name, renewalMonths: row.renewalMonths, ...(row.requiredForSkills ? { requiredForSkills: row.requiredForSkills } : {}) };
}

/** An episode for the API; the reason only when the caller may see it. */
export function toSicknessDto(row: SicknessRow, today: IsoDate, schedule: WorkSchedule, showReason: boolean): SicknessEpisodeDto {
  const interview = returnToWorkInterview(toEpisode(row), today, { schedule });
  return {
    id: row.id,
    staffId: row.staffMemberId,
    startDate: row.startDate,
    endDate: row.endDate,
    startHalfDay: row.startHalfDay,
    endHalfDay: row.endHalfDay,
    reasonCode: showReason ? row.reasonCode : null,
    reasonLabel: showReason ? (sicknessReason(row.reasonCode)?.label ?? null) : null,
    exclusion: showReason ? row.exclusion : null,
    returnToWork: { status: interview.status, returnDate: interview.returnDate, dueBy: interview.dueBy, meetingOn: row.returnToWorkMeetingOn, heldOn: row.returnToWorkInterviewOn },
    version: row.version,
  };
}

/**
 * What the audit trail keeps of an episode: its dates and interview, not its reason, since the
 * trail is read by admins too, who must not see sickness reasons (docs/line-management.md).
 */
export function sicknessAuditSnapshot(row: SicknessRow): Record<string, unknown> {
  const { reasonCode, ...rest } = row;
  return { ...rest, reasonRecorded: reasonCode !== '' };
}
