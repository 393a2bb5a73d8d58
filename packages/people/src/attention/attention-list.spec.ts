import { describe, expect, it } from '@jest/globals';
import { DATA_SECURITY_AWARENESS } from '../training/course.js';
import { type SicknessEpisode } from '../sickness/sickness-episode.js';
import { attentionList, type TeamMemberRecord } from './attention-list.js';

// Monday 2 March 2026: the week runs to Sunday 8 March.
const today = '2026-03-02';
const sick = (id: string, startDate: string, endDate: string, returnToWorkInterviewOn: string | null = null): SicknessEpisode => ({ id, staffId: 'x', startDate, endDate, reasonCode: 'S10', returnToWorkInterviewOn });
const dsa = (staffId: string, completedOn: string) => ({ staffId, courseId: DATA_SECURITY_AWARENESS.id, completedOn });

// Ann: four one-day Tuesdays and a Mon-Fri week off in the last 52 weeks (5 spells, 9 working
// days: 25 × 9 = 225, over the 125 trigger); back Mon 23 Feb, interview due by Wed 25 Feb, not held.
const ann: TeamMemberRecord = {
  person: { id: 'ann', firstName: 'Ann', lastName: 'Smith', contractedHoursPerWeek: 37.5, skills: ['filing'], employmentStartDate: '2019-06-03', dbsCheckDate: '2024-01-10' },
  leave: [{ id: 'ann-march', kind: 'annual-leave', status: 'requested', startDate: '2026-03-09', endDate: '2026-03-13' }],
  sickness: [
    sick('a1', '2025-05-13', '2025-05-13', '2025-05-14'),
    sick('a2', '2025-07-15', '2025-07-15', '2025-07-16'),
    sick('a3', '2025-09-16', '2025-09-16', '2025-09-17'),
    sick('a4', '2025-11-18', '2025-11-18', '2025-11-19'),
    sick('a5', '2026-02-16', '2026-02-20'),
  ],
  lastAppraisalOn: '2025-06-10',
  training: [dsa('ann', '2025-09-01')],
};

// Bo: Mon-Wed part-timer who started 1 Sep 2025; probation ended Sat 28 Feb with no outcome;
// no DBS check, data security awareness never done; asks for Wednesday off.
const bo: TeamMemberRecord = {
  person: { id: 'bo', firstName: 'Bo', lastName: 'Jones', contractedHoursPerWeek: 22.5, skills: ['reception'], employmentStartDate: '2025-09-01', dbsCheckDate: null },
  schedule: { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] },
  leave: [
    { id: 'bo-wed', status: 'requested', startDate: '2026-03-04', endDate: '2026-03-04' },
    { id: 'bo-approved', status: 'approved', startDate: '2026-03-16', endDate: '2026-03-18' },
  ],
  probation: { startDate: '2025-09-01' },
};

// Cy: appraisal due Thu 5 Mar, training expired 20 Feb, right to work runs out Fri 6 Mar, DBS
// due 20 Mar; a Bradford score of 63 (over 50) already reviewed on 10 Feb, after the last spell.
const cy: TeamMemberRecord = {
  person: { id: 'cy', firstName: 'Cy', lastName: 'Patel', contractedHoursPerWeek: 37.5, skills: ['coding'], employmentStartDate: '2015-01-05', dbsCheckDate: '2023-03-20' },
  sickness: [sick('c1', '2025-06-03', '2025-06-05', '2025-06-06'), sick('c2', '2025-09-09', '2025-09-10', '2025-09-11'), sick('c3', '2026-01-13', '2026-01-14', '2026-01-15')],
  bradfordReviewedOn: '2026-02-10',
  lastAppraisalOn: '2025-03-05',
  training: [dsa('cy', '2025-02-20')],
  rightToWork: { checkedOn: '2023-03-01', permissionExpiresOn: '2026-03-06' },
};

describe('attentionList: an officer’s week', () => {
  const list = attentionList([ann, bo, cy], today);

  it('orders the week most urgent first: overdue (never done first, then by date), this week, coming up', () => {
    expect(list.map((i) => [i.urgency, i.dueOn, i.kind, i.staffId])).toEqual([
      ['overdue', null, 'dbs-renewal', 'bo'],
      ['overdue', null, 'training', 'bo'],
      ['overdue', '2026-02-20', 'training', 'cy'],
      ['overdue', '2026-02-25', 'return-to-work-interview', 'ann'],
      ['overdue', '2026-02-28', 'probation-end', 'bo'],
      ['this-week', '2026-03-02', 'bradford-trigger', 'ann'],
      ['this-week', '2026-03-04', 'leave-to-approve', 'bo'],
      ['this-week', '2026-03-05', 'appraisal', 'cy'],
      ['this-week', '2026-03-06', 'right-to-work', 'cy'],
      ['coming-up', '2026-03-09', 'leave-to-approve', 'ann'],
      ['coming-up', '2026-03-20', 'dbs-renewal', 'cy'],
    ]);
  });

  it('says why in plain English', () => {
    expect(list.map((i) => i.reason)).toEqual([
      'Bo Jones has no DBS check on file',
      'Bo Jones has never completed Data security awareness',
      'Data security awareness for Cy Patel expired on Fri 20 Feb 2026; last completed on Thu 20 Feb 2025',
      'Return-to-work interview with Ann Smith: back at work on Mon 23 Feb 2026, due by Wed 25 Feb 2026 (5 days ago)',
      'Probation for Bo Jones ended on Sat 28 Feb 2026 with no outcome recorded',
      'Bradford factor for Ann Smith is 225 (5 spells, 9 working days in the 52 weeks to Mon 2 Mar 2026), at or above the 125 trigger: possible formal review. A screening indicator, not a sanction',
      'Bo Jones asks for annual leave on Wed 4 Mar 2026 (7.5 hours): approve or decline; it starts in 2 days',
      'Appraisal for Cy Patel is due on Thu 5 Mar 2026; the last was on Wed 5 Mar 2025',
      'Right-to-work permission for Cy Patel runs out on Fri 6 Mar 2026 (in 4 days): do a follow-up check before then',
      'Ann Smith asks for annual leave from Mon 9 Mar 2026 to Fri 13 Mar 2026 (37.5 hours): approve or decline; it starts in 7 days',
      'DBS check for Cy Patel is due for renewal on Fri 20 Mar 2026 (last checked Mon 20 Mar 2023; renewed every 3 years)',
    ]);
  });

  it('points each item at its record: the leave request, the sickness episode, the course', () => {
    expect(list.filter((i) => i.recordId !== null).map((i) => i.recordId)).toEqual(['data-security-awareness', 'data-security-awareness', 'a5', 'bo-wed', 'ann-march']);
  });

  it('never names a sickness reason', () => {
    expect(list.some((i) => /S10|anxiety|stress|depression/i.test(i.reason))).toBe(false);
  });

  it('raises a reviewed trigger again once a new spell begins after the review', () => {
    const again = { ...cy, sickness: [...(cy.sickness ?? []), sick('c4', '2026-02-24', '2026-02-24', '2026-02-25')] };
    const trigger = attentionList([again], today).find((i) => i.kind === 'bradford-trigger');
    expect(trigger?.reason).toBe('Bradford factor for Cy Patel is 128 (4 spells, 8 working days in the 52 weeks to Mon 2 Mar 2026), at or above the 125 trigger: possible formal review. A screening indicator, not a sanction');
  });

  it('is empty for a team with nothing due', () => {
    const settled: TeamMemberRecord = { ...ann, leave: [], sickness: [], training: [dsa('ann', '2026-01-05')] };
    expect(attentionList([settled], today)).toEqual([]);
  });

  it('follows the department’s settings: a 6-month appraisal cycle and a 2-year DBS renewal', () => {
    const settled: TeamMemberRecord = { ...ann, leave: [], sickness: [] };
    expect(attentionList([settled], today, { appraisalIntervalMonths: 6, dbsRenewalYears: 2 }).map((i) => [i.kind, i.dueOn])).toEqual([
      ['appraisal', '2025-12-10'],
      ['dbs-renewal', '2026-01-10'],
    ]);
  });
});
