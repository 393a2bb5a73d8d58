import { type DemoOrganisation } from '@recordroom/demo-department';
import { type DataSource, type EntityManager } from 'typeorm';
import { AccountEntity } from '../auth/account.entity.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { DepartmentEntity } from '../organisation/department.entity.js';
import { LocationEntity } from '../organisation/location.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { TeamEntity } from '../organisation/team.entity.js';
import { StaffMemberEntity } from '../staff/staff-member.entity.js';

const BATCH = 500;

/**
 * Loads a generated organisation in one transaction: all of it or none of it. Line managers
 * are set once every staff row exists, so rows can go in any order.
 * The load itself is recorded in the audit trail as one event.
 */
export async function seedDemoOrganisation(target: DataSource | EntityManager, demo: DemoOrganisation, passwordHash: string): Promise<void> {
  await target.transaction(async (em) => {
    await em.insert(OrganisationEntity, demo.organisation);
    await em.insert(DepartmentEntity, demo.departments);
    await em.insert(TeamEntity, demo.teams.map((t) => ({ ...t, leadStaffId: null })));
    await em.insert(LocationEntity, demo.locations);
    await insertInBatches(em, StaffMemberEntity, demo.staff.map((s) => ({ ...s, skills: [...s.skills], lineManagerId: null, employmentStartDate: s.nhsServiceStartDate, employmentEndDate: null })));
    await setLineManagers(em, demo);
    for (const team of demo.teams) {
      if (team.leadStaffId) await em.update(TeamEntity, { id: team.id }, { leadStaffId: team.leadStaffId });
    }
    await em.insert(AccountEntity, demo.accounts.map((a) => ({ ...a, email: a.email.toLowerCase(), passwordHash })));
    await em.insert(AuditEventEntity, Object.assign(new AuditEventEntity(), {
      organisationId: demo.organisation.id,
      departmentId: null,
      actorAccountId: null,
      actorName: 'Recordroom demo loader',
      action: 'create',
      entityType: 'organisation',
      entityId: demo.organisation.id,
      before: null,
      after: { name: demo.organisation.name, staff: demo.staff.length, departments: demo.departments.length },
    }));
  });
}

async function insertInBatches(em: EntityManager, target: typeof StaffMemberEntity, rows: Partial<StaffMemberEntity>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await em.insert(target, rows.slice(i, i + BATCH));
}

/** One UPDATE ... FROM (VALUES ...) per batch rather than a statement per person. */
async function setLineManagers(em: EntityManager, demo: DemoOrganisation): Promise<void> {
  const links = demo.staff.filter((s) => s.lineManagerId !== null);
  for (let i = 0; i < links.length; i += BATCH) {
    const batch = links.slice(i, i + BATCH);
    const values = batch.map((_, j) => `($${j * 2 + 1}::uuid, $${j * 2 + 2}::uuid)`).join(', ');
    await em.query(
      `UPDATE staff_member s SET line_manager_id = v.manager FROM (VALUES ${values}) AS v(id, manager) WHERE s.id = v.id`,
      batch.flatMap((s) => [s.id, s.lineManagerId]),
    );
  }
}
