import { type DemoLineManagement } from '@recordroom/demo-department';
import { type EntityManager } from 'typeorm';

/**
 * Loads the demo's line management (generateDemoLineManagement) inside the demo seed's
 * transaction: sickness episodes, training completions of the national courses, appraisals,
 * right-to-work and probation checks. Rows go in with unnest, a statement per table.
 */
export async function seedDemoLineManagement(em: EntityManager, organisationId: string, data: DemoLineManagement): Promise<void> {
  const departments = new Map<string, string>((await em.query<{ id: string; department_id: string }[]>('SELECT id, department_id FROM staff_member WHERE organisation_id = $1', [organisationId])).map((r) => [r.id, r.department_id]));
  const courses = new Map<string, string>((await em.query<{ id: string; code: string }[]>('SELECT id, code FROM course WHERE organisation_id IS NULL')).map((r) => [r.code, r.id]));
  const s = data.sickness;
  await em.query(
    `INSERT INTO sickness_episode (organisation_id, department_id, staff_member_id, start_date, end_date, reason_code, return_to_work_meeting_on, return_to_work_interview_on, recorded_by)
     SELECT $1, d, p, sd, ed, r, m, i, 'Recordroom demo loader' FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::text[], $7::date[], $8::date[]) AS t(d, p, sd, ed, r, m, i)`,
    [organisationId, s.map((e) => departments.get(e.staffId)), s.map((e) => e.staffId), s.map((e) => e.startDate), s.map((e) => e.endDate), s.map((e) => e.reasonCode), s.map((e) => e.returnToWorkMeetingOn), s.map((e) => e.returnToWorkInterviewOn ?? null)],
  );
  const t = data.training;
  await em.query(
    `INSERT INTO training_completion (organisation_id, staff_member_id, course_id, completed_on, recorded_by)
     SELECT $1, p, c, d, 'Recordroom demo loader' FROM unnest($2::uuid[], $3::uuid[], $4::date[]) AS t(p, c, d)`,
    [organisationId, t.map((c) => c.staffId), t.map((c) => courses.get(c.courseCode)), t.map((c) => c.completedOn)],
  );
  const a = data.appraisals;
  await em.query(
    `INSERT INTO appraisal (organisation_id, staff_member_id, completed_on, appraiser) SELECT $1, p, d, 'Recordroom demo loader' FROM unnest($2::uuid[], $3::date[]) AS t(p, d)`,
    [organisationId, a.map((x) => x.staffId), a.map((x) => x.completedOn)],
  );
  const r = data.rightToWork;
  await em.query(
    `INSERT INTO staff_check (organisation_id, staff_member_id, kind, checked_on, expires_on) SELECT $1, p, 'right-to-work', c, e FROM unnest($2::uuid[], $3::date[], $4::date[]) AS t(p, c, e)`,
    [organisationId, r.map((x) => x.staffId), r.map((x) => x.checkedOn), r.map((x) => x.permissionExpiresOn)],
  );
  const p = data.probation;
  await em.query(
    `INSERT INTO staff_check (organisation_id, staff_member_id, kind, starts_on, length_months) SELECT $1, p, 'probation', s, 6 FROM unnest($2::uuid[], $3::date[]) AS t(p, s)`,
    [organisationId, p.map((x) => x.staffId), p.map((x) => x.startDate)],
  );
}
