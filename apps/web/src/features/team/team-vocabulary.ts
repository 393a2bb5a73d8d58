import type { AttentionKind, AttentionUrgency } from '@recordroom/people';
import type { TagColour } from '@recordroom/ui';

export const URGENCY_LABELS: Record<AttentionUrgency, string> = { overdue: 'Overdue', 'this-week': 'This week', 'coming-up': 'Coming up' };
export const URGENCY_COLOURS: Record<AttentionUrgency, TagColour> = { overdue: 'red', 'this-week': 'orange', 'coming-up': 'blue' };

export const ATTENTION_KIND_LABELS: Record<AttentionKind, string> = {
  'right-to-work': 'Right to work',
  'dbs-renewal': 'DBS renewal',
  'return-to-work-interview': 'Return-to-work interview',
  'bradford-trigger': 'Bradford factor',
  'leave-to-approve': 'Leave to approve',
  'probation-end': 'Probation',
  appraisal: 'Appraisal',
  training: 'Training',
};

/** Statuses of training, appraisal and checks in words, with a tag colour. */
export const STATUS_WORDS: Record<string, { text: string; colour: TagColour }> = {
  compliant: { text: 'In date', colour: 'green' },
  'due-soon': { text: 'Due soon', colour: 'yellow' },
  expired: { text: 'Expired', colour: 'red' },
  'never-done': { text: 'Never done', colour: 'red' },
  'up-to-date': { text: 'Up to date', colour: 'green' },
  due: { text: 'Due', colour: 'red' },
  missing: { text: 'Missing', colour: 'red' },
  'renewal-due': { text: 'Renewal due', colour: 'red' },
  current: { text: 'Current', colour: 'green' },
  'not-checked': { text: 'Not checked', colour: 'red' },
  'no-time-limit': { text: 'No time limit', colour: 'green' },
  valid: { text: 'Valid', colour: 'green' },
  'follow-up-due': { text: 'Follow-up due', colour: 'yellow' },
  'in-probation': { text: 'In probation', colour: 'blue' },
  'ending-soon': { text: 'Ending soon', colour: 'yellow' },
  'review-overdue': { text: 'Review overdue', colour: 'red' },
  completed: { text: 'Completed', colour: 'green' },
  'still-off': { text: 'Still off', colour: 'grey' },
  overdue: { text: 'Overdue', colour: 'red' },
  done: { text: 'Done', colour: 'green' },
};

export const CHECK_LABELS: Record<string, string> = { dbs: 'DBS check', 'right-to-work': 'Right to work', probation: 'Probation' };

export const ABSENCE_KIND_LABELS: Record<string, string> = { 'annual-leave': 'Annual leave', sickness: 'Sick', training: 'Training', study: 'Study leave', special: 'Special leave' };
