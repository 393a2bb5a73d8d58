import { type IsoDate } from '@recordroom/calendar';
import { SKILLS, type LocationKind, type Skill, type StaffMember } from '@recordroom/people';
import { drawContracts } from './contracts.js';
import { drawDbsCheckDates } from './dbs-checks.js';
import { LOCATION_TEMPLATES } from './locations.js';
import { pickPersonName } from './names.js';
import { planDepartment, type PlannedPost } from './plan-department.js';
import { type Random } from './prng.js';
import { drawServiceHistory } from './service-history.js';
import { TEAM_TEMPLATES } from './teams.js';
import { randomUuid } from './uuid.js';

export interface DemoDepartment {
  id: string;
  organisationId: string;
  name: string;
  costCentre: string;
}

export interface DemoTeam {
  id: string;
  organisationId: string;
  departmentId: string;
  name: string;
  /** The officer who leads the team. */
  leadStaffId: string | null;
}

export interface DemoLocation {
  id: string;
  organisationId: string;
  departmentId: string;
  name: string;
  kind: LocationKind;
}

export interface GeneratedDepartment {
  department: DemoDepartment;
  teams: DemoTeam[];
  locations: DemoLocation[];
  staff: StaffMember[];
}

export interface DepartmentOptions {
  organisationId: string;
  name: string;
  costCentre: string;
  staffCount: number;
  referenceDate: IsoDate;
  /** Shared by the whole organisation, so employee numbers are unique across departments. */
  nextEmployeeNumber: () => string;
}

function skillsOf({ post, crossTrained }: PlannedPost): Skill[] {
  const held = new Set<Skill>(post.skills);
  const crossTraining = post.crossTraining[0];
  if (crossTrained && crossTraining !== undefined) held.add(crossTraining);
  return SKILLS.filter((skill) => held.has(skill));
}

/**
 * One health records department, everything drawn from `random` in a fixed order: ids, teams led
 * by their officers, one location of each kind, and staff with contracts, service history, pay
 * points, skills and DBS checks consistent with their posts.
 */
export function generateDepartment(options: DepartmentOptions, random: Random): GeneratedDepartment {
  const { organisationId, referenceDate } = options;
  const department: DemoDepartment = { id: randomUuid(random), organisationId, name: options.name, costCentre: options.costCentre };
  const departmentId = department.id;
  const plan = planDepartment(options.staffCount);
  const staffIds = plan.map(() => randomUuid(random));

  const teamIds = new Map<number, string>();
  const teams: DemoTeam[] = [];
  plan.forEach((planned, index) => {
    if (planned.kind !== 'officer' || planned.teamIndex === null) return;
    const template = TEAM_TEMPLATES[planned.teamIndex];
    if (template === undefined) throw new RangeError(`No team template ${planned.teamIndex}`);
    const id = randomUuid(random);
    teamIds.set(planned.teamIndex, id);
    teams.push({ id, organisationId, departmentId, name: template.name, leadStaffId: staffIds[index] ?? null });
  });

  const locations: DemoLocation[] = LOCATION_TEMPLATES.map(({ name, kind }) => ({
    id: randomUuid(random),
    organisationId,
    departmentId,
    name,
    kind,
  }));

  const contracts = drawContracts(plan, random);
  const histories = plan.map(({ kind, post }) => drawServiceHistory(kind, post.band, referenceDate, random));
  const dbsCheckDates = drawDbsCheckDates(
    plan.map(({ kind }, i) => ({ kind, serviceDays: histories[i]?.serviceDays ?? 0 })),
    referenceDate,
    random,
  );
  const takenNames = new Set<string>();

  const staff = plan.map((planned, i): StaffMember => {
    const contract = contracts[i];
    const history = histories[i];
    if (contract === undefined || history === undefined) throw new RangeError(`No contract or history for post ${i}`);
    const { firstName, lastName } = pickPersonName(random, takenNames);
    return {
      id: staffIds[i] as string,
      organisationId,
      departmentId,
      teamId: planned.teamIndex === null ? null : (teamIds.get(planned.teamIndex) ?? null),
      employeeNumber: options.nextEmployeeNumber(),
      firstName,
      lastName,
      jobTitle: planned.post.jobTitle,
      band: planned.post.band,
      payPoint: history.payPoint,
      contractType: contract.contractType,
      contractedHoursPerWeek: contract.contractedHoursPerWeek,
      skills: skillsOf(planned),
      lineManagerId: planned.lineManagerIndex === null ? null : (staffIds[planned.lineManagerIndex] ?? null),
      nhsServiceStartDate: history.nhsServiceStartDate,
      workingTimeOptOut: contract.workingTimeOptOut,
      dbsCheckDate: dbsCheckDates[i] ?? null,
    };
  });

  return { department, teams, locations, staff };
}
