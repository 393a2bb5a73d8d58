import { reportingLine, type StaffMember } from '@recordroom/people';
import { type DataSource } from 'typeorm';

/** Who reads, for the leak check. */
export type Reader = 'officer' | 'manager' | 'staff' | 'other-trust-admin';

/** What a reader must never be shown, by class, so a route may be allowed one class and not another. */
type SecretClass = 'people outside the line' | 'people of other departments' | 'absences outside the line' | 'absences of other departments' | "others' absences" | "another trust's people" | "another trust's absences";

/**
 * Routes that show a class of people by design (docs/api/rota.md "Who may do what"): an officer
 * reads their department's rota to plan cover, so the planner and period lists name colleagues
 * outside the line; the organisation's structure (teams and their leads) is every role's to read.
 * Absences are never allowed: officers see their line's leave and sickness only.
 */
const SHOWN_BY_DESIGN: readonly { prefix: string; classes: readonly SecretClass[] }[] = [
  { prefix: '/api/rota/periods', classes: ['people outside the line'] },
  { prefix: '/api/organisation', classes: ['people outside the line', 'people of other departments'] },
  { prefix: '/api/rota/me/', classes: ['people outside the line'] },
];

interface StaffRow {
  id: string;
  first_name: string;
  last_name: string;
  department_id: string;
  line_manager_id: string | null;
}

/**
 * Reads a response body (serialised) for the id or full name of anyone the reader must not
 * see, and for the ids of their absences: the generic check of every list and read, whatever
 * its shape. Out-of-scope sets are read from the database at each check, so people and
 * absences the matrix arranged are in them.
 */
export class LeakCheck {
  constructor(
    private readonly database: DataSource,
    private readonly trust: { organisationId: string; officerStaffId: string; managerDepartmentId: string; staffStaffId: string; accountStaffIds: readonly string[] },
  ) {}

  async leaks(reader: Reader, route: string, body: string): Promise<string[]> {
    const secrets = await this.secretsOf(reader);
    const allowed = new Set(SHOWN_BY_DESIGN.filter((entry) => route.includes(` ${entry.prefix}`)).flatMap((entry) => entry.classes));
    const found: string[] = [];
    for (const [secretClass, values] of secrets) {
      if (allowed.has(secretClass)) continue;
      const hit = values.find((value) => mentions(body, value));
      if (hit !== undefined) found.push(`${secretClass} (${hit})`);
    }
    return found;
  }

  private async secretsOf(reader: Reader): Promise<Map<SecretClass, string[]>> {
    const staff: StaffRow[] = await this.database.query('SELECT id, first_name, last_name, department_id, line_manager_id FROM staff_member WHERE organisation_id = $1', [this.trust.organisationId]);
    const absences: { id: string; staff_id: string }[] = await this.database.query('SELECT id, staff_member_id AS staff_id FROM absence WHERE organisation_id = $1', [this.trust.organisationId]);
    // reportingLine reads only id and lineManagerId.
    const people = staff.map((row) => ({ id: row.id, lineManagerId: row.line_manager_id }) as StaffMember);
    const line = new Set([this.trust.officerStaffId, ...reportingLine(this.trust.officerStaffId, people)]);
    const ownDepartment = (row: StaffRow): boolean => row.department_id === this.trust.managerDepartmentId;
    const outsideLine = staff.filter((row) => ownDepartment(row) && !line.has(row.id));
    const otherDepartments = staff.filter((row) => !ownDepartment(row));
    // A name is evidence only when nobody else in the trust has it (generated names repeat), and
    // not for account holders, whose names are shown as who decided or published something.
    const nameCounts = staff.reduce((counts, row) => counts.set(fullName(row), (counts.get(fullName(row)) ?? 0) + 1), new Map<string, number>());
    const accountHolders = new Set(this.trust.accountStaffIds);
    const identities = (rows: StaffRow[], names: boolean): string[] => [
      ...rows.map((row) => row.id),
      ...(names ? rows.filter((row) => !accountHolders.has(row.id)).map(fullName).filter((name) => nameCounts.get(name) === 1) : []),
    ];
    const absencesOf = (rows: StaffRow[]): string[] => {
      const ids = new Set(rows.map((row) => row.id));
      return absences.filter((absence) => ids.has(absence.staff_id)).map((absence) => absence.id);
    };
    switch (reader) {
      case 'officer':
        return new Map<SecretClass, string[]>([
          ['people outside the line', identities(outsideLine, true)],
          ['people of other departments', identities(otherDepartments, true)],
          ['absences outside the line', absencesOf(outsideLine)],
          ['absences of other departments', absencesOf(otherDepartments)],
        ]);
      case 'manager':
        return new Map<SecretClass, string[]>([
          ['people of other departments', identities(otherDepartments, false)],
          ['absences of other departments', absencesOf(otherDepartments)],
        ]);
      case 'staff':
        return new Map<SecretClass, string[]>([["others' absences", absencesOf(staff.filter((row) => row.id !== this.trust.staffStaffId))]]);
      case 'other-trust-admin':
        return new Map<SecretClass, string[]>([
          ["another trust's people", identities(staff, false)],
          ["another trust's absences", absencesOf(staff)],
        ]);
    }
  }
}

/**
 * Whether the body names `value` as a whole: not as the start or end of a longer word, so a name
 * that is a prefix of another ("Robin Newstarter1" of "Robin Newstarter11", "Ann Lee" of
 * "Ann Leeson") is not mistaken for it.
 */
export function mentions(body: string, value: string): boolean {
  for (let at = body.indexOf(value); at !== -1; at = body.indexOf(value, at + 1)) {
    const before = body[at - 1] ?? '';
    const after = body[at + value.length] ?? '';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}

const WORD_CHARACTER = /^[\p{L}\p{N}_-]$/u;

function fullName(row: StaffRow): string {
  return `${row.first_name} ${row.last_name}`;
}
