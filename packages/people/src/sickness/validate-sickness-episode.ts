import { type IsoDate, isIsoDate } from '@recordroom/calendar';
import { formatDate } from '../format-date.js';
import { type FieldError } from '../validation/field-error.js';
import { SICKNESS_EXCLUSIONS, type SicknessEpisode } from './sickness-episode.js';
import { DEFAULT_SICKNESS_REASONS, sicknessReason, type SicknessReason } from './sickness-reasons.js';

export interface SicknessValidationContext {
  today: IsoDate;
  /** The category list; DEFAULT_SICKNESS_REASONS when omitted. */
  reasons?: readonly SicknessReason[];
}

function describeEpisode(episode: SicknessEpisode): string {
  if (episode.endDate === null) return `the open episode from ${formatDate(episode.startDate)}`;
  if (episode.endDate === episode.startDate) return `the episode on ${formatDate(episode.startDate)}`;
  return `the episode from ${formatDate(episode.startDate)} to ${formatDate(episode.endDate)}`;
}

/**
 * Problems with a sickness episode, each naming its field: dates that are not dates, an episode
 * that ends before it starts or starts after today, a reason not on the list, half days at both
 * ends of a one-day episode, a return-to-work interview before the return, in the future or
 * while still off, and (given the person's other episodes) an overlap with another episode,
 * open ones included. Episodes that only meet end to start do not overlap.
 *
 * @example validateSicknessEpisode({ ...episode, startDate: '2026-03-06', endDate: '2026-03-02' }, [], { today: '2026-03-09' })
 * // [{ field: 'endDate', message: 'ends on Mon 2 Mar 2026, before it starts on Fri 6 Mar 2026' }]
 */
export function validateSicknessEpisode(episode: SicknessEpisode, others: readonly SicknessEpisode[], context: SicknessValidationContext): FieldError[] {
  const errors: FieldError[] = [];
  const reasons = context.reasons ?? DEFAULT_SICKNESS_REASONS;
  if (typeof episode.id !== 'string' || episode.id === '') errors.push({ field: 'id', message: 'is required' });
  if (typeof episode.staffId !== 'string' || episode.staffId === '') errors.push({ field: 'staffId', message: 'is required' });
  const startOk = isIsoDate(episode.startDate);
  const endOk = episode.endDate === null || isIsoDate(episode.endDate);
  if (!startOk) errors.push({ field: 'startDate', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(episode.startDate)}` });
  else if (episode.startDate > context.today) errors.push({ field: 'startDate', message: `is after today (${formatDate(context.today)}): record sickness once it has begun` });
  if (!endOk) errors.push({ field: 'endDate', message: `must be a date (yyyy-mm-dd) or null while the person is still off, not ${JSON.stringify(episode.endDate)}` });
  if (startOk && endOk && episode.endDate !== null && episode.endDate < episode.startDate) {
    errors.push({ field: 'endDate', message: `ends on ${formatDate(episode.endDate)}, before it starts on ${formatDate(episode.startDate)}` });
  }
  if (episode.endDate === episode.startDate && episode.startHalfDay === true && episode.endHalfDay === true) {
    errors.push({ field: 'endHalfDay', message: 'a one-day episode is half a day once: set startHalfDay or endHalfDay, not both' });
  }
  if (sicknessReason(episode.reasonCode, reasons) === undefined) {
    errors.push({ field: 'reasonCode', message: `must be one of the sickness reasons (${reasons.map((r) => r.code).join(', ')}), not ${JSON.stringify(episode.reasonCode)}` });
  }
  if (episode.exclusion !== undefined && episode.exclusion !== null && !(SICKNESS_EXCLUSIONS as readonly string[]).includes(episode.exclusion)) {
    errors.push({ field: 'exclusion', message: `must be one of ${SICKNESS_EXCLUSIONS.join(', ')}, or null` });
  }
  const interview = episode.returnToWorkInterviewOn;
  if (interview !== undefined && interview !== null) {
    if (!isIsoDate(interview)) errors.push({ field: 'returnToWorkInterviewOn', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(interview)}` });
    else if (interview > context.today) errors.push({ field: 'returnToWorkInterviewOn', message: `is after today (${formatDate(context.today)}): record the interview once it is held` });
    else if (episode.endDate === null) errors.push({ field: 'returnToWorkInterviewOn', message: 'cannot be held while the episode is open: give its endDate first' });
    else if (endOk && (interview < episode.endDate || (interview === episode.endDate && episode.endHalfDay !== true))) {
      errors.push({ field: 'returnToWorkInterviewOn', message: `is on ${formatDate(interview)}, while the person was still off sick (to ${formatDate(episode.endDate)})` });
    }
  }
  if (errors.length > 0) return errors;

  const end = episode.endDate ?? '9999-12-31';
  for (const other of others) {
    if (other.id === episode.id || other.staffId !== episode.staffId) continue;
    const otherEnd = other.endDate ?? '9999-12-31';
    if (other.startDate > end || otherEnd < episode.startDate) continue;
    errors.push({ field: 'startDate', message: `overlaps ${describeEpisode(other)}` });
  }
  return errors;
}
