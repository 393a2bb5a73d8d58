import { type AttentionItem, type AttentionUrgency, type ProbationStatus, type ReturnToWorkStatus, type RightToWorkStatus, type TrainingStatus, type AppraisalStatus, type DbsCheckStatus, SICKNESS_EXCLUSIONS } from '@recordroom/people';
import { z } from 'zod';
import { dateWithBankHolidayData, queryVersion, recordDate, version } from '../common/fields.js';
import { note } from '../rota/rota-fields.js';

/** A sickness reason: a code of the department's list (ESR-style S10 ... S99); checked against the list by the API (422). */
const reasonCode = z.string().trim().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be a reason code such as S13');

/** POST /people/staff/:staffId/sickness: an episode, open-ended while the person is still off. */
export const recordSicknessSchema = z.strictObject({
  startDate: dateWithBankHolidayData,
  endDate: dateWithBankHolidayData.nullable().default(null),
  startHalfDay: z.boolean().default(false),
  endHalfDay: z.boolean().default(false),
  reasonCode,
  exclusion: z.enum(SICKNESS_EXCLUSIONS).nullable().default(null),
});
export type RecordSicknessDto = z.infer<typeof recordSicknessSchema>;
export type RecordSicknessBody = z.input<typeof recordSicknessSchema>;

/** POST /people/sickness/:id/close: the last day off, once the person is back. */
export const closeSicknessSchema = z.strictObject({ version, endDate: dateWithBankHolidayData, endHalfDay: z.boolean().default(false) });
export type CloseSicknessDto = z.infer<typeof closeSicknessSchema>;
export type CloseSicknessBody = z.input<typeof closeSicknessSchema>;

/** POST /people/sickness/:id/return-to-work: books the meeting for a day, or records it held (not in the future). */
export const returnToWorkSchema = z.strictObject({ version, meetingOn: dateWithBankHolidayData, held: z.boolean().default(false) });
export type ReturnToWorkDto = z.infer<typeof returnToWorkSchema>;
export type ReturnToWorkBody = z.input<typeof returnToWorkSchema>;

/** POST /people/staff/:staffId/appraisals. */
export const recordAppraisalSchema = z.strictObject({ completedOn: recordDate, note: note.optional() });
export type RecordAppraisalDto = z.infer<typeof recordAppraisalSchema>;

/** POST /people/staff/:staffId/training: a completion, never dated after today (422). */
export const recordTrainingSchema = z.strictObject({ courseId: z.uuid(), completedOn: recordDate });
export type RecordTrainingDto = z.infer<typeof recordTrainingSchema>;

/** PUT /people/staff/:staffId/checks: one check of a person, replacing the one on file (with its version) or the first. */
export const putCheckSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dbs'), version: version.optional(), checkedOn: recordDate }),
  z.strictObject({ kind: z.literal('right-to-work'), version: version.optional(), checkedOn: recordDate, permissionExpiresOn: recordDate.nullable().default(null) }),
  z.strictObject({
    kind: z.literal('probation'),
    version: version.optional(),
    startDate: recordDate,
    lengthMonths: z.number().int().min(1).max(24).default(6),
    extendedTo: recordDate.nullable().default(null),
    outcome: z.enum(['passed', 'not-passed']).nullable().default(null),
  }),
]);
export type PutCheckDto = z.infer<typeof putCheckSchema>;
export type PutCheckBody = z.input<typeof putCheckSchema>;

const CHECK_KINDS = ['dbs', 'right-to-work', 'probation'] as const;
type CheckKind = (typeof CHECK_KINDS)[number];
/** DELETE /people/staff/:staffId/checks?kind=&version=. */
export const deleteCheckQuery = z.strictObject({ kind: z.enum(CHECK_KINDS), version: queryVersion });
export type DeleteCheckQuery = z.infer<typeof deleteCheckQuery>;

/** PUT /people/staff/:staffId/carry-over: hours carried into a leave year (negative when leave was taken in advance). */
export const putCarryOverSchema = z.strictObject({
  leaveYearStart: dateWithBankHolidayData,
  hours: z.number().min(-300).max(300).multipleOf(0.25, 'must be in quarter hours'),
  version: version.optional(),
});
export type PutCarryOverDto = z.infer<typeof putCarryOverSchema>;

/** PUT /people/policy: a department's line-management policy. */
export const putPeoplePolicySchema = z.strictObject({
  departmentId: z.uuid().optional(),
  version: version.optional(),
  leaveYear: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed-date'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(28) }),
    z.strictObject({ kind: z.literal('anniversary') }),
  ]),
  carryOverCapHours: z.number().min(0).max(300).multipleOf(0.25, 'must be in quarter hours').nullable(),
  dbsRenewalYears: z.number().int().min(1).max(10),
  bradfordTriggers: z
    .array(z.number().int().min(1).max(100_000))
    .length(3, 'must be three scores: monitor, possible formal review, escalation')
    .refine((t) => t.every((score, i) => i === 0 || score > (t[i - 1] ?? 0)), 'must rise: monitor, then review, then escalation'),
});
export type PutPeoplePolicyDto = z.infer<typeof putPeoplePolicySchema>;

/** GET /people/off: who is off between two dates (at most 62 days, a rule of the API's). */
export const whoIsOffQuery = z.strictObject({ departmentId: z.uuid().optional(), from: dateWithBankHolidayData, to: dateWithBankHolidayData });
export type WhoIsOffQuery = z.infer<typeof whoIsOffQuery>;

export interface PeoplePolicyDto {
  departmentId: string;
  leaveYear: { kind: 'fixed-date'; month: number; day: number } | { kind: 'anniversary' };
  /** Null: one week of the person's contracted hours. */
  carryOverCapHours: number | null;
  dbsRenewalYears: number;
  bradfordTriggers: number[];
  /** 0 while the department uses the defaults and nothing has been saved. */
  version: number;
}

export interface TeamMemberDto {
  id: string;
  displayName: string;
  jobTitle: string;
  band: string;
  wholeTimeEquivalent: number;
  contractedHoursPerWeek: number;
  contractType: string;
  skills: string[];
  teamName: string | null;
  lineManagerId: string | null;
  lineManagerName: string | null;
  /** True for the caller's own reports, false for those further down the line. */
  direct: boolean;
  bradfordScore: number;
  bradfordTriggered: boolean;
  offSickToday: boolean;
}

export interface MyTeamDto {
  today: string;
  members: TeamMemberDto[];
  /** This week's list: overdue, this week, coming up (`attentionList` of @recordroom/people). */
  attention: AttentionItem[];
  counts: Record<AttentionUrgency, number>;
}

export interface SicknessEpisodeDto {
  id: string;
  staffId: string;
  startDate: string;
  endDate: string | null;
  startHalfDay: boolean;
  endHalfDay: boolean;
  /** Only for the person, their line manager and the department manager; null for anyone else. */
  reasonCode: string | null;
  reasonLabel: string | null;
  exclusion: string | null;
  returnToWork: { status: ReturnToWorkStatus; returnDate: string | null; dueBy: string | null; meetingOn: string | null; heldOn: string | null };
  version: number;
}

interface BradfordDto {
  score: number;
  spells: number;
  days: number;
  windowStart: string;
  windowEnd: string;
  trigger: { score: number; label: string } | null;
  triggers: number[];
}

export interface CourseDto {
  id: string;
  code: string;
  name: string;
  renewalMonths: number | null;
  requiredForSkills: string[] | null;
}

interface TrainingRowDto {
  courseId: string;
  courseName: string;
  required: boolean;
  status: TrainingStatus;
  completedOn: string | null;
  dueOn: string | null;
}

interface CheckDto {
  kind: CheckKind;
  status: DbsCheckStatus | RightToWorkStatus | ProbationStatus;
  checkedOn: string | null;
  /** DBS: renewal due; right to work: the permission's last day; probation: its last day. */
  dueOn: string | null;
  startDate: string | null;
  lengthMonths: number | null;
  extendedTo: string | null;
  outcome: 'passed' | 'not-passed' | null;
  /** The staff record's version for DBS; the check's own otherwise; null when none is on file. */
  version: number | null;
}

interface LeaveBalanceDto {
  leaveYearStart: string;
  leaveYearEnd: string;
  annualLeaveHours: number;
  publicHolidayHours: number;
  carriedHours: number;
  carryOverVersion: number | null;
  takenHours: number;
  bookedHours: number;
  pendingHours: number;
  remainingHours: number;
  requests: { id: string; startDate: string; endDate: string; status: string; hours: number }[];
}

export interface PersonRecordDto {
  id: string;
  displayName: string;
  jobTitle: string;
  band: string;
  contractType: string;
  contractedHoursPerWeek: number;
  wholeTimeEquivalent: number;
  skills: string[];
  teamName: string | null;
  lineManagerName: string | null;
  nhsServiceStartDate: string;
  employmentStartDate: string;
  employmentEndDate: string | null;
  /** Whether the caller sees sickness reasons (the person, their line manager, the department manager). */
  seesSicknessReasons: boolean;
  /** Whether the caller may record sickness, training, appraisals and checks for the person. */
  mayChange: boolean;
  leave: LeaveBalanceDto;
  sickness: { episodes: SicknessEpisodeDto[]; bradford: BradfordDto };
  appraisal: { status: AppraisalStatus; dueOn: string; lastAppraisalOn: string | null; history: { id: string; completedOn: string; appraiser: string }[] };
  training: TrainingRowDto[];
  checks: CheckDto[];
}

export interface ComplianceRowDto {
  staffId: string;
  displayName: string;
  teamName: string | null;
  /** Status per course id; absent when the course is not required of the person. */
  courses: Record<string, { status: TrainingStatus; dueOn: string | null }>;
  appraisal: { status: AppraisalStatus; dueOn: string };
  dbs: { status: DbsCheckStatus; dueOn: string | null };
  /** In-date required courses over required courses, as a percentage; null when nothing is required. */
  percent: number | null;
}

export interface TeamComplianceDto {
  today: string;
  courses: CourseDto[];
  rows: ComplianceRowDto[];
  byTeam: { teamId: string | null; teamName: string; numerator: number; denominator: number; percent: number | null }[];
  overall: { numerator: number; denominator: number; percent: number | null };
}

interface WhoIsOffEntryDto {
  staffId: string;
  displayName: string;
  /** 'sickness' never names a reason here. */
  kind: 'annual-leave' | 'sickness' | 'training' | 'study' | 'special';
  status: 'approved' | 'requested';
  startDate: string;
  /** Null for sickness still open. */
  endDate: string | null;
}

export interface WhoIsOffDto {
  from: string;
  to: string;
  /** Open sickness is shown up to today: when the person will be back is not known. */
  today: string;
  people: { staffId: string; displayName: string }[];
  entries: WhoIsOffEntryDto[];
}

export interface PeopleImportResultDto {
  kind: 'staff' | 'absences';
  lines: number;
  inserted: number;
  updated: number;
  unchanged: number;
}
