import type { PersonRecordDto, SicknessEpisodeDto } from '@recordroom/contracts';
import { Checkboxes, Select, Tag } from '@recordroom/ui';
import { useState } from 'react';
import { formatDate } from '../../../format/format-date';
import { useBookReturnToWork, useCloseSickness, useRecordSickness } from '../hooks/use-team';
import { ChangeProblem, fieldError } from './change-problem';
import { DateField } from './date-field';
import { StatusTag } from './status-tag';

/** The ESR-style reason list (the API checks the code against @recordroom/people's DEFAULT_SICKNESS_REASONS). */
const REASONS = [
  ['S10', 'Anxiety, stress, depression'],
  ['S11', 'Back problems'],
  ['S12', 'Other musculoskeletal problems'],
  ['S13', 'Cold, cough, flu'],
  ['S15', 'Chest and respiratory problems'],
  ['S16', 'Headache, migraine'],
  ['S25', 'Gastrointestinal problems'],
  ['S28', 'Injury, fracture'],
  ['S98', 'Other known causes'],
  ['S99', 'Unknown causes'],
] as const;

function RecordSicknessForm({ staffId }: { staffId: string }) {
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [reasonCode, setReasonCode] = useState('S13');
  const record = useRecordSickness();
  return (
    <form
      noValidate
      aria-labelledby="record-sickness-heading"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({ staffId, body: { startDate, endDate: endDate === '' ? null : endDate, reasonCode } }, { onSuccess: () => { setStartDate(''); setEndDate(''); } });
      }}
    >
      <h3 id="record-sickness-heading">Record sickness</h3>
      <ChangeProblem error={record.error} fieldIds={{ startDate: 'sickness-start', endDate: 'sickness-end', reasonCode: 'sickness-reason' }} />
      <p className="nhsuk-hint">The rota shows them off sick for these days (while still off, to the end of the last rota period) and their shifts become gaps to cover.</p>
      <DateField id="sickness-start" label="First day off sick" value={startDate} onChange={setStartDate} error={fieldError(record.error, 'startDate')} />
      <DateField id="sickness-end" label="Last day off sick (leave empty while they are still off)" value={endDate} onChange={setEndDate} error={fieldError(record.error, 'endDate')} />
      <Select id="sickness-reason" label="Reason" value={reasonCode} onChange={setReasonCode} options={REASONS.map(([value, label]) => ({ value, label: `${value} ${label}` }))} error={fieldError(record.error, 'reasonCode')} />
      <button className="nhsuk-button" type="submit" disabled={record.isPending}>
        Record sickness
      </button>
    </form>
  );
}

function EpisodeActions({ episode }: { episode: SicknessEpisodeDto }) {
  const [endDate, setEndDate] = useState('');
  const [meetingOn, setMeetingOn] = useState('');
  const [held, setHeld] = useState<string[]>([]);
  const close = useCloseSickness();
  const meeting = useBookReturnToWork();
  const prefix = `episode-${episode.id}`;
  return (
    <>
      {episode.endDate === null && (
        <form noValidate aria-label="Close the episode" onSubmit={(event) => { event.preventDefault(); close.mutate({ id: episode.id, body: { version: episode.version, endDate } }); }}>
          <ChangeProblem error={close.error} fieldIds={{ endDate: `${prefix}-end` }} />
          <DateField id={`${prefix}-end`} label="Last day off sick" value={endDate} onChange={setEndDate} error={fieldError(close.error, 'endDate')} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={close.isPending}>Close episode</button>
        </form>
      )}
      {episode.returnToWork.heldOn === null && (
        <form
          noValidate
          aria-label="Return-to-work meeting"
          onSubmit={(event) => {
            event.preventDefault();
            meeting.mutate({ id: episode.id, body: { version: episode.version, meetingOn, held: held.includes('held') } });
          }}
        >
          <ChangeProblem error={meeting.error} fieldIds={{ meetingOn: `${prefix}-meeting` }} />
          <DateField id={`${prefix}-meeting`} label="Return-to-work meeting on" value={meetingOn} onChange={setMeetingOn} error={fieldError(meeting.error, 'meetingOn')} />
          <Checkboxes id={`${prefix}-held`} legend="Has the meeting taken place?" values={held} onChange={setHeld} options={[{ value: 'held', label: 'Yes, the meeting has been held' }]} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={meeting.isPending}>
            Save return-to-work meeting
          </button>
        </form>
      )}
    </>
  );
}

/** Sickness: the Bradford factor and its trigger, each episode with its return-to-work interview, and recording new ones. */
export function SicknessTab({ record }: { record: PersonRecordDto }) {
  const { bradford, episodes } = record.sickness;
  return (
    <>
      <h2>Sickness</h2>
      <div className={`nhsuk-card${bradford.trigger ? ' nhsuk-card--feature' : ''}`}>
        <div className="nhsuk-card__content">
          <h3 className="nhsuk-card__heading">
            Bradford factor: {bradford.score}
            {bradford.trigger && (
              <>
                {' '}
                <Tag colour="red">Trigger reached: {bradford.trigger.label}</Tag>
              </>
            )}
          </h3>
          <p className="nhsuk-card__description">
            {bradford.spells} {bradford.spells === 1 ? 'spell' : 'spells'}² × {bradford.days} working days in the 52 weeks from {formatDate(bradford.windowStart)} to {formatDate(bradford.windowEnd)}. Triggers at {bradford.triggers.join(', ')}. A screening indicator, not a sanction.
          </p>
        </div>
      </div>
      {!record.seesSicknessReasons && <p className="nhsuk-body-s">Reasons are shown only to the person, their line manager and the department manager.</p>}
      {episodes.length === 0 ? (
        <p>No sickness on file.</p>
      ) : (
        <ul className="nhsuk-list">
          {episodes.map((episode) => (
            <li key={`${episode.id}:${episode.version}`} className="nhsuk-card">
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-s">
                  {formatDate(episode.startDate)} to {episode.endDate ? formatDate(episode.endDate) : 'still off'}
                </h3>
                {episode.reasonCode && <p>Reason: {episode.reasonCode} {episode.reasonLabel}</p>}
                <p>
                  Return-to-work interview: <StatusTag status={episode.returnToWork.status} />
                  {episode.returnToWork.dueBy && ` due by ${formatDate(episode.returnToWork.dueBy)}`}
                  {episode.returnToWork.meetingOn && `; meeting ${episode.returnToWork.heldOn ? 'held' : 'booked'} on ${formatDate(episode.returnToWork.meetingOn)}`}
                </p>
                {record.mayChange && <EpisodeActions episode={episode} />}
              </div>
            </li>
          ))}
        </ul>
      )}
      {record.mayChange && <RecordSicknessForm staffId={record.id} />}
    </>
  );
}
