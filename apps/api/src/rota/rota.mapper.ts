import { type AbsenceDto, type CoverRequirementDto, type RotaPeriodDto, type ShiftTypeDto, type SwapDto } from '@recordroom/contracts';
import { formatDate, wallClockMinutes, type RuleId, type Violation } from '@recordroom/rota';
import { type Skill } from '@recordroom/people';
import { type AbsenceEntity } from './entities/absence.entity.js';
import { type CoverRequirementEntity } from './entities/cover-requirement.entity.js';
import { type RotaPeriodEntity } from './entities/rota-period.entity.js';
import { type ShiftTypeEntity } from './entities/shift-type.entity.js';
import { type SwapRow } from './swaps.repository.js';

export function toShiftTypeDto(type: ShiftTypeEntity, locationName: string): ShiftTypeDto {
  return {
    id: type.id,
    departmentId: type.departmentId,
    code: type.code,
    name: type.name,
    start: type.startTime,
    end: type.endTime,
    endsNextDay: type.endsNextDay,
    unpaidBreakMinutes: type.unpaidBreakMinutes,
    paidBreakMinutes: type.paidBreakMinutes,
    locationId: type.locationId,
    locationName,
    requiredSkill: type.requiredSkill,
    paidMinutes: wallClockMinutes({ start: type.startTime, end: type.endTime, endsNextDay: type.endsNextDay }) - type.unpaidBreakMinutes,
    version: type.version,
  };
}

export function shiftTypeAuditSnapshot(type: ShiftTypeEntity): Record<string, unknown> {
  const { code, name, startTime, endTime, endsNextDay, unpaidBreakMinutes, paidBreakMinutes, locationId, requiredSkill, version } = type;
  return { code, name, start: startTime, end: endTime, endsNextDay, unpaidBreakMinutes, paidBreakMinutes, locationId, requiredSkill, version };
}

export function toCoverRequirementDto(cover: CoverRequirementEntity): CoverRequirementDto {
  return {
    id: cover.id,
    departmentId: cover.departmentId,
    locationId: cover.locationId,
    shiftTypeId: cover.shiftTypeId,
    appliesTo: cover.date !== null ? { date: cover.date } : { weekday: cover.weekday ?? 1 },
    minimum: cover.minimum,
    ideal: cover.ideal,
    skillMix: cover.skillMix.map((s) => ({ skill: s.skill as Skill, minimum: s.minimum })),
    version: cover.version,
  };
}

export function coverAuditSnapshot(cover: CoverRequirementEntity): Record<string, unknown> {
  const { locationId, shiftTypeId, weekday, date, minimum, ideal, skillMix, version } = cover;
  return { locationId, shiftTypeId, weekday, date, minimum, ideal, skillMix, version };
}

export function toPeriodDto(period: RotaPeriodEntity): RotaPeriodDto {
  return {
    id: period.id,
    departmentId: period.departmentId,
    name: period.name,
    startDate: period.startDate,
    endDate: period.endDate,
    status: period.status,
    version: period.version,
    publishedAt: period.publishedAt ? period.publishedAt.toISOString() : null,
    publishedBy: period.publishedBy,
  };
}

export function periodAuditSnapshot(period: RotaPeriodEntity): Record<string, unknown> {
  const { name, startDate, endDate, status, version, publishedBy } = period;
  return { name, startDate, endDate, status, version, publishedBy };
}

export function toAbsenceDto(absence: AbsenceEntity, staffName: string): AbsenceDto {
  return {
    id: absence.id,
    staffId: absence.staffMemberId,
    staffName,
    kind: absence.kind,
    status: absence.status,
    startDate: absence.startDate,
    endDate: absence.endDate,
    ...(absence.startTime !== null && absence.endTime !== null ? { startTime: absence.startTime, endTime: absence.endTime } : {}),
    note: absence.note,
    decidedBy: absence.decidedBy,
    decidedAt: absence.decidedAt ? absence.decidedAt.toISOString() : null,
    version: absence.version,
  };
}

/**
 * An absence as the planner shows it: a sickness never carries its reason there (health
 * information; the absence list gives it to those whose line the person is in).
 */
export function toPlannerAbsenceDto(absence: AbsenceEntity, staffName: string): AbsenceDto {
  const dto = toAbsenceDto(absence, staffName);
  return absence.kind === 'sickness' ? { ...dto, note: null } : dto;
}

/** The rules whose explanations name a kind of absence. */
const ABSENCE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['approved-absence', 'requested-absence']);

/**
 * A breach as someone who may not read the person's absences sees it: an absence rule says only
 * that they are rostered while unavailable, never which kind of absence or anyone's note on it.
 */
export function withoutAbsenceDetails(violation: Violation, staffName: string): Violation {
  if (!ABSENCE_RULES.has(violation.ruleId)) return violation;
  const { acknowledgement: _note, ...rest } = violation;
  return { ...rest, message: `${staffName} is on the rota on ${formatDate(violation.date)} while unavailable` };
}

export function absenceAuditSnapshot(absence: AbsenceEntity): Record<string, unknown> {
  const { staffMemberId, kind, status, startDate, endDate, startTime, endTime, note, decidedBy, version } = absence;
  return { staffId: staffMemberId, kind, status, startDate, endDate, startTime, endTime, note, decidedBy, version };
}

export function toSwapDto(r: SwapRow): SwapDto {
  return {
    id: r.id,
    status: r.status,
    from: { assignmentId: r.from_assignment_id, staffId: r.from_staff_member_id, staffName: r.from_name, date: r.from_date, shiftTypeCode: r.from_code },
    to: { staffId: r.to_staff_member_id, staffName: r.to_name, assignmentId: r.to_assignment_id, date: r.to_date, shiftTypeCode: r.to_code },
    note: r.note,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    version: r.version,
  };
}
