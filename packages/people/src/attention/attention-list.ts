import { type IsoDate } from '@recordroom/calendar';
import { dbsCheckStatus, DEFAULT_DBS_RENEWAL_YEARS } from '../dbs-renewal.js';
import { DEFAULT_DUE_SOON_DAYS } from '../due-status.js';
import { formatDate, relativeDay } from '../format-date.js';
import { probationStatus, type Probation } from '../checks/probation.js';
import { rightToWorkStatus, type RightToWork } from '../checks/right-to-work.js';
import { type LeaveRecord } from '../leave/leave-balance.js';
import { leaveBooking } from '../leave/leave-booking.js';
import { bradfordFactor, DEFAULT_BRADFORD_SETTINGS, type BradfordSettings } from '../sickness/bradford-factor.js';
import { DEFAULT_RETURN_TO_WORK_WITHIN_WORKING_DAYS, returnToWorkInterview } from '../sickness/return-to-work.js';
import { type SicknessEpisode } from '../sickness/sickness-episode.js';
import { DEFAULT_SICKNESS_REASONS, type SicknessReason } from '../sickness/sickness-reasons.js';
import { type Skill } from '../skills.js';
import { appraisalDue, DEFAULT_APPRAISAL_INTERVAL_MONTHS } from '../training/appraisal.js';
import { DATA_SECURITY_AWARENESS, isCourseRequiredFor, type Course } from '../training/course.js';
import { trainingStatus, type TrainingCompletion } from '../training/training-status.js';
import { standardWorkSchedule, type WorkSchedule } from '../work-schedule.js';
import { compareAttentionItems, urgencyOf, type AttentionItem, type AttentionKind } from './attention-item.js';

/** Everything the attention list reads about one person in the manager's line. */
export interface TeamMemberRecord {
  person: {
    id: string;
    firstName: string;
    lastName: string;
    contractedHoursPerWeek: number;
    skills: readonly Skill[];
    /** First day with the employer: the first appraisal falls due from it. */
    employmentStartDate: IsoDate;
    dbsCheckDate: IsoDate | null;
  };
  /** For leave hours, working days and return dates; the standard week for the contracted hours when omitted. */
  schedule?: WorkSchedule;
  /** The person's absences as the rota holds them; those 'requested' wait for approval. */
  leave?: readonly LeaveRecord[];
  sickness?: readonly SicknessEpisode[];
  /** The last time the manager reviewed the person's attendance: a trigger already reviewed since the latest spell began is not raised again. */
  bradfordReviewedOn?: IsoDate | null;
  lastAppraisalOn?: IsoDate | null;
  training?: readonly TrainingCompletion[];
  /** Omitted when the department does not track it here; null when no check is on file. */
  rightToWork?: RightToWork | null;
  probation?: Probation | null;
}

/** The department's policies; each falls back to its documented default. */
export interface AttentionSettings {
  courses?: readonly Course[];
  dueSoonDays?: number;
  dbsRenewalYears?: number;
  appraisalIntervalMonths?: number;
  returnToWorkWithinWorkingDays?: number;
  bradford?: BradfordSettings;
  reasons?: readonly SicknessReason[];
}

const ABSENCE_LABELS: Readonly<Record<string, string>> = {
  'annual-leave': 'annual leave',
  sickness: 'sickness absence',
  training: 'training',
  study: 'study leave',
  special: 'special leave',
};

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What a line manager must act on in the week starting `today`, most urgent first (overdue, then
 * this week, then coming up within the due-soon days; by date within each): leave waiting for
 * approval, return-to-work interviews due, Bradford triggers not yet reviewed, appraisals and
 * mandatory training due or expired, DBS renewals, right-to-work follow-ups and probation ends.
 * Each item carries a plain-English reason; none names a sickness reason. Pure: the records and
 * today's date in, the list out.
 *
 * @example
 * attentionList(team, '2026-03-02')[0]
 * // { kind: 'return-to-work-interview', urgency: 'overdue', staffName: 'Ann Smith', dueOn: '2026-02-25',
 * //   reason: 'Return-to-work interview with Ann Smith: back at work on Mon 23 Feb 2026, due by Wed 25 Feb 2026 (5 days ago)', ... }
 */
export function attentionList(team: readonly TeamMemberRecord[], today: IsoDate, settings: AttentionSettings = {}): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const member of team) items.push(...memberItems(member, today, settings));
  return items.sort(compareAttentionItems);
}

function memberItems(member: TeamMemberRecord, today: IsoDate, settings: AttentionSettings): AttentionItem[] {
  const { person } = member;
  const name = `${person.firstName} ${person.lastName}`.trim();
  const schedule = member.schedule ?? standardWorkSchedule(person.contractedHoursPerWeek);
  const dueSoonDays = settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const items: AttentionItem[] = [];
  const add = (kind: AttentionKind, dueOn: IsoDate | null, reason: string, recordId: string | null = null) =>
    items.push({ kind, urgency: urgencyOf(dueOn, today), staffId: person.id, staffName: name, dueOn, recordId, reason });

  for (const request of member.leave ?? []) {
    if (request.status !== 'requested') continue;
    const kind = request.kind ?? 'annual-leave';
    const when = request.startDate === request.endDate ? `on ${formatDate(request.startDate)}` : `from ${formatDate(request.startDate)} to ${formatDate(request.endDate)}`;
    const hours = kind === 'annual-leave' ? ` (${leaveBooking(request, schedule).hours} hours)` : '';
    const timing = request.startDate < today ? `it began ${relativeDay(request.startDate, today)} without a decision` : `it starts ${relativeDay(request.startDate, today)}`;
    add('leave-to-approve', request.startDate, `${name} asks for ${ABSENCE_LABELS[kind] ?? kind} ${when}${hours}: approve or decline; ${timing}`, request.id ?? null);
  }

  const episodes = member.sickness ?? [];
  for (const episode of episodes) {
    const rtw = returnToWorkInterview(episode, today, { schedule, withinWorkingDays: settings.returnToWorkWithinWorkingDays ?? DEFAULT_RETURN_TO_WORK_WITHIN_WORKING_DAYS });
    if ((rtw.status !== 'due' && rtw.status !== 'overdue') || rtw.returnDate === null || rtw.dueBy === null) continue;
    const late = rtw.status === 'overdue' ? ` (${relativeDay(rtw.dueBy, today)})` : '';
    add('return-to-work-interview', rtw.dueBy, `Return-to-work interview with ${name}: back at work on ${formatDate(rtw.returnDate)}, due by ${formatDate(rtw.dueBy)}${late}`, episode.id);
  }

  if (episodes.length > 0) {
    const bradfordSettings = settings.bradford ?? DEFAULT_BRADFORD_SETTINGS;
    const b = bradfordFactor(episodes, today, { schedule, settings: bradfordSettings, reasons: settings.reasons ?? DEFAULT_SICKNESS_REASONS });
    const latestSpell = b.spellDetails.at(-1)?.startDate;
    const reviewedOn = member.bradfordReviewedOn ?? null;
    const reviewed = reviewedOn !== null && latestSpell !== undefined && reviewedOn >= latestSpell;
    if (b.trigger && !reviewed) {
      const period = `${plural(b.spells, 'spell')}, ${plural(b.days, `${b.dayCount} day`)} in the ${bradfordSettings.windowWeeks} weeks to ${formatDate(today)}`;
      add('bradford-trigger', today, `Bradford factor for ${name} is ${b.score} (${period}), at or above the ${b.trigger.score} trigger: ${b.trigger.label}. A screening indicator, not a sanction`);
    }
  }

  const appraisal = appraisalDue({ employmentStartDate: person.employmentStartDate, lastAppraisalOn: member.lastAppraisalOn ?? null }, today, {
    intervalMonths: settings.appraisalIntervalMonths ?? DEFAULT_APPRAISAL_INTERVAL_MONTHS,
    dueSoonDays,
  });
  if (appraisal.status !== 'up-to-date') {
    const tense = appraisal.dueOn < today ? `was due on ${formatDate(appraisal.dueOn)} (${relativeDay(appraisal.dueOn, today)})` : `is due on ${formatDate(appraisal.dueOn)}`;
    const reason = appraisal.lastAppraisalOn === null ? `${name} has had no appraisal here: the first ${tense}` : `Appraisal for ${name} ${tense}; the last was on ${formatDate(appraisal.lastAppraisalOn)}`;
    add('appraisal', appraisal.dueOn, reason);
  }

  for (const course of settings.courses ?? [DATA_SECURITY_AWARENESS]) {
    if (!isCourseRequiredFor(course, person)) continue;
    const status = trainingStatus(course, (member.training ?? []).filter((c) => c.staffId === person.id), today, dueSoonDays);
    if (status.status === 'never-done') add('training', null, `${name} has never completed ${course.name}`, course.id);
    else if (status.status === 'expired' && status.dueOn) add('training', status.dueOn, `${course.name} for ${name} expired on ${formatDate(status.dueOn)}; last completed on ${formatDate(status.completedOn ?? status.dueOn)}`, course.id);
    else if (status.status === 'due-soon' && status.dueOn) add('training', status.dueOn, `${course.name} for ${name} is due for renewal on ${formatDate(status.dueOn)} (${relativeDay(status.dueOn, today)})`, course.id);
  }

  const renewalYears = settings.dbsRenewalYears ?? DEFAULT_DBS_RENEWAL_YEARS;
  const dbs = dbsCheckStatus(person.dbsCheckDate, today, { renewalYears, dueSoonDays });
  if (dbs.status === 'missing') add('dbs-renewal', null, `${name} has no DBS check on file`);
  else if (dbs.status !== 'current' && dbs.dueOn && dbs.lastCheck) {
    const tense = dbs.dueOn < today ? `was due for renewal on ${formatDate(dbs.dueOn)}` : `is due for renewal on ${formatDate(dbs.dueOn)}`;
    add('dbs-renewal', dbs.dueOn, `DBS check for ${name} ${tense} (last checked ${formatDate(dbs.lastCheck)}; renewed every ${plural(renewalYears, 'year')})`);
  }

  if (member.rightToWork !== undefined) {
    const rtw = rightToWorkStatus(member.rightToWork, today, dueSoonDays);
    if (rtw.status === 'not-checked') add('right-to-work', null, `${name} has no right-to-work check on file`);
    else if (rtw.status === 'expired' && rtw.expiresOn) add('right-to-work', rtw.expiresOn, `Right-to-work permission for ${name} expired on ${formatDate(rtw.expiresOn)}: a follow-up check is needed now`);
    else if (rtw.status === 'follow-up-due' && rtw.expiresOn) add('right-to-work', rtw.expiresOn, `Right-to-work permission for ${name} runs out on ${formatDate(rtw.expiresOn)} (${relativeDay(rtw.expiresOn, today)}): do a follow-up check before then`);
  }

  if (member.probation) {
    const p = probationStatus(member.probation, today, dueSoonDays);
    if (p.status === 'ending-soon') add('probation-end', p.endsOn, `Probation for ${name} ends on ${formatDate(p.endsOn)} (${relativeDay(p.endsOn, today)}): hold the review and record the outcome`);
    else if (p.status === 'review-overdue') add('probation-end', p.endsOn, `Probation for ${name} ended on ${formatDate(p.endsOn)} with no outcome recorded`);
  }
  return items;
}
