import { DEPUTY_HEALTH_RECORDS_MANAGER, HEALTH_RECORDS_MANAGER, type Post } from './posts.js';
import { shareOut } from './share-out.js';
import { TEAM_TEMPLATES } from './teams.js';

export type PostKind = 'manager' | 'deputy' | 'officer' | 'senior' | 'member';

/** One person-shaped slot of a department, before a person is drawn for it. */
export interface PlannedPost {
  kind: PostKind;
  post: Post;
  /** Index into TEAM_TEMPLATES; null for the manager and deputy, who lead the whole department. */
  teamIndex: number | null;
  /** Index of the line manager within the plan; null for the department manager. */
  lineManagerIndex: number | null;
  /** Cross-trained in the first of the post's cross-training skills. */
  crossTrained: boolean;
}

/** A manager, one officer and one clerk: the smallest department every demo sign-in can use. */
export const MINIMUM_DEPARTMENT_STAFF = 3;
/** A department this size or larger has a Band 6 deputy who line-manages some of the officers. */
const DEPUTY_FROM_STAFF = 25;
/** A team opens for every three staff after the manager, up to all of TEAM_TEMPLATES. */
const STAFF_PER_TEAM = 3;
/** A team with this many staff under its officer has a Band 3 senior supervising its Band 2 staff. */
const SENIOR_FROM_TEAM_STAFF = 6;

function teamSizes(staffUnderOfficers: number, teamCount: number): number[] {
  const sizes = shareOut(staffUnderOfficers, TEAM_TEMPLATES.slice(0, teamCount).map((team) => team.weight));
  // Every team has someone to lead: a team shared none borrows from the largest.
  for (let i = 0; i < sizes.length; i += 1) {
    if (sizes[i] !== 0) continue;
    const largest = sizes.indexOf(Math.max(...sizes));
    sizes[largest] = (sizes[largest] ?? 0) - 1;
    sizes[i] = 1;
  }
  return sizes;
}

/**
 * The posts of a health records department of `staffCount` people and who line-manages whom:
 * a Band 7 manager (and a Band 6 deputy from 25 staff), a Band 4-5 officer leading each team, a
 * Band 3 senior in the larger teams, and Band 2-3 clerks, assistants and receptionists. Same size,
 * same plan: nothing here is random. Line managers always come before their reports.
 */
export function planDepartment(staffCount: number): PlannedPost[] {
  if (!Number.isInteger(staffCount) || staffCount < MINIMUM_DEPARTMENT_STAFF) {
    throw new RangeError(`A demo department has at least ${MINIMUM_DEPARTMENT_STAFF} staff: ${staffCount}`);
  }
  const plan: PlannedPost[] = [
    { kind: 'manager', post: HEALTH_RECORDS_MANAGER, teamIndex: null, lineManagerIndex: null, crossTrained: false },
  ];
  const managerIndex = 0;
  let deputyIndex: number | null = null;
  if (staffCount >= DEPUTY_FROM_STAFF) {
    deputyIndex = plan.length;
    plan.push({ kind: 'deputy', post: DEPUTY_HEALTH_RECORDS_MANAGER, teamIndex: null, lineManagerIndex: managerIndex, crossTrained: false });
  }

  const teamCount = Math.min(TEAM_TEMPLATES.length, Math.max(1, Math.floor((staffCount - 1) / STAFF_PER_TEAM)));
  const sizes = teamSizes(staffCount - plan.length - teamCount, teamCount);
  TEAM_TEMPLATES.slice(0, teamCount).forEach((team, teamIndex) => {
    const officerIndex = plan.length;
    plan.push({
      kind: 'officer',
      post: team.officer,
      teamIndex,
      lineManagerIndex: team.officerReportsToDeputy && deputyIndex !== null ? deputyIndex : managerIndex,
      crossTrained: false,
    });
    let staffLeft = sizes[teamIndex] ?? 0;
    let seniorIndex: number | null = null;
    if (team.senior !== null && staffLeft >= SENIOR_FROM_TEAM_STAFF) {
      seniorIndex = plan.length;
      plan.push({ kind: 'senior', post: team.senior, teamIndex, lineManagerIndex: officerIndex, crossTrained: true });
      staffLeft -= 1;
    }
    for (let i = 0; i < staffLeft; i += 1) {
      const post = team.members[i % team.members.length] as Post;
      plan.push({
        kind: 'member',
        post,
        teamIndex,
        lineManagerIndex: post.band === '2' && seniorIndex !== null ? seniorIndex : officerIndex,
        // One in four, out of step with the three-post A&E cycle so both A&E and ward clerks get
        // cross-trained: every team has some staff who can cover another desk.
        crossTrained: i % 4 === 2,
      });
    }
  });
  return plan;
}
