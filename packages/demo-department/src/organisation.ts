import { isIsoDate, type IsoDate } from '@recordroom/calendar';
import { type StaffMember } from '@recordroom/people';
import { demoAccounts, type DemoAccount } from './accounts.js';
import { generateDepartment, type DemoDepartment, type DemoLocation, type DemoTeam, type GeneratedDepartment } from './department.js';
import { employeeNumberSource } from './employee-numbers.js';
import { MINIMUM_DEPARTMENT_STAFF } from './plan-department.js';
import { createRandom } from './prng.js';
import { shareOut } from './share-out.js';
import { siteName } from './sites.js';
import { randomUuid } from './uuid.js';

export interface DemoOrganisation {
  organisation: { id: string; name: string; odsCode: string };
  departments: DemoDepartment[];
  teams: DemoTeam[];
  locations: DemoLocation[];
  staff: StaffMember[];
  accounts: DemoAccount[];
}

export interface DemoOrganisationOptions {
  /** Any whole number; the same seed gives the same organisation. Default 1. */
  seed?: number;
  /** Exact number of staff, at least 3. Default 40: one department. */
  staffCount?: number;
  /** The "today" that service lengths, pay points and DBS check ages are measured from. Default 2026-11-02. */
  referenceDate?: IsoDate;
}

const DEFAULT_SEED = 1;
const DEFAULT_STAFF_COUNT = 40;
/** Fixed, never the real today, so the demo is the same on every machine and every day. */
const DEFAULT_REFERENCE_DATE: IsoDate = '2026-11-02';
/** A scaled trust has a department of about this many staff per hospital site. */
const STAFF_PER_DEPARTMENT = 40;

/** A made-up trust: the ODS code has the shape of an NHS trust code (R + 2 characters) and is not meant to be a real one. */
const TRUST = { name: 'Northgate Hospitals NHS Foundation Trust', odsCode: 'R9Z' } as const;
/** Cost centres of the health records departments: a made-up ledger range, one code per department. */
const FIRST_COST_CENTRE = 441_100;

/**
 * Independent random streams: adding a department changes nothing in the ones before it, so the
 * first department of a 2,000-staff trust is the 40-staff default department.
 */
const ORGANISATION_STREAM = 0;
const EMPLOYEE_NUMBER_STREAM = 1;
const FIRST_DEPARTMENT_STREAM = 2;

/**
 * A demo NHS acute trust with health records departments of realistic staff, for the API's
 * seeder, demos and benchmarks. Deterministic: the same options give a deep-equal organisation,
 * with UUID-shaped ids drawn from the seed. 40 staff make one "Health Records" department; more
 * make one department of about 40 per hospital site ("Health Records - <site>"), staff count exact.
 *
 * @example generateDemoOrganisation({ seed: 7, staffCount: 2000 }).staff.length // 2000
 */
export function generateDemoOrganisation(options: DemoOrganisationOptions = {}): DemoOrganisation {
  const seed = options.seed ?? DEFAULT_SEED;
  const staffCount = options.staffCount ?? DEFAULT_STAFF_COUNT;
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!Number.isInteger(staffCount) || staffCount < MINIMUM_DEPARTMENT_STAFF) {
    throw new RangeError(`A demo organisation has a whole number of staff, at least ${MINIMUM_DEPARTMENT_STAFF}: ${staffCount}`);
  }
  if (!isIsoDate(referenceDate)) throw new RangeError(`referenceDate is a calendar date (yyyy-mm-dd): ${String(referenceDate)}`);

  const random = createRandom(seed, ORGANISATION_STREAM);
  const organisation = { id: randomUuid(random), ...TRUST };
  const nextEmployeeNumber = employeeNumberSource(createRandom(seed, EMPLOYEE_NUMBER_STREAM));
  const departmentCount = Math.max(1, Math.round(staffCount / STAFF_PER_DEPARTMENT));
  const sizes = shareOut(staffCount, Array.from({ length: departmentCount }, () => 1));

  const generated: GeneratedDepartment[] = sizes.map((size, index) =>
    generateDepartment(
      {
        organisationId: organisation.id,
        name: departmentCount === 1 ? 'Health Records' : `Health Records - ${siteName(index)}`,
        costCentre: String(FIRST_COST_CENTRE + index),
        staffCount: size,
        referenceDate,
        nextEmployeeNumber,
      },
      createRandom(seed, FIRST_DEPARTMENT_STREAM + index),
    ),
  );
  const first = generated[0];
  if (first === undefined) throw new RangeError('A demo organisation has at least one department');

  return {
    organisation,
    departments: generated.map(({ department }) => department),
    teams: generated.flatMap(({ teams }) => teams),
    locations: generated.flatMap(({ locations }) => locations),
    staff: generated.flatMap(({ staff }) => staff),
    accounts: demoAccounts(organisation.id, first, random),
  };
}
