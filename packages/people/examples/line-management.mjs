// An officer's Monday: a part-timer's leave balance, a Bradford score, the team's training
// compliance and the week's attention list.
// Run from packages/people after `npm run build`: node examples/line-management.mjs
import {
  DATA_SECURITY_AWARENESS,
  attentionList,
  bradfordFactor,
  leaveBalance,
  trainingCompliance,
  validateSicknessEpisode,
} from '@recordroom/people';

const today = '2026-03-02';

// Bo works Monday to Wednesday, 22.5 hours: 0.6 of the AfC week, under 5 years' NHS service.
const bo = { id: 'bo', firstName: 'Bo', lastName: 'Jones', teamId: 'library', departmentId: 'records', skills: ['filing'], contractedHoursPerWeek: 22.5, nhsServiceStartDate: '2023-09-04', employmentStartDate: '2023-09-04', dbsCheckDate: '2024-05-01' };
const boSchedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] };
const boLeave = [
  { id: 'l1', kind: 'annual-leave', status: 'approved', startDate: '2025-08-04', endDate: '2025-08-13' },
  { id: 'l2', kind: 'annual-leave', status: 'requested', startDate: '2026-03-09', endDate: '2026-03-11' },
];
const balance = leaveBalance(bo, boSchedule, boLeave, { today, carriedHours: 7.5 });
console.log(`Bo, leave year ${balance.entitlement.leaveYear.start} to ${balance.entitlement.leaveYear.end}:`);
console.log(`  ${balance.entitlement.annualLeaveHours} h annual leave + ${balance.entitlement.publicHolidayHours} h public holidays + ${balance.carriedHours} h carried`);
console.log(`  taken ${balance.takenHours} h, booked ${balance.bookedHours} h, awaiting approval ${balance.pendingHours} h: ${balance.remainingHours} h left`);

// Ann: four single days and a week off sick in the last 52 weeks.
const ann = { id: 'ann', firstName: 'Ann', lastName: 'Smith', teamId: 'library', departmentId: 'records', skills: ['filing'], contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2019-06-03', employmentStartDate: '2019-06-03', dbsCheckDate: '2023-03-20' };
const annSickness = [
  { id: 's1', staffId: 'ann', startDate: '2025-05-13', endDate: '2025-05-13', reasonCode: 'S13', returnToWorkInterviewOn: '2025-05-14' },
  { id: 's2', staffId: 'ann', startDate: '2025-07-15', endDate: '2025-07-15', reasonCode: 'S13', returnToWorkInterviewOn: '2025-07-16' },
  { id: 's3', staffId: 'ann', startDate: '2025-09-16', endDate: '2025-09-16', reasonCode: 'S16', returnToWorkInterviewOn: '2025-09-17' },
  { id: 's4', staffId: 'ann', startDate: '2025-11-18', endDate: '2025-11-18', reasonCode: 'S13', returnToWorkInterviewOn: '2025-11-19' },
  { id: 's5', staffId: 'ann', startDate: '2026-02-16', endDate: '2026-02-20', reasonCode: 'S25' },
];
const bradford = bradfordFactor(annSickness, today);
console.log(`Ann's Bradford factor: ${bradford.spells}² × ${bradford.days} ${bradford.dayCount} days = ${bradford.score} (${bradford.trigger?.label ?? 'no trigger'})`);

// A sixth episode that ends before it starts is refused, naming the field.
const bad = { id: 's6', staffId: 'ann', startDate: '2026-02-27', endDate: '2026-02-25', reasonCode: 'S13' };
console.log('Refused:', validateSicknessEpisode(bad, annSickness, { today }));

const completions = [{ staffId: 'ann', courseId: DATA_SECURITY_AWARENESS.id, completedOn: '2025-09-01' }];
for (const row of trainingCompliance([ann, bo], [DATA_SECURITY_AWARENESS], completions, today, 'teamId')) {
  console.log(`Training compliance, team ${row.groupId}: ${row.numerator} of ${row.denominator} (${row.percent}%)`);
}

console.log('This week:');
const team = [
  { person: ann, sickness: annSickness, lastAppraisalOn: '2025-06-10', training: completions },
  { person: bo, schedule: boSchedule, leave: boLeave, lastAppraisalOn: '2025-09-30', probation: { startDate: '2023-09-04', outcome: 'passed' } },
];
for (const item of attentionList(team, today)) console.log(`  [${item.urgency}] ${item.reason}`);
